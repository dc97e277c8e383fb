"""The self-test's sounds and the two measurements it makes on what comes back.

The test sound is the emulator's synthetic voice (harmonics, wandering pitch, syllables):
something shaped like speech passes any voice-activity detector and echo path the way a
user's voice would, where a pure tone might be filtered or treated as noise. Whether the
sound came back is judged by similarity (peak normalised cross-correlation), not loudness:
a loud hum on the monitor must not pass for the sound that was played.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.emulator.voice import OUTPUT_RATE, synthesize
from desktop_app.media.levels import Level
from desktop_app.media.mic import RATE as MIC_RATE
from desktop_app.media.resample import Resampler

SPEAKER_RATE = OUTPUT_RATE  # the player's rate, and the model's
_FULL_SCALE = 32768.0


def voice(seconds: float, seed: int) -> np.ndarray:
    """`seconds` of voice-like int16 audio at the speaker's rate (same seed, same samples)."""
    return np.frombuffer(synthesize(seconds, seed), "<i2")


def to_mic_rate(samples: np.ndarray, rate: int = SPEAKER_RATE) -> np.ndarray:
    """Speaker-rate audio as the 16 kHz the mic and the monitor deliver, for comparison."""
    return Resampler(rate, MIC_RATE).process(samples)


def dbfs(samples: np.ndarray) -> float:
    """RMS level in dBFS (-120 for silence or nothing)."""
    if samples.size == 0:
        return Level().rms_dbfs
    x = samples.astype(np.float64)
    return Level(rms=float(np.sqrt(np.mean(x * x))) / _FULL_SCALE).rms_dbfs


def similarity(recorded: np.ndarray, reference: np.ndarray) -> float:
    """How well `reference` is found somewhere inside `recorded`: 1.0 is a perfect copy
    (at any delay and gain), about 0 is unrelated sound or silence."""
    if recorded.size < reference.size or reference.size == 0:
        return 0.0
    a = recorded.astype(np.float64)
    b = reference.astype(np.float64)
    size = 1 << int(np.ceil(np.log2(a.size + b.size)))
    lags = a.size - b.size + 1
    cross = np.fft.irfft(np.fft.rfft(a, size) * np.conj(np.fft.rfft(b, size)), size)[:lags]
    # Energy of every window of len(b) in a, from a running sum: O(n), where a convolution
    # would take seconds on the loop for a few seconds of audio.
    running = np.concatenate(([0.0], np.cumsum(a * a)))
    window_energy = running[b.size:] - running[:lags]
    scores = cross / np.sqrt(np.maximum(window_energy, 1e-9) * float(np.dot(b, b)))
    return float(np.max(scores))


# Whether a recording carried a sound is judged in this many consecutive parts of the sound.
PARTS = 4


@dataclass(frozen=True, slots=True)
class Carried:
    """How much of a played sound a recording carried: the `similarity` of each part."""

    scores: tuple[float, ...]
    threshold: float

    @property
    def found(self) -> int:
        return sum(score >= self.threshold for score in self.scores)

    @property
    def ok(self) -> bool:
        """All parts but at most one were found."""
        return self.found >= len(self.scores) - 1

    def __str__(self) -> str:
        found = [score for score in self.scores if score >= self.threshold]
        best = max(found) if found else max(self.scores, default=0.0)
        return f"match {best:.2f}, {self.found} of {len(self.scores)} parts"


def carried(recorded: np.ndarray, reference: np.ndarray, threshold: float) -> Carried:
    """Finds each of `PARTS` consecutive parts of `reference` in `recorded` on its own.

    A device that misses one deadline on a loaded machine (an underflow) leaves a gap, and
    everything after it comes later: one match of the whole sound then falls to about the
    share before or after the gap, although the device carried all of it. Part by part, only
    the part with the gap suffers; a silent, muted or wrong device still finds none.
    """
    parts = np.array_split(reference, PARTS)
    return Carried(tuple(similarity(recorded, part) for part in parts), threshold)
