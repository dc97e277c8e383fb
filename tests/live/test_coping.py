"""The session copes with the Live service as it really behaves (issue 17).

Each test drives `LiveSession` through the real google-genai SDK against the emulator, with
one of the service's quirks or faults turned on (docs/live-service-quirks.md lists them and
their sources), and checks what the user would notice: the next answer plays, the
conversation goes on on the same connection, a stalled setup is retried, a refused or stale
handle starts a fresh session with one line saying so, End works whatever the state, quota
errors wait long, and activity signals match the voice detection the model runs.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import time
from collections.abc import Callable
from dataclasses import replace

import pytest
from google.genai import types

from desktop_app.current_settings import CurrentSettings
from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession, RetryPolicy
from desktop_app.media.player import Player
from desktop_app.routing import SpeakerFeed
from desktop_app.settings import Settings
from desktop_app.store import ConversationRecorder, HistoryStore
from tests.support.events import EventLog
from tests.support.signals import chunks, silence, voiced

pytestmark = pytest.mark.asyncio

KEY = "test-key-123"
MODEL = "gemini-3.8-live"
RETRY = RetryPolicy(
    initial_s=0.05,
    cap_s=0.5,
    stable_after_s=2.0,
    min_connect_interval_s=0.05,
    quota_initial_s=0.6,
    setup_timeout_s=5.0,  # a busy test machine can take a second to set up
)
Live = ev.ConnectionState.LIVE


@pytest.fixture(scope="module")
def tls_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("tls")


@pytest.fixture
def emulator(tls_dir):
    with EmulatorThread(tls_dir=tls_dir, api_key=KEY) as emu:
        yield emu


def settings_for(emu: EmulatorThread, **overrides: object) -> Settings:
    base = Settings(api_key=KEY, endpoint=emu.base_url, ca_file=str(emu.cert_path), model=MODEL)
    return base.replace(**overrides)


def is_state(state: ev.ConnectionState):
    return lambda e: e.state is state


async def open_session(
    emu: EmulatorThread,
    log: EventLog,
    retry: RetryPolicy = RETRY,
    *,
    emit: Callable[[ev.Event], None] | None = None,
    **overrides: object,
) -> LiveSession:
    """A live session whose events reach `log` (through `emit`, when that is given)."""
    session = LiveSession(settings_for(emu, **overrides), emit or log, retry=retry)
    session.start()
    await log.wait_for(ev.StateChanged, is_state(Live))
    return session


async def handle_of(session: LiveSession, log: EventLog) -> str:
    """The handle the server issues after a turn (it issues them at turn ends)."""
    mark = log.mark()
    session.send_text("hello")
    update = await log.wait_for(
        ev.ResumptionUpdate, lambda e: e.resumable and bool(e.handle), after=mark
    )
    assert session.resumption_handle == update.handle
    return update.handle or ""


def resumed_with(emu: EmulatorThread, conn: int) -> str | None:
    setup = emu.connections()[conn - 1].setup or {}
    resumption = setup.get("sessionResumption") or setup.get("session_resumption") or {}
    return resumption.get("handle")


class RecordingPlayer(Player):
    """A player (its device never opened) that notes which chunks `feed` accepted."""

    def __init__(self) -> None:
        super().__init__()
        self.fed: list[tuple[int, bool]] = []

    def feed(self, pcm: bytes, generation: int) -> bool:
        accepted = super().feed(pcm, generation)
        self.fed.append((generation, accepted))
        return accepted


# ---------------------------------------------------------------- the next answer plays
async def test_the_next_answer_plays_when_the_cut_turn_never_completes(emulator):
    emulator.set_quirks(missing_turn_complete=1.0, late_turn_complete=0.0)
    player = RecordingPlayer()
    speaker = SpeakerFeed(lambda: player)
    log = EventLog()

    def both(event: ev.Event) -> None:
        log(event)
        speaker.handle(event)

    session = await open_session(emulator, log, emit=both)
    try:
        emulator.start_model_turn("a long answer that the user talks over", audio_seconds=6.0)
        await log.wait_for(ev.ModelAudio)
        emulator.script_answer("the next answer", audio_seconds=0.6)
        emulator.user_spoke(0.5)
        cut = await log.wait_for(ev.Interrupted)
        after = log.mark()
        following = await log.wait_for(ev.ModelAudio, after=after, timeout=10)
        assert following.generation > cut.generation
        await log.wait_for(ev.TurnComplete, lambda e: e.generation > cut.generation)
        next_answer = [ok for gen, ok in player.fed if gen > cut.generation]
        assert next_answer and all(next_answer), "every chunk of the next answer is played"
        late_complete = [e for e in log.of(ev.TurnComplete) if e.generation == cut.generation]
        assert not late_complete, "the emulator sent no turnComplete for the cut turn"
    finally:
        await session.stop()


# ---------------------------------------------------------------- frames that are not objects
async def test_non_object_frames_are_skipped_on_the_same_connection(emulator):
    emulator.set_quirks(missing_turn_complete=0.0)
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        conn = emulator.connections()[-1].id
        for value in ([1, 2], "x", 7, None):
            emulator.send_non_object(value, conn=conn)
        emulator.script_answer("still here", audio_seconds=0.3)
        session.send_text("are you there?")
        await log.wait_for(ev.TurnComplete)
        assert len(log.of(ev.ProtocolNotice)) == 3, "[1,2], 'x' and 7; null reads as empty"
        assert len(log.of(ev.SetupComplete)) == 1, "no reconnect"
        assert emulator.connections()[-1].id == conn and emulator.connections()[-1].open
        assert not log.of(ev.SessionError)
    finally:
        await session.stop()


# ---------------------------------------------------------------- a setup that never completes
async def test_a_stalled_setup_times_out_and_is_retried(emulator):
    emulator.stall_setup(count=1)
    log = EventLog()
    session = LiveSession(settings_for(emulator), log, retry=replace(RETRY, setup_timeout_s=0.5))
    session.start()
    try:
        error = await log.wait_for(ev.SessionError, timeout=10)
        assert not error.fatal and "setup" in error.message
        await log.wait_for(ev.StateChanged, is_state(ev.ConnectionState.RECONNECTING))
        await log.wait_for(ev.StateChanged, is_state(Live), timeout=10)
        assert len(emulator.connections()) == 2
    finally:
        await session.stop()


# ---------------------------------------------------------------- handles that cannot be used
async def test_a_refused_handle_starts_a_fresh_session_with_one_line_in_one_conversation(
    emulator, tmp_path
):
    store = HistoryStore(tmp_path / "history")
    recorder = ConversationRecorder(store, model=MODEL)
    log = EventLog()

    def both(event: ev.Event) -> None:
        log(event)
        recorder.handle(event)

    session = await open_session(emulator, log, emit=both)
    try:
        emulator.script_answer("first answer", audio_seconds=0.3)
        recorder.record_user_text("hello")
        handle = await handle_of(session, log)
        emulator.expire_handles()
        mark = log.mark()
        emulator.drop()
        await log.wait_for(ev.SetupComplete, lambda e: not e.resumed, after=mark, timeout=10)
        await log.wait_for(ev.StateChanged, is_state(Live), after=mark)
        connections = emulator.connections()
        assert resumed_with(emulator, connections[-2].id) == handle, "it tried the handle once"
        assert resumed_with(emulator, connections[-1].id) is None
        notes = [e for e in log.events[mark:] if isinstance(e, ev.SessionError) and not e.code]
        assert len(notes) == 1 and "new session" in notes[0].message
        assert not [e for e in log.of(ev.SessionError) if e.fatal]
        emulator.script_answer("second answer", audio_seconds=0.3)
        session.send_text("again")
        await log.wait_for(ev.TurnComplete, after=mark)
    finally:
        await session.stop()
        recorder.close()
    assert store.flush(5)
    conversations = store.list_conversations()
    assert len(conversations) == 1, "the history keeps one conversation"
    conversation = store.load_conversation(conversations[0].info.id)
    assert conversation is not None
    system = [m.text for m in conversation.messages if m.role == "system"]
    assert len([text for text in system if "new session" in text]) == 1, system
    store.close()


async def test_a_handle_the_server_does_not_know_starts_fresh(emulator):
    log = EventLog()
    session = LiveSession(settings_for(emulator), log, retry=RETRY)
    session.start(resumption_handle="a-handle-from-long-ago")
    try:
        setup = await log.wait_for(ev.SetupComplete, timeout=10)
        assert not setup.resumed
        (note,) = log.of(ev.SessionError)
        assert "refused to resume" in note.message and not note.fatal
        await log.wait_for(ev.StateChanged, is_state(Live))
    finally:
        await session.stop()


async def test_a_handle_older_than_its_lifetime_is_not_presented(emulator):
    log = EventLog()
    # The lifetime counts from the connection's end; pause() to start() takes longer than
    # a microsecond, so the handle is too old by then (no need to wait for one).
    retry = replace(RETRY, handle_lifetime_s=1e-6)
    session = await open_session(emulator, log, retry)
    try:
        await handle_of(session, log)
        await session.pause()
        mark = log.mark()
        session.start()
        setup = await log.wait_for(ev.SetupComplete, after=mark)
        assert not setup.resumed
        assert resumed_with(emulator, emulator.connections()[-1].id) is None
        note = await log.wait_for(ev.SessionError, after=mark)
        assert "unused" in note.message and not note.fatal
    finally:
        await session.stop()


async def test_a_handle_from_another_model_is_not_presented(emulator):
    log = EventLog()
    current = CurrentSettings(settings_for(emulator))  # the app's one settings object
    session = LiveSession(current.get, log, retry=RETRY)
    session.start()
    await log.wait_for(ev.StateChanged, is_state(Live))
    try:
        await handle_of(session, log)
        mark = log.mark()
        other = "gemini-3.1-flash-live-preview"
        assert current.replace(model=other).reconnect
        await session.reconnect()
        setup = await log.wait_for(ev.SetupComplete, after=mark)
        assert not setup.resumed
        assert resumed_with(emulator, emulator.connections()[-1].id) is None
        note = await log.wait_for(ev.SessionError, after=mark)
        assert other in note.message
    finally:
        await session.stop()


async def test_the_handle_is_dropped_after_a_fatal_failure(emulator):
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        await handle_of(session, log)
        emulator.close(1008, "Policy violation.")
        await log.wait_for(ev.StateChanged, is_state(ev.ConnectionState.FAILED))
        assert session.resumption_handle is None
        mark = log.mark()
        session.start()
        setup = await log.wait_for(ev.SetupComplete, after=mark)
        assert not setup.resumed
        assert resumed_with(emulator, emulator.connections()[-1].id) is None
    finally:
        await session.stop()


# ---------------------------------------------------------------- a live 1007
async def test_a_live_session_closed_with_1007_is_resumed_with_its_handle(emulator):
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        handle = await handle_of(session, log)
        mark = log.mark()
        emulator.close(1007, "Request contains an invalid argument.")
        setup = await log.wait_for(ev.SetupComplete, after=mark, timeout=10)
        assert setup.resumed
        assert resumed_with(emulator, emulator.connections()[-1].id) is not None
        assert handle
        assert not [e for e in log.of(ev.SessionError) if e.fatal]
        assert session.running
    finally:
        await session.stop()


async def test_voice_after_typed_turns_closed_with_1007_goes_on_after_resuming(emulator):
    """pipecat-ai/pipecat#4403: the service closes a live session with 1007 when voice follows
    typed turns; the session resumes with its handle and the spoken turn is answered there."""
    emulator.refuse_voice_after_text(True)
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        await handle_of(session, log)
        await log.wait_for(ev.TurnComplete)
        mark = log.mark()
        for chunk in chunks(voiced(0.8) + silence(0.8)):
            session.send_audio(chunk)
            await asyncio.sleep(0.01)
        setup = await log.wait_for(ev.SetupComplete, after=mark, timeout=10)
        assert setup.resumed
        closed = emulator.connections()[-2]
        assert closed.close_code == 1007
        await log.wait_for(ev.TurnComplete, after=log.events.index(setup), timeout=15)
        assert not [e for e in log.of(ev.SessionError) if e.fatal]
    finally:
        await session.stop()


async def test_a_burst_of_internal_errors_is_ridden_out_with_growing_waits(emulator):
    emulator.internal_error_burst(count=3)
    log = EventLog()
    session = await open_session(emulator, log)
    try:
        mark = log.mark()
        emulator.script_answer("cut short", audio_seconds=2.0)
        session.send_text("talk to me")
        for _ in range(3):  # cut mid-turn, then twice right after the setup
            setup = await log.wait_for(ev.SetupComplete, after=mark, timeout=15)
            mark = log.events.index(setup) + 1
        waits = [e for e in log.of(ev.StateChanged) if e.state is ev.ConnectionState.RECONNECTING]
        assert [e.attempt for e in waits] == [1, 2, 3], "each failure in a row waits longer"
        await log.wait_for(ev.StateChanged, is_state(Live), after=mark)
        mark = log.mark()
        emulator.script_answer("back again", audio_seconds=0.3)
        session.send_text("are you back?")
        await log.wait_for(ev.TurnComplete, after=mark, timeout=15)
        assert not [e for e in log.of(ev.SessionError) if e.fatal]
    finally:
        await session.stop()


async def test_a_model_that_takes_asynchronous_calls_only_gets_its_functions_non_blocking(
    emulator,
):
    declaration = types.FunctionDeclaration(
        name="get_time", description="The time.", behavior=types.Behavior.BLOCKING
    )
    log = EventLog()
    model = "gemini-3.8-live-extended-thinking"
    session = LiveSession(
        settings_for(emulator, model=model, tools=["get_time"]),
        log,
        function_declarations=[declaration],
        retry=RETRY,
    )
    session.start()
    try:
        await log.wait_for(ev.StateChanged, is_state(Live))
        (tool,) = emulator.connections()[-1].setup["tools"]
        assert tool["functionDeclarations"][0]["behavior"] == "NON_BLOCKING"
        assert not log.of(ev.SessionError)
    finally:
        await session.stop()


class TimedSession(LiveSession):
    """Notes when each connection starts to open."""

    opened: list[float]

    async def _connect(self, handle: str | None):  # type: ignore[override]
        self.opened.append(time.monotonic())
        return await super()._connect(handle)


async def test_a_go_away_storm_opens_at_most_one_connection_per_interval(emulator):
    interval = 0.5
    log = EventLog()
    session = TimedSession(
        settings_for(emulator), log, retry=replace(RETRY, min_connect_interval_s=interval)
    )
    session.opened = []
    session.start()
    try:
        await log.wait_for(ev.StateChanged, is_state(Live))
        await handle_of(session, log)
        for _ in range(4):  # every new connection is told to go away at once
            mark = log.mark()
            emulator.go_away(time_left_s=0.0, close_after_s=math.inf)
            await log.wait_for(ev.SetupComplete, after=mark, timeout=10)
        gaps = [b - a for a, b in itertools.pairwise(session.opened)]
        # The pacing is planned from the time of each decision; the loop's timers and the
        # work before the socket opens move each opening by a millisecond or so.
        assert len(gaps) == 4 and min(gaps) >= interval - 0.01, gaps
        assert not [e for e in log.of(ev.SessionError) if e.fatal]
    finally:
        await session.stop()


# ---------------------------------------------------------------- quota
@pytest.mark.parametrize("where", ["handshake", "session"])
async def test_quota_errors_show_their_reason_and_retry_slowly(emulator, where):
    log = EventLog()
    emulator.quota_exceeded(where, count=1)
    session = LiveSession(settings_for(emulator), log, retry=RETRY)
    session.start()
    try:
        error = await log.wait_for(ev.SessionError, timeout=10)
        assert not error.fatal
        assert "quota" in f"{error.message} {error.reason} {error.hint}".lower()
        waiting = await log.wait_for(ev.StateChanged, is_state(ev.ConnectionState.RECONNECTING))
        assert waiting.retry_in_s is not None
        slowest_ordinary = RETRY.initial_s
        assert waiting.retry_in_s >= RETRY.quota_initial_s * (1 - RETRY.jitter)
        assert waiting.retry_in_s > slowest_ordinary
        await log.wait_for(ev.StateChanged, is_state(Live), after=log.events.index(waiting))
    finally:
        await session.stop()


# ---------------------------------------------------------------- End, whatever the state
async def test_end_while_connecting_to_a_stalled_server(emulator):
    emulator.stall_setup(count=5)
    log = EventLog()
    session = LiveSession(
        settings_for(emulator), log, retry=replace(RETRY, setup_timeout_s=15.0)
    )
    session.start()
    await emulator.wait_for_connections_async(1)
    await session.stop()
    assert not session.running
    assert log.of(ev.StateChanged)[-1].state is ev.ConnectionState.CLOSED


async def test_end_while_waiting_to_reconnect(emulator):
    emulator.quota_exceeded("handshake", count=1)
    log = EventLog()
    slow = replace(RETRY, quota_initial_s=60.0)
    session = LiveSession(settings_for(emulator), log, retry=slow)
    session.start()
    await log.wait_for(ev.StateChanged, is_state(ev.ConnectionState.RECONNECTING))
    await session.stop()
    assert not session.running
    assert log.of(ev.StateChanged)[-1].state is ev.ConnectionState.CLOSED


async def test_end_after_a_failure_forgets_the_conversation(emulator):
    log = EventLog()
    session = LiveSession(settings_for(emulator, api_key="wrong"), log, retry=RETRY)
    session.start()
    await log.wait_for(ev.StateChanged, is_state(ev.ConnectionState.FAILED))
    await session.stop()
    assert log.of(ev.StateChanged)[-1].state is ev.ConnectionState.CLOSED
    assert session.resumption_handle is None


# ---------------------------------------------------------------- activity signals
async def test_push_to_talk_never_sends_activity_signals_to_a_model_with_voice_detection(
    emulator,
):
    log = EventLog()
    session = await open_session(emulator, log, push_to_talk=False)
    try:
        conn = emulator.connections()[-1].id
        session.activity_start()
        session.activity_end()
        session.end_audio_stream()
        await emulator.wait_for_async("audio_stream_end", conn=conn)
        assert not emulator.received("activity_start", conn)
        assert not emulator.received("activity_end", conn)
        assert emulator.connections()[-1].open
    finally:
        await session.stop()


async def test_audio_stream_end_only_with_automatic_activity_detection(emulator):
    log = EventLog()
    session = await open_session(emulator, log, push_to_talk=True)
    try:
        conn = emulator.connections()[-1].id
        session.end_audio_stream()
        session.activity_start()
        session.activity_end()
        await emulator.wait_for_async("activity_end", conn=conn)
        assert not emulator.received("audio_stream_end", conn)
        assert emulator.connections()[-1].open
    finally:
        await session.stop()
