"""Interrupt → silence for the latency panel, from the player's own report.

The player measures how long an interrupt took to silence the speaker (`InterruptReport`,
in its stream clock, filled in by its audio callback once the fade-out is queued) and keeps
the newest in `last_interrupt`; it sends no event for it. This subscriber looks for the
report after each `Interrupted`, a few times over the next second on the asyncio loop, and
hands the figure to the tracker. It never touches the audio thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Protocol

from desktop_app.live import events as ev
from desktop_app.metrics.latency import LatencyTracker

LOOK_EVERY_S = 0.02
LOOK_FOR_S = 1.0


class _Report(Protocol):
    generation: int

    @property
    def latency_s(self) -> float: ...


class PlayerReports(Protocol):
    last_interrupt: _Report | None


class CutWatch:
    """`handle(Interrupted)` → `tracker.silenced(generation, latency)` once the player knows."""

    def __init__(self, player: Callable[[], PlayerReports | None], tracker: LatencyTracker) -> None:
        self._player = player
        self._tracker = tracker

    def handle(self, event: object) -> None:
        if isinstance(event, ev.Interrupted):
            loop = asyncio.get_running_loop()
            self._look(loop, event.generation, int(LOOK_FOR_S / LOOK_EVERY_S))

    def _look(self, loop: asyncio.AbstractEventLoop, generation: int, left: int) -> None:
        player = self._player()
        report = player.last_interrupt if player is not None else None
        if report is not None and report.generation == generation:
            self._tracker.silenced(generation, report.latency_s)
        elif left > 0 and player is not None:
            loop.call_later(LOOK_EVERY_S, self._look, loop, generation, left - 1)
