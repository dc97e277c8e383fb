"""The cost meter: the conversation's tokens by modality, and their price where it is known.

One more `handle(event)` subscriber. Every `Usage` report is added to the model in use when
it came (a conversation can change model: the settings reconnect with the handle), so each
model's tokens are priced at that model's prices. What has no price stays tokens: a
conversation on a model the table does not know has a token count and no cost at all, and
one that is partly priced says how many tokens its cost leaves out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.live import events as ev
from desktop_app.metrics.pricing import Cost, PriceTable, cost_of
from desktop_app.metrics.tokens import TokenCounts, counts_of

_ENDING = (ev.ConnectionState.CLOSED, ev.ConnectionState.FAILED)


@dataclass(frozen=True, slots=True)
class CostSnapshot:
    """What the meter shows: all tokens so far; `cost` None when no token had a price."""

    tokens: TokenCounts
    cost: Cost | None
    reports: int  # usage reports counted
    models: tuple[str, ...]  # the models the tokens were spent on, first first
    prices_as_of: str = ""  # the oldest date among the prices used

    def to_dict(self) -> dict[str, object]:
        """For the history: plain JSON values."""
        return {
            "tokens": self.tokens.to_dict(),
            "cost": None
            if self.cost is None
            else {
                "amount": round(self.cost.amount, 8),
                "currency": self.cost.currency,
                "unpriced": list(self.cost.unpriced),
                "unpriced_tokens": self.cost.unpriced_tokens,
            },
            "reports": self.reports,
            "models": list(self.models),
            "prices_as_of": self.prices_as_of,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> CostSnapshot:
        cost = data.get("cost")
        return cls(
            tokens=TokenCounts.from_dict(data.get("tokens") or {}),  # type: ignore[arg-type]
            cost=None
            if not isinstance(cost, dict)
            else Cost(
                float(cost.get("amount", 0.0)),
                str(cost.get("currency", "USD")),
                tuple(cost.get("unpriced") or ()),
                int(cost.get("unpriced_tokens") or 0),
            ),
            reports=int(data.get("reports") or 0),  # type: ignore[call-overload]
            models=tuple(data.get("models") or ()),  # type: ignore[arg-type]
            prices_as_of=str(data.get("prices_as_of") or ""),
        )


class CostMeter:
    """Adds up `Usage` reports per model; `snapshot()` prices them."""

    def __init__(
        self,
        table: PriceTable,
        model: str,
        on_change: Callable[[CostSnapshot], None] | None = None,
    ) -> None:
        self.table = table
        self.model = model  # the app sets it when the settings change the model
        self._on_change = on_change
        self._by_model: dict[str, TokenCounts] = {}
        self._reports = 0
        self._ended = False

    def handle(self, event: object) -> None:
        if isinstance(event, ev.StateChanged):
            if event.state in _ENDING:
                self._ended = True
            elif event.state is ev.ConnectionState.CONNECTING and self._ended:
                self.reset()  # a new conversation starts from zero
        elif isinstance(event, ev.Usage):
            counts = counts_of(event)
            self._by_model[self.model] = self._by_model.get(self.model, TokenCounts()) + counts
            self._reports += 1
            if self._on_change is not None:
                self._on_change(self.snapshot())

    def reset(self) -> None:
        self._by_model.clear()
        self._reports = 0
        self._ended = False

    def snapshot(self) -> CostSnapshot:
        total = TokenCounts()
        amount = 0.0
        currency = ""
        unpriced: list[str] = []
        unpriced_tokens = 0
        dates: list[str] = []
        priced_any = False
        for model, counts in self._by_model.items():
            total = total + counts
            prices = self.table.for_model(model)
            if prices is None:
                unpriced += [k for k, _ in counts.items() if k not in unpriced]
                unpriced_tokens += counts.total
                continue
            cost = cost_of(counts, prices)
            priced_any = priced_any or cost.unpriced_tokens < counts.total
            amount += cost.amount
            currency = currency or cost.currency
            unpriced += [k for k in cost.unpriced if k not in unpriced]
            unpriced_tokens += cost.unpriced_tokens
            if prices.as_of:
                dates.append(prices.as_of)
        cost_now = (
            Cost(amount, currency, tuple(unpriced), unpriced_tokens) if priced_any else None
        )
        return CostSnapshot(
            total, cost_now, self._reports, tuple(self._by_model), min(dates, default="")
        )
