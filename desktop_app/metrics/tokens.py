"""Token counts by modality and direction, from the server's `usageMetadata`.

The Live API reports usage per turn, and each turn's prompt counts the whole context again
(the context is billed on every turn: https://ai.google.dev/gemini-api/docs/live-api/best-practices#pricing-billing),
so a conversation's usage is the sum of its reports. A report's modality details do not
always add up to its totals (a prompt may have tokens no modality claims): what no modality
claims is kept as "other" rather than guessed, so a price is never applied to it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from desktop_app.live.events import Usage

# The service's modality names (google-genai `MediaModality`) and our fields.
_INPUT = {"TEXT": "text_in", "AUDIO": "audio_in", "IMAGE": "image_in", "VIDEO": "video_in"}
_OUTPUT = {"TEXT": "text_out", "AUDIO": "audio_out"}


@dataclass(frozen=True, slots=True)
class TokenCounts:
    """Tokens of one report, or the sum of many. Field names are the price table's keys."""

    text_in: int = 0
    audio_in: int = 0
    image_in: int = 0
    video_in: int = 0
    other_in: int = 0  # prompt tokens no modality detail accounts for
    text_out: int = 0
    audio_out: int = 0
    other_out: int = 0  # response tokens no modality detail accounts for
    thoughts: int = 0

    def __add__(self, other: TokenCounts) -> TokenCounts:
        return TokenCounts(*(getattr(self, f) + getattr(other, f) for f in KINDS))

    @property
    def total(self) -> int:
        return sum(getattr(self, f) for f in KINDS)

    def items(self) -> list[tuple[str, int]]:
        """(kind, tokens) for every kind with tokens, in field order."""
        return [(f, getattr(self, f)) for f in KINDS if getattr(self, f)]

    def to_dict(self) -> dict[str, int]:
        return {f: getattr(self, f) for f in KINDS}

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> TokenCounts:
        return cls(**{f: int(data.get(f, 0) or 0) for f in KINDS})


KINDS: tuple[str, ...] = tuple(f.name for f in fields(TokenCounts))


def counts_of(usage: Usage) -> TokenCounts:
    """One `usageMetadata` report by modality."""
    counts: dict[str, int] = dict.fromkeys(KINDS, 0)
    for names, details, total, other in (
        (_INPUT, usage.prompt_details, usage.prompt_tokens, "other_in"),
        (_OUTPUT, usage.details, usage.response_tokens, "other_out"),
    ):
        claimed = 0
        for modality, tokens in details:
            counts[names.get(modality, other)] += max(0, tokens)
            claimed += max(0, tokens)
        counts[other] += max(0, (total or 0) - claimed)
    counts["thoughts"] = max(0, usage.thoughts_tokens or 0)
    return TokenCounts(**counts)
