"""The session's events as the self-test saw them: what came, when, and waiting for one.

Each event is kept with the `time.monotonic()` it reached the app, so checks can relate
events to recordings (was the speaker quiet after the interrupt arrived?) and wait for an
event that may already have come.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import TypeVar

from desktop_app.live import events as ev

E = TypeVar("E")


class Timeline:
    def __init__(self) -> None:
        self.entries: list[tuple[float, ev.Event]] = []
        self._changed = asyncio.Event()

    def __call__(self, event: ev.Event) -> None:
        self.entries.append((time.monotonic(), event))
        self._changed.set()

    def mark(self) -> int:
        """A position to look for events after."""
        return len(self.entries)

    def of(self, kind: type[E], after: int = 0) -> list[tuple[float, E]]:
        return [(t, e) for t, e in self.entries[after:] if isinstance(e, kind)]

    async def wait_for(
        self,
        kind: type[E],
        timeout: float,
        *,
        after: int = 0,
        where: Callable[[E], bool] = lambda _: True,
    ) -> tuple[float, E] | None:
        """The first such event from `after` on, waiting up to `timeout`; None if none came."""
        deadline = time.monotonic() + timeout
        while True:
            found = next(((t, e) for t, e in self.of(kind, after) if where(e)), None)
            remaining = deadline - time.monotonic()
            if found is not None or remaining <= 0:
                return found
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)
