"""Ephemeral tokens: no key on the desktop; a token from the organisation's URL starts each
session (v1alpha, the constrained endpoint) and resumes it while it has time left; a new one
replaces it before it expires, so expiry and resumption both work."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.live import events as ev
from desktop_app.live.client import ConfigurationError
from desktop_app.live.tokens import fetch_token, parse_token
from desktop_app.settings import Settings
from tests.features.session import is_live, new_session, open_session, settings_for
from tests.support.events import EventLog

CONSTRAINED = "BidiGenerateContentConstrained"


def token_settings(emu, **changes):
    return settings_for(emu, api_key="", ephemeral_token_url=emu.token_url, **changes)


def offered(info) -> str:
    scheme, _, token = info.headers["authorization"].partition(" ")
    assert scheme == "Token"
    return token


@pytest.mark.asyncio
async def test_a_token_from_the_url_opens_the_constrained_endpoint_without_a_key(emulator):
    log = EventLog()
    session = await open_session(token_settings(emulator), log)
    try:
        info = emulator.connections()[-1]
        assert info.path.endswith(f"v1alpha.GenerativeService.{CONSTRAINED}")
        assert offered(info) == emulator.token_requests()[-1].token
        assert emulator.token_requests()[-1].query == {"model": "gemini-3.8-live"}
        session.send_text("hello with a token")
        done = await log.wait_for(ev.TurnComplete)
        said = "".join(
            e.text for e in log.of(ev.OutputTranscript) if e.generation == done.generation
        )
        assert said == "You said: hello with a token."
    finally:
        await session.stop()


@pytest.mark.asyncio
async def test_a_paused_conversation_resumes_with_the_token_that_started_it(emulator):
    """Resuming a session does not use a token up (google-genai's `CreateAuthTokenConfig.uses`),
    so the app presents the token it has while it has time left: no request per connection."""
    log = EventLog()
    session = await open_session(token_settings(emulator), log)
    try:
        session.send_text("remember me")
        await log.wait_for(ev.ResumptionUpdate, lambda e: e.resumable)
        first = emulator.connections()[-1]
        requests = len(emulator.token_requests())
        await session.pause()
        mark = log.mark()
        session.start()
        await log.wait_for(ev.StateChanged, is_live, after=mark)
        second = emulator.connections()[-1]
        assert second.resumed_from in emulator.conversation(first.id).handles
        assert offered(first) == offered(second)
        assert len(emulator.token_requests()) == requests, "no new token to resume"
    finally:
        await session.stop()


@pytest.mark.asyncio
async def test_a_new_session_gets_a_new_token(emulator):
    """A token starts one session (`uses: 1`): after End, Connect asks for another."""
    log = EventLog()
    session = await open_session(token_settings(emulator), log)
    try:
        first = emulator.connections()[-1]
        await session.stop()
        mark = log.mark()
        session.start()
        setup = await log.wait_for(ev.SetupComplete, after=mark)
        assert not setup.resumed
        assert offered(emulator.connections()[-1]) != offered(first)
    finally:
        await session.stop()


@pytest.mark.asyncio
async def test_an_expiring_token_is_replaced_and_the_conversation_goes_on(emulator):
    emulator.set_token_policy(lifetime_s=2.0)
    log = EventLog()
    session = await open_session(token_settings(emulator), log)
    try:
        first = emulator.connections()[-1]
        session.send_text("before the token expires")
        await log.wait_for(ev.ResumptionUpdate, lambda e: e.resumable)
        await log.wait_for(ev.GoAway)
        await log.wait_for(ev.SetupComplete, lambda e: e.resumed)
        nxt = next(c for c in emulator.connections() if c.id > first.id and c.setup)
        assert nxt.resumed_from in emulator.conversation(first.id).handles
        assert offered(nxt) != offered(first)
        assert not log.of(ev.SessionError), "a planned switch, not a failure"
    finally:
        await session.stop()


@pytest.mark.asyncio
async def test_a_refusing_token_service_is_fatal_and_says_why(emulator):
    emulator.set_token_policy(status=403)
    before = len(emulator.token_requests())
    log = EventLog()
    session = new_session(token_settings(emulator), log)
    session.start()
    error = await log.wait_for(ev.SessionError)
    await log.wait_for(ev.StateChanged, lambda e: e.state is ev.ConnectionState.FAILED)
    assert error.fatal and "HTTP 403" in error.message
    assert len(emulator.token_requests()) == before + 1, "no retry loop"
    await session.stop()


@pytest.mark.asyncio
async def test_an_unavailable_token_service_is_retried_until_it_answers(emulator):
    emulator.set_token_policy(status=503)
    log = EventLog()
    session = new_session(token_settings(emulator), log)
    session.start()
    try:
        error = await log.wait_for(ev.SessionError)
        assert not error.fatal and "HTTP 503" in error.message
        await log.wait_for(ev.StateChanged, lambda e: e.state is ev.ConnectionState.RECONNECTING)
        emulator.set_token_policy()
        await log.wait_for(ev.StateChanged, is_live)
    finally:
        await session.stop()


def future(seconds: float) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat()


def test_the_answer_may_pass_on_googles_name_field():
    token = parse_token(json.dumps({"name": "auth_tokens/abc", "expireTime": future(60)}).encode())
    assert token.name == "auth_tokens/abc" and token.expire_time > datetime.now(UTC)


@pytest.mark.parametrize(
    "body",
    [
        b"<html>sign in</html>",
        json.dumps({"token": "AIzaSy-a-real-key"}).encode(),
        json.dumps({"token": "auth_tokens/old", "expireTime": future(-5)}).encode(),
    ],
    ids=["not-json", "not-a-token", "expired"],
)
def test_an_answer_that_is_not_a_usable_token_is_refused(body):
    with pytest.raises(ConfigurationError):
        parse_token(body)


def test_the_token_url_must_be_https():
    with pytest.raises(ConfigurationError, match="https"):
        fetch_token(Settings(ephemeral_token_url="http://tokens.example/mint"))
