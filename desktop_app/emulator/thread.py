"""`EmulatorThread`: an `Emulator` on its own loop in a daemon thread, driven synchronously.

The app's tests run their client on another loop (qasync on the Qt main thread), so
they cannot await the emulator's coroutines. Every control here is a plain blocking
call that is safe from any thread. Waiting comes in two forms: `wait_for` blocks the
calling thread (the client's loop, if it is on that thread, stands still meanwhile),
and `wait_for_async` awaits on the caller's own loop, letting the client run.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Collection, Coroutine
from concurrent.futures import Future
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from .control import DEFAULT_TIMEOUT_S, SharedControls, WaitTarget
from .quirks import Quirks
from .records import ConnectionInfo
from .server import GARBAGE, Emulator
from .wire import CLOSE_NORMAL

T = TypeVar("T")

# Controls only hand a frame to the emulator's loop; this long means it is stuck.
CONTROL_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 15.0


class EmulatorThread(SharedControls):
    """`with EmulatorThread(tls_dir=tmp_path) as emu:` — same controls, all synchronous."""

    def __init__(
        self,
        tls_dir: Path,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        models: Collection[str] | None = None,
        connection_lifetime: float | None = None,
        max_records: int | None = None,
        seed: int | None = None,
        quirks: Quirks | None = None,
    ) -> None:
        self._emulator = Emulator(
            tls_dir,
            host=host,
            port=port,
            api_key=api_key,
            models=models,
            connection_lifetime=connection_lifetime,
            max_records=max_records,
            seed=seed,
            quirks=quirks,
        )
        self._state = self._emulator._state
        self._conduct = self._emulator._conduct
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---

    def start(self) -> None:
        """Start the emulator's thread; returns once it listens (or raises why it cannot)."""
        if self._thread is not None:
            raise RuntimeError("the emulator thread is already running")
        started: Future[None] = Future()
        self._thread = threading.Thread(
            target=asyncio.run, args=(self._main(started),), name="livedesk-emulator", daemon=True
        )
        self._thread.start()
        try:
            started.result(timeout=CONTROL_TIMEOUT_S)
        except BaseException:
            self._thread.join(timeout=STOP_TIMEOUT_S)
            self._thread = None
            raise

    def stop(self) -> None:
        """Close all connections, stop listening and end the thread."""
        if self._thread is None:
            return
        assert self._loop is not None and self._stopping is not None
        self._loop.call_soon_threadsafe(self._stopping.set)
        self._thread.join(timeout=STOP_TIMEOUT_S)
        self._thread = None

    def __enter__(self) -> EmulatorThread:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def _main(self, started: Future[None]) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        try:
            await self._emulator.start()
        except BaseException as error:
            started.set_exception(error)
            return
        started.set_result(None)
        await self._stopping.wait()
        await self._emulator.stop()

    def _call(self, coro: Coroutine[Any, Any, T]) -> T:
        if self._loop is None or self._thread is None:
            coro.close()
            raise RuntimeError("the emulator thread is not running")
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return future.result(timeout=CONTROL_TIMEOUT_S)

    @property
    def port(self) -> int:
        """The TCP port it listens on."""
        return self._emulator.port

    @property
    def url(self) -> str:
        """`wss://127.0.0.1:port`."""
        return self._emulator.url

    @property
    def base_url(self) -> str:
        """`https://127.0.0.1:port`, for the SDK's `HttpOptions.base_url`."""
        return self._emulator.base_url

    @property
    def cert_path(self) -> Path:
        """The certificate a client must trust."""
        return self._emulator.cert_path

    @property
    def token_url(self) -> str:
        """Where the app fetches ephemeral tokens."""
        return self._emulator.token_url

    # --- faults and content: blocking versions of Emulator's ---

    def drop(self, conn: int | None = None) -> None:
        """Abort the TCP connection without a close frame."""
        self._call(self._emulator.drop(conn))

    def freeze(self, conn: int | None = None) -> None:
        """Let the network under the connection die (nothing more read or sent)."""
        self._call(self._emulator.freeze(conn))

    def close(self, code: int = CLOSE_NORMAL, reason: str = "", conn: int | None = None) -> None:
        """Close with `code` and `reason`; returns once the close frame is sent."""
        self._call(self._emulator.close(code, reason, conn))

    def send_garbage(self, data: bytes | str = GARBAGE, conn: int | None = None) -> None:
        """Send a frame that is not JSON."""
        self._call(self._emulator.send_garbage(data, conn))

    def send_raw(self, message: dict[str, Any] | str | bytes, conn: int | None = None) -> None:
        """Send any server message as it is."""
        self._call(self._emulator.send_raw(message, conn))

    def send_non_object(self, value: Any = (1, 2), conn: int | None = None) -> None:
        """Send a frame that is valid JSON but not an object."""
        self._call(self._emulator.send_non_object(value, conn))

    def go_away(
        self, time_left_s: float, close_after_s: float | None = None, conn: int | None = None
    ) -> None:
        """Send `goAway`, then close after `close_after_s` (default `time_left_s`)."""
        self._call(self._emulator.go_away(time_left_s, close_after_s, conn))

    def tool_call(self, calls: list[dict[str, Any]], conn: int | None = None) -> list[str]:
        """Send a `toolCall`; returns the call ids."""
        return self._call(self._emulator.tool_call(calls, conn))

    def tool_call_cancellation(self, ids: list[str], conn: int | None = None) -> None:
        """Send a `toolCallCancellation`."""
        self._call(self._emulator.tool_call_cancellation(ids, conn))

    def start_model_turn(
        self, text: str | None = None, audio_seconds: float | None = None, conn: int | None = None
    ) -> None:
        """Make the model speak unprompted."""
        self._call(self._emulator.start_model_turn(text, audio_seconds, conn))

    def user_spoke(self, seconds: float = 1.0, conn: int | None = None) -> None:
        """Act as if the user had just said `seconds` of speech, without sending audio."""
        self._call(self._emulator.user_spoke(seconds, conn))

    # --- waiting ---

    def wait_for(
        self,
        what: WaitTarget,
        timeout: float = DEFAULT_TIMEOUT_S,
        *,
        conn: int | None = None,
        since: float | None = None,
    ) -> Any:
        """Block until a received kind arrives (returns it) or a predicate holds (its value)."""
        predicate, describe = self._wait_target(what, conn, since)
        return self._state.wait_blocking(predicate, timeout, describe)

    async def wait_for_async(
        self,
        what: WaitTarget,
        timeout: float = DEFAULT_TIMEOUT_S,
        *,
        conn: int | None = None,
        since: float | None = None,
    ) -> Any:
        """`wait_for` as an awaitable on the caller's loop, so that loop keeps running."""
        predicate, describe = self._wait_target(what, conn, since)
        return await self._state.wait_async(predicate, timeout, describe)

    def wait_for_connections(
        self, n: int, timeout: float = DEFAULT_TIMEOUT_S
    ) -> list[ConnectionInfo]:
        """Block until `n` connections have been accepted so far (open or not)."""
        predicate, describe = self._connections_target(n)
        return self._state.wait_blocking(predicate, timeout, describe)

    async def wait_for_connections_async(
        self, n: int, timeout: float = DEFAULT_TIMEOUT_S
    ) -> list[ConnectionInfo]:
        """`wait_for_connections` as an awaitable on the caller's loop."""
        predicate, describe = self._connections_target(n)
        return await self._state.wait_async(predicate, timeout, describe)
