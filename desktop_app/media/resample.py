"""Streaming sample-rate conversion for int16 mono audio, in plain numpy.

The Live API wants 16 kHz input, but many devices only open at 44.1 or 48 kHz; the model
normally speaks at 24 kHz but says its rate in every chunk. A polyphase windowed-sinc filter
converts any rational ratio block by block, carrying its history across blocks so chunk
boundaries are inaudible, and low-passes below the lower Nyquist so nothing aliases into the
speech band.
"""

from __future__ import annotations

from math import gcd

import numpy as np


class Resampler:
    """Converts a stream of int16 blocks from `src_rate` to `dst_rate`; one instance per stream."""

    def __init__(self, src_rate: int, dst_rate: int, taps_per_phase: int = 32) -> None:
        g = gcd(src_rate, dst_rate)
        self.src_rate, self.dst_rate = src_rate, dst_rate
        self._up, self._down = dst_rate // g, src_rate // g
        self._taps = taps_per_phase
        n = self._up * taps_per_phase
        # Cutoff a little under the lower Nyquist, relative to the upsampled rate.
        cutoff = 0.45 * min(src_rate, dst_rate) / (src_rate * self._up)
        m = np.arange(n) - (n - 1) / 2.0
        proto = 2 * cutoff * np.sinc(2 * cutoff * m) * np.blackman(n) * self._up
        # phases[p, j] multiplies input x[i - j] for an output at upsampled offset p.
        self._phases = proto.reshape(taps_per_phase, self._up).T.astype(np.float32)
        self._history = np.zeros(taps_per_phase - 1, np.float32)
        self._next_out = 0  # index of the next output sample
        self._consumed = 0  # input samples before the current history

    def process(self, block: np.ndarray) -> np.ndarray:
        """Returns the output samples that `block` completes (possibly none)."""
        x = np.concatenate((self._history, block.astype(np.float32)))
        total_in = self._consumed + block.size  # input samples seen so far
        # Output n needs input index floor(n·down/up); it must already have arrived.
        last = (total_in * self._up - 1) // self._down
        n = np.arange(self._next_out, last + 1, dtype=np.int64)
        pos = n * self._down
        base = pos // self._up - (self._consumed - self._history.size)
        phase = pos % self._up
        idx = base[:, None] - np.arange(self._taps)[None, :]
        y = np.einsum("ij,ij->i", x[idx], self._phases[phase])
        self._next_out = last + 1
        self._consumed = total_in
        self._history = x[-(self._taps - 1):]
        return np.clip(np.rint(y), -32768, 32767).astype(np.int16)


class TurnResampler:
    """Model speech at whatever rate each chunk says, converted to `rate`.

    One `Resampler` per turn and input rate, so a filter's history never spans two turns
    (the end of one answer would leak into the start of the next).
    """

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._current: tuple[int, int, Resampler] | None = None  # (input rate, turn, it)

    def convert(self, pcm: bytes, rate: int, turn: int) -> bytes:
        if rate == self.rate:
            return pcm
        if self._current is None or self._current[:2] != (rate, turn):
            self._current = (rate, turn, Resampler(rate, self.rate))
        samples = np.frombuffer(pcm, np.int16, count=len(pcm) // 2)
        return self._current[2].process(samples).tobytes()

    def end(self, turn: int) -> None:
        """`turn` is over: its filter is not needed again."""
        if self._current is not None and self._current[1] <= turn:
            self._current = None
