"""Test signals made with numpy: a voiced, speech-like sound and silence, as 16 kHz PCM."""

from __future__ import annotations

import numpy as np

RATE = 16000


def voiced(seconds: float, *, rate: int = RATE, pitch: float = 150.0, level: float = 0.3) -> bytes:
    """A harmonic source with a wobbling pitch and a syllable-rate envelope: loud enough for any
    energy-based voice-activity detector, unlike silence or faint noise."""
    n = int(seconds * rate)
    t = np.arange(n) / rate
    f0 = pitch * (1 + 0.08 * np.sin(2 * np.pi * 3 * t))
    phase = 2 * np.pi * np.cumsum(f0) / rate
    wave = sum(np.sin(k * phase) / k for k in range(1, 6))
    envelope = 0.6 + 0.4 * np.abs(np.sin(2 * np.pi * 4 * t))
    signal = level * wave / np.max(np.abs(wave)) * envelope
    return (signal * 32767).astype("<i2").tobytes()


def silence(seconds: float, *, rate: int = RATE) -> bytes:
    return bytes(2 * int(seconds * rate))


def chunks(pcm: bytes, ms: int = 20, rate: int = RATE) -> list[bytes]:
    size = 2 * rate * ms // 1000
    return [pcm[i : i + size] for i in range(0, len(pcm), size)]
