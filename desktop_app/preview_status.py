"""How a voice preview the user asked for is going, as plain data for the settings dialog.

The dialog asks for a preview with a signal and is told back with these: it words them (in
the user's language) and never loads the SDK or the sound devices that make them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class PreviewState(enum.Enum):
    ASKING = "asking"  # a short connection asks the model for the sentence
    PLAYING = "playing"
    DONE = "done"
    MODEL_SPEAKING = "model-speaking"  # refused: the conversation's model is talking
    BUSY = "busy"  # refused: another preview is still asked for or playing
    FAILED = "failed"


@dataclass(frozen=True)
class PreviewStatus:
    """`voice` is the voice asked for; `stand_in` says the sound is the built-in emulator's
    (offline mode), not that voice; `cached` that it cost no request; `detail` says why it
    failed."""

    state: PreviewState
    voice: str = ""
    stand_in: bool = False
    cached: bool = False
    detail: str = ""
