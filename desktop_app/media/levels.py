"""Input and output levels for the meters.

A meter must rise at once (the user sees the mic hears them) and fall slowly enough to be
readable at ~30 Hz; this is the web console's `max(new, previous · decay)` rule, with the decay
expressed in seconds so it does not depend on how often samples arrive or the UI polls.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

_FULL_SCALE = 32768.0


def frame_energy(dbfs: float, samples: int) -> float:
    """The sum of squares of `samples` int16 samples whose RMS is `dbfs`: what a frame's own
    sum of squares is compared with, so that deciding loud or quiet takes no square root."""
    return (_FULL_SCALE * 10 ** (dbfs / 20)) ** 2 * samples


@dataclass(frozen=True, slots=True)
class Level:
    """Smoothed RMS and peak, 0.0 (silence) to 1.0 (full scale)."""

    rms: float = 0.0
    peak: float = 0.0

    @property
    def rms_dbfs(self) -> float:
        return 20.0 * math.log10(self.rms) if self.rms > 1e-6 else -120.0


class LevelTracker:
    """The smoothed level of one signal (`ui/meters.py`'s `LevelMeter` draws it). One writer
    updates it, any thread reads it: the state is a single immutable tuple."""

    def __init__(self, release_s: float = 0.3) -> None:
        self._release_s = release_s
        self._state: tuple[float, Level] = (time.monotonic(), Level())

    def update(self, samples: np.ndarray, now: float | None = None) -> None:
        if samples.size == 0:
            return
        x = samples.astype(np.float32)
        rms = math.sqrt(float(np.dot(x, x)) / x.size) / _FULL_SCALE
        peak = float(np.max(np.abs(x))) / _FULL_SCALE
        now = time.monotonic() if now is None else now
        held = self.read(now)
        self._state = (now, Level(max(rms, held.rms), max(peak, held.peak)))

    def read(self, now: float | None = None) -> Level:
        at, level = self._state
        now = time.monotonic() if now is None else now
        decay = math.exp(-max(0.0, now - at) / self._release_s)
        return Level(level.rms * decay, level.peak * decay)
