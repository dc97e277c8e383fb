"""The conversation with the Live API: connect, send, receive forever, reconnect.

One `LiveSession` is one conversation, which may span many WebSocket connections: the server
ends each one after ~10 minutes (with a `goAway` first), networks drop, and 1011s happen. A
supervisor task owns the connection cycle: connect through the real SDK
(`client.aio.live.connect`, with a limit on the wait for `setupComplete`, which the SDK does
not have), run a permanent receive loop (the SDK's `receive()` ends after every turn, so it is
called again and again) and a sender task draining the `Outbox` (outbox.py) into it. What to
do when a connection ends or cannot be opened (retry when, resume with the handle, start
afresh, give up) is not decided here but by the `Reconnector` (`reconnect.py`), fed what
happened with the time.

The session also reads the devices itself: given a mic (`stream_audio`) and the newest
pictures of a camera or screen (`stream_frames`), a task for each sends what they hand out,
as it comes, whatever the connection is doing (the outbox holds it meanwhile). What it reads
is described by structural `Protocol`s (`AudioSource`, `PictureSource`), so this layer
imports nothing of the media layer, nor the media layer anything of this one.

Everything the session learns leaves as typed events through the `emit` callback, called on
the asyncio loop. The session never imports Qt.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from google.genai import types
from google.genai.live import AsyncSession

from desktop_app.live import events as ev
from desktop_app.live import reconnect as rc
from desktop_app.live import uplink as up
from desktop_app.live.boundary import ServerBoundary
from desktop_app.live.client import Credentials, make_client
from desktop_app.live.config import DeclaredFunction, LiveSetup, build_setup
from desktop_app.live.errors import classify
from desktop_app.live.outbox import INPUT_RATE, Outbox
from desktop_app.live.reconnect import RetryPolicy
from desktop_app.live.uplink import FunctionResult
from desktop_app.settings import Settings

log = logging.getLogger(__name__)

BYTES_PER_INPUT_SECOND = INPUT_RATE * 2

# How long closing a connection waits for the server's answer to the close frame. A dead
# network never answers and websockets would wait 10 s; End, Pause and quitting must not, so
# past this the close goes on in the background until websockets gives up and cuts the TCP
# connection. A live server answers within a round trip.
CLOSE_WAIT_S = 0.5

__all__ = ["FunctionResult", "LiveSession", "RetryPolicy"]

Emit = Callable[[ev.Event], None]


class CredentialsProvider(Protocol):
    """What authenticates the next connection; `resuming` says whether it resumes the session
    (an ephemeral token that started the session may resume it: `tokens.TokenCredentials`)."""

    async def __call__(self, *, resuming: bool) -> Credentials: ...


class HeardAudio(Protocol):
    """A piece of what the mic heard (media's `MicChunk`): 16-bit mono 16 kHz PCM, and
    whether the user muted after it."""

    @property
    def pcm(self) -> bytes: ...

    @property
    def end_of_stream(self) -> bool: ...


class AudioSource(Protocol):
    """The mic, in the app's process or in the audio engine's: its next chunk, waited for."""

    async def read(self) -> HeardAudio: ...


class Picture(Protocol):
    """A camera or screen picture for the model (media's `EncodedFrame`)."""

    @property
    def jpeg(self) -> bytes: ...


class PictureSource(Protocol):
    """A capture's pictures for the model, latest wins (media's `LatestSlot`): the next one
    newer than the last returned, waited for. A slow link skips pictures; none piles up."""

    async def next(self) -> Picture: ...


@dataclass
class _Link:
    """One open WebSocket connection and what closes it."""

    session: AsyncSession
    stack: contextlib.AsyncExitStack
    resumed: bool
    setup_s: float  # opening the connection → setupComplete


class LiveSession:
    def __init__(
        self,
        settings: Settings | Callable[[], Settings],
        emit: Emit,
        *,
        credentials: CredentialsProvider | None = None,
        function_declarations: Sequence[types.FunctionDeclaration] = (),
        retry: RetryPolicy | None = None,
        rng: random.Random | None = None,
    ) -> None:
        # The settings in force: fixed, or read at each use from the app's one settings object.
        self._settings: Callable[[], Settings] = (
            (lambda fixed=settings: fixed) if isinstance(settings, Settings) else settings
        )
        self._emit_cb = emit
        self._credentials = credentials or self._key_from_settings
        self._function_declarations = tuple(function_declarations)
        self.retry = retry or RetryPolicy()
        self._outbox = Outbox(
            int(self.retry.max_buffered_audio_s * BYTES_PER_INPUT_SECOND),
            int(self.retry.max_replayed_audio_s * BYTES_PER_INPUT_SECOND),
        )
        self._boundary = ServerBoundary()  # server messages → checked events
        self._supervisor: asyncio.Task[None] | None = None
        self._closing: set[asyncio.Task[None]] = set()  # closes left to finish on their own
        self._reconnect = rc.Reconnector(self.retry, rng=rng)
        self._rotation: rc.Rotate | None = None
        self._model_turn_done = asyncio.Event()
        self._go_away = asyncio.Event()
        self.state = ev.ConnectionState.IDLE
        self.connections = 0
        self.last_setup: LiveSetup | None = None
        self._audio_in: asyncio.Task[None] | None = None  # reads the mic (`stream_audio`)
        self._frames_in: asyncio.Task[None] | None = None  # reads the pictures (`stream_frames`)

    # ------------------------------------------------------------------ lifecycle
    @property
    def resumption_handle(self) -> str | None:
        """The newest handle the server marked resumable (only those are kept)."""
        return self._reconnect.handle

    @property
    def running(self) -> bool:
        return self._supervisor is not None and not self._supervisor.done()

    @property
    def dropped_audio_bytes(self) -> int:
        return self._outbox.dropped_audio_bytes

    def start(self, *, resumption_handle: str | None = None) -> None:
        """Begin (or resume) the conversation; returns at once, events tell the progress."""
        if self.running:
            return
        if resumption_handle is not None:
            self._reconnect.feed(
                rc.HandleIssued(time.monotonic(), resumption_handle, self.settings.model)
            )
        self._supervisor = asyncio.get_running_loop().create_task(
            self._supervise(), name="live-session"
        )

    async def pause(self) -> None:
        """Close the connection but keep the handle, so `start()` continues the conversation."""
        await self._halt()
        self._set_state(ev.ConnectionState.PAUSED, "Paused")

    async def stop(self) -> None:
        """End the conversation: close, forget the handle and anything not yet sent."""
        await self._halt()
        self._reconnect.feed(rc.EndPressed(time.monotonic()))
        self._outbox.clear()
        self._set_state(ev.ConnectionState.CLOSED, "Conversation ended")

    @property
    def declared_functions(self) -> Mapping[str, DeclaredFunction]:
        """The functions declared on the current connection, by name (none before one)."""
        return self.last_setup.functions if self.last_setup is not None else {}

    @property
    def settings(self) -> Settings:
        """The settings the next connection is made with."""
        return self._settings()

    async def reconnect(self) -> None:
        """Settings the Live API fixes at connect time take effect by reconnecting with the
        handle, so the conversation goes on with the new voice, tools or VAD."""
        if self.running:
            await self._halt()
            self.start()

    async def _halt(self) -> None:
        task, self._supervisor = self._supervisor, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    # ------------------------------------------------------------------ sending
    def send_audio(self, pcm16k: bytes) -> None:
        """16-bit mono 16 kHz PCM. Queued while reconnecting, sent when the next link is up."""
        self._outbox.put(up.AudioChunk(pcm16k, time.monotonic()))

    def send_frame(self, image: bytes, mime_type: str = "image/jpeg") -> None:
        self._outbox.put(up.VideoFrame(image, mime_type, time.monotonic()))

    def send_text(self, text: str) -> None:
        self._outbox.put(up.TypedText(text, time.monotonic()))

    def send_tool_responses(self, results: Sequence[FunctionResult]) -> None:
        self._outbox.put(up.ToolResponses(tuple(results), time.monotonic()))

    def end_audio_stream(self) -> None:
        """The mic was muted: let server-side VAD close the user's turn now."""
        self._outbox.put(up.AudioStreamEnd(time.monotonic()))

    def activity_start(self) -> None:
        """Push-to-talk pressed (automatic activity detection is off)."""
        self._outbox.put(up.ActivityStart(time.monotonic()))

    def activity_end(self) -> None:
        self._outbox.put(up.ActivityEnd(time.monotonic()))

    # ------------------------------------------------------------------ the devices
    def stream_audio(self, mic: AudioSource | None) -> None:
        """Send what `mic` hears from now on, each chunk as it comes, and `audioStreamEnd`
        where its chunks say the user muted (after the last audio, in order); None stops.
        Call on the loop."""
        _cancel(self._audio_in)
        self._audio_in = (None if mic is None else
                          asyncio.create_task(self._send_heard(mic), name="live-audio-in"))

    def stream_frames(self, pictures: PictureSource | None) -> None:
        """Send each picture `pictures` hands out from now on (a camera's or the screen's;
        they come at most once a second); None stops. Audio and pictures are read by tasks
        of their own, so neither waits behind the other. Call on the loop."""
        _cancel(self._frames_in)
        self._frames_in = (None if pictures is None else
                           asyncio.create_task(self._send_seen(pictures), name="live-video-in"))

    async def _send_heard(self, mic: AudioSource) -> None:
        while True:
            chunk = await mic.read()
            if chunk.pcm:
                self.send_audio(chunk.pcm)
            if chunk.end_of_stream:
                self.end_audio_stream()

    async def _send_seen(self, pictures: PictureSource) -> None:
        while True:
            self.send_frame((await pictures.next()).jpeg)

    # ------------------------------------------------------------------ the cycle
    async def _key_from_settings(self, *, resuming: bool) -> Credentials:
        return Credentials(api_key=self.settings.api_key)

    def _emit(self, event: ev.Event) -> None:
        try:
            self._emit_cb(event)
        except Exception:  # a listener's bug must not kill the conversation
            log.exception("event listener failed on %s", type(event).__name__)

    def _set_state(self, state: ev.ConnectionState, detail: str = "", **extra: object) -> None:
        self.state = state
        self._emit(ev.StateChanged(state, detail, **extra))  # type: ignore[arg-type]

    def _decide(self, event: rc.Input) -> rc.Decision | None:
        return self._reconnect.feed(event)

    async def _supervise(self) -> None:
        """Connect, live, and on every end do what the `Reconnector` decides."""
        self._set_state(ev.ConnectionState.CONNECTING, "Connecting")
        decision = self._decide(rc.ConnectPressed(time.monotonic(), self.settings.model))
        while True:
            match decision:
                case rc.GiveUp(error):
                    self._give_up(error)
                    return
                case rc.RetryAfter():
                    await self._back_off(decision)
                    decision = self._decide(rc.RetryDue(time.monotonic()))
                case rc.Resume(handle):
                    decision = await self._connect_and_live(handle)
                case rc.StartFresh(note):
                    if note:  # the conversation could not go on: one line says so
                        log.warning("starting a fresh session: %s", note)
                        self._emit(ev.SessionError(note))
                    decision = await self._connect_and_live(None)
                case _:
                    raise RuntimeError(f"no way to act on {decision!r} between connections")

    async def _connect_and_live(self, handle: str | None) -> rc.Decision | None:
        """One connection (and those that replace it after goAways) until it ends; returns
        what to do next."""
        try:
            link = await self._connect(handle)
        except TimeoutError:
            log.warning("no setupComplete in %.0f s", self.retry.setup_timeout_s)
            return self._decide(rc.SetupTimedOut(time.monotonic()))
        except Exception as exc:
            return self._decide(rc.ConnectFailed(time.monotonic(), classify(exc)))
        while True:
            self._decide(rc.Connected(time.monotonic()))
            error, next_link = await self._run(link)
            if next_link is None:
                return self._decide(rc.Closed(time.monotonic(), error))
            link = next_link

    def _give_up(self, error: ev.SessionError) -> None:
        log.warning("fatal: %s", error.message)
        self._emit(error)
        self._set_state(ev.ConnectionState.FAILED, error.message)

    async def _back_off(self, decision: rc.RetryAfter) -> None:
        delay, error = decision.seconds, decision.error
        if error is None:  # only pacing: no two connections within a second
            await asyncio.sleep(delay)
            return
        self._emit(error)
        log.info("connection lost (%s); retry %d in %.1f s", error.message, decision.attempt, delay)
        self._set_state(
            ev.ConnectionState.RECONNECTING,
            f"Reconnecting in {delay:.0f} s ({error.message})",
            retry_in_s=delay,
            attempt=decision.attempt,
        )
        await asyncio.sleep(delay)

    async def _connect(self, handle: str | None) -> _Link:
        """Open a connection presenting `handle` (None: a new session); returns after
        setupComplete, or raises TimeoutError when it does not come in time."""
        credentials = await self._credentials(resuming=handle is not None)
        setup = build_setup(
            self.settings,
            resumption_handle=handle,
            function_declarations=self._function_declarations,
        )
        client = make_client(self.settings, setup.api_version, credentials)
        stack = contextlib.AsyncExitStack()
        opened = time.monotonic()
        self._decide(rc.Opening(opened))
        try:
            async with asyncio.timeout(self.retry.setup_timeout_s):
                session = await stack.enter_async_context(
                    client.aio.live.connect(model=setup.model, config=setup.config)
                )
        except BaseException:
            await stack.aclose()
            raise
        self.last_setup = setup
        return _Link(session, stack, handle is not None, time.monotonic() - opened)

    async def _run(self, link: _Link) -> tuple[ev.SessionError | None, _Link | None]:
        """Live on `link` until it ends. Returns the error that ended it (None for a clean end)
        and, after a goAway, the next link, already connected."""
        self.connections += 1
        if self.connections > 1:
            self._boundary.new_connection()
            replayed = self._outbox.replay_unconfirmed()
            if replayed:
                log.info("replaying %d messages sent since the newest handle", replayed)
        self._model_turn_done.set()
        self._go_away.clear()
        self._emit(ev.SetupComplete(link.session.session_id, link.resumed, link.setup_s))
        self._set_state(ev.ConnectionState.LIVE, "Live")
        receiver = asyncio.ensure_future(self._receive_forever(link.session))
        setup = self.last_setup
        sender = asyncio.ensure_future(self._outbox.send_all(
            link.session, setup.capabilities if setup else None,
            manual_activity=setup.manual_activity if setup else False))
        go_away = asyncio.ensure_future(self._go_away.wait())
        rotation: asyncio.Future[_Link] | None = None
        early_switch_failed = False
        try:
            while True:
                watched: set[asyncio.Future[object]] = {receiver}
                if rotation is not None:
                    watched.add(rotation)
                else:
                    watched.add(sender)
                    if not early_switch_failed:
                        watched.add(go_away)
                done, _ = await asyncio.wait(watched, return_when=asyncio.FIRST_COMPLETED)
                if go_away in done and rotation is None and not early_switch_failed:
                    if self._rotation is None:  # no handle to rotate with: let it run out
                        early_switch_failed = True
                        continue
                    rotation = asyncio.ensure_future(self._rotate(self._rotation, sender))
                    continue
                if rotation is not None:
                    # The old link may die while the next one opens: wait for the next one.
                    try:
                        return None, await rotation
                    except Exception as exc:
                        # Some servers refuse a resume while the old socket is open: stay on
                        # the old link; when it ends, the usual reconnect takes over.
                        log.warning("could not open the next connection early: %r", exc)
                        rotation, early_switch_failed = None, True
                        if not receiver.done():
                            continue
                if sender in done and not receiver.done():
                    # The socket failed under a send; the receiver learns the close code.
                    await asyncio.wait({receiver}, timeout=1.0)
                failed = receiver if receiver.done() else sender
                exc = failed.exception() if not failed.cancelled() else None
                if exc is None:
                    return None, None
                error = classify(exc)
                return (None if error.code == 1000 else error), None
        finally:
            pending = [receiver, sender, go_away]
            if rotation is not None and not rotation.done():
                pending.append(rotation)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            await self._close(link)

    async def _close(self, link: _Link) -> None:
        """Close `link`, waiting at most CLOSE_WAIT_S for the server to answer."""
        closing = asyncio.ensure_future(link.stack.aclose())
        self._closing.add(closing)
        closing.add_done_callback(self._closed)
        await asyncio.wait({closing}, timeout=CLOSE_WAIT_S)
        if not closing.done():
            log.info("no answer to the close within %.1f s; not waiting for it", CLOSE_WAIT_S)

    def _closed(self, closing: asyncio.Task[None]) -> None:
        self._closing.discard(closing)
        if not closing.cancelled() and closing.exception() is not None:
            # The connection is gone either way; how its close failed changes nothing.
            log.debug("closing a connection failed: %r", closing.exception())

    async def _rotate(self, plan: rc.Rotate, sender: asyncio.Future[None]) -> _Link:
        """Make-before-break after a goAway: wait for a turn boundary while time allows (and
        as long as the pace of connections requires), open the next link with the newest
        handle while the old one still carries the user's audio, then stop sending on the old
        one; what it carried since that handle is replayed on the new one, so the server hears
        no gap."""
        await asyncio.sleep(plan.not_before_s)
        if plan.turn_wait_s > 0 and not self._model_turn_done.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._model_turn_done.wait(), plan.turn_wait_s)
        log.info("goAway: opening the next connection")
        link = await self._connect(self._reconnect.handle or plan.handle)
        sender.cancel()
        await asyncio.gather(sender, return_exceptions=True)
        return link

    async def _receive_forever(self, session: AsyncSession) -> None:
        while True:
            messages = session.receive()
            while True:
                try:
                    message = await anext(messages)
                except StopAsyncIteration:
                    break  # the SDK ends `receive()` after every turn: call it again
                except (ValueError, TypeError, KeyError, AttributeError) as exc:
                    # A frame the SDK could not parse: not JSON (ValueError), or JSON that is
                    # not an object, `[1,2]` or `"x"` (AttributeError) or `7` (TypeError).
                    # Note it and go on reading: the connection itself is fine.
                    log.warning("unreadable server frame: %s", str(exc)[:200])
                    self._emit(
                        ev.ProtocolNotice(f"Ignored an unreadable server message: {exc!s:.120}")
                    )
                    break
                events = self._boundary.events(message)
                if not events:
                    log.info("server message with nothing this client knows; ignored")
                for event in events:
                    self._on_server_event(event)

    def _on_server_event(self, event: ev.Event) -> None:
        now = time.monotonic()
        if isinstance(event, ev.ResumptionUpdate) and event.resumable and event.handle:
            model = self.last_setup.model if self.last_setup else self.settings.model
            self._decide(rc.HandleIssued(now, event.handle, model))
            self._outbox.confirm()
        elif isinstance(event, ev.ModelAudio | ev.OutputTranscript | ev.ModelText):
            self._model_turn_done.clear()
        elif isinstance(event, ev.TurnComplete):
            self._model_turn_done.set()
            self._decide(rc.TurnDone(now))
        elif isinstance(event, ev.GoAway):
            decision = self._decide(rc.GoAwayReceived(now, event.time_left_s))
            self._rotation = decision if isinstance(decision, rc.Rotate) else None
            self._go_away.set()
        self._emit(event)


def _cancel(task: asyncio.Task[None] | None) -> None:
    """Stops reading a device: the task ends at its next wait, before it sends anything more."""
    if task is not None:
        task.cancel()
