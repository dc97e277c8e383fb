"""Resampling, level metering and the reference ring: the numeric parts, without devices."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.media.levels import LevelTracker
from desktop_app.media.reference import ReferenceRing
from desktop_app.media.resample import Resampler


def sine(hz: float, rate: int, seconds: float, amp: float = 10000.0) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return (amp * np.sin(2 * np.pi * hz * t)).astype(np.int16)


def spectrum_peak(x: np.ndarray, rate: int) -> float:
    return float(np.argmax(np.abs(np.fft.rfft(x.astype(np.float64))))) * rate / x.size


@pytest.mark.parametrize("src", [48000, 44100, 24000, 32000])
def test_resampling_to_16k_keeps_pitch_level_and_length(src: int) -> None:
    rs = Resampler(src, 16000)
    x = sine(1000, src, 1.0)
    # In 10 ms device blocks, as the mic delivers them.
    y = np.concatenate([rs.process(x[i:i + src // 100]) for i in range(0, x.size, src // 100)])
    assert abs(y.size - 16000) <= 1
    steady = y[200:-200]
    assert spectrum_peak(steady, 16000) == pytest.approx(1000, abs=2)
    assert np.sqrt(np.mean(steady.astype(np.float64) ** 2)) == pytest.approx(10000 / np.sqrt(2),
                                                                               rel=0.02)


def test_block_boundaries_are_inaudible() -> None:
    x = sine(440, 48000, 0.5)
    whole = Resampler(48000, 16000).process(x)
    rs = Resampler(48000, 16000)
    rng = np.random.default_rng(0)
    cuts = np.sort(rng.choice(np.arange(1, x.size), 40, replace=False))
    pieces = np.concatenate([rs.process(p) for p in np.split(x, cuts)])
    assert np.array_equal(whole, pieces)


def test_frequencies_above_the_new_nyquist_do_not_alias_into_speech() -> None:
    y = Resampler(48000, 16000).process(sine(12000, 48000, 0.5))  # would alias to 4 kHz
    assert np.sqrt(np.mean(y[200:].astype(np.float64) ** 2)) < 10000 * 0.01  # < -40 dB


def test_upsampling_24k_model_audio_to_48k() -> None:
    y = Resampler(24000, 48000).process(sine(3000, 24000, 0.5))
    assert y.size == 48000 // 2
    assert spectrum_peak(y[100:], 48000) == pytest.approx(3000, abs=4)


def test_meter_rises_at_once_and_falls_slowly() -> None:
    meter = LevelTracker(release_s=0.3)
    meter.update(np.full(160, 16384, np.int16), now=10.0)
    assert meter.read(now=10.0).peak == pytest.approx(0.5)
    assert meter.read(now=10.0).rms == pytest.approx(0.5)
    assert meter.read(now=10.3).rms == pytest.approx(0.5 / np.e, rel=1e-6)
    meter.update(np.zeros(160, np.int16), now=10.3)  # silence does not cut the needle
    assert meter.read(now=10.3).rms == pytest.approx(0.5 / np.e, rel=1e-6)
    assert meter.read(now=12.0).rms_dbfs < -40


def test_reference_reader_that_falls_behind_skips_ahead_instead_of_reading_torn_data() -> None:
    ring = ReferenceRing(1000, seconds=1.0)  # 1000 samples of history
    for k in range(30):  # 3000 samples in blocks of 100, sample value = its index
        ring.write(np.arange(k * 100, k * 100 + 100, dtype=np.int16), dac_time=k * 0.1)
    block = ring.read(100)
    assert block is not None
    assert ring.skipped == block.index > 0
    assert np.array_equal(block.samples, np.arange(block.index, block.index + 100))
    assert block.dac_time == pytest.approx(block.index / 1000)
    assert np.array_equal(ring.latest(50), np.arange(2950, 3000))
