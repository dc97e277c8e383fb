"""The part of the test API that is the same on `Emulator` and `EmulatorThread`.

Everything here reads or sets `SharedState` or `Conduct`, both thread-safe, so these
methods are plain synchronous calls on both classes. Actions that send frames need the
emulator's loop and live in `server.py` (async) and `thread.py` (blocking).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .answers import ModelAnswer
from .conduct import QUOTA_AT_HANDSHAKE, QUOTA_IN_SESSION, STALL_SETUP, Conduct
from .quirks import Quirks
from .records import (
    AudioDelivery,
    ConnectionInfo,
    Received,
    Sent,
    ServerConversation,
    TokenPolicy,
    TokenRequest,
)
from .state import SharedState

DELIVERY_MODES = ("paced", "burst", "stall")
DEFAULT_TIMEOUT_S = 10.0

WaitTarget = str | Callable[[], Any]


class SharedControls:
    """Read what happened, script what happens next. Subclasses provide `_state`."""

    _state: SharedState
    _conduct: Conduct

    def connections(self) -> list[ConnectionInfo]:
        """Every connection so far, oldest first, open or closed."""
        return self._state.connections()

    def received(self, kind: str | None = None, conn: int | None = None) -> list[Received]:
        """What clients sent, oldest first; optionally one kind, one connection."""
        return [
            r
            for r in self._state.received()
            if (kind is None or r.kind == kind) and (conn is None or r.conn == conn)
        ]

    def received_audio(self, conn: int | None = None) -> bytes:
        """All audio bytes received (from one connection, or all), concatenated."""
        return b"".join(r.payload for r in self.received("audio", conn))

    def sent(self, conn: int | None = None, kind: str | None = None) -> list[Sent]:
        """What the emulator sent, oldest first; optionally one connection, one kind."""
        return [
            s
            for s in self._state.sent()
            if (kind is None or s.kind == kind) and (conn is None or s.conn == conn)
        ]

    def conversation(self, conn: int | None = None) -> ServerConversation | None:
        """The conversation a connection belongs to (default: the newest connection).

        None until that connection's setup is accepted. Connections resumed by handle
        share their conversation, so its turn count keeps going up.
        """
        connections = self._state.connections()
        if not connections:
            return None
        info = self._state.connection(conn) if conn is not None else connections[-1]
        return None if info.conversation is None else self._state.conversation(info.conversation)

    def turn_count(self, conn: int | None = None) -> int:
        """Model turns ended in the connection's conversation (interrupted ones too)."""
        conversation = self.conversation(conn)
        return conversation.turns if conversation else 0

    def interruption_count(self, conn: int | None = None) -> int:
        """Model turns in the connection's conversation that the user interrupted."""
        conversation = self.conversation(conn)
        return conversation.interruptions if conversation else 0

    def script_answer(
        self,
        text: str,
        audio_seconds: float | None = None,
        *,
        heard: str | None = None,
        thought: str | None = None,
        sources: tuple[tuple[str, str], ...] = (),
    ) -> None:
        """Queue the content of the next model turn (any connection); FIFO.

        `audio_seconds` sets the length of its audio; by default it follows the text.
        `heard` is the input transcription of the spoken turn it answers, `thought` its
        thought summary (sent only when the setup asks for thoughts), `sources` (title, uri)
        its search results (sent only when Google Search is on; an answer without them is
        searched only sometimes, see `Quirks.grounding`).
        """
        self._state.script_answer(ModelAnswer(text, audio_seconds, heard, thought, tuple(sources)))

    def script_tool_call(self, name: str, args: dict[str, Any] | None = None) -> None:
        """Make the model answer the next user turn (typed or spoken, any connection) by
        calling `name`; FIFO. A blocking call is followed by an answer once the client
        responds; a NON_BLOCKING one by a short answer at once, and another when the
        response comes (as its `scheduling` says)."""
        self._state.script_tool_call(name, dict(args or {}))

    def set_audio_delivery(
        self,
        mode: str = "paced",
        chunk_ms: int = 40,
        stall_s: float = 1.0,
        speed: float = 1.2,
    ) -> None:
        """How model audio is sent from the next turn on (see `AudioDelivery`)."""
        if mode not in DELIVERY_MODES:
            raise ValueError(f"mode must be one of {DELIVERY_MODES}, not {mode!r}")
        if chunk_ms <= 0 or stall_s < 0 or speed <= 0:
            raise ValueError("chunk_ms and speed must be positive, stall_s not negative")
        self._state.delivery = AudioDelivery(mode, chunk_ms, stall_s, speed)

    def set_answer_seconds(self, seconds: float | None) -> None:
        """Make every answer without a length of its own last `seconds` (None: as long as
        its text takes), so tests about what is said need not wait for long answers."""
        if seconds is not None and seconds <= 0:
            raise ValueError("seconds must be positive")
        self._state.answer_seconds = seconds

    def set_answer_delay(self, seconds: float) -> None:
        """Answer each typed or spoken turn `seconds` after it ended (as the emulator saw
        it end: its VAD's end of turn, `activityEnd`, `audioStreamEnd`, or the text), from
        the next turn on; 0 answers at once."""
        if not 0 <= seconds <= 60:
            raise ValueError("seconds must be between 0 and 60")
        self._state.answer_delay = seconds

    def mint_token(self, uses: int = 1, lifetime_s: float | None = None) -> str:
        """An ephemeral token (`auth_tokens/...`) good for `uses` new sessions (0: any),
        for `lifetime_s` seconds (default: the token policy's)."""
        if uses < 0:
            raise ValueError("uses must not be negative")
        lifetime = self._state.token_policy.lifetime_s if lifetime_s is None else lifetime_s
        return self._state.mint_token(uses, lifetime)

    def set_token_policy(
        self,
        uses: int = 1,
        lifetime_s: float = 30 * 60.0,
        status: int = 200,
        spent_on_resume: bool = False,
    ) -> None:
        """What the token URL hands out and how tokens are spent (see `TokenPolicy`)."""
        if uses < 0 or lifetime_s <= 0:
            raise ValueError("uses must not be negative, lifetime_s must be positive")
        self._state.token_policy = TokenPolicy(uses, lifetime_s, status, spent_on_resume)

    def token_requests(self) -> list[TokenRequest]:
        """Every request to the token URL so far, oldest first."""
        return self._state.token_requests()

    # --- how the service behaves (docs/live-service-quirks.md) ---

    @property
    def seed(self) -> int:
        """The seed of every random choice; `LIVEDESK_EMULATOR_SEED=seed` replays a run."""
        return self._conduct.seed

    @property
    def quirks(self) -> Quirks:
        """The service's untidy habits as they are now (`Quirks()` unless a test changed them)."""
        return self._conduct.quirks

    def set_quirks(self, base: Quirks | None = None, **changes: Any) -> Quirks:
        """From the next turn on: `base` (e.g. `TIDY`, default the current quirks) with
        `changes` (field=value); returns the new quirks."""
        return self._conduct.set_quirks(base, changes)

    @contextmanager
    def using_quirks(self, base: Quirks | None = None, **changes: Any) -> Iterator[Quirks]:
        """`set_quirks` for the length of a `with` block, for an emulator many tests share."""
        before = self.quirks
        try:
            yield self.set_quirks(base, **changes)
        finally:
            self.set_quirks(before)

    def leak_key(self, key: str) -> None:
        """Refuse `key` from now on as one Google flagged as leaked (1008)."""
        self._conduct.leak_key(key)

    def refuse_voice_after_text(self, refuse: bool = True) -> None:
        """Close a connection with 1007 "Request contains an invalid argument." when a spoken
        turn follows typed turns on it (pipecat-ai/pipecat#4403); resuming it takes voice."""
        self._conduct.voice_after_text_refused = refuse

    def internal_error_burst(self, count: int = 3) -> None:
        """1011 "Internal error encountered." on `count` connections in a row: the one that
        speaks next is cut after its first audio (or text), the next `count - 1` right after
        setup."""
        self._conduct.arm_internal_burst(count)

    def quota_exceeded(self, at: str = "session", count: int = 1) -> None:
        """The next `count` connections meet the quota: "handshake" answers the WebSocket
        upgrade with HTTP 429; "session" closes with 1011 "You exceeded your current quota…"
        right after `setupComplete`."""
        faults = {"handshake": QUOTA_AT_HANDSHAKE, "session": QUOTA_IN_SESSION}
        if at not in faults:
            raise ValueError(f"at must be one of {tuple(faults)}, not {at!r}")
        self._conduct.arm(faults[at], count)

    def stall_setup(self, count: int = 1) -> None:
        """The next `count` connections read their setup and never answer it (a stalled
        relay): no `setupComplete`, no close, until the client gives up."""
        self._conduct.arm(STALL_SETUP, count)

    def set_handle_lifetime(self, seconds: float) -> None:
        """Refuse resumption handles older than `seconds` (the service: 2 hours)."""
        self._conduct.set_handle_lifetime(seconds)

    def expire_handles(self) -> None:
        """Every resumption handle issued so far is now too old to resume with."""
        self._conduct.expire_handles()

    # --- building blocks for the waits of both classes ---

    def _wait_target(
        self, what: WaitTarget, conn: int | None, since: float | None
    ) -> tuple[Callable[[], Any], Callable[[], str]]:
        """A predicate for `wait_for`, and how to describe a timeout waiting for it.

        A string waits for the first received message of that kind (on `conn`, at or
        after `since`, a `time.monotonic()` value) and returns it; a callable is
        re-evaluated on every change until it returns something truthy.
        """
        if callable(what):
            predicate = what
            wanted = f"{getattr(what, '__name__', 'predicate')}() to become true"
        else:

            def predicate() -> Received | None:
                return next(
                    (r for r in self.received(what, conn) if since is None or r.t >= since),
                    None,
                )

            wanted = f"a received {what!r}" + (f" on connection {conn}" if conn else "")
        return predicate, lambda: f"timed out waiting for {wanted}; {self._summary()}"

    def _connections_target(
        self, count: int
    ) -> tuple[Callable[[], list[ConnectionInfo] | None], Callable[[], str]]:
        def predicate() -> list[ConnectionInfo] | None:
            connections = self.connections()
            return connections if len(connections) >= count else None

        return predicate, lambda: f"timed out waiting for {count} connections; {self._summary()}"

    def _summary(self) -> str:
        """A one-line account of the emulator's state, for timeout messages."""
        connections = ", ".join(
            f"#{c.id} {'open' if c.open else f'closed {c.close_code} {c.close_reason!r}'}"
            for c in self.connections()
        )
        received = Counter(r.kind for r in self._state.received())
        sent = Counter(s.kind for s in self._state.sent())
        return (
            f"connections: [{connections}]; received: {dict(received)}; sent: {dict(sent)}; "
            f"seed {self.seed}"
        )
