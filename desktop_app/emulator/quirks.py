"""The untidy habits of the real Live service, on by default, and the seeded dice behind them.

A client tested only against a tidy server breaks on the real one, so the emulator behaves
like the service in every conversation unless a test asks for `TIDY`. Each field's source
(a Google doc page or a public issue) is in docs/live-service-quirks.md.

Every random choice comes from a `Dice` seeded with the emulator's seed and the connection's
number: a connection behaves the same however the others interleave with it, and a failure
replays with `LIVEDESK_EMULATOR_SEED=N`.
"""

from __future__ import annotations

import os
import random
import re
import secrets
from dataclasses import dataclass

SEED_VARIABLE = "LIVEDESK_EMULATOR_SEED"

# Input transcription pieces as recognition emits them: 1-6 characters, cut anywhere.
_MAX_PIECE = 6


@dataclass(frozen=True)
class Quirks:
    """How untidy the service is; probabilities are per turn, drawn from the connection's dice.

    `input_transcription_finished`: the last input-transcription piece says `finished` (the
    service never does); `fragmented_transcription`: pieces are cut anywhere, not at word
    ends; `late_input_transcription`: chance that part of it comes after the answer's first
    audio; `late_turn_complete` / `missing_turn_complete`: chances that an interrupted turn's
    `turnComplete` comes `late_turn_complete_s` late, or never; `grounding`: chance that a
    search-enabled answer to the user carries `groundingMetadata`; `streaming_translation`: a
    translation model translates every couple of seconds while the speaker is still talking,
    rather than once the utterance is over.
    """

    input_transcription_finished: bool = False
    fragmented_transcription: bool = True
    late_input_transcription: float = 0.5
    late_turn_complete: float = 0.3
    late_turn_complete_s: float = 0.6
    missing_turn_complete: float = 0.3
    grounding: float = 0.5
    streaming_translation: bool = True

    def __post_init__(self) -> None:
        chances = ("late_input_transcription", "late_turn_complete", "missing_turn_complete")
        for name in (*chances, "grounding"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be a probability")
        if self.late_turn_complete + self.missing_turn_complete > 1.0:
            raise ValueError("late_turn_complete + missing_turn_complete must not exceed 1")
        if self.late_turn_complete_s < 0:
            raise ValueError("late_turn_complete_s must not be negative")


# A server as tidy as the emulator used to be: for tests about something else entirely.
TIDY = Quirks(
    input_transcription_finished=True,
    fragmented_transcription=False,
    late_input_transcription=0.0,
    late_turn_complete=0.0,
    missing_turn_complete=0.0,
    grounding=1.0,
    streaming_translation=False,
)


def resolve_seed(seed: int | None) -> int:
    """`seed`, else `LIVEDESK_EMULATOR_SEED` from the environment, else a fresh one."""
    if seed is not None:
        return seed
    from_env = os.environ.get(SEED_VARIABLE, "").strip()
    if from_env:
        try:
            return int(from_env)
        except ValueError:
            raise ValueError(f"{SEED_VARIABLE} must be an integer, not {from_env!r}") from None
    return secrets.randbelow(2**32)


class Dice:
    """One connection's random choices, reproducible from (seed, connection number)."""

    def __init__(self, seed: int, conn: int) -> None:
        self._random = random.Random(f"{seed}/{conn}")

    def chance(self, probability: float) -> bool:
        """True with `probability` (never for 0, always for 1)."""
        return self._random.random() < probability

    def pick(self, probabilities: tuple[float, ...]) -> int | None:
        """The index of the outcome one draw lands on, or None past their sum."""
        draw = self._random.random()
        for index, probability in enumerate(probabilities):
            if draw < probability:
                return index
            draw -= probability
        return None

    def below(self, n: int) -> int:
        """An integer in [0, n)."""
        return self._random.randrange(n)

    def pieces(self, text: str) -> list[str]:
        """`text` cut at random places into pieces of 1-6 characters."""
        cuts: list[str] = []
        position = 0
        while position < len(text):
            size = self._random.randint(1, _MAX_PIECE)
            cuts.append(text[position : position + size])
            position += size
        return cuts


def words(text: str) -> list[str]:
    """`text` cut after each word's trailing spaces (the tidy way)."""
    return re.findall(r"\S+\s*", text)
