"""What the emulated model says, and the numbers the service reports about it.

Answers are deterministic so tests can assert on them: a text turn is echoed back
("You said: hello."), an audio turn gets a fixed sentence, and a test can script the
next answers instead. The token counts follow the service's published rates (about
4 characters per text token, 32 tokens per second of audio) closely enough that usage
grows the way a client would see it grow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

AUDIO_TURN_ANSWER = "I heard you."
SECONDS_PER_CHARACTER = 0.06
MIN_ANSWER_SECONDS = 1.0
AUDIO_TOKENS_PER_SECOND = 32
CHARACTERS_PER_TOKEN = 4

# Output transcription fragment sizes, cycled: 3–8 characters like the service's.
_FRAGMENT_SIZES = (5, 3, 7, 4, 8, 6)
_MIN_FRAGMENT = 3


@dataclass(frozen=True)
class Answer:
    """One model turn's content: what it says, and for how long (None: from the text)."""

    text: str
    audio_seconds: float | None = None

    @property
    def seconds(self) -> float:
        """The length of the spoken answer."""
        if self.audio_seconds is not None:
            return self.audio_seconds
        return max(MIN_ANSWER_SECONDS, len(self.text) * SECONDS_PER_CHARACTER)


def text_turn_answer(text: str) -> Answer:
    """The default answer to a typed turn: an echo a test can recognise."""
    return Answer(f"You said: {text.strip()}.")


def speech_summary(seconds: float) -> str:
    """The emulator's "transcription" of the user's speech; it does no recognition."""
    return f"({seconds:.1f} s of speech)"


def fragments(text: str) -> list[str]:
    """`text` cut into 3–8 character pieces (shorter only if the text is), in order."""
    pieces: list[str] = []
    position = 0
    while position < len(text):
        remaining = len(text) - position
        size = _FRAGMENT_SIZES[len(pieces) % len(_FRAGMENT_SIZES)]
        if remaining <= max(_FRAGMENT_SIZES):
            size = remaining
        elif remaining - size < _MIN_FRAGMENT:
            size = remaining - _MIN_FRAGMENT
        pieces.append(text[position : position + size])
        position += size
    return pieces


def text_tokens(text: str) -> int:
    """Tokens of a piece of text (at least one for any non-empty text)."""
    return math.ceil(len(text) / CHARACTERS_PER_TOKEN)


def audio_tokens(seconds: float) -> int:
    """Tokens of a stretch of audio."""
    return math.ceil(seconds * AUDIO_TOKENS_PER_SECOND)
