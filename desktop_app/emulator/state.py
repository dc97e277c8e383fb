"""The emulator's state shared between its event loop and test threads.

The loop writes (connections, what was received and sent, conversations); tests read
from any thread and may block or await until something happens. One re-entrant lock
guards it all, and every change wakes all waiters, blocking or async, on any loop, so
no one has to poll. Waiters re-check their predicate outside the lock, so a predicate
may call anything, even methods that need the emulator's loop.

Tests read everything back, so by default everything is kept. A server that runs for hours
(the app's offline mode) keeps only the newest `max_records` of each kind of record, so what
it remembers stays bounded: tens of kilobytes of audio a second would otherwise pile up.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .answers import ModelAnswer
from .records import (
    AudioDelivery,
    ConnectionInfo,
    Received,
    Sent,
    ServerConversation,
    TokenPolicy,
    TokenRequest,
)

T = TypeVar("T")

TOKEN_PREFIX = "auth_tokens/"
# What a server that no test reads keeps: the last few seconds of audio chunks, or of frames
# when the microphone is quiet (200 screen-sized JPEGs are some 30 MB at most).
LONG_RUN_RECORDS = 200


@dataclass
class _Token:
    uses_left: int | None  # None: unlimited
    expires_at: float  # time.monotonic()


@dataclass
class _Conversation:
    id: int
    max_records: int | None  # of each of history, unmatched responses and handles
    turns: int = 0
    interruptions: int = 0
    history: deque[tuple[str, str]] = field(init=False)
    pending_tool_calls: list[str] = field(default_factory=list)  # settled or cancelled soon
    unmatched_tool_responses: deque[dict[str, Any]] = field(init=False)
    handles: deque[str] = field(init=False)

    def __post_init__(self) -> None:
        self.history = deque(maxlen=self.max_records)
        self.unmatched_tool_responses = deque(maxlen=self.max_records)
        self.handles = deque(maxlen=self.max_records)

    def snapshot(self) -> ServerConversation:
        return ServerConversation(
            id=self.id,
            turns=self.turns,
            interruptions=self.interruptions,
            history=tuple(self.history),
            pending_tool_calls=tuple(self.pending_tool_calls),
            unmatched_tool_responses=tuple(self.unmatched_tool_responses),
            handles=tuple(self.handles),
        )


class SharedState:
    """Records, conversations, tokens and test controls behind one lock.

    `max_records`: keep only the newest this many of each record (None: all of them).
    """

    def __init__(self, models: Collection[str], max_records: int | None = None) -> None:
        if max_records is not None and max_records <= 0:
            raise ValueError("max_records must be positive")
        self.models = frozenset(models)
        self._max_records = max_records
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._version = 0
        self._async_waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self._connections: dict[int, ConnectionInfo] = {}
        self._received: deque[Received] = deque(maxlen=max_records)
        self._sent: deque[Sent] = deque(maxlen=max_records)
        self._conversations: dict[int, _Conversation] = {}
        self._handles: dict[str, int] = {}
        self._tokens: dict[str, _Token] = {}
        self._token_policy = TokenPolicy()
        self._token_requests: deque[TokenRequest] = deque(maxlen=max_records)
        self._script: deque[ModelAnswer] = deque()
        self._scripted_calls: deque[tuple[str, dict[str, Any]]] = deque()
        self._delivery = AudioDelivery()
        self._answer_seconds: float | None = None
        self._answer_delay = 0.0

    # --- changes (made on the emulator's loop, or by test controls) ---

    @contextmanager
    def _change(self) -> Iterator[None]:
        with self._lock:
            yield
            self._version += 1
            self._changed.notify_all()
            waiters = list(self._async_waiters)
        for loop, event in waiters:
            # A waiter's loop may close without removing itself; it no longer waits then.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(event.set)

    def add_connection(self, info: ConnectionInfo) -> None:
        with self._change():
            self._connections[info.id] = info

    def update_connection(self, conn: int, **changes: Any) -> None:
        with self._change():
            self._connections[conn] = dataclasses.replace(self._connections[conn], **changes)

    def record_received(
        self, conn: int, kind: str, payload: Any, mime_type: str | None = None
    ) -> None:
        with self._change():
            self._received.append(Received(time.monotonic(), conn, kind, payload, mime_type))

    def record_sent(self, conn: int, kind: str, message: Any) -> None:
        with self._change():
            self._sent.append(Sent(time.monotonic(), conn, kind, message))

    def new_conversation(self) -> int:
        with self._change():
            conversation = _Conversation(len(self._conversations) + 1, self._max_records)
            self._conversations[conversation.id] = conversation
            return conversation.id

    def conversation_for_handle(self, handle: str) -> int | None:
        """The conversation a resumption handle continues, if this emulator issued it."""
        with self._lock:
            return self._handles.get(handle)

    def issue_handle(self, conversation: int) -> str:
        with self._change():
            handle = f"emu-{conversation}-{secrets.token_urlsafe(12)}"
            self._handles[handle] = conversation
            handles = self._conversations[conversation].handles
            if len(handles) == handles.maxlen:  # the oldest is forgotten: it resumes no more
                del self._handles[handles[0]]
            handles.append(handle)
            return handle

    def add_history(self, conversation: int, role: str, text: str) -> None:
        with self._change():
            self._conversations[conversation].history.append((role, text))

    def end_turn(self, conversation: int, *, interrupted: bool) -> None:
        with self._change():
            record = self._conversations[conversation]
            record.turns += 1
            record.interruptions += interrupted

    def add_tool_calls(self, conversation: int, ids: list[str]) -> None:
        with self._change():
            self._conversations[conversation].pending_tool_calls.extend(ids)

    def settle_tool_response(self, conversation: int, response: dict[str, Any]) -> bool:
        """Match a function response to its pending call; False (recorded) if none."""
        with self._change():
            record = self._conversations[conversation]
            call_id = response.get("id")
            if call_id in record.pending_tool_calls:
                record.pending_tool_calls.remove(call_id)
                return True
            record.unmatched_tool_responses.append(response)
            return False

    def cancel_tool_calls(self, conversation: int, ids: list[str]) -> None:
        with self._change():
            pending = self._conversations[conversation].pending_tool_calls
            pending[:] = [i for i in pending if i not in ids]

    def mint_token(self, uses: int, lifetime_s: float) -> str:
        with self._change():
            token = f"{TOKEN_PREFIX}{secrets.token_urlsafe(24)}"
            self._tokens[token] = _Token(uses or None, time.monotonic() + lifetime_s)
            return token

    def use_token(self, token: str, *, resuming: bool) -> bool:
        """Spend one use of an ephemeral token; resuming a session spends none (unless the
        token policy says it does)."""
        with self._change():
            record = self._tokens.get(token)
            if record is None or record.expires_at <= time.monotonic():
                return False
            if record.uses_left is None or (resuming and not self._token_policy.spent_on_resume):
                return True
            if record.uses_left <= 0:
                return False
            record.uses_left -= 1
            return True

    def token_seconds_left(self, token: str) -> float | None:
        with self._lock:
            record = self._tokens.get(token)
            return None if record is None else record.expires_at - time.monotonic()

    @property
    def token_policy(self) -> TokenPolicy:
        with self._lock:
            return self._token_policy

    @token_policy.setter
    def token_policy(self, value: TokenPolicy) -> None:
        with self._change():
            self._token_policy = value

    def record_token_request(self, query: dict[str, str], token: str | None) -> None:
        with self._change():
            self._token_requests.append(TokenRequest(time.monotonic(), query, token))

    def token_requests(self) -> list[TokenRequest]:
        with self._lock:
            return list(self._token_requests)

    def script_tool_call(self, name: str, args: dict[str, Any]) -> None:
        with self._change():
            self._scripted_calls.append((name, args))

    def next_scripted_call(self) -> tuple[str, dict[str, Any]] | None:
        with self._change():
            return self._scripted_calls.popleft() if self._scripted_calls else None

    def script_answer(self, answer: ModelAnswer) -> None:
        with self._change():
            self._script.append(answer)

    def next_scripted_answer(self) -> ModelAnswer | None:
        with self._change():
            return self._script.popleft() if self._script else None

    @property
    def delivery(self) -> AudioDelivery:
        with self._lock:
            return self._delivery

    @delivery.setter
    def delivery(self, value: AudioDelivery) -> None:
        with self._change():
            self._delivery = value

    @property
    def answer_seconds(self) -> float | None:
        with self._lock:
            return self._answer_seconds

    @answer_seconds.setter
    def answer_seconds(self, value: float | None) -> None:
        with self._change():
            self._answer_seconds = value

    @property
    def answer_delay(self) -> float:
        with self._lock:
            return self._answer_delay

    @answer_delay.setter
    def answer_delay(self, value: float) -> None:
        with self._change():
            self._answer_delay = value

    # --- reads (any thread) ---

    def connections(self) -> list[ConnectionInfo]:
        with self._lock:
            return list(self._connections.values())

    def connection(self, conn: int) -> ConnectionInfo:
        with self._lock:
            return self._connections[conn]

    def received(self) -> list[Received]:
        with self._lock:
            return list(self._received)

    def sent(self) -> list[Sent]:
        with self._lock:
            return list(self._sent)

    def conversation(self, conversation: int) -> ServerConversation:
        with self._lock:
            return self._conversations[conversation].snapshot()

    # --- waiting (any thread, any loop) ---

    def wait_blocking(
        self, predicate: Callable[[], T], timeout: float, describe: Callable[[], str]
    ) -> T:
        """Block the calling thread until `predicate()` is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                version = self._version
            result = predicate()
            if result:
                return result
            with self._lock:
                while self._version == version:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise TimeoutError(describe())
                    self._changed.wait(remaining)

    async def wait_async(
        self, predicate: Callable[[], T], timeout: float, describe: Callable[[], str]
    ) -> T:
        """Await, on the caller's own loop, until `predicate()` is truthy; return its value."""
        waiter = (asyncio.get_running_loop(), asyncio.Event())
        with self._lock:
            self._async_waiters.add(waiter)
        try:
            async with asyncio.timeout(timeout):
                while True:
                    waiter[1].clear()
                    result = predicate()
                    if result:
                        return result
                    await waiter[1].wait()
        except TimeoutError:
            raise TimeoutError(describe()) from None
        finally:
            with self._lock:
                self._async_waiters.discard(waiter)
