"""The routing of session events: the speaker gets model speech as downlink calls (played at
the player's rate, silenced on an interruption), and the window gets what it shows — not
every audio chunk."""

from __future__ import annotations

import pytest

from desktop_app.live import events as ev
from desktop_app.media.player import Player
from desktop_app.routing import SpeakerFeed, Subscribers, WindowFeed
from tests.support.signals import voiced


def test_model_audio_reaches_the_player_at_its_rate_and_an_interrupt_flushes_it() -> None:
    player = Player()  # not started: the test looks at what is queued, not at a device
    feed = SpeakerFeed(lambda: player)
    feed.handle(ev.ModelAudio(voiced(0.5, rate=24000), 24000, 1))
    assert player.stats().queued_ms == pytest.approx(500)
    feed.handle(ev.ModelAudio(voiced(0.5, rate=16000), 16000, 1))  # resampled, not sped up
    assert player.stats().queued_ms == pytest.approx(1000, abs=2)
    feed.handle(ev.Interrupted(1))
    feed.handle(ev.ModelAudio(voiced(0.5, rate=24000), 24000, 1))
    assert player.stats().dropped_chunks == 1
    feed.handle(ev.OutputTranscript("hello", 1))  # not the speaker's business: ignored
    feed.handle(ev.TurnComplete(1))
    assert player.play(voiced(0.5, rate=16000), 16000, 2), "the next turn plays"


def test_a_complete_turn_ends_it_at_the_speaker() -> None:
    calls: list[tuple[str, int]] = []

    class Speaker:
        def play(self, pcm: bytes, sample_rate: int, turn: int) -> bool:
            calls.append(("play", turn))
            return True

        def interrupt(self, turn: int) -> None:
            calls.append(("interrupt", turn))

        def end_turn(self, turn: int) -> None:
            calls.append(("end", turn))

    speaker = Speaker()
    feed = SpeakerFeed(lambda: speaker)
    for event in (ev.ModelAudio(b"\0\0", 24000, 3), ev.TurnComplete(3), ev.Interrupted(4)):
        feed.handle(event)
    assert calls == [("play", 3), ("end", 3), ("interrupt", 4)]


def test_audio_without_a_running_speaker_goes_nowhere() -> None:
    SpeakerFeed(lambda: None).handle(ev.ModelAudio(voiced(0.1, rate=24000), 24000, 1))


def test_the_window_gets_the_first_chunk_of_each_stretch_of_speech_only() -> None:
    shown: list[ev.Event] = []
    feed = WindowFeed(shown.append)
    chunk = ev.ModelAudio(b"\0\0" * 240, 24000, 1)
    live = ev.StateChanged(ev.ConnectionState.LIVE)
    for event in (live, chunk, chunk, chunk, ev.OutputTranscript("hi", 1), chunk,
                  ev.Interrupted(1), chunk, chunk, ev.TurnComplete(1),
                  ev.ModelAudio(b"\0\0", 24000, 2), ev.ModelAudio(b"\0\0", 24000, 2)):
        feed.handle(event)
    assert shown == [live, chunk, ev.OutputTranscript("hi", 1), ev.Interrupted(1), chunk,
                     ev.TurnComplete(1), ev.ModelAudio(b"\0\0", 24000, 2)]


def test_subscribers_see_each_event_in_their_order() -> None:
    seen: list[tuple[str, object]] = []

    class Named:
        def __init__(self, name: str) -> None:
            self.name = name

        def handle(self, event: object) -> None:
            seen.append((self.name, event))

    Subscribers(Named("first"), Named("second")).handle("e")
    assert seen == [("first", "e"), ("second", "e")]
