"""Faults a test can inject, and the connection lifetime limit."""

from __future__ import annotations

import asyncio
import math

import pytest

from desktop_app.emulator import Emulator

from .client import API_KEY, closed_info, connected, kind, session, setup

pytestmark = pytest.mark.asyncio


async def test_go_away_then_close_when_the_time_is_up(emu):
    async with session(emu) as c:
        await emu.go_away(0.4)
        assert await c.recv() == {"goAway": {"timeLeft": "0.4s"}}
        closed = await c.closed()
    assert closed.rcvd.code == 1011 and closed.rcvd.reason
    info = await closed_info(emu)
    assert info.close_code == 1011
    (away,) = emu.sent(kind="go_away")
    assert not [s for s in emu.sent() if s.t > away.t], "nothing after goAway but the close"


async def test_go_away_can_leave_the_connection_open(emu):
    async with session(emu) as c:
        emu.script_answer("Ok.", audio_seconds=0.3)
        await emu.go_away(0.05, close_after_s=math.inf)
        assert kind(await c.recv()) == "goAway"
        await c.send({"realtimeInput": {"text": "still here"}})
        assert "turnComplete" in [kind(m) for m in await c.turn()]


async def test_connection_lifetime_sends_go_away_then_closes(tmp_path):
    async with (
        Emulator(tls_dir=tmp_path, connection_lifetime=1.0) as emu,
        connected(emu, headers={}) as c,
    ):
        await c.send(setup())
        assert kind(await c.recv()) == "setupComplete"
        away = await c.recv()
        closed = await c.closed()
    assert away == {"goAway": {"timeLeft": "0.5s"}}
    assert closed.rcvd.code == 1011 and "Deadline expired" in closed.rcvd.reason


async def test_drop_cuts_the_connection_without_a_close_frame(emu):
    async with session(emu) as c:
        await emu.drop()
        closed = await c.closed()
    assert closed.rcvd is None, "no close frame: the client sees 1006"
    info = await closed_info(emu)
    assert (info.close_code, info.close_reason) == (1006, "")


async def test_freeze_answers_no_close_and_sends_nothing_until_the_emulator_stops(tmp_path):
    emu = Emulator(tls_dir=tmp_path, api_key=API_KEY)
    await emu.start()
    try:
        async with session(emu) as c:
            await emu.freeze()
            await emu.start_model_turn("Never heard.")
            with pytest.raises(TimeoutError):
                await c.recv(timeout=0.5)
            c.ws.close_timeout = 0.5
            await c.ws.close()
            assert c.ws.protocol.close_rcvd is None, "the close frame was never answered"
            assert emu.connections()[-1].open, "the emulator never read the client's close"
        assert not emu.sent(kind="audio") and not emu.sent(kind="output_transcription")
    finally:
        started = asyncio.get_running_loop().time()
        await emu.stop()
    assert asyncio.get_running_loop().time() - started < 1.0, "a frozen connection is cut"
    info = await closed_info(emu)
    assert (info.close_code, info.close_reason) == (1006, "")


async def test_close_with_a_code_and_a_long_reason(emu):
    async with session(emu) as c:
        await emu.close(4000, "x" * 200)
        closed = await c.closed()
    assert closed.rcvd.code == 4000 and closed.rcvd.reason == "x" * 123


async def test_garbage_and_raw_frames_reach_the_client(emu):
    async with session(emu) as c:
        await emu.send_garbage()
        assert isinstance(await c.ws.recv(), bytes)
        await emu.send_garbage("plain text, not JSON")
        assert await c.ws.recv() == "plain text, not JSON"
        await emu.send_raw({"serverContent": {"someFutureField": 1}})
        assert await c.recv() == {"serverContent": {"someFutureField": 1}}
    assert [s.kind for s in emu.sent()][-3:] == ["garbage", "garbage", "unknown"]


async def test_controls_pick_the_newest_open_connection_or_the_one_named(emu):
    async with session(emu) as first, session(emu) as second:
        await emu.send_raw({"goAway": {"timeLeft": "9s"}})
        assert kind(await second.recv()) == "goAway"
        await emu.send_raw({"goAway": {"timeLeft": "8s"}}, conn=1)
        assert await first.recv() == {"goAway": {"timeLeft": "8s"}}
    await closed_info(emu, 1)
    await closed_info(emu, 2)
    with pytest.raises(LookupError):
        await emu.drop()


async def test_client_close_is_recorded_with_its_code(emu):
    async with session(emu) as c:
        await c.ws.close(4321, "client says bye")
    info = await closed_info(emu)
    assert (info.close_code, info.close_reason) == (4321, "client says bye")


async def test_stopping_the_emulator_closes_connections_with_going_away(tmp_path):
    emu = Emulator(tls_dir=tmp_path, api_key=API_KEY)
    await emu.start()
    async with session(emu) as c:
        await emu.stop()
        closed = await c.closed()
    assert closed.rcvd.code == 1001


async def test_a_restarted_emulator_keeps_its_url_certificate_and_conversations(tmp_path):
    emu = Emulator(tls_dir=tmp_path)
    await emu.start()
    try:
        url, pem = emu.url, emu.cert_path.read_bytes()
        emu.script_answer("Ok.", audio_seconds=0.3)
        async with session(emu, headers={}) as c:
            await c.send({"realtimeInput": {"text": "before"}})
            handle = (await c.turn())[-1]["sessionResumptionUpdate"]["newHandle"]
        await emu.stop()
        await emu.start()
        assert (emu.url, emu.cert_path.read_bytes()) == (url, pem)
        async with session(emu, headers={}, sessionResumption={"handle": handle}):
            pass
        assert emu.connections()[-1].resumed_from == handle
    finally:
        await emu.stop()
