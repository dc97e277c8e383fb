"""Faults the Live service is known for, each armed by a test control and each followed by a
connection that works again (docs/live-service-quirks.md lists their sources)."""

from __future__ import annotations

import json
import time

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus

from desktop_app.emulator.conduct import QUOTA_EXCEEDED
from desktop_app.emulator.session import INTERNAL_ERROR, UNKNOWN_HANDLE
from desktop_app.emulator.wire import INVALID_ARGUMENT

from .client import connected, kind, kinds, session, setup, silence, speech

pytestmark = pytest.mark.asyncio


@pytest.fixture(autouse=True)
def short_answers(emu):
    emu.set_answer_seconds(0.2)


async def typed_turn(c, text: str = "hello") -> list[dict]:
    await c.send({"realtimeInput": {"text": text}})
    return await c.turn()


async def test_a_stalled_setup_is_neither_answered_nor_closed(emu):
    emu.stall_setup()
    async with connected(emu) as c:
        await c.send(setup())
        async with session(emu) as other:  # one stall was armed: the next is answered
            assert "turnComplete" in kinds(await typed_turn(other))
        # Meanwhile, a whole turn long, the stalled connection heard nothing and stayed open.
        assert emu.connections()[0].open
        assert emu.received("setup", conn=1), "the setup was read"
        assert emu.sent(conn=1) == []


async def test_quota_at_the_handshake_is_http_429(emu):
    emu.quota_exceeded("handshake")
    with pytest.raises(InvalidStatus) as refused:
        async with connected(emu):
            pass
    response = refused.value.response
    assert response.status_code == 429
    error = json.loads(response.body)["error"]
    assert error["status"] == "RESOURCE_EXHAUSTED" and error["message"] == QUOTA_EXCEEDED
    assert emu.connections() == []
    async with session(emu):
        pass


async def test_quota_in_the_session_closes_with_1011_and_googles_cut_reason(emu):
    emu.quota_exceeded("session", count=2)
    for _ in range(2):
        async with session(emu) as c:
            closed = await c.closed()
        assert closed.rcvd.code == 1011
        assert closed.rcvd.reason.startswith("You exceeded your current quota, please check")
        assert closed.rcvd.reason.endswith("head to: h"), "cut at 123 bytes, as reported"
    async with session(emu) as c:
        assert "turnComplete" in kinds(await typed_turn(c))


async def test_an_internal_error_burst_cuts_a_turn_then_the_next_connections(emu):
    emu.internal_error_burst(3)
    async with session(emu) as c:
        await c.send({"realtimeInput": {"text": "hello"}})
        closed = await c.closed()
    assert (closed.rcvd.code, closed.rcvd.reason) == (1011, INTERNAL_ERROR)
    assert "audio" in kinds(c.log) and "turnComplete" not in kinds(c.log), "cut mid-turn"
    for _ in range(2):
        async with session(emu) as c:
            closed = await c.closed()
        assert (closed.rcvd.code, closed.rcvd.reason) == (1011, INTERNAL_ERROR)
    async with session(emu) as c:
        assert "turnComplete" in kinds(await typed_turn(c))


async def test_an_internal_error_cuts_a_text_turn_too(emu):
    emu.internal_error_burst(1)
    async with session(emu, generationConfig={"responseModalities": ["TEXT"]}) as c:
        await c.send({"realtimeInput": {"text": "hello"}})
        closed = await c.closed()
    assert (closed.rcvd.code, closed.rcvd.reason) == (1011, INTERNAL_ERROR)
    assert "text" in kinds(c.log) and "turnComplete" not in kinds(c.log)


async def test_voice_after_typed_turns_closes_with_1007_and_resuming_takes_the_voice(emu):
    emu.refuse_voice_after_text()
    async with session(emu) as c:
        handle = (await typed_turn(c))[-1]["sessionResumptionUpdate"]["newHandle"]
        await c.send_audio(speech(0.5) + silence(0.7))
        closed = await c.closed()
    assert (closed.rcvd.code, closed.rcvd.reason) == (1007, INVALID_ARGUMENT)
    async with session(emu, sessionResumption={"handle": handle}) as c:
        await c.send_audio(speech(0.5) + silence(0.7))
        spoken = await c.turn()
    assert "audio" in kinds(spoken) and emu.connections()[-1].resumed_from == handle


async def test_voice_after_typed_turns_is_fine_unless_armed(emu):
    async with session(emu) as c:
        await typed_turn(c)
        await c.send_audio(speech(0.5) + silence(0.7))
        assert "turnComplete" in kinds(await c.turn())


async def refused_reason(emu, handle: str) -> tuple[int, str] | None:
    """The close code and reason a resuming setup gets, or None if it is accepted."""
    async with connected(emu) as c:
        await c.send(setup(sessionResumption={"handle": handle}))
        try:
            message = await c.recv()
        except ConnectionClosed as closed:
            return closed.rcvd.code, closed.rcvd.reason
        assert kind(message) == "setupComplete"
        return None


async def test_handles_issued_before_expire_handles_are_refused(emu):
    async with session(emu) as c:
        old = (await typed_turn(c))[-1]["sessionResumptionUpdate"]["newHandle"]
    emu.expire_handles()
    async with session(emu) as c:
        new = (await typed_turn(c))[-1]["sessionResumptionUpdate"]["newHandle"]
    assert await refused_reason(emu, old) == (1008, UNKNOWN_HANDLE)
    assert await refused_reason(emu, new) is None


async def test_a_handle_older_than_its_lifetime_is_refused(emu):
    async with session(emu) as c:
        handle = (await typed_turn(c))[-1]["sessionResumptionUpdate"]["newHandle"]
        received_at = time.monotonic()  # the handle is at least as old as this says
    assert await refused_reason(emu, handle) is None
    emu.set_handle_lifetime((time.monotonic() - received_at) / 2)  # now shorter than its age
    assert await refused_reason(emu, handle) == (1008, UNKNOWN_HANDLE)


async def test_frames_that_are_json_but_not_objects_reach_the_client(emu):
    async with session(emu) as c:
        for value in ([1, 2], "x", 7, None):
            await emu.send_non_object(value)
            frame = await c.ws.recv()
            assert isinstance(frame, bytes) and json.loads(frame) == value
        assert "turnComplete" in kinds(await typed_turn(c)), "the connection still serves"
        with pytest.raises(ValueError):
            await emu.send_non_object({"an": "object"})
    assert [s.kind for s in emu.sent(kind="garbage")] == ["garbage"] * 4
