"""The conversation with the Live API: connect, send, receive forever, reconnect.

One `LiveSession` is one conversation, which may span many WebSocket connections: the server
ends each one after ~10 minutes (with a `goAway` first), networks drop, and 1011s happen. A
supervisor task owns the connection cycle: connect through the real SDK
(`client.aio.live.connect`), run a permanent receive loop (the SDK's `receive()` ends after
every turn, so it is called again and again) and a sender task draining the `Outbox`, then —
when the connection ends — decide between reconnecting with the last resumable handle
(backoff, capped, reset after a stable connection) and stopping with a fatal error.

Everything the session learns leaves as typed events through the `emit` callback, called on
the asyncio loop. The session never imports Qt.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from google.genai import types
from google.genai.live import AsyncSession

from desktop_app.live import events as ev
from desktop_app.live.client import Credentials, make_client
from desktop_app.live.config import LiveSetup, build_setup
from desktop_app.live.delivery import INPUT_RATE, FunctionResult, accepts, deliver
from desktop_app.live.errors import classify
from desktop_app.live.outbox import Outbox, Outgoing
from desktop_app.live.translate import MessageTranslator
from desktop_app.settings import Settings

log = logging.getLogger(__name__)

BYTES_PER_INPUT_SECOND = INPUT_RATE * 2

# A connection that ends "cleanly" sooner than this is treated as a failure (backoff), so a
# relay that accepts and closes at once cannot make us spin.
MIN_CLEAN_LIFETIME_S = 1.0
# After a goAway, give up waiting for the turn to end this long before the server's deadline.
ROTATION_MARGIN_S = 5.0

__all__ = ["FunctionResult", "LiveSession", "RetryPolicy"]

Emit = Callable[[ev.Event], None]
CredentialsProvider = Callable[[], Awaitable[Credentials]]


@dataclass(frozen=True)
class RetryPolicy:
    """Reconnect pacing: `initial_s * factor**n`, capped; `n` resets once a connection has
    stayed up `stable_after_s`. A planned switch (after `goAway`) does not wait at all."""

    initial_s: float = 0.5
    factor: float = 2.0
    cap_s: float = 15.0
    stable_after_s: float = 10.0
    max_buffered_audio_s: float = 60.0  # what the user says while no connection is up
    max_replayed_audio_s: float = 15.0  # what was sent since the newest handle (an utterance)

    def delay(self, attempt: int) -> float:
        return min(self.cap_s, self.initial_s * self.factor ** max(0, attempt - 1))


@dataclass
class _Link:
    """One open WebSocket connection and what closes it."""

    session: AsyncSession
    stack: contextlib.AsyncExitStack
    resumed: bool


class LiveSession:
    def __init__(
        self,
        settings: Settings,
        emit: Emit,
        *,
        credentials: CredentialsProvider | None = None,
        function_declarations: Sequence[types.FunctionDeclaration] = (),
        retry: RetryPolicy | None = None,
    ) -> None:
        self.settings = settings
        self._emit_cb = emit
        self._credentials = credentials or self._key_from_settings
        self._function_declarations = tuple(function_declarations)
        self.retry = retry or RetryPolicy()
        self._outbox = Outbox(
            int(self.retry.max_buffered_audio_s * BYTES_PER_INPUT_SECOND),
            int(self.retry.max_replayed_audio_s * BYTES_PER_INPUT_SECOND),
        )
        self._translator = MessageTranslator()
        self._supervisor: asyncio.Task[None] | None = None
        self._handle: str | None = None
        self._model_turn_done = asyncio.Event()
        self._go_away = asyncio.Event()
        self._go_away_left: float | None = None
        self.state = ev.ConnectionState.IDLE
        self.connections = 0
        self.last_setup: LiveSetup | None = None

    # ------------------------------------------------------------------ lifecycle
    @property
    def resumption_handle(self) -> str | None:
        """The newest handle the server marked resumable (only those are kept)."""
        return self._handle

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
            self._handle = resumption_handle
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
        self._handle = None
        self._outbox.clear()
        self._set_state(ev.ConnectionState.CLOSED, "Conversation ended")

    async def apply_settings(self, settings: Settings) -> None:
        """Settings the Live API fixes at connect time take effect by reconnecting with the
        handle, so the conversation goes on with the new voice, tools or VAD."""
        self.settings = settings
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
        self._outbox.put(Outgoing("audio", pcm16k, time.monotonic()))

    def send_frame(self, image: bytes, mime_type: str = "image/jpeg") -> None:
        self._outbox.put(Outgoing("frame", (image, mime_type), time.monotonic()))

    def send_text(self, text: str) -> None:
        self._outbox.put(Outgoing("text", text, time.monotonic()))

    def send_tool_responses(self, results: Sequence[FunctionResult]) -> None:
        self._outbox.put(Outgoing("tool_response", tuple(results), time.monotonic()))

    def end_audio_stream(self) -> None:
        """The mic was muted: let server-side VAD close the user's turn now."""
        self._outbox.put(Outgoing("audio_stream_end", None, time.monotonic()))

    def activity_start(self) -> None:
        """Push-to-talk pressed (automatic activity detection is off)."""
        self._outbox.put(Outgoing("activity_start", None, time.monotonic()))

    def activity_end(self) -> None:
        self._outbox.put(Outgoing("activity_end", None, time.monotonic()))

    # ------------------------------------------------------------------ the cycle
    async def _key_from_settings(self) -> Credentials:
        return Credentials(api_key=self.settings.api_key)

    def _emit(self, event: ev.Event) -> None:
        try:
            self._emit_cb(event)
        except Exception:  # a listener's bug must not kill the conversation
            log.exception("event listener failed on %s", type(event).__name__)

    def _set_state(self, state: ev.ConnectionState, detail: str = "", **extra: object) -> None:
        self.state = state
        self._emit(ev.StateChanged(state, detail, **extra))  # type: ignore[arg-type]

    async def _supervise(self) -> None:
        """Connect, live, and on every end decide: switch, retry with backoff, or give up."""
        attempt = 0
        link: _Link | None = None
        while True:
            if link is None:
                if self.connections == 0:
                    self._set_state(ev.ConnectionState.CONNECTING, "Connecting")
                try:
                    link = await self._connect()
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    error = classify(exc)
                    if self._give_up(error):
                        return
                    attempt += 1
                    await self._back_off(error, attempt)
                    continue
            started = time.monotonic()
            error, link = await self._run(link)
            lived = time.monotonic() - started
            if link is not None or (error is None and lived >= MIN_CLEAN_LIFETIME_S):
                attempt = 0  # a planned switch (goAway) or a clean close: go straight on
                continue
            error = error or ev.SessionError("The server closed the connection at once", 1000)
            if self._give_up(error):
                return
            attempt = 1 if lived >= self.retry.stable_after_s else attempt + 1
            await self._back_off(error, attempt)

    def _give_up(self, error: ev.SessionError) -> bool:
        if not error.fatal:
            return False
        log.warning("fatal: %s", error.message)
        self._emit(error)
        self._set_state(ev.ConnectionState.FAILED, error.message)
        return True

    async def _back_off(self, error: ev.SessionError, attempt: int) -> None:
        self._emit(error)
        delay = self.retry.delay(attempt)
        log.info("connection lost (%s); retry %d in %.1f s", error.message, attempt, delay)
        self._set_state(
            ev.ConnectionState.RECONNECTING,
            f"Reconnecting in {delay:.0f} s ({error.message})",
            retry_in_s=delay,
            attempt=attempt,
        )
        await asyncio.sleep(delay)

    async def _connect(self) -> _Link:
        """Open a connection with the newest resumable handle; returns after setupComplete."""
        credentials = await self._credentials()
        setup = build_setup(
            self.settings,
            resumption_handle=self._handle,
            function_declarations=self._function_declarations,
        )
        client = make_client(self.settings, setup.api_version, credentials)
        stack = contextlib.AsyncExitStack()
        try:
            session = await stack.enter_async_context(
                client.aio.live.connect(model=setup.model, config=setup.config)
            )
        except BaseException:
            await stack.aclose()
            raise
        self.last_setup = setup
        return _Link(session, stack, resumed=self._handle is not None)

    async def _run(self, link: _Link) -> tuple[ev.SessionError | None, _Link | None]:
        """Live on `link` until it ends. Returns the error that ended it (None for a clean end)
        and, after a goAway, the next link, already connected."""
        self.connections += 1
        if self.connections > 1:
            self._translator.new_connection()
            replayed = self._outbox.replay_unconfirmed()
            if replayed:
                log.info("replaying %d messages sent since the newest handle", replayed)
        self._model_turn_done.set()
        self._go_away.clear()
        self._emit(ev.SetupComplete(link.session.session_id, link.resumed))
        self._set_state(ev.ConnectionState.LIVE, "Live")
        receiver = asyncio.ensure_future(self._receive_forever(link.session))
        sender = asyncio.ensure_future(self._send_forever(link))
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
                    rotation = asyncio.ensure_future(self._rotate(sender))
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
            with contextlib.suppress(Exception):
                await link.stack.aclose()

    async def _rotate(self, sender: asyncio.Future[None]) -> _Link:
        """Make-before-break after a goAway: wait for a turn boundary while time allows, open
        the next link with the newest handle while the old one still carries the user's audio,
        then stop sending on the old one; what it carried since that handle is replayed on the
        new one, so the server hears no gap."""
        deadline = time.monotonic() + max(0.0, (self._go_away_left or 0.0) - ROTATION_MARGIN_S)
        remaining = deadline - time.monotonic()
        if remaining > 0 and not self._model_turn_done.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._model_turn_done.wait(), remaining)
        log.info("goAway: opening the next connection")
        link = await self._connect()
        sender.cancel()
        await asyncio.gather(sender, return_exceptions=True)
        return link

    async def _receive_forever(self, session: AsyncSession) -> None:
        while True:
            try:
                async for message in session.receive():
                    events = self._translator.translate(message)
                    if not events:
                        log.info("server message with nothing this client knows; ignored")
                    for event in events:
                        self._on_server_event(event)
            except (ValueError, TypeError, KeyError) as exc:
                # A frame the SDK could not parse (garbage, an unknown shape): note it and go
                # on reading, the connection itself is fine.
                log.warning("unreadable server frame: %s", str(exc)[:200])
                self._emit(ev.ProtocolNotice(f"Ignored an unreadable server message: {exc!s:.120}"))

    async def _send_forever(self, link: _Link) -> None:
        caps = self.last_setup.capabilities if self.last_setup else None
        text_input = caps.text_input if caps else "realtime"
        while True:
            item = await self._outbox.get()
            if not accepts(caps, item):
                log.info("%s input dropped: %s does not take it", item.kind, caps and caps.label)
                continue
            try:
                await deliver(link.session, item, text_input=text_input)
            except BaseException:
                self._outbox.push_front(item)
                raise
            self._outbox.sent(item)

    def _on_server_event(self, event: ev.Event) -> None:
        if isinstance(event, ev.ResumptionUpdate) and event.resumable and event.handle:
            self._handle = event.handle
            self._outbox.confirm()
        elif isinstance(event, ev.ModelAudio | ev.OutputTranscript | ev.ModelText):
            self._model_turn_done.clear()
        elif isinstance(event, ev.TurnComplete):
            self._model_turn_done.set()
        elif isinstance(event, ev.GoAway):
            self._go_away_left = event.time_left_s
            self._go_away.set()
        self._emit(event)
