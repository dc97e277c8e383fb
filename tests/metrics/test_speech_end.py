"""The client's own moment the user stopped talking, from the mic's audio."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.media.speech import RATE, SpeechEndDetector, UserTurnEnded


def tone(seconds: float, amplitude: int = 3000) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (amplitude * np.sin(2 * np.pi * 220 * t)).astype(np.int16)


def quiet(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * RATE), np.int16)


def feed_in_chunks(detector: SpeechEndDetector, audio: np.ndarray, t0: float) -> None:
    chunk = RATE // 50  # 20 ms, as the mic delivers
    for start in range(0, audio.size, chunk):
        detector.feed(audio[start:start + chunk].tobytes(), t0 + start / RATE)


def test_the_end_is_the_last_voiced_frame_not_the_end_of_the_wait():
    ends: list[UserTurnEnded] = []
    detector = SpeechEndDetector(ends.append)
    feed_in_chunks(detector, np.concatenate((quiet(0.5), tone(1.0), quiet(1.0))), t0=100.0)
    assert len(ends) == 1
    assert ends[0].how == "voice"
    assert ends[0].at == pytest.approx(101.5, abs=0.011)


def test_chunks_that_do_not_align_with_frames_keep_their_timing():
    ends: list[UserTurnEnded] = []
    detector = SpeechEndDetector(ends.append)
    audio = np.concatenate((tone(0.733), quiet(0.6)))
    for start in range(0, audio.size, 333):
        detector.feed(audio[start:start + 333].tobytes(), 5.0 + start / RATE)
    assert len(ends) == 1 and ends[0].at == pytest.approx(5.733, abs=0.011)


def test_a_click_is_not_speech_and_a_pause_is_not_an_end():
    ends: list[UserTurnEnded] = []
    detector = SpeechEndDetector(ends.append)
    audio = np.concatenate(
        (tone(0.05), quiet(0.5), tone(0.6), quiet(0.2), tone(0.6), quiet(0.5))
    )
    feed_in_chunks(detector, audio, t0=0.0)
    assert [round(e.at, 2) for e in ends] == [1.95]


def test_muting_mid_utterance_ends_it_at_its_last_voiced_frame():
    ends: list[UserTurnEnded] = []
    detector = SpeechEndDetector(ends.append)
    feed_in_chunks(detector, tone(0.5), t0=10.0)
    assert ends == []
    detector.flush()
    assert len(ends) == 1 and ends[0].at == pytest.approx(10.5, abs=0.011)
    detector.flush()  # nothing open any more
    assert len(ends) == 1
