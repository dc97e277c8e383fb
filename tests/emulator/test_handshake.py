"""Which paths the emulator answers, what it records, and which credentials it accepts."""

from __future__ import annotations

import pytest
from websockets.exceptions import InvalidStatus

from desktop_app.emulator import Emulator

from .client import (
    API_KEY,
    CONSTRAINED_PATH,
    GEMINI_PATH,
    V1BETA,
    VERTEX_MODEL,
    VERTEX_PATH,
    closed_info,
    connected,
    kind,
    setup,
)

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize("version", ["v1", "v1beta", "v1alpha"])
async def test_gemini_paths_complete_setup_and_are_recorded(emu, version):
    path = GEMINI_PATH.format(v=version)
    async with connected(emu, path, headers={"x-goog-api-key": API_KEY, "x-extra": "1"}) as c:
        await c.send(setup())
        assert kind(await c.recv()) == "setupComplete"
        info = emu.connections()[-1]
    assert (info.path, info.api_version, info.backend) == (path, version, "gemini")
    assert info.headers["x-goog-api-key"] == API_KEY and info.headers["x-extra"] == "1"
    assert info.setup["model"] == "models/gemini-3.8-live"


@pytest.mark.parametrize("version", ["v1", "v1beta1"])
@pytest.mark.parametrize(
    "headers",
    [{"authorization": f"Bearer {API_KEY}"}, {"x-goog-api-key": API_KEY}],
    ids=["bearer", "key-header"],
)
async def test_vertex_paths_take_a_bearer_token_or_the_key(emu, version, headers):
    async with connected(emu, VERTEX_PATH.format(v=version), headers=headers) as c:
        await c.send(setup(model=VERTEX_MODEL))
        assert kind(await c.recv()) == "setupComplete"
    info = emu.connections()[-1]
    assert (info.api_version, info.backend) == (version, "vertex")


async def test_ephemeral_token_works_once_on_the_constrained_path(emu):
    token = emu.mint_token(uses=1)
    assert token.startswith("auth_tokens/")
    headers = {"authorization": f"Token {token}", "x-goog-api-key": token}
    async with connected(emu, CONSTRAINED_PATH, headers=headers) as c:
        await c.send(setup())
        assert kind(await c.recv()) == "setupComplete"
    async with connected(emu, CONSTRAINED_PATH, headers=headers) as c:
        await c.send(setup())
        closed = await c.closed()
    assert closed.rcvd.code == 1008 and "token" in closed.rcvd.reason


async def test_ephemeral_token_is_refused_on_the_plain_path(emu):
    token = emu.mint_token(uses=0)
    async with connected(emu, V1BETA, headers={"authorization": f"Token {token}"}) as c:
        await c.send(setup())
        closed = await c.closed()
    assert closed.rcvd.code == 1008


@pytest.mark.parametrize(
    "path",
    [
        "/ws/google.ai.generativelanguage.v2.GenerativeService.BidiGenerateContent",
        "/ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContentConstrained",
        "/ws/google.cloud.aiplatform.v1beta.LlmBidiService/BidiGenerateContent",
        "/",
    ],
)
async def test_unknown_path_is_refused_with_http_404(emu, path):
    with pytest.raises(InvalidStatus) as refused:
        async with connected(emu, path):
            pass
    assert refused.value.response.status_code == 404
    assert emu.connections() == []


@pytest.mark.parametrize(
    ("headers", "query", "code", "reason"),
    [
        ({"x-goog-api-key": "wrong"}, "", 1007, "API key not valid. Please pass a valid API key."),
        ({}, "", 1008, "Method doesn't allow unregistered callers"),
        ({}, "key=wrong", 1007, "API key not valid. Please pass a valid API key."),
    ],
    ids=["wrong-header", "missing", "wrong-query"],
)
async def test_bad_or_missing_key_closes_with_googles_code_and_reason(
    emu, headers, query, code, reason
):
    """A key Google does not know is refused with 1007, a missing one with 1008."""
    async with connected(emu, headers=headers, query=query) as c:
        await c.send(setup())
        closed = await c.closed()
    assert closed.rcvd.code == code and reason in closed.rcvd.reason
    assert len(closed.rcvd.reason.encode()) <= 123
    info = await closed_info(emu)
    assert info.close_code == code and info.close_reason == closed.rcvd.reason


async def test_a_leaked_key_is_refused_with_1008(emu):
    emu.leak_key(API_KEY)
    async with connected(emu) as c:
        await c.send(setup())
        closed = await c.closed()
    assert closed.rcvd.code == 1008
    assert closed.rcvd.reason == "Your API key was reported as leaked. Please use another API key."


async def test_key_in_the_query_string_is_accepted(emu):
    async with connected(emu, headers={}, query=f"key={API_KEY}") as c:
        await c.send(setup())
        assert kind(await c.recv()) == "setupComplete"
    assert emu.connections()[-1].query == {"key": API_KEY}


async def test_without_a_configured_key_any_credential_passes(tmp_path):
    async with (
        Emulator(tls_dir=tmp_path) as open_emu,
        connected(open_emu, headers={"x-goog-api-key": "anything"}) as c,
    ):
        await c.send(setup())
        assert kind(await c.recv()) == "setupComplete"


async def test_several_connections_at_once(emu):
    async with connected(emu) as a, connected(emu) as b:
        await a.send(setup())
        await b.send(setup())
        assert kind(await a.recv()) == kind(await b.recv()) == "setupComplete"
        await emu.wait_for_connections(2)
        assert [c.open for c in emu.connections()] == [True, True]
        assert emu.conversation(1).id != emu.conversation(2).id
