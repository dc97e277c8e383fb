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


def summary(data: dict[str, Any]) -> list[tuple[str, str]]:
    """The figures kept with a conversation, as (label, value) lines for an export."""
    figures = Figures.from_dict(data)
    lines: list[tuple[str, str]] = []
    answers = [t.answer_s for t in figures.latency.turns if t.answer_s is not None]
    median = figures.latency.median_answer_s
    if median is not None:
        lines.append(("Answer time", f"median {median * 1000:,.0f} ms over {len(answers)} "
                                     f"answers (end of your turn → first sound)"))
    cuts = [t.cut_s for t in figures.latency.turns if t.cut_s is not None]
    if cuts:
        lines.append(("Interrupted → silence",
                      ", ".join(f"{c * 1000:,.0f} ms" for c in cuts)))
    if figures.latency.setups_s:
        lines.append(("Setup", ", ".join(f"{s * 1000:,.0f} ms" for s in figures.latency.setups_s)))
    if figures.latency.reconnect_gaps_s:
        gaps = figures.latency.reconnect_gaps_s
        lines.append(("Reconnect gaps", ", ".join(f"{g * 1000:,.0f} ms" for g in gaps)))
    tokens = figures.cost.tokens
    if tokens.total:
        kinds = ", ".join(f"{kind} {count:,}" for kind, count in tokens.items())
        lines.append(("Tokens", f"{tokens.total:,} ({kinds})"))
        cost = figures.cost.cost
        if cost is None:
            lines.append(("Cost", "no known price for this model"))
        else:
            date = figures.cost.prices_as_of
            value = f"{cost.amount:.4f} {cost.currency} at the prices of {date}"
            if not cost.complete:
                value = f"at least {value}; {cost.unpriced_tokens:,} tokens without a known price"
            lines.append(("Cost", value))
    return lines


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
