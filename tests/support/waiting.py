"""The one way a test waits: for a condition to come true, never for a stretch of time.

`wait_until` blocks the calling thread (a test whose work happens in other threads or
processes: the emulator thread, a subprocess, an audio callback); `until` is its awaitable
form for async tests, which must keep the event loop (qasync or plain asyncio) running while
they wait, so that the tasks that bring the condition about can run. (`qtbot.waitUntil`
spins a nested Qt loop inside the test's coroutine, where the session's asyncio tasks cannot
run.) Both share `_Wait`: the same deadline, the same poll interval, the same message on
timeout, which names what was awaited and the last value the predicate gave.

To show that something does *not* happen for a while, do not sleep: wait for a later event
that does happen (the next frame, the next message) and assert on the timestamps.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

WAIT_S = 20.0  # generous: the machine running the suite may be loaded
POLL_S = 0.02


class _Wait:
    """One wait in progress: polls `predicate` until it returns a true value or time is up."""

    def __init__(self, predicate: Callable[[], T], timeout: float, what: str) -> None:
        if not 0 < timeout <= 600:
            raise ValueError(f"timeout is in seconds (0 < timeout <= 600), not {timeout!r}")
        self.predicate = predicate
        self.timeout = timeout
        self.what = what or getattr(predicate, "__qualname__", repr(predicate))
        self.deadline = time.monotonic() + timeout
        self.last: object = None

    def poll(self) -> bool:
        """True once the predicate holds (its value is then in `last`); raises when time is
        up."""
        self.last = self.predicate()
        if self.last:
            return True
        if time.monotonic() > self.deadline:
            raise AssertionError(
                f"timed out after {self.timeout:g} s waiting for {self.what} "
                f"(last value: {self.last!r:.300})"
            )
        return False


def wait_until(
    predicate: Callable[[], T], timeout: float = WAIT_S, what: str = "", poll: float = POLL_S
) -> T:
    """Blocks until `predicate()` is true and returns that value; on timeout an
    AssertionError names `what` and the predicate's last value."""
    wait = _Wait(predicate, timeout, what)
    while not wait.poll():
        time.sleep(poll)
    return wait.last  # type: ignore[return-value]


async def until(
    predicate: Callable[[], T], timeout: float = WAIT_S, what: str = "", poll: float = POLL_S
) -> T:
    """`wait_until` for async tests: the loop keeps running between polls."""
    wait = _Wait(predicate, timeout, what)
    while not wait.poll():
        await asyncio.sleep(poll)
    return wait.last  # type: ignore[return-value]
