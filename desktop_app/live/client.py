"""Builds the `genai.Client` a connection uses: Gemini API, Vertex AI, or a custom endpoint.

A custom endpoint (a company relay, or the local emulator) is reached over `wss://` with an
extra CA file: the SDK forces TLS for Live and takes our `SSLContext` through
`HttpOptions.async_client_args` (read in google-genai's `live.py`). Loopback endpoints bypass any
`HTTPS_PROXY`, which websockets would otherwise follow.
"""

from __future__ import annotations

import ipaddress
import ssl
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from google import genai
from google.genai import types

from desktop_app.redaction import remember, without_query
from desktop_app.settings import Settings

# Model audio frames are small, but a relay may batch; a frame above this closes with 1009.
MAX_FRAME_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class Credentials:
    """What authenticates one connection: an API key, or an ephemeral token (auth_tokens/...).

    Neither is in the repr, and both are remembered for redaction as soon as they exist, so
    no log line, traceback or error message that quotes them shows them."""

    api_key: str = field(default="", repr=False)
    ephemeral_token: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        remember(self.api_key)
        remember(self.ephemeral_token)


class ConfigurationError(ValueError):
    """The settings cannot make a connection (no key, missing CA file...): fix, don't retry."""


def _is_loopback(url: str) -> bool:
    """An address on this computer; a name such as `127.example.com` is not one."""
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def ssl_context(ca_file: str) -> ssl.SSLContext:
    """The system's trust store plus `ca_file` (when given)."""
    ctx = ssl.create_default_context()
    if ca_file:
        try:
            ctx.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(f"cannot read the CA file {ca_file!r}: {exc}") from exc
    return ctx


def check_endpoint(endpoint: str) -> None:
    """A custom endpoint gets the key (or token) with every request: over `http://` anyone
    on the network would read it, so plain HTTP is for loopback only (a local relay)."""
    if not endpoint:
        return
    scheme = urlparse(endpoint).scheme.lower()
    if scheme == "https" or (scheme == "http" and _is_loopback(endpoint)):
        return
    raise ConfigurationError(
        "The endpoint must be an https:// URL (http:// only on this computer): "
        f"{without_query(endpoint)}"
    )


def make_client(settings: Settings, api_version: str, credentials: Credentials) -> genai.Client:
    check_endpoint(settings.endpoint)
    ctx = ssl_context(settings.ca_file)
    # `ssl` reaches the Live WebSocket, `verify` the REST calls (httpx), e.g. the model list.
    client_args: dict[str, Any] = {"ssl": ctx, "verify": ctx, "max_size": MAX_FRAME_BYTES}
    if settings.endpoint and _is_loopback(settings.endpoint):
        client_args["proxy"] = None
    options = types.HttpOptions(api_version=api_version, async_client_args=client_args)
    if settings.endpoint:
        options.base_url = settings.endpoint.rstrip("/")

    if credentials.ephemeral_token:
        # Tokens only exist on v1alpha; the SDK then uses the constrained endpoint.
        options.api_version = "v1alpha"
        return genai.Client(api_key=credentials.ephemeral_token, http_options=options)
    if settings.backend == "vertex":
        if credentials.api_key:  # Vertex express mode
            return genai.Client(vertexai=True, api_key=credentials.api_key, http_options=options)
        if not settings.vertex_project:
            raise ConfigurationError("Vertex AI needs a project (Settings → Connection).")
        return genai.Client(
            vertexai=True,
            project=settings.vertex_project,
            location=settings.vertex_location or "us-central1",
            http_options=options,
        )
    if not credentials.api_key:
        raise ConfigurationError("No API key: paste one in Settings, or try offline mode.")
    return genai.Client(api_key=credentials.api_key, http_options=options)


async def list_live_models(settings: Settings, credentials: Credentials) -> list[str]:
    """IDs of the models the service lists for Live (`bidiGenerateContent`), for the model
    picker: Live model IDs change faster than releases, so the picker asks when it can."""
    client = make_client(settings, settings.api_version or "v1beta", credentials)
    found: list[str] = []
    async for model in await client.aio.models.list():
        if "bidiGenerateContent" in (model.supported_actions or ()):
            found.append((model.name or "").rsplit("/", 1)[-1])
    return [name for name in found if name]
