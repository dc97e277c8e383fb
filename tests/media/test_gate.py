"""The quiet gate on its own: what it lets through, when it pauses, what the pre-roll holds."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.media.gate import FRAME, PAUSE, PREROLL_MS, QuietGate, hold_for


def frame(dbfs: float | None, seed: int = 0) -> np.ndarray:
    """A 10 ms frame of noise at `dbfs` RMS (None: digital silence)."""
    if dbfs is None:
        return np.zeros(FRAME, np.int16)
    noise = np.random.default_rng(seed).standard_normal(FRAME)
    noise *= 32768 * 10 ** (dbfs / 20) / np.sqrt(np.mean(noise**2))
    return np.clip(noise, -32768, 32767).astype(np.int16)


def feed(gate: QuietGate, frames: list[np.ndarray], t0: float = 0.0) -> list:
    """Frames fed four at a time (the mic's 40 ms blocks), what came out, in order."""
    out: list = []
    for start in range(0, len(frames), 4):
        out += gate.admit(frames[start:start + 4], t0 + start * 0.01)
    return out


def test_quiet_is_held_back_and_the_first_sound_brings_the_half_second_before_it() -> None:
    gate = QuietGate(2000)
    quiet = [frame(-70, seed) for seed in range(100)]  # a second of a quiet room
    assert feed(gate, quiet) == []
    assert not gate.open
    word = [frame(-30, 100 + seed) for seed in range(8)]
    out = feed(gate, word, t0=1.0)
    assert gate.open
    sent = [f for f, _t in out]
    preroll = PREROLL_MS // 10
    assert len(sent) == preroll + 8
    assert all(a is b for a, b in zip(sent, quiet[-preroll:] + word, strict=True))
    times = [t for _f, t in out]
    assert times[0] == pytest.approx(1.0 - PREROLL_MS / 1000)
    assert np.allclose(np.diff(times), 0.01), "the pre-roll and the word are one stretch"


def test_it_pauses_after_the_hold_and_the_next_sound_does_not_resend_what_went_out() -> None:
    gate = QuietGate(2000)
    out = feed(gate, [frame(-30)] * 4 + [frame(None)] * 300)
    assert out.count(PAUSE) == 1 and gate.pauses == 1
    pause = out.index(PAUSE)
    assert pause == 4 + 200, "everything up to the end of the hold went out, then the pause"
    assert out[pause + 1:] == []
    again = feed(gate, [frame(-30)] * 4, t0=3.04)
    # Only what the mic heard after the pause: a second of it is more than the pre-roll.
    assert len(again) == PREROLL_MS // 10 + 4
    assert again[0][1] == pytest.approx(3.04 - PREROLL_MS / 1000)


def test_a_sound_within_the_hold_keeps_it_open() -> None:
    gate = QuietGate(2000)
    pattern = ([frame(-30)] * 4 + [frame(None)] * 150) * 4  # 1.5 s pauses between words
    out = feed(gate, pattern)
    assert PAUSE not in out
    assert len(out) == len(pattern)


def test_soft_sounds_open_it_and_a_quiet_room_does_not() -> None:
    assert feed(QuietGate(2000), [frame(-45)] * 4), "10 dB under the mic's speech threshold"
    assert feed(QuietGate(2000), [frame(-56)] * 400) == []


def test_hold_zero_sends_everything_always() -> None:
    gate = QuietGate(0)
    frames = [frame(None)] * 400
    out = feed(gate, frames)
    assert len(out) == 400 and PAUSE not in out and gate.open


def test_reset_forgets_what_was_heard() -> None:
    gate = QuietGate(2000)
    feed(gate, [frame(-70)] * 40)
    gate.reset()
    out = feed(gate, [frame(-30)] * 4)
    assert len(out) == 4, "nothing from before the reset (muted audio) goes out"


def test_the_hold_outlasts_a_long_configured_end_of_speech_wait() -> None:
    assert hold_for(0) == 2000
    assert hold_for(1500) == 2500


def test_kept_open_it_sends_quiet_too_and_only_pauses_a_hold_after() -> None:
    gate = QuietGate(2000)
    quiet = [frame(None)] * 40
    out = gate.admit(quiet[:4], 0.0, keep_open=True)  # the model starts speaking
    assert gate.open and len(out) == 4, "the pre-roll was empty: only the block"
    for start in range(4, 40, 4):
        out += gate.admit(quiet[start:start + 4], start / 100, keep_open=True)
    assert len(out) == 40 and PAUSE not in out
    rest = feed(gate, [frame(None)] * 200, t0=0.4)
    assert rest.count(PAUSE) == 1 and rest[-1] is PAUSE, "a hold after the model stopped"
