"""The Gemini API's model list on the emulator's port, read by the real SDK: every model the
emulator serves is listed for Live (`bidiGenerateContent`), beside one that is not; pages
follow `nextPageToken`; the key is checked as for a Live connection."""

from __future__ import annotations

import asyncio
import json
import ssl
import urllib.error
import urllib.request

import pytest
from google import genai
from google.genai import errors, types

from desktop_app.emulator import DEFAULT_MODELS

from .client import API_KEY

pytestmark = pytest.mark.asyncio


def rest_client(emu, api_version: str = "v1beta", api_key: str = API_KEY) -> genai.Client:
    context = ssl.create_default_context(cafile=str(emu.cert_path))
    options = types.HttpOptions(
        base_url=emu.base_url,
        api_version=api_version,
        async_client_args={"ssl": context, "verify": context},
    )
    return genai.Client(api_key=api_key, http_options=options)


async def listed(client: genai.Client, **config: object) -> dict[str, list[str]]:
    """Model id → its supported actions, over every page."""
    found = {}
    async for model in await client.aio.models.list(config=config or None):
        found[model.name.removeprefix("models/")] = list(model.supported_actions or ())
    return found


def get(emu, path: str, headers: dict[str, str]) -> tuple[int, dict]:
    context = ssl.create_default_context(cafile=str(emu.cert_path))
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), urllib.request.HTTPSHandler(context=context)
    )
    request = urllib.request.Request(f"{emu.base_url}{path}", headers=headers)
    try:
        with opener.open(request, timeout=5) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.mark.parametrize("api_version", ["v1beta", "v1alpha", "v1"])
async def test_the_sdk_lists_every_live_model_and_tells_the_others_apart(emu, api_version):
    models = await listed(rest_client(emu, api_version))
    live = {name for name, actions in models.items() if "bidiGenerateContent" in actions}
    assert live == set(DEFAULT_MODELS)
    assert models["gemini-2.5-flash"] == ["generateContent", "countTokens"]


async def test_pages_follow_the_next_page_token(emu):
    whole = await listed(rest_client(emu))
    status, first = await asyncio.to_thread(
        get, emu, "/v1beta/models?pageSize=4", {"x-goog-api-key": API_KEY}
    )
    assert status == 200 and len(first["models"]) == 4 and first["nextPageToken"]
    paged = await listed(rest_client(emu), page_size=4)
    assert paged == whole, "the SDK's pager walks every page and gets the same list"
    status, _ = await asyncio.to_thread(
        get, emu, "/v1beta/models?pageToken=nonsense", {"x-goog-api-key": API_KEY}
    )
    assert status == 400


async def test_a_wrong_key_is_refused_as_the_service_refuses_it(emu):
    with pytest.raises(errors.ClientError) as refused:
        await listed(rest_client(emu, api_key="not-the-key"))
    assert refused.value.code == 400 and "API key not valid" in refused.value.message
    status, body = await asyncio.to_thread(get, emu, "/v1beta/models", {})
    assert status == 403 and body["error"]["status"] == "PERMISSION_DENIED"
