"""The conversation's figures in one subscriber: latency, cuts, tokens and cost.

The app hands it every session event and every media event (`handle`), the moments only the
app knows (`user_turn_ended`: the push-to-talk key let go, text sent) and the model in use
(`model`); it calls `on_change` with a `Figures` snapshot whenever one of them changed. The
window only shows snapshots, and the history keeps them (`Figures.to_dict`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.media.speech import UserTurnEnded
from desktop_app.metrics.cost import CostMeter, CostSnapshot
from desktop_app.metrics.cuts import CutWatch, PlayerReports
from desktop_app.metrics.latency import LatencySnapshot, LatencyTracker
from desktop_app.metrics.pricing import PriceTable
from desktop_app.metrics.tokens import TokenCounts


@dataclass(frozen=True, slots=True)
class Figures:
    latency: LatencySnapshot = field(default_factory=LatencySnapshot)
    cost: CostSnapshot = field(
        default_factory=lambda: CostSnapshot(TokenCounts(), None, 0, ())
    )

    def to_dict(self) -> dict[str, Any]:
        return {"latency": self.latency.to_dict(), "cost": self.cost.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figures:
        return cls(
            LatencySnapshot.from_dict(data.get("latency") or {}),
            CostSnapshot.from_dict(data.get("cost") or {}),
        )


class ConversationFigures:
    def __init__(
        self,
        table: PriceTable,
        model: str,
        *,
        player: Callable[[], PlayerReports | None] = lambda: None,
        on_change: Callable[[Figures], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._on_change = on_change
        self._clock = clock
        self.latency = LatencyTracker(clock, on_change=lambda _s: self._changed())
        self.cost = CostMeter(table, model, on_change=lambda _s: self._changed())
        self._cuts = CutWatch(player, self.latency)

    @property
    def model(self) -> str:
        return self.cost.model

    @model.setter
    def model(self, model: str) -> None:
        self.cost.model = model

    def handle(self, event: object) -> None:
        self.latency.handle(event)
        self.cost.handle(event)
        self._cuts.handle(event)

    def user_turn_ended(self, how: str) -> None:
        """The app's own moments: "push_to_talk" (the key was let go), "typed" (text sent)."""
        self.latency.handle(UserTurnEnded(self._clock(), how))

    def snapshot(self) -> Figures:
        return Figures(self.latency.snapshot(), self.cost.snapshot())

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self.snapshot())
