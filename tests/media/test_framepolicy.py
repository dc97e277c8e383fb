"""The adaptive video policy on its own: any clock, any scores, any pattern of speech.

Properties are checked over generated capture timelines (hypothesis), examples pin down the
cases the issue names (a still desk, a turn start, speech, a change)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.media.framepolicy import FramePolicy, FramePolicyConfig, SendReason


@dataclass(frozen=True)
class Frame:
    at: float
    change: float
    speaking: bool
    turn_started: bool


@st.composite
def timelines(draw) -> tuple[FramePolicyConfig, list[Frame]]:
    """A policy configuration and frames arriving at uneven gaps (a stalled camera, a 30 fps
    one, a 1 fps screen), each with a change score and the user's activity."""
    min_interval = draw(st.sampled_from([0.5, 1.0, 2.0]))
    still = min_interval * draw(st.integers(1, 15))
    threshold = draw(st.sampled_from([0.0, 0.02, 0.3, 1.0]))
    config = FramePolicyConfig(still_interval_s=still, min_interval_s=min_interval,
                               change_threshold=threshold)
    gaps = draw(st.lists(st.sampled_from([0.0, 1 / 30, 0.1, 0.5, 1.0, 3.0]), min_size=1,
                         max_size=300))
    frames, t = [], draw(st.floats(0.0, 1e6))
    for gap in gaps:
        t += gap
        frames.append(Frame(t, draw(st.sampled_from([0.0, 0.01, 0.02, 0.5, 1.0])),
                            draw(st.booleans()), draw(st.booleans())))
    return config, frames


def run(config: FramePolicyConfig, frames: list[Frame]) -> list[SendReason | None]:
    policy = FramePolicy(config)
    return [policy.decide(f.at, change=f.change, speaking=f.speaking,
                          turn_started=f.turn_started) for f in frames]


@settings(max_examples=400, deadline=None)
@given(timelines())
def test_frames_are_never_closer_than_the_minimum_interval(case) -> None:
    config, frames = case
    sent = [f.at for f, r in zip(frames, run(config, frames), strict=True) if r is not None]
    gaps = [b - a for a, b in itertools.pairwise(sent)]
    assert all(g >= config.min_interval_s - 1e-6 for g in gaps), gaps


@settings(max_examples=400, deadline=None)
@given(timelines())
def test_each_decision_follows_the_rules(case) -> None:
    """Sent exactly when allowed (first frame, or the interval has passed) and wanted (a turn
    started since the last frame, the user speaks, the picture changed, or the scene was
    still for `still_interval_s`), with the reason in that order of precedence."""
    config, frames = case
    last: float | None = None
    pending = was_speaking = False
    for frame, reason in zip(frames, run(config, frames), strict=True):
        pending = pending or frame.turn_started or (frame.speaking and not was_speaking)
        was_speaking = frame.speaking
        if last is None:
            assert reason is SendReason.FIRST
        elif frame.at - last < config.min_interval_s - 1e-6:
            assert reason is None
        elif pending:
            assert reason is SendReason.TURN_START
        elif frame.speaking:
            assert reason is SendReason.SPEECH
        elif frame.change >= config.change_threshold:
            assert reason is SendReason.CHANGE
        elif frame.at - last >= config.still_interval_s - 1e-6:
            assert reason is SendReason.STILL
        else:
            assert reason is None
        if reason is not None:
            last, pending = frame.at, False


@settings(max_examples=300, deadline=None)
@given(timelines())
def test_a_still_scene_is_never_left_without_a_frame_longer_than_the_still_interval(case) -> None:
    config, frames = case
    sent = [f.at for f, r in zip(frames, run(config, frames), strict=True) if r is not None]
    assert sent and sent[0] == frames[0].at
    captured = [f.at for f in frames]
    for a, b in zip(sent, [*sent[1:], captured[-1]], strict=True):
        # The next frame after the still interval is taken, so the gap ends at that capture.
        later = [t for t in captured if t >= a + config.still_interval_s - 1e-6]
        if later:
            assert b <= later[0] + 1e-9


@settings(max_examples=300, deadline=None)
@given(timelines())
def test_after_a_turn_starts_the_model_never_sees_a_frame_older_than_the_interval(case) -> None:
    """At every capture where a turn starts or the user speaks, the newest frame sent is
    less than `min_interval_s` old: either one was sent less than that ago, or this one is."""
    config, frames = case
    policy = FramePolicy(config)
    for frame in frames:
        reason = policy.decide(frame.at, change=frame.change, speaking=frame.speaking,
                               turn_started=frame.turn_started)
        if frame.turn_started or frame.speaking:
            assert policy.last_sent is not None
            assert frame.at - policy.last_sent < config.min_interval_s + 1e-6, reason


def test_a_still_desk_at_30_fps_sends_one_frame_every_ten_seconds() -> None:
    policy = FramePolicy()
    sent = [r for i in range(30 * 60) if (r := policy.decide(i / 30, change=0.001))]
    assert sent == [SendReason.FIRST] + [SendReason.STILL] * 5


def test_the_fixed_baseline_sends_every_second_whatever_happens() -> None:
    policy = FramePolicy(FramePolicyConfig.fixed(1.0))
    sent = [i / 30 for i in range(30 * 60) if policy.decide(i / 30, change=0.0)]
    assert len(sent) == 60 and sent[:3] == pytest.approx([0.0, 1.0, 2.0])


def test_a_change_goes_out_at_once_and_noise_does_not() -> None:
    policy = FramePolicy()
    assert policy.decide(0.0) is SendReason.FIRST
    assert policy.decide(3.0, change=0.019) is None  # under the threshold: noise, a cursor
    assert policy.decide(3.1, change=0.5) is SendReason.CHANGE
    assert policy.decide(3.5, change=0.5) is None  # too soon after the last one
    assert policy.decide(4.1, change=0.5) is SendReason.CHANGE


def test_a_turn_start_sends_the_next_frame_even_in_a_still_scene() -> None:
    policy = FramePolicy()
    policy.decide(0.0)
    assert policy.decide(5.0, speaking=True, turn_started=True) is SendReason.TURN_START
    # ...then frames follow at the full rate while the user speaks, changed or not.
    assert policy.decide(5.5, speaking=True) is None
    assert policy.decide(6.0, speaking=True) is SendReason.SPEECH
    assert policy.decide(7.0, speaking=True) is SendReason.SPEECH
    # Silence again: back to the still interval.
    assert policy.decide(8.0) is None
    assert policy.decide(17.0) is SendReason.STILL


def test_a_turn_that_starts_right_after_a_frame_is_served_when_the_interval_allows() -> None:
    policy = FramePolicy()
    policy.decide(0.0)
    assert policy.decide(0.4, turn_started=True) is None  # the newest frame is 0.4 s old
    assert policy.decide(0.9) is None
    assert policy.decide(1.0) is SendReason.TURN_START


def test_a_frame_is_urgent_while_a_turn_waits_for_it_or_the_user_speaks() -> None:
    policy = FramePolicy()
    assert policy.urgent_at() is None
    policy.decide(0.0)
    assert policy.urgent_at() is None  # a still scene can wait for the source's own pace
    policy.decide(0.3, turn_started=True)
    assert policy.urgent_at() == pytest.approx(1.0)  # the turn's fresh frame, at 1 s
    policy.decide(1.0, speaking=True)
    assert policy.urgent_at() == pytest.approx(2.0)  # speaking: one a second
    policy.decide(1.5)
    assert policy.urgent_at() is None


def test_speech_that_begins_counts_as_a_turn_start() -> None:
    policy = FramePolicy()
    policy.decide(0.0)
    assert policy.decide(4.0, speaking=True) is SendReason.TURN_START


def test_a_new_configuration_applies_to_the_next_decision() -> None:
    policy = FramePolicy()
    policy.decide(0.0)
    assert policy.decide(3.0) is None
    policy.config = FramePolicyConfig(still_interval_s=2.0)
    assert policy.decide(3.0) is SendReason.STILL


@pytest.mark.parametrize("kwargs", [
    {"min_interval_s": 0.0},
    {"still_interval_s": 0.5, "min_interval_s": 1.0},
    {"change_threshold": 1.5},
])
def test_impossible_configurations_are_refused(kwargs) -> None:
    with pytest.raises(ValueError):
        FramePolicyConfig(**kwargs)
