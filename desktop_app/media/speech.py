"""When the user stopped talking, as the client knows it: the moment the latency panel
counts an answer's wait from.

The server decides for itself when a turn has ended, and its signals (the end of the input
transcription, the answer itself) come later, after its own silence wait and the network.
The client knows sooner and better: the last voiced audio its mic captured, or the moment
the push-to-talk key was let go, or the text was sent. `UserTurnEnded` carries that moment
on the `time.monotonic()` clock.

`SpeechEndDetector` finds it in the mic's audio with frame energy, like a simple VAD: an
utterance is at least `min_speech_ms` of voiced 10 ms frames; it has ended once
`hangover_ms` of unvoiced frames follow, and the moment reported is the end of its last
voiced frame (not the end of the hangover). It runs on the asyncio loop, on chunks the mic
already delivered, never in an audio callback. Given `on_start`, it also says when an
utterance has begun (once it is `min_speech_ms` long, so a click is not speech): the adaptive
video sends frames while the user speaks (`activity.UserActivity`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop_app.media.levels import frame_energy

RATE = 16000
FRAME = RATE // 100  # 10 ms


@dataclass(frozen=True, slots=True)
class UserTurnEnded:
    """The user finished a turn at `at` (`time.monotonic()`); `how`: "voice" (the mic's
    audio fell silent), "push_to_talk" (the key was let go), "typed" (text was sent)."""

    at: float
    how: str


class SpeechEndDetector:
    def __init__(
        self,
        on_end: Callable[[UserTurnEnded], None],
        *,
        voiced_dbfs: float = -40.0,
        min_speech_ms: int = 200,
        hangover_ms: int = 300,
        on_start: Callable[[float], None] | None = None,
    ) -> None:
        """`on_start(at)`: an utterance is under way (`at`: the end of the frame that made
        it long enough), called once before its `on_end`."""
        self._on_end = on_end
        self._on_start = on_start
        self._threshold = frame_energy(voiced_dbfs, FRAME)
        self._min_frames = min_speech_ms // 10
        self._hangover = hangover_ms // 10
        self._pending = np.zeros(0, np.int16)
        self._pending_t0 = 0.0
        self._voiced = 0  # voiced frames in the open utterance
        self._silent = 0  # unvoiced frames since its last voiced one
        self._last_voiced_end = 0.0

    def feed(self, pcm: bytes, t0: float) -> None:
        """16 kHz int16 mono audio whose first sample was captured at `t0` (monotonic)."""
        samples = np.frombuffer(pcm, np.int16, count=len(pcm) // 2)
        if self._pending.size:
            t0 = self._pending_t0
            samples = np.concatenate((self._pending, samples))
        whole = samples.size // FRAME * FRAME
        frames = samples[:whole].reshape(-1, FRAME).astype(np.float64)
        energy = np.einsum("ij,ij->i", frames, frames)
        for index, loud in enumerate(energy >= self._threshold):
            end = t0 + (index + 1) * FRAME / RATE
            if loud:
                self._voiced += 1
                self._silent = 0
                self._last_voiced_end = end
                if self._voiced == self._min_frames and self._on_start is not None:
                    self._on_start(end)
            elif self._voiced:
                self._silent += 1
                if self._silent >= self._hangover:
                    if self._voiced >= self._min_frames:
                        self._on_end(UserTurnEnded(self._last_voiced_end, "voice"))
                    self._voiced = self._silent = 0
        self._pending = samples[whole:]
        self._pending_t0 = t0 + whole / RATE

    def flush(self) -> None:
        """The mic stopped hearing (muted): an utterance still open ended with its last
        voiced frame, and is reported so."""
        if self._voiced >= self._min_frames:
            self._on_end(UserTurnEnded(self._last_voiced_end, "voice"))
        self.reset()

    def reset(self) -> None:
        """Forget the open utterance without reporting it (the mic was muted or stopped)."""
        self._pending = np.zeros(0, np.int16)
        self._voiced = self._silent = 0
