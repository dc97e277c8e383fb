"""Credentials and where they may go: never in a repr or an error's words, and never over
plain http except to this computer."""

from __future__ import annotations

import pytest
from google.genai import errors as genai_errors

from desktop_app.live.client import ConfigurationError, Credentials, make_client
from desktop_app.live.errors import classify
from desktop_app.settings import Settings

KEY = "kkkk-secret-key-0001"
TOKEN = "auth_tokens/tok-secret-0002"


def test_credentials_and_settings_never_show_a_secret_in_their_repr():
    assert KEY not in repr(Credentials(api_key=KEY))
    assert TOKEN not in repr(Credentials(ephemeral_token=TOKEN))
    settings = Settings(api_key=KEY, ephemeral_token_url="https://t.example/mint?secret=s3cr3t1")
    assert KEY not in repr(settings) and "s3cr3t1" not in repr(settings)


def test_an_error_quoting_a_secret_does_not_show_it():
    Credentials(api_key=KEY)  # in use for a connection
    error = classify(RuntimeError(f"handshake to wss://h/ws?access_token={TOKEN} with {KEY}"))
    assert KEY not in error.message and TOKEN not in error.message
    refused = classify(genai_errors.ClientError(400, {"error": {"message": f"bad key {KEY}"}}))
    assert KEY not in refused.message + refused.reason


@pytest.mark.parametrize(
    "endpoint", ["http://relay.example", "http://127.evil.example:8080", "ftp://relay.example"]
)
def test_an_endpoint_that_is_not_https_is_refused_before_any_request(endpoint):
    with pytest.raises(ConfigurationError, match="https"):
        make_client(Settings(endpoint=endpoint), "v1beta", Credentials(api_key=KEY))


@pytest.mark.parametrize(
    "endpoint", ["http://127.0.0.1:9443", "http://localhost:1", "http://[::1]:2"]
)
def test_plain_http_is_allowed_to_this_computer(endpoint):
    make_client(Settings(endpoint=endpoint), "v1beta", Credentials(api_key=KEY))
