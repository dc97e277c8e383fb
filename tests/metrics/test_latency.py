"""The latency panel's figures from a scripted stream of typed events and a fake clock."""

from __future__ import annotations

import pytest

from desktop_app.live import events as ev
from desktop_app.media.speech import UserTurnEnded
from desktop_app.metrics.latency import LatencySnapshot, LatencyTracker

LIVE = ev.StateChanged(ev.ConnectionState.LIVE)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def audio(generation: int) -> ev.ModelAudio:
    return ev.ModelAudio(b"\0\0", 24000, generation)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def tracker(clock: Clock) -> LatencyTracker:
    t = LatencyTracker(clock)
    t.handle(ev.StateChanged(ev.ConnectionState.CONNECTING))
    t.handle(ev.SetupComplete("s", False, 0.321))
    t.handle(LIVE)
    return t


def test_answer_time_runs_from_the_users_end_to_the_first_sound(tracker, clock):
    tracker.handle(UserTurnEnded(1000.0, "voice"))
    clock.now = 1000.9
    tracker.handle(audio(1))
    tracker.handle(audio(1))  # later chunks change nothing
    tracker.first_sound(1, 1001.0)
    tracker.first_sound(1, 1001.5)  # nor later sounds
    (turn,) = tracker.snapshot().turns
    assert turn.user_end == "voice"
    assert turn.arrival_s == pytest.approx(0.9)
    assert turn.playout_s == pytest.approx(0.1)
    assert turn.answer_s == pytest.approx(1.0)
    assert tracker.snapshot().last_answer_s == pytest.approx(1.0)


def test_the_latest_end_before_the_answer_counts_and_is_used_once(tracker, clock):
    tracker.handle(UserTurnEnded(1000.0, "voice"))  # a pause...
    tracker.handle(UserTurnEnded(1000.4, "voice"))  # ...then the real end
    clock.now = 1001.0
    tracker.handle(audio(1))
    tracker.first_sound(1, 1001.1)
    clock.now = 1005.0
    tracker.handle(audio(2))  # the model goes on with no new user turn
    tracker.first_sound(2, 1005.1)
    first, second = tracker.snapshot().turns
    assert first.answer_s == pytest.approx(0.7)
    assert second.answer_s is None and second.user_end is None
    assert second.playout_s == pytest.approx(0.1)


def test_a_late_voice_end_neither_replaces_a_release_nor_leaks_into_the_next_turn(
        tracker, clock):
    tracker.handle(UserTurnEnded(1000.5, "push_to_talk"))
    tracker.handle(UserTurnEnded(1000.2, "voice"))  # the mic's report, after its hangover
    clock.now = 1001.0
    tracker.handle(audio(1))
    tracker.handle(UserTurnEnded(1000.3, "voice"))  # reported after the answer began
    clock.now = 1003.0
    tracker.handle(audio(2))  # the model goes on by itself
    first, second = tracker.snapshot().turns
    assert first.user_end == "push_to_talk" and first.arrival_s == pytest.approx(0.5)
    assert second.user_end is None


def test_a_sound_reported_before_its_chunk_was_seen_still_counts(tracker, clock):
    tracker.handle(UserTurnEnded(1000.0, "push_to_talk"))
    tracker.first_sound(3, 1000.8)
    clock.now = 1000.7
    tracker.handle(audio(3))
    assert tracker.snapshot().turns[0].answer_s == pytest.approx(0.8)


def test_typed_text_and_thoughts(tracker, clock):
    tracker.handle(UserTurnEnded(1000.0, "typed"))
    clock.now = 1000.2
    tracker.handle(ev.ModelText("thinking…", 1, thought=True))  # not the answer yet
    assert tracker.snapshot().turns == ()
    clock.now = 1000.5
    tracker.handle(ev.ModelText("Hello", 1))
    (turn,) = tracker.snapshot().turns
    assert turn.user_end == "typed" and turn.arrival_s == pytest.approx(0.5)


def test_interrupted_to_silence(tracker, clock):
    tracker.handle(audio(1))
    tracker.handle(ev.Interrupted(1))
    tracker.silenced(1, 0.031)
    (turn,) = tracker.snapshot().turns
    assert turn.interrupted and turn.cut_s == pytest.approx(0.031)


def test_setup_time_and_reconnect_gaps(tracker, clock):
    tracker.handle(ev.StateChanged(ev.ConnectionState.RECONNECTING, retry_in_s=1.0))
    clock.now = 1002.5
    tracker.handle(ev.StateChanged(ev.ConnectionState.CONNECTING))
    tracker.handle(ev.SetupComplete("s", True, 0.2))
    tracker.handle(LIVE)
    # A goAway switch connects before the old link closes: no gap to count.
    tracker.handle(ev.SetupComplete("s", True, 0.25))
    snap = tracker.snapshot()
    assert snap.setups_s == pytest.approx((0.321, 0.2, 0.25))
    assert snap.reconnect_gaps_s == pytest.approx((2.5,))


def test_pause_is_not_a_gap_and_a_new_conversation_starts_afresh(tracker, clock):
    tracker.handle(audio(1))
    tracker.handle(ev.StateChanged(ev.ConnectionState.PAUSED))
    tracker.handle(ev.StateChanged(ev.ConnectionState.CONNECTING))
    tracker.handle(ev.SetupComplete("s", True, 0.1))
    assert tracker.snapshot().reconnect_gaps_s == ()
    assert len(tracker.snapshot().turns) == 1
    tracker.handle(ev.StateChanged(ev.ConnectionState.CLOSED))
    assert len(tracker.snapshot().turns) == 1  # the panel still shows the ended one
    tracker.handle(ev.StateChanged(ev.ConnectionState.CONNECTING))
    assert tracker.snapshot() == LatencySnapshot()


def test_a_snapshot_survives_the_history_round_trip(tracker, clock):
    tracker.handle(UserTurnEnded(1000.0, "voice"))
    clock.now = 1000.5
    tracker.handle(audio(1))
    tracker.first_sound(1, 1000.6)
    tracker.handle(ev.Interrupted(1))
    tracker.silenced(1, 0.03)
    snap = tracker.snapshot()
    again = LatencySnapshot.from_dict(snap.to_dict())
    assert again.turns[0].answer_s == pytest.approx(0.6)
    assert again.turns[0].cut_s == pytest.approx(0.03)
    assert again.setups_s == pytest.approx(snap.setups_s)


def test_listeners_hear_every_change(clock):
    seen: list[LatencySnapshot] = []
    t = LatencyTracker(clock, on_change=seen.append)
    t.handle(audio(1))
    t.first_sound(1, clock.now + 0.1)
    assert len(seen) == 2 and seen[-1].turns[0].playout_s == pytest.approx(0.1)
