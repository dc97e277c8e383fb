"""An exact record of what the speaker played and when: the echo canceller's far-end signal.

An echo canceller subtracts what the speaker played from what the mic heard, so it needs
the very samples that went to the device (silence, fades and all) with the time each one
reached the DAC (PortAudio's `outputBufferDacTime`), to line them up with the mic's ADC
timestamps. The output callback writes every block here; one consumer reads it in order.

Single writer (the audio callback), single reader: indices only grow, the writer publishes a
block by bumping its counters after the data is in place, and the reader notices when it was
overtaken (it fell more than `seconds` behind) and skips ahead rather than reading torn data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class ReferenceBlock:
    samples: np.ndarray  # int16, exactly as handed to the device
    dac_time: float  # PortAudio stream time at which samples[0] reached the DAC
    index: int  # position of samples[0] in everything the stream has played
    sample_rate: int


class ReferenceRing:
    def __init__(self, sample_rate: int, seconds: float = 2.0, min_block: int = 32) -> None:
        self.sample_rate = sample_rate
        self._cap = int(sample_rate * seconds)
        self._buf = np.zeros(self._cap, np.int16)
        nblocks = self._cap // min_block + 2
        self._blk_start = np.zeros(nblocks, np.int64)
        self._blk_dac = np.zeros(nblocks, np.float64)
        self._written = 0  # samples
        self._blocks = 0
        self._cursor = 0  # reader: next sample to return
        self._blk_cursor = 0  # reader: block containing _cursor
        self.skipped = 0  # samples the reader lost by falling behind

    @property
    def written(self) -> int:
        return self._written

    def write(self, block: np.ndarray, dac_time: float) -> None:
        """Audio thread: record one output block (no allocation)."""
        n = block.size
        start = self._written % self._cap
        first = min(n, self._cap - start)
        self._buf[start:start + first] = block[:first]
        self._buf[:n - first] = block[first:]
        slot = self._blocks % self._blk_start.size
        self._blk_start[slot] = self._written
        self._blk_dac[slot] = dac_time
        self._blocks += 1
        self._written += n

    def read(self, n: int) -> ReferenceBlock | None:
        """The next `n` played samples after the previous read, or None until they exist."""
        while True:
            written = self._written
            if written - self._cursor > self._cap - n:
                behind = written - (self._cap - n)
                self.skipped += behind - self._cursor
                self._cursor = behind
            if written - self._cursor < n:
                return None
            dac = self._dac_time_of(self._cursor)
            samples = self._copy(self._cursor, n)
            if self._written - self._cursor <= self._cap:  # not overwritten while copying
                block = ReferenceBlock(samples, dac, self._cursor, self.sample_rate)
                self._cursor += n
                return block

    def latest(self, n: int) -> np.ndarray:
        """The last `n` samples played (a copy), for a level meter."""
        n = min(n, self._written, self._cap)
        return self._copy(self._written - n, n)

    def _copy(self, index: int, n: int) -> np.ndarray:
        start = index % self._cap
        first = min(n, self._cap - start)
        return np.concatenate((self._buf[start:start + first], self._buf[:n - first]))

    def _dac_time_of(self, index: int) -> float:
        nb = self._blk_start.size
        self._blk_cursor = max(self._blk_cursor, self._blocks - nb + 1)
        while (self._blk_cursor + 1 < self._blocks
               and self._blk_start[(self._blk_cursor + 1) % nb] <= index):
            self._blk_cursor += 1
        slot = self._blk_cursor % nb
        return float(self._blk_dac[slot]) + (index - int(self._blk_start[slot])) / self.sample_rate
