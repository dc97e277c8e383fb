"""The player on a real (virtual) speaker: what it plays is heard on vspk.monitor."""

from __future__ import annotations

import asyncio
import math
import time

import numpy as np
import pytest

from desktop_app.media.events import DeviceError, DeviceProblem, FirstAudioPlayed
from desktop_app.media.player import Player
from tests.media.mediatest import segment_match
from tests.support.signals import voiced
from tests.support.waiting import until

pytestmark = [pytest.mark.audio, pytest.mark.asyncio]

LOUD = 800  # the tones below peak at 10000-16000; the null sink's floor is 0


def chunks(audio: np.ndarray, ms: int = 40) -> list[bytes]:
    n = 24 * ms
    return [audio[i:i + n].tobytes() for i in range(0, audio.size, n)]


def loud_span(x: np.ndarray) -> float:
    loud = np.flatnonzero(np.abs(x.astype(np.int32)) > LOUD)
    return (loud[-1] - loud[0]) / 24000


def tone(seconds: float, hz: float = 440.0) -> np.ndarray:
    t = np.arange(int(24000 * seconds)) / 24000
    return (10000 * np.sin(2 * np.pi * hz * t)).astype(np.int16)


async def test_what_is_fed_is_heard_on_the_speaker(speaker_recorder) -> None:
    rec = speaker_recorder()
    player = Player()
    assert await player.start()
    try:
        speech = np.frombuffer(voiced(1.5, rate=24000), np.int16)
        fed_at = time.monotonic()
        for chunk in chunks(speech):
            player.feed(chunk, 1)
        await until(lambda: player.stats().queued_ms == 0, what="the speech to be played")
        await asyncio.to_thread(rec.wait_for_quiet, fed_at, 0.3, LOUD)
    finally:
        await player.stop()
    heard = rec.stop()
    score = segment_match(heard, speech)
    assert score > 0.9, f"recorded speaker output does not match what was fed ({score:.2f})"
    assert loud_span(heard) == pytest.approx(loud_span(speech), abs=0.05)
    assert player.stats().underruns == 0


async def test_interrupt_silences_the_speaker_and_late_chunks_stay_unheard(
        speaker_recorder) -> None:
    rec = speaker_recorder()
    player = Player()
    assert await player.start()
    try:
        for chunk in chunks(tone(4.0)):  # a long answer, queued well ahead like Gemini's
            player.feed(chunk, 3)
        await asyncio.to_thread(rec.wait_for_sound)
        await until(
            lambda: (np.abs(rec.samples().astype(np.int32)) > LOUD).sum() > 0.3 * rec.rate,
            what="0.3 s of the answer heard",
        )
        interrupted_at = time.monotonic()
        player.interrupt(3)
        for chunk in chunks(tone(0.6)):  # the server keeps sending the old turn for a while
            assert not player.feed(chunk, 3)
            await asyncio.sleep(0.04)
        # A silence of 0.9 s (the late chunks' 0.6 s and more) is on the recording.
        await until(
            lambda: rec.recorded_until() > interrupted_at + 0.9, what="0.9 s recorded after the cut"
        )
        answer_at = time.monotonic()
        for chunk in chunks(tone(0.5, hz=300)):  # and then answers again
            player.feed(chunk, 4)
        await until(lambda: player.stats().queued_ms == 0, what="the new answer to be played")
        await asyncio.to_thread(rec.wait_for_quiet, answer_at, 0.2, LOUD)
    finally:
        await player.stop()
    heard = rec.stop()
    loud = np.abs(heard.astype(np.int32)) > LOUD
    answer_index = rec.index_of(answer_at)
    last_sound = int(np.flatnonzero(loud[:answer_index])[-1])
    silent_after = rec.time_of(last_sound) - interrupted_at
    assert silent_after < 0.150, f"still playing {silent_after * 1000:.0f} ms after interrupt()"
    # Between the cut and the new answer: nothing at all (no late chunk of turn 3 got through).
    gap = loud[last_sound + 1:answer_index]
    assert gap.size > 0.8 * 24000 and not gap.any()
    answer = np.flatnonzero(loud[answer_index:])
    assert answer.size > 0.4 * 24000, "the player froze after the interrupt"
    report = player.last_interrupt
    assert report is not None and report.flushed_samples > 24000
    assert 0 < report.latency_s < 0.150


async def test_bursty_delivery_plays_without_underruns_or_gaps(speaker_recorder) -> None:
    rng = np.random.default_rng(7)
    rec = speaker_recorder()
    player = Player()
    assert await player.start()
    audio = tone(3.0, hz=220)
    parts = chunks(audio)
    try:
        # Bursts of five 40 ms chunks every 200 ms, each burst late by up to 50 ms.
        start = time.monotonic()
        for b in range(0, len(parts), 5):
            due = start + 0.04 * b + (rng.uniform(0, 0.05) if b else 0.0)
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            for chunk in parts[b:b + 5]:
                player.feed(chunk, 1)
        await until(lambda: player.stats().queued_ms == 0, what="the tone to be played")
        await asyncio.to_thread(rec.wait_for_quiet, start, 0.3, LOUD)
    finally:
        await player.stop()
    stats = player.stats()
    assert stats.underruns == 0
    heard = rec.stop()
    loud = np.flatnonzero(np.abs(heard.astype(np.int32)) > LOUD)
    # One continuous tone: no silent stretch longer than a 220 Hz half-period inside it.
    assert np.max(np.diff(loud)) < 24000 / 220
    assert (loud[-1] - loud[0]) / 24000 == pytest.approx(3.0, abs=0.06)


async def test_unknown_output_device_is_an_event_not_an_exception() -> None:
    events = []
    player = Player("no-such-speaker", on_event=events.append)
    assert await player.start() is False
    assert [type(e) for e in events] == [DeviceError]
    assert events[0].problem is DeviceProblem.NOT_FOUND
    assert player.feed(tone(0.1).tobytes(), 1)  # feeding a closed player is harmless
    await player.stop()


async def test_the_first_sample_of_each_turn_is_reported_when_it_is_heard(
        speaker_recorder) -> None:
    events: list[object] = []
    rec = speaker_recorder()
    player = Player(on_event=events.append)
    assert await player.start()
    first = lambda: [e for e in events if isinstance(e, FirstAudioPlayed)]  # noqa: E731
    try:
        fed_at = {}
        for gen in (1, 2):
            fed_at[gen] = time.monotonic()
            for k, chunk in enumerate(chunks(tone(0.4, hz=300 + 100 * gen))):
                player.feed(chunk, gen)
                if k == 3:  # a pause inside the turn: it plays on, but is no new turn
                    await until(lambda: player.stats().queued_ms == 0, what="a pause in turn")
            await until(lambda n=gen: len(first()) == n, 5, f"turn {gen}'s first sample")
            # Let it finish: turn 2 starts from silence.
            await until(lambda: player.stats().queued_ms == 0, what=f"turn {gen} played")
            await asyncio.to_thread(rec.wait_for_quiet, fed_at[gen], 0.2, LOUD)
        player.feed(tone(0.4).tobytes(), 3)
        player.interrupt(3)  # cut before anything of it reached the speaker
        await asyncio.sleep(0.2)
    finally:
        await player.stop()
    heard = rec.stop()
    reports = first()
    assert [r.generation for r in reports] == [1, 2]
    onsets = np.flatnonzero(np.diff((np.abs(heard.astype(np.int32)) > LOUD).astype(np.int8)) > 0)
    for report in reports:
        assert report.played_at > fed_at[report.generation]
        # The recorder's clock is late, never early; PortAudio's stamps run a little ahead.
        heard_at = min((rec.time_of(int(i)) for i in onsets
                        if rec.time_of(int(i)) > fed_at[report.generation]), default=math.inf)
        assert abs(heard_at - report.played_at) < 0.05, (heard_at, report.played_at)


async def deliver(player: Player, audio: np.ndarray, generation: int,
                  due: list[float]) -> float:
    """Feeds `audio` in 40 ms chunks, chunk k at `due[k]` s after the first; returns when
    the first went in (monotonic)."""
    parts = chunks(audio)
    start = time.monotonic()
    for k, chunk in enumerate(parts):
        await asyncio.sleep(max(0.0, start + due[k] - time.monotonic()))
        player.feed(chunk, generation)
    return start


async def test_the_start_wait_follows_how_the_audio_arrives(speaker_recorder) -> None:
    events: list[object] = []
    rec = speaker_recorder()
    player = Player(on_event=events.append)  # 80 ms until it has seen a turn
    assert await player.start()
    first = {}
    try:
        audio = tone(0.8)
        n = len(chunks(audio))
        fast = [0.02 * k for k in range(n)]  # twice real time, as Gemini usually sends
        rng = np.random.default_rng(5)
        late = [0.0, *rng.uniform(0.02, 0.06, n // 5)]
        bursty = [0.2 * (k // 5) + late[k // 5] for k in range(n)]  # real time, late bursts
        underruns = []
        for gen, due in enumerate([fast] * 3 + [bursty] * 6, start=1):
            fed = await deliver(player, audio, gen, due)
            await until(lambda g=gen: any(getattr(e, "generation", 0) == g for e in events),
                        5, f"turn {gen} to be heard")
            first[gen] = next(e.played_at for e in events
                              if isinstance(e, FirstAudioPlayed) and e.generation == gen) - fed
            await until(lambda: player.stats().queued_ms == 0, 5, "the turn to play out")
            await asyncio.sleep(0.1)  # a pause between turns: the next starts from silence
            underruns.append(player.stats().underruns)
            if gen == 3:
                fast_wait = player.stats().prime_ms
    finally:
        await player.stop()
    rec.stop()
    # Turns sent ahead of real time start without the initial 80 ms wait...
    assert fast_wait < 40
    assert max(first[2], first[3]) < first[1] - 0.04, first
    assert underruns[2] == 0, underruns
    # ...bursts that come late teach it to wait at least as long as they were late (whether
    # that is enough on a loaded machine is for bench/media_player.py, not a test).
    assert player.stats().prime_ms >= max(late) * 1000
    assert min(first[8], first[9]) > first[3] + 0.03, first


async def test_an_idle_speaker_pauses_its_stream_and_the_next_turn_is_heard_whole(
        speaker_recorder) -> None:
    events: list[object] = []
    rec = speaker_recorder()
    player = Player(blocksize=0, latency="low", pause_after_s=0.3, on_event=events.append)
    assert await player.start()
    try:
        await until(lambda: player.paused, 5, "the silent stream to pause")
        reference = player.reference.written
        speech = np.frombuffer(voiced(0.8, rate=24000), np.int16)
        fed_at = time.monotonic()
        for chunk in chunks(speech):
            player.feed(chunk, 1)
        assert not player.paused  # the first chunk started it again
        await until(lambda: any(isinstance(e, FirstAudioPlayed) for e in events), 5,
                    "the turn's first sample")
        await asyncio.to_thread(rec.wait_for_quiet, fed_at, 0.3, LOUD)
        await until(lambda: player.paused, 5, "the stream to pause again after the turn")
        # The reference holds the turn and its tail, so the echo canceller heard it all.
        assert player.reference.written >= reference + speech.size + 24000 // 2
        player.interrupt(1)  # an interrupt with nothing playing: answered, no error
        await until(lambda: player.last_interrupt is not None, 5, "the interrupt's report")
    finally:
        await player.stop()
    heard = rec.stop()
    assert player.pauses >= 2
    assert not [e for e in events if isinstance(e, DeviceError)]
    assert segment_match(heard, speech) > 0.9
    assert loud_span(heard) == pytest.approx(loud_span(speech), abs=0.05)
    first = next(e for e in events if isinstance(e, FirstAudioPlayed))
    assert first.played_at - fed_at < 0.1  # the restart is no new wait
    assert player.stats().underruns == 0
