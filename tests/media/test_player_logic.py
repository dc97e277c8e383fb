"""The player's jitter buffer, barge-in flush and reference record, driven deterministically.

These tests call the output callback exactly as PortAudio would (same arguments, a made-up
DAC clock), without a device, so every sample can be checked. The device tests
(test_player_device.py) show the same behaviour through PulseAudio.
"""

from __future__ import annotations

from types import SimpleNamespace
from weakref import WeakKeyDictionary

import numpy as np
import sounddevice as sd

from desktop_app.media.devices import StreamHolder
from desktop_app.media.events import DeviceKind, DeviceProblem, EventSink
from desktop_app.media.player import Player

RATE = 24000


_stream_clock: WeakKeyDictionary[Player, float] = WeakKeyDictionary()


def pull(player: Player, frames: int, dac: float | None = None) -> np.ndarray:
    """One callback of `frames`; without `dac`, the stream clock advances by the frames
    pulled before (the start wait is on that clock)."""
    if dac is None:
        dac = _stream_clock.get(player, 0.0)
        _stream_clock[player] = dac + frames / RATE
    out = np.full((frames, 1), 12345, np.int16)  # garbage: the callback must write every sample
    info = SimpleNamespace(outputBufferDacTime=dac, currentTime=dac - 0.04, inputBufferAdcTime=0)
    player._callback(out, frames, info, sd.CallbackFlags())
    return out[:, 0].copy()


def tone(ms: float, hz: float = 440.0, amp: int = 10000) -> np.ndarray:
    t = np.arange(int(RATE * ms / 1000)) / RATE
    return (amp * np.sin(2 * np.pi * hz * t + 0.5)).astype(np.int16)  # no zero first sample


def test_plays_fed_audio_exactly_after_the_priming_wait() -> None:
    player = Player(prime_ms=60)
    audio = tone(200)
    player.feed(audio.tobytes(), 1)
    blocks = [pull(player, 240) for _ in range(30)]
    played = np.concatenate(blocks)
    assert not played[: 6 * 240].any()  # 60 ms of waiting, in 10 ms blocks
    start = 6 * 240
    assert np.array_equal(played[start:start + audio.size], audio)
    assert not played[start + audio.size:].any()
    assert player.stats().underruns == 0  # the end of a turn is not an underrun


def test_interrupt_fades_out_within_the_next_block_and_drops_the_generation() -> None:
    player = Player(prime_ms=20, fade_ms=5)
    player.feed(tone(1000).tobytes(), 7)
    for _ in range(10):
        pull(player, 240)
    player.interrupt(7)
    cut = pull(player, 240, dac=5.0)
    fade = cut[:120].astype(np.int32)
    assert np.any(fade != 0) and not cut[120:].any()  # silent after 5 ms
    # No click: the fade never jumps more than the tone itself moves between samples.
    assert np.max(np.abs(np.diff(fade))) <= 10000 * 2 * np.pi * 440 / RATE + 100
    assert abs(int(fade[-1])) < 200
    # Late chunks of the interrupted turn are refused and never heard.
    assert player.feed(tone(100).tobytes(), 7) is False
    assert player.feed(tone(100).tobytes(), 6) is False
    assert not np.concatenate([pull(player, 240) for _ in range(20)]).any()
    report = player.last_interrupt
    assert report is not None and report.generation == 7
    assert report.silent_at == 5.0 + 120 / RATE
    assert report.flushed_samples > RATE // 2
    stats = player.stats()
    assert stats.dropped_chunks == 2 and stats.queued_ms == 0


def test_an_interrupt_while_silent_reports_silence_from_the_next_block() -> None:
    player = Player(prime_ms=20, fade_ms=5)
    player.feed(tone(500).tobytes(), 1)
    for _ in range(5):
        pull(player, 240)
    player.interrupt(1)
    pull(player, 240, dac=2.0)
    pull(player, 240, dac=2.01)
    player.interrupt(2)  # nothing playing now
    assert not pull(player, 240, dac=3.0).any()
    report = player.last_interrupt
    assert report is not None and report.generation == 2
    assert report.silent_at == 3.0 and report.flushed_samples == 0


def test_the_next_generation_plays_after_an_interrupt() -> None:
    player = Player(prime_ms=20)
    player.feed(tone(500).tobytes(), 1)
    for _ in range(5):
        pull(player, 240)
    player.interrupt(1)
    pull(player, 240)
    answer = tone(100, hz=300)
    assert player.feed(answer.tobytes(), 2)
    played = np.concatenate([pull(player, 240) for _ in range(20)])
    start = int(np.flatnonzero(played)[0])
    assert np.array_equal(played[start:start + answer.size], answer)


def test_interrupting_an_older_turn_keeps_the_newer_one_queued() -> None:
    player = Player(prime_ms=20)
    old, new = tone(100, hz=440), tone(100, hz=300)
    player.feed(old.tobytes(), 1)
    player.feed(new.tobytes(), 2)
    player.interrupt(1)
    played = np.concatenate([pull(player, 240) for _ in range(20)])
    start = int(np.flatnonzero(played)[0])
    assert np.array_equal(played[start:start + new.size], new)


def test_fade_carries_over_blocks_shorter_than_the_fade() -> None:
    player = Player(prime_ms=10, fade_ms=8)
    player.feed(tone(500).tobytes(), 1)
    for _ in range(10):
        pull(player, 64)
    player.interrupt(1)
    after = np.concatenate([pull(player, 64) for _ in range(5)])
    fade_len = int(RATE * 0.008)
    assert after[:fade_len].any() and not after[fade_len:].any()
    assert np.max(np.abs(np.diff(after[: fade_len + 1].astype(np.int32)))) < 1200


class Clock:
    """The simulated time at which `simulate` feeds, for the player's arrival times."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def simulate(player: Player, clock: Clock, bursts: list[tuple[float, np.ndarray]],
             seconds: float, generation: int = 1) -> np.ndarray:
    """Runs a 10 ms callback clock, feeding each burst at its arrival time (seconds)."""
    out = []
    start = clock.now
    pending = sorted(bursts, key=lambda b: b[0])
    for step in range(int(seconds * 100)):
        clock.now = start + step / 100
        while pending and pending[0][0] <= step / 100:
            player.feed(pending.pop(0)[1].tobytes(), generation)
        out.append(pull(player, 240, dac=clock.now + 0.04))
    return np.concatenate(out)


def bursty(jitter_s: float, seed: int = 3) -> tuple[list[tuple[float, np.ndarray]], np.ndarray]:
    """3 s of audio in 200 ms bursts (five 40 ms chunks), each burst late by up to `jitter_s`."""
    rng = np.random.default_rng(seed)
    audio = tone(3000, hz=220)
    chunk = RATE * 40 // 1000
    bursts = []
    for b in range(15):
        at = 0.2 * b + (rng.uniform(0, jitter_s) if b else 0.0)
        for c in range(5):
            i = (b * 5 + c) * chunk
            bursts.append((at, audio[i:i + chunk]))
    return bursts, audio


def test_jitter_within_the_priming_wait_gives_no_underrun_and_no_gap() -> None:
    clock = Clock()
    player = Player(prime_ms=60, clock=clock)
    bursts, audio = bursty(jitter_s=0.055)
    played = simulate(player, clock, bursts, 4.0)
    start = int(np.flatnonzero(played)[0])
    assert np.array_equal(played[start:start + audio.size], audio)  # continuous, in order
    assert player.stats().underruns == 0


def test_a_gap_inside_a_turn_is_an_underrun_and_the_wait_grows() -> None:
    clock = Clock()
    player = Player(prime_ms=20, max_prime_ms=160, clock=clock)
    bursts, audio = bursty(jitter_s=0.15)
    simulate(player, clock, bursts, 4.0)
    stats = player.stats()
    assert stats.underruns >= 1
    assert stats.prime_ms > 100
    # The next turn, delivered the same way, waits long enough to play without a gap.
    played = simulate(player, clock, bursts, 4.0, generation=2)
    assert player.stats().underruns == stats.underruns
    start = int(np.flatnonzero(played)[0])
    assert np.array_equal(played[start:start + audio.size], audio)


def paced(speed: float, ms: float = 2000) -> tuple[list[tuple[float, np.ndarray]], np.ndarray]:
    """40 ms chunks sent `speed` times faster than real time, as Gemini usually sends."""
    audio = tone(ms, hz=330)
    chunk = RATE * 40 // 1000
    return [(0.04 * k / speed, audio[i:i + chunk])
            for k, i in enumerate(range(0, audio.size, chunk))], audio


def test_turns_sent_faster_than_real_time_start_without_the_initial_wait() -> None:
    clock = Clock()
    player = Player(prime_ms=80, clock=clock)
    bursts, audio = paced(1.2)
    waits = []
    for gen in (1, 2, 3):
        played = simulate(player, clock, bursts, 2.5, generation=gen)
        start = int(np.flatnonzero(played)[0])
        assert np.array_equal(played[start:start + audio.size], audio)
        waits.append(start / RATE)
    assert waits[0] >= 0.08  # nothing measured yet: the initial wait
    assert waits[1] <= 0.03 and waits[2] <= 0.03
    assert player.stats().underruns == 0


def test_the_wait_learned_from_bursts_falls_again_when_delivery_smooths() -> None:
    clock = Clock()
    player = Player(prime_ms=20, clock=clock)
    jittery, _ = bursty(jitter_s=0.06)
    simulate(player, clock, jittery, 4.0, generation=1)
    assert player.stats().prime_ms >= 40
    smooth, _ = paced(1.5)
    for gen in range(2, 12):  # the burst turn falls out of the window of recent turns
        simulate(player, clock, smooth, 2.0, generation=gen)
    assert player.stats().prime_ms <= 15


def test_a_fixed_wait_when_adaptation_is_off() -> None:
    clock = Clock()
    player = Player(prime_ms=80, adaptive=False, clock=clock)
    bursts, _ = paced(1.2)
    for gen in (1, 2):
        played = simulate(player, clock, bursts, 2.5, generation=gen)
        assert int(np.flatnonzero(played)[0]) >= int(0.08 * RATE)


def test_reference_records_every_played_sample_with_its_dac_time() -> None:
    player = Player(prime_ms=10)
    audio = tone(50)
    player.feed(audio.tobytes(), 1)
    played = np.concatenate([pull(player, 240, dac=1.0 + k * 0.01) for k in range(10)])
    block = player.reference.read(240 * 3 + 100)
    assert block is not None and block.index == 0
    assert block.dac_time == 1.0
    assert np.array_equal(block.samples, played[: block.samples.size])
    nxt = player.reference.read(240)
    assert nxt is not None and nxt.index == 820
    assert abs(nxt.dac_time - (1.03 + 100 / RATE)) < 1e-9
    assert player.reference.read(10 * 240) is None  # not played yet


def test_an_idle_callback_fills_silence_and_stops_recording_after_the_tail() -> None:
    player = Player(prime_ms=10)
    player.feed(tone(100).tobytes(), 1)
    for _ in range(20):
        pull(player, 160)
    assert player.reference.written == 20 * 160
    for _ in range(150):  # 1 s of nothing to play
        assert not pull(player, 160).any()
    recorded = player.reference.written
    assert recorded < 20 * 160 + 150 * 160  # the silence stopped being recorded...
    assert recorded >= 100 * 24 + 24000 // 2  # ...after the sound and half a second more
    assert recorded % 240 == 0  # on a 10 ms frame, so a reader never holds half a frame
    for _ in range(50):
        pull(player, 160)
    assert player.reference.written == recorded  # idle: no reference writes at all
    level = player.level()
    assert player.level().rms <= level.rms  # the meter only decays
    player.feed(tone(50).tobytes(), 2)  # the next turn is recorded again, from its wait on
    played = np.concatenate([pull(player, 160) for _ in range(10)])
    assert played.any() and player.reference.written == recorded + 10 * 160


def test_a_paused_stream_that_will_not_start_again_is_reported_once() -> None:
    events: list[object] = []
    holder = StreamHolder(DeviceKind.SPEAKER, "", EventSink(events.append))

    class Gone:  # what PortAudio does once the device has vanished while paused
        def abort(self) -> None:
            pass

        def start(self) -> None:
            raise sd.PortAudioError("Device unavailable")

    holder.stream = Gone()  # type: ignore[assignment]
    holder.pause()
    assert holder.paused
    holder._finished()  # the abort's finished callback: no lost device
    assert events == []
    assert not holder.resume()
    assert not holder.paused  # the player's next feed does not try again: one event, not
    assert [e.problem for e in events] == [DeviceProblem.LOST]  # one per chunk that follows
