"""The real google-genai SDK, driven by LiveSession, holds conversations with the emulator.

Nothing is mocked: the session connects over wss:// to the emulator running on its own thread
and event loop (as a real server would), and the emulator reports what reached the wire.
"""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession, RetryPolicy
from desktop_app.settings import Settings
from tests.support.events import EventLog
from tests.support.signals import chunks, silence, voiced
from tests.support.waiting import until

pytestmark = pytest.mark.asyncio

KEY = "test-key-123"
FAST_RETRY = RetryPolicy(
    initial_s=0.05, factor=2.0, cap_s=0.5, stable_after_s=2.0, min_connect_interval_s=0.05
)


@pytest.fixture(scope="module")
def emulator(tmp_path_factory):
    with EmulatorThread(tls_dir=tmp_path_factory.mktemp("tls"), api_key=KEY) as emu:
        yield emu


def settings_for(emu, **overrides) -> Settings:
    base = Settings(
        api_key=KEY, endpoint=emu.base_url, ca_file=str(emu.cert_path), model="gemini-3.8-live"
    )
    return base.replace(**overrides)


async def open_session(emu, log: EventLog, **overrides) -> LiveSession:
    session = LiveSession(settings_for(emu, **overrides), log, retry=FAST_RETRY)
    session.start()
    await log.wait_for(ev.StateChanged, lambda e: e.state is ev.ConnectionState.LIVE)
    return session


async def speak(session: LiveSession, pcm: bytes, *, realtime: float = 0.5) -> None:
    """Send 20 ms chunks, paced at `realtime` × the chunk duration (0.5 = twice as fast)."""
    for chunk in chunks(pcm):
        session.send_audio(chunk)
        await asyncio.sleep(0.02 * realtime)


async def test_audio_in_transcripts_and_audio_out(emulator):
    log = EventLog()
    session = await open_session(emulator, log)
    conn = emulator.connections()[-1].id
    try:
        spoken = voiced(0.8) + silence(0.8)
        await speak(session, spoken)
        done = await log.wait_for(ev.TurnComplete)
        assert log.of(ev.InputTranscript), "the server's transcript of the user's speech"
        assert "".join(
            e.text for e in log.of(ev.OutputTranscript) if e.generation == done.generation
        )
        audio = b"".join(e.data for e in log.of(ev.ModelAudio) if e.generation == done.generation)
        assert {e.sample_rate for e in log.of(ev.ModelAudio)} == {24000}
        assert len(audio) >= 24000 * 2, "at least one second of 24 kHz model audio"
        assert log.of(ev.GenerationComplete)[0].generation == done.generation
        assert log.of(ev.Usage) and log.of(ev.Usage)[-1].total_tokens
        handle = await log.wait_for(ev.ResumptionUpdate, lambda e: e.resumable)
        assert session.resumption_handle == handle.handle
        # What reached the wire is exactly what was spoken, as 16 kHz PCM.
        assert emulator.received_audio(conn) == spoken
        setup = emulator.connections()[-1].setup
        assert "contextWindowCompression" in setup or "context_window_compression" in setup
    finally:
        await session.stop()


async def test_text_in_turn_out(emulator):
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        session.send_text("what time is it")
        done = await log.wait_for(ev.TurnComplete)
        said = "".join(
            e.text for e in log.of(ev.OutputTranscript) if e.generation == done.generation
        )
        assert "what time is it" in said
        assert any(r.kind in ("text", "client_content") for r in emulator.received())
    finally:
        await session.stop()


async def test_barge_in_interrupts_the_model(emulator):
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        emulator.start_model_turn(text="A long story " * 30)
        first = await log.wait_for(ev.ModelAudio)
        await speak(session, voiced(0.6), realtime=1.0)
        cut = await log.wait_for(ev.Interrupted)
        assert cut.generation == first.generation
        # The answer to what was said is a new generation, whether or not the cut turn's
        # turnComplete comes (the service sometimes never sends it).
        after = log.events.index(cut)
        await speak(session, silence(1.0))  # the end of what the user said
        following = await log.wait_for(ev.ModelAudio, after=after, timeout=15)
        assert following.generation > cut.generation
        assert not [g for g in log.of(ev.GenerationComplete) if g.generation == cut.generation]
    finally:
        await session.stop()


async def test_resumption_with_a_handle_continues_the_conversation(emulator):
    log = EventLog()
    session = await open_session(emulator, log)
    session.send_text("remember me")
    await log.wait_for(ev.TurnComplete)
    handle = (await log.wait_for(ev.ResumptionUpdate, lambda e: e.resumable)).handle
    first_conn = emulator.connections()[-1]
    await session.pause()
    assert session.resumption_handle == handle

    mark = log.mark()
    session.start()
    setup = await log.wait_for(ev.SetupComplete, after=mark)
    assert setup.resumed
    second_conn = emulator.connections()[-1]
    assert second_conn.id != first_conn.id
    assert second_conn.resumed_from == handle
    session.send_text("still there?")
    await log.wait_for(ev.TurnComplete, after=mark)
    assert emulator.turn_count(second_conn.id) == 2, "the resumed conversation's second turn"
    await session.stop()
    assert session.resumption_handle is None


async def test_wrong_key_is_a_typed_fatal_error(emulator):
    log = EventLog()
    before = len(emulator.connections())
    session = LiveSession(settings_for(emulator, api_key="wrong"), log, retry=FAST_RETRY)
    session.start()
    error = await log.wait_for(ev.SessionError)
    assert error.code == 1007 and error.fatal  # as the service does (docs/live-service-quirks.md)
    assert "API key" in error.reason
    assert "key" in error.hint.lower()
    await log.wait_for(ev.StateChanged, lambda e: e.state is ev.ConnectionState.FAILED)
    # No retry can come once the supervisor has ended.
    await until(lambda: not session.running, what="the session to give up for good")
    assert len(emulator.connections()) == before + 1, "a fatal close is never retried"


async def test_unknown_model_is_fatal_with_a_hint(emulator):
    log = EventLog()
    session = LiveSession(settings_for(emulator, model="gemini-0-gone"), log, retry=FAST_RETRY)
    session.start()
    error = await log.wait_for(ev.SessionError)
    assert error.code == 1008 and error.fatal
    assert "gemini-0-gone" in error.reason
    assert "model" in error.hint.lower()


async def test_dropped_connection_reconnects_with_the_handle_and_keeps_audio(emulator):
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        session.send_text("first")
        await log.wait_for(ev.TurnComplete)
        handle = (await log.wait_for(ev.ResumptionUpdate, lambda e: e.resumable)).handle
        first = emulator.connections()[-1].id
        mark = log.mark()
        emulator.drop(first)
        await log.wait_for(
            ev.StateChanged, lambda e: e.state is ev.ConnectionState.RECONNECTING, after=mark
        )
        gap_audio = voiced(0.2)
        session.send_audio(gap_audio)  # spoken while no connection is up
        await log.wait_for(ev.SetupComplete, after=mark)
        second = emulator.connections()[-1]
        assert second.id != first and second.resumed_from == handle
        await emulator.wait_for_async(
            lambda: len(emulator.received_audio(second.id)) >= len(gap_audio), 10
        )
        assert emulator.received_audio(second.id).startswith(gap_audio)
        error = log.of(ev.SessionError)[-1]
        assert not error.fatal
    finally:
        await session.stop()


async def test_server_error_1011_is_retried(emulator):
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        mark = log.mark()
        emulator.close(1011, "Internal error encountered.")
        error = await log.wait_for(ev.SessionError, after=mark)
        assert error.code == 1011 and not error.fatal and "Internal error" in error.reason
        await log.wait_for(
            ev.StateChanged, lambda e: e.state is ev.ConnectionState.LIVE, after=mark
        )
    finally:
        await session.stop()


async def test_garbage_frame_is_noted_and_the_conversation_goes_on(emulator):
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        emulator.send_garbage(b"\x00\xffnot json")
        await log.wait_for(ev.ProtocolNotice)
        session.send_text("are you ok")
        await log.wait_for(ev.TurnComplete)
        assert session.state is ev.ConnectionState.LIVE
        assert len(emulator.connections()) and not log.of(ev.SessionError)
    finally:
        await session.stop()


async def test_go_away_then_close_switches_connections(emulator):
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        first = emulator.connections()[-1].id
        mark = log.mark()
        emulator.go_away(time_left_s=0.3, close_after_s=0.3)
        away = await log.wait_for(ev.GoAway, after=mark)
        assert away.time_left_s == pytest.approx(0.3)
        await log.wait_for(ev.SetupComplete, after=mark)
        assert emulator.connections()[-1].id != first
        assert not [e for e in log.events[mark:] if isinstance(e, ev.SessionError) and e.fatal]
    finally:
        await session.stop()


async def test_vertex_ai_path(emulator):
    log = EventLog()
    session = await open_session(
        emulator, log, backend="vertex", model="gemini-live-2.5-flash-native-audio"
    )
    try:
        conn = emulator.connections()[-1]
        assert "aiplatform" in conn.path and "LlmBidiService" in conn.path
        session.send_text("hello vertex")
        await log.wait_for(ev.TurnComplete)
    finally:
        await session.stop()


async def test_unknown_message_type_is_ignored(emulator):
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        emulator.send_raw({"someFutureMessage": {"detail": 1}})
        session.send_text("still fine")
        await log.wait_for(ev.TurnComplete)
        assert session.state is ev.ConnectionState.LIVE
        assert not log.of(ev.SessionError)
    finally:
        await session.stop()


async def test_huge_frame_costs_a_reconnect_not_the_conversation(emulator):
    import base64

    log = EventLog()
    session = await open_session(emulator, log)
    try:
        mark = log.mark()
        huge = base64.b64encode(bytes(14 * 1024 * 1024)).decode()  # > the 16 MiB frame cap
        emulator.send_raw(
            {
                "serverContent": {
                    "modelTurn": {
                        "parts": [
                            {"inlineData": {"mimeType": "audio/pcm;rate=24000", "data": huge}}
                        ]
                    }
                }
            }
        )
        error = await log.wait_for(ev.SessionError, after=mark)
        assert error.code in (1006, 1009) and not error.fatal  # websockets fails it locally
        await log.wait_for(
            ev.StateChanged, lambda e: e.state is ev.ConnectionState.LIVE, after=mark
        )
        session.send_text("after the big one")
        await log.wait_for(ev.TurnComplete, after=mark)
    finally:
        await session.stop()


async def test_tool_call_answered_with_its_id(emulator):
    from desktop_app.live.session import FunctionResult

    log = EventLog()
    session = await open_session(emulator, log)
    try:
        emulator.tool_call([{"id": "fc-7", "name": "now", "args": {"tz": "UTC"}}])
        call = await log.wait_for(ev.ToolCall)
        assert call.calls == (ev.FunctionCall("fc-7", "now", {"tz": "UTC"}),)
        session.send_tool_responses([FunctionResult("fc-7", "now", {"result": "12:00"})])
        got = await emulator.wait_for_async("tool_response", 10)
        responses = got.payload["functionResponses"]
        assert responses[0]["id"] == "fc-7" and responses[0]["response"] == {"result": "12:00"}
        emulator.tool_call_cancellation(["fc-7"])
        assert (await log.wait_for(ev.ToolCallCancellation)).ids == ("fc-7",)
    finally:
        await session.stop()


async def test_frames_and_audio_stream_end_reach_the_wire(emulator):
    """On a model that honours `audioStreamEnd` (3.1; 3.8 ignores it, and the mic's mute
    then sends trailing silence too: tests/media/test_streaming.py)."""
    log = EventLog()
    session = await open_session(emulator, log, model="gemini-3.1-flash-live-preview")
    conn = emulator.connections()[-1].id
    try:
        jpeg = b"\xff\xd8\xff\xe0fake-jpeg\xff\xd9"
        session.send_frame(jpeg)
        frame = await emulator.wait_for_async("video", 10, conn=conn)
        assert frame.payload == jpeg and frame.mime_type == "image/jpeg"
        session.send_audio(voiced(0.5))
        session.end_audio_stream()  # the mic was muted: the turn ends without waiting for VAD
        await emulator.wait_for_async("audio_stream_end", 10, conn=conn)
        await log.wait_for(ev.TurnComplete)
    finally:
        await session.stop()


async def test_push_to_talk_sends_activity_start_and_end(emulator):
    log = EventLog()
    session = await open_session(emulator, log, push_to_talk=True)
    conn = emulator.connections()[-1]
    try:
        aad = conn.setup["realtimeInputConfig"]["automaticActivityDetection"]
        assert aad["disabled"] is True
        session.activity_start()
        await speak(session, voiced(0.4))
        session.activity_end()
        await emulator.wait_for_async("activity_end", 10, conn=conn.id)
        done = await log.wait_for(ev.TurnComplete)
        assert log.of(ev.InputTranscript) and done.generation == 1
    finally:
        await session.stop()
