"""The start wait learned from arrivals (media/startwait.py), on made-up arrival times."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.media.startwait import StartWait

CHUNK = 0.04


def feed_turn(wait: StartWait, arrivals: list[float], start: float) -> None:
    for k, at in enumerate(arrivals):
        wait.arrival(start + at, CHUNK, new_turn=k == 0)


def paced(n: int, speed: float) -> list[float]:
    return [k * CHUNK / speed for k in range(n)]


def bursts(n_bursts: int, late: list[float]) -> list[float]:
    """Bursts of five chunks every 200 ms (real time on average), burst b late by late[b]."""
    return [0.2 * b + late[b] for b in range(n_bursts) for _ in range(5)]


def test_the_initial_wait_holds_until_a_turn_has_shown_something() -> None:
    wait = StartWait(initial_s=0.08)
    assert wait.wait_s == 0.08 and not wait.learned
    wait.arrival(10.0, CHUNK, new_turn=True)  # one chunk says nothing about the next
    assert wait.wait_s == 0.08


def test_faster_than_real_time_needs_less_than_the_margin() -> None:
    wait = StartWait(initial_s=0.08, margin_s=0.01)
    feed_turn(wait, paced(50, 1.2), start=0.0)  # the second chunk comes 6.7 ms early
    assert wait.learned and wait.wait_s == pytest.approx(0.01 - 0.04 + 0.04 / 1.2)
    feed_turn(wait, paced(50, 2.0), start=10.0)
    feed_turn(wait, paced(50, 3.0), start=20.0)
    assert wait.wait_s == pytest.approx(0.01 - 0.04 + 0.04 / 1.2)  # the worst recent turn
    for t in range(8):
        feed_turn(wait, paced(50, 2.0), start=30.0 + 10 * t)
    assert wait.wait_s == 0.0


def test_real_time_paced_chunks_need_only_the_margin() -> None:
    wait = StartWait(margin_s=0.01)
    feed_turn(wait, paced(50, 1.0), start=0.0)
    assert wait.wait_s == pytest.approx(0.01)


def test_late_bursts_need_their_worst_lateness() -> None:
    late = [0.0, 0.03, 0.05, 0.01, 0.02]
    wait = StartWait(margin_s=0.01)
    feed_turn(wait, bursts(5, late), start=5.0)
    assert wait.wait_s == pytest.approx(0.05 + 0.01)


def test_the_need_is_what_keeps_a_simulated_turn_free_of_gaps() -> None:
    rng = np.random.default_rng(4)
    late = [0.0, *rng.uniform(0, 0.08, 19)]
    arrivals = bursts(20, late)
    wait = StartWait(margin_s=0.0)
    feed_turn(wait, arrivals, start=0.0)
    need = wait.wait_s
    due = [k * CHUNK for k in range(len(arrivals))]  # played from a start at 0 + need
    assert all(at <= need + d + 1e-9 for at, d in zip(arrivals, due, strict=True))
    assert any(at > need - 0.001 + d for at, d in zip(arrivals, due, strict=True))  # tight


def test_a_long_pause_is_not_taken_for_jitter() -> None:
    wait = StartWait(margin_s=0.01, max_s=0.32)
    arrivals = paced(20, 1.0)
    arrivals += [arrivals[-1] + 1.5 + t for t in paced(20, 1.0)]  # a 1.5 s stall mid-turn
    feed_turn(wait, arrivals, start=0.0)
    assert wait.wait_s == pytest.approx(0.01)


def test_the_wait_is_capped() -> None:
    wait = StartWait(margin_s=0.01, max_s=0.32)
    feed_turn(wait, bursts(4, [0.0, 0.31, 0.0, 0.0]), start=0.0)
    assert wait.wait_s == pytest.approx(0.32)


def test_the_current_turn_raises_the_wait_at_once() -> None:
    wait = StartWait(margin_s=0.01)
    feed_turn(wait, paced(30, 1.0), start=0.0)
    assert wait.wait_s == pytest.approx(0.01)
    feed_turn(wait, bursts(3, [0.0, 0.07, 0.0]), start=10.0)
    assert wait.wait_s == pytest.approx(0.08)


def test_old_turns_leave_the_window_and_reset_forgets() -> None:
    wait = StartWait(initial_s=0.08, margin_s=0.01, turns=3)
    feed_turn(wait, bursts(4, [0.0, 0.1, 0.0, 0.0]), start=0.0)
    for t in range(3):
        feed_turn(wait, paced(30, 1.0), start=10.0 * (t + 1))
    assert wait.wait_s == pytest.approx(0.11)  # the current turn plus the two before it
    feed_turn(wait, paced(30, 1.0), start=50.0)
    assert wait.wait_s == pytest.approx(0.01)
    wait.reset()
    assert wait.wait_s == 0.08 and not wait.learned


def test_underruns_raise_the_margin_and_clean_turns_lower_it_again() -> None:
    wait = StartWait(margin_s=0.015, margin_step_s=0.01, max_margin_s=0.04)
    feed_turn(wait, bursts(5, [0.0, 0.05, 0.0, 0.0, 0.0]), start=0.0)
    assert wait.wait_s == pytest.approx(0.065)
    for _ in range(5):
        wait.underrun()
    assert wait.margin_s == pytest.approx(0.04) and wait.wait_s == pytest.approx(0.09)
    for t in range(10):
        feed_turn(wait, bursts(5, [0.0, 0.05, 0.0, 0.0, 0.0]), start=10.0 * (t + 1))
    assert wait.margin_s == pytest.approx(0.04 - 0.009)  # the current turn is not over yet
    wait.reset()
    assert wait.margin_s == pytest.approx(0.015)
