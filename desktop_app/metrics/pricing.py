"""Turning token counts into money with the price table in resources/prices.json.

Pure: a table is plain data, a cost is arithmetic on it. The one rule is that nothing is
guessed. A model the table does not list has no price (the meter shows tokens only); a kind
of token the model's entry does not price (thinking, say, when no figure was found) is
reported as unpriced, next to the cost of the rest, so a figure never looks complete when
it is not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.metrics.tokens import KINDS, TokenCounts
from desktop_app.resources import load_json

PRICES_FILE = "prices.json"


@dataclass(frozen=True, slots=True)
class ModelPrices:
    """One model's prices per `unit_tokens` tokens, by kind, with where they came from."""

    model: str
    per_unit: Mapping[str, float]
    unit_tokens: int = 1_000_000
    currency: str = "USD"
    as_of: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class Cost:
    """What `tokens` cost at `prices`: `amount` covers every kind except those in `unpriced`."""

    amount: float
    currency: str
    unpriced: tuple[str, ...] = ()  # kinds that had tokens but no price
    unpriced_tokens: int = 0

    @property
    def complete(self) -> bool:
        return not self.unpriced


@dataclass(frozen=True)
class PriceTable:
    """Every model's prices; `for_model` finds one by its ID (with or without "models/")."""

    models: Mapping[str, ModelPrices] = field(default_factory=dict)
    source: str = ""

    def for_model(self, model: str) -> ModelPrices | None:
        return self.models.get(model.removeprefix("models/"))


def parse_table(data: Mapping[str, Any]) -> PriceTable:
    """A table from the JSON of resources/prices.json; an unknown kind is an error (a typo
    would otherwise silently leave tokens unpriced)."""
    unit = int(data.get("unit_tokens", 1_000_000))
    currency = str(data.get("currency", "USD"))
    models: dict[str, ModelPrices] = {}
    for model, entry in (data.get("models") or {}).items():
        per_unit = {str(k): float(v) for k, v in (entry.get("per_million") or {}).items()}
        unknown = set(per_unit) - set(KINDS)
        if unknown:
            raise ValueError(f"{model}: unknown token kinds {sorted(unknown)}")
        if any(v < 0 for v in per_unit.values()):
            raise ValueError(f"{model}: a negative price")
        models[model] = ModelPrices(
            model,
            per_unit,
            unit_tokens=unit,
            currency=currency,
            as_of=str(entry.get("as_of", "")),
            source=str(entry.get("source", data.get("source", ""))),
        )
    return PriceTable(models, source=str(data.get("source", "")))


def load_table() -> PriceTable:
    """The table shipped in resources/."""
    return parse_table(load_json(PRICES_FILE))


def cost_of(tokens: TokenCounts, prices: ModelPrices) -> Cost:
    """The cost of `tokens`; kinds with tokens and no price are listed, not guessed."""
    amount = 0.0
    unpriced: list[str] = []
    unpriced_tokens = 0
    for kind, count in tokens.items():
        price = prices.per_unit.get(kind)
        if price is None:
            unpriced.append(kind)
            unpriced_tokens += count
        else:
            amount += count * price / prices.unit_tokens
    return Cost(amount, prices.currency, tuple(unpriced), unpriced_tokens)
