"""A synthetic voice for the model's answers: 24 kHz PCM16LE mono, as the service sends.

Not a pure tone on purpose: the app's echo canceller, level meters and barge-in logic
should see something shaped like speech. The source is a harmonic series (glottal-like,
falling 1/k amplitudes) whose pitch wanders between about 120 and 220 Hz, shaped by a
syllable-rate envelope (4–6 syllables a second with short pauses between words). The
same seed always gives the same samples, so tests stay deterministic.
"""

from __future__ import annotations

import numpy as np

OUTPUT_RATE = 24_000
_HARMONICS = 12
_PEAK = 0.35  # about -9 dBFS: clearly audible, far from clipping
_FADE_S = 0.01


def synthesize(seconds: float, seed: int = 0) -> bytes:
    """`seconds` of voice-like PCM16LE mono at 24 kHz."""
    count = max(1, round(seconds * OUTPUT_RATE))
    rng = np.random.default_rng(seed)
    t = np.arange(count) / OUTPUT_RATE

    # Pitch: a slow drift plus a faster inflection, kept inside 120–220 Hz.
    f0 = (
        170
        + 32 * np.sin(2 * np.pi * 0.6 * t + rng.uniform(0, 2 * np.pi))
        + 15 * np.sin(2 * np.pi * 2.7 * t + rng.uniform(0, 2 * np.pi))
    )
    phase = 2 * np.pi * np.cumsum(f0) / OUTPUT_RATE
    k = np.arange(1, _HARMONICS + 1)[:, None]
    # A broad "formant" bump around the 3rd–5th harmonic makes it less buzzy.
    weights = (1 / k) * (1 + 1.5 * np.exp(-(((k - 4) / 1.5) ** 2)))
    source = (weights * np.sin(k * phase)).sum(axis=0)

    signal = source * _syllable_envelope(count, rng)
    signal *= _PEAK / max(float(np.max(np.abs(signal))), 1e-9)
    fade = min(round(_FADE_S * OUTPUT_RATE), count // 2)
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        signal[:fade] *= ramp
        signal[-fade:] *= ramp[::-1]
    return (signal * 32767).astype("<i2").tobytes()


def _syllable_envelope(count: int, rng: np.random.Generator) -> np.ndarray:
    """Raised-cosine syllables of 150–250 ms, with a word pause after every 2–4 of them."""
    envelope = np.zeros(count)
    position = 0
    while position < count:
        for _ in range(rng.integers(2, 5)):
            length = int(rng.uniform(0.15, 0.25) * OUTPUT_RATE)
            end = min(position + length, count)
            shape = np.sin(np.linspace(0, np.pi, length)) ** 0.7
            envelope[position:end] = rng.uniform(0.6, 1.0) * shape[: end - position]
            position = end
        position += int(rng.uniform(0.05, 0.12) * OUTPUT_RATE)
    return envelope
