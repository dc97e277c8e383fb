"""Collects a session's events and lets a test wait for one without polling sleeps."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from desktop_app.live import events as ev

E = TypeVar("E")


class EventLog:
    def __init__(self) -> None:
        self.events: list[ev.Event] = []
        self._changed = asyncio.Event()

    def __call__(self, event: ev.Event) -> None:
        self.events.append(event)
        self._changed.set()

    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]

    async def wait_for(
        self,
        kind: type[E],
        predicate: Callable[[E], bool] = lambda e: True,
        *,
        timeout: float = 15.0,
        after: int = 0,
    ) -> E:
        """The first event of `kind` (from index `after` on) that satisfies `predicate`; on
        timeout an AssertionError names what was awaited and the last events that came."""

        async def scan() -> Any:
            while True:
                for event in self.events[after:]:
                    if isinstance(event, kind) and predicate(event):
                        return event
                self._changed.clear()
                await self._changed.wait()

        try:
            return await asyncio.wait_for(scan(), timeout)
        except TimeoutError:
            recent = self.events[max(after, len(self.events) - 8) :]
            last = ", ".join(type(e).__name__ for e in recent)
            raise AssertionError(
                f"timed out after {timeout:g} s waiting for {kind.__name__}"
                f" (events since: {len(self.events) - after}, the last: {last or 'none'})"
            ) from None

    def mark(self) -> int:
        return len(self.events)
