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
from desktop_app.live.errors import classify
from desktop_app.live.outbox import Outbox, Outgoing
from desktop_app.live.translate import MessageTranslator
from desktop_app.settings import Settings

log = logging.getLogger(__name__)

INPUT_RATE = 16000
INPUT_MIME = f"audio/pcm;rate={INPUT_RATE}"
BYTES_PER_INPUT_SECOND = INPUT_RATE * 2

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
    max_buffered_audio_s: float = 60.0

    def delay(self, attempt: int) -> float:
        return min(self.cap_s, self.initial_s * self.factor ** max(0, attempt - 1))


@dataclass(frozen=True)
class FunctionResult:
    """The answer to one function call, sent back with the call's id."""

    id: str
    name: str
    response: dict[str, object]
    scheduling: str | None = None  # INTERRUPT / WHEN_IDLE / SILENT for NON_BLOCKING tools


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
        self._outbox = Outbox(int(self.retry.max_buffered_audio_s * BYTES_PER_INPUT_SECOND))
        self._translator = MessageTranslator()
        self._supervisor: asyncio.Task[None] | None = None
        self._handle: str | None = None
        self._planned_switch = False
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

    async def _send_one(self, session: AsyncSession, item: Outgoing) -> None:
        kind = item.kind
        if kind == "audio":
            await session.send_realtime_input(
                audio=types.Blob(data=item.payload, mime_type=INPUT_MIME)
            )
        elif kind == "frame":
            data, mime = item.payload
            await session.send_realtime_input(video=types.Blob(data=data, mime_type=mime))
        elif kind == "text":
            caps = self.last_setup.capabilities if self.last_setup else None
            if caps is not None and caps.text_input == "client_content":
                await session.send_client_content(
                    turns=types.Content(role="user", parts=[types.Part(text=item.payload)]),
                    turn_complete=True,
                )
            else:
                await session.send_realtime_input(text=item.payload)
        elif kind == "tool_response":
            await session.send_tool_response(
                function_responses=[
                    types.FunctionResponse(
                        id=r.id,
                        name=r.name,
                        response=dict(r.response),
                        scheduling=types.FunctionResponseScheduling(r.scheduling)
                        if r.scheduling
                        else None,
                    )
                    for r in item.payload
                ]
            )
        elif kind == "audio_stream_end":
            await session.send_realtime_input(audio_stream_end=True)
        elif kind == "activity_start":
            await session.send_realtime_input(activity_start=types.ActivityStart())
        elif kind == "activity_end":
            await session.send_realtime_input(activity_end=types.ActivityEnd())
        else:  # pragma: no cover - Outgoing kinds are fixed above
            raise ValueError(f"unknown outgoing kind {kind}")

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
        attempt = 0
        while True:
            first = self.connections == 0
            if first or self._planned_switch:
                label = "Connecting" if first else "Switching to a new connection"
                self._set_state(
                    ev.ConnectionState.CONNECTING if first else ev.ConnectionState.RECONNECTING,
                    label,
                )
            self._planned_switch = False
            started = time.monotonic()
            error = await self._one_connection()
            if error is None:  # the server ended the connection cleanly (e.g. after goAway)
                attempt = 0
                self._planned_switch = True
                continue
            lived = time.monotonic() - started
            if error.fatal:
                log.warning("fatal: %s", error.message)
                self._emit(error)
                self._set_state(ev.ConnectionState.FAILED, error.message)
                return
            self._emit(error)
            attempt = 1 if lived >= self.retry.stable_after_s else attempt + 1
            delay = self.retry.delay(attempt)
            log.info("connection lost (%s); retry %d in %.1f s", error.message, attempt, delay)
            self._set_state(
                ev.ConnectionState.RECONNECTING,
                f"Reconnecting in {delay:.0f} s ({error.message})",
                retry_in_s=delay,
                attempt=attempt,
            )
            await asyncio.sleep(delay)

    async def _one_connection(self) -> ev.SessionError | None:
        """Run one WebSocket connection to its end. None means a clean close by the server."""
        try:
            credentials = await self._credentials()
            setup = build_setup(
                self.settings,
                resumption_handle=self._handle,
                function_declarations=self._function_declarations,
            )
            self.last_setup = setup
            client = make_client(self.settings, setup.api_version, credentials)
            async with client.aio.live.connect(model=setup.model, config=setup.config) as session:
                return await self._live(session)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.debug("connection ended with %r", exc)
            return classify(exc)

    async def _live(self, session: AsyncSession) -> ev.SessionError | None:
        self.connections += 1
        if self.connections > 1:
            self._translator.new_connection()
        resumed = self._handle is not None
        self._emit(ev.SetupComplete(session.session_id, resumed))
        self._set_state(ev.ConnectionState.LIVE, "Live")
        receiver = asyncio.ensure_future(self._receive_forever(session))
        sender = asyncio.ensure_future(self._send_forever(session))
        try:
            done, _ = await asyncio.wait({receiver, sender}, return_when=asyncio.FIRST_COMPLETED)
            if sender in done and not receiver.done():
                # The socket failed under a send; the receiver learns the close code.
                await asyncio.wait({receiver}, timeout=1.0)
            task = receiver if receiver.done() else sender
            exc = task.exception() if not task.cancelled() else None
            if exc is None:
                return None
            error = classify(exc)
            if error.code == 1000:
                return None
            return error
        finally:
            for task in (receiver, sender):
                task.cancel()
            await asyncio.gather(receiver, sender, return_exceptions=True)

    async def _receive_forever(self, session: AsyncSession) -> None:
        while True:
            try:
                async for message in session.receive():
                    for event in self._translator.translate(message):
                        self._on_server_event(event)
            except (ValueError, TypeError, KeyError) as exc:
                # A frame the SDK could not parse (garbage, an unknown shape): note it and go
                # on reading, the connection itself is fine.
                log.warning("unreadable server frame: %s", str(exc)[:200])
                self._emit(ev.ProtocolNotice(f"Ignored an unreadable server message: {exc!s:.120}"))

    async def _send_forever(self, session: AsyncSession) -> None:
        while True:
            item = await self._outbox.get()
            try:
                await self._send_one(session, item)
            except BaseException:
                self._outbox.push_front(item)
                raise

    def _on_server_event(self, event: ev.Event) -> None:
        if isinstance(event, ev.ResumptionUpdate) and event.resumable and event.handle:
            self._handle = event.handle
        self._emit(event)
