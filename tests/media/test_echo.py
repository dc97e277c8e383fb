"""The echo canceller on synthetic signals: a simulated laptop whose mic hears its speaker.

The far end is the emulator's model voice, written into a real `ReferenceRing` the way the
player's callback writes it (blocks of 160 samples at 24 kHz, each with its DAC time); the
mic hears it after the output latency and an acoustic path (a bulk delay, an attenuation and
a decaying reverberant tail), plus a little noise, and the canceller processes 10 ms frames
the way the Mic calls it: with ADC times, a little later than they were captured, with the
loop's jitter. ERLE (echo return loss enhancement) is measured after 1 s of convergence.
The thresholds are generous (the canceller reaches about 45 dB here) but a misaligned far
end (fed after its echo) gets under 10 dB and fails them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass

import numpy as np
import pytest

from desktop_app.emulator.voice import synthesize
from desktop_app.media.echo import EchoCanceller, capture_processor
from desktop_app.media.mic import FrameProcessor
from desktop_app.media.reference import ReferenceRing
from desktop_app.media.resample import Resampler
from desktop_app.selftest.signals import similarity
from tests.media.mediatest import power_db
from tests.support.signals import voiced

RATE = 16000
FAR_RATE = 24000
BLOCK = 160  # the player's callback block at 24 kHz
CLOCK = 5000.0  # PortAudio stream time when the simulation starts (a monotonic clock)
OUTPUT_LATENCY = 0.03
INPUT_LATENCY = 0.02
MIN_ERLE_DB = 25.0


@dataclass(frozen=True)
class Room:
    acoustic_s: float = 0.004  # speaker to mic, bulk (a laptop: a few cm, a few ms)
    gain: float = 0.5  # of the direct path
    tail_ms: int = 60  # reverberation, decaying
    noise: float = 20.0  # sensor noise, int16 RMS
    adc_error_s: float = 0.0  # how wrong the capture timestamps are
    adc_reported: bool = True  # False: the host API reports ADC time 0 (MME, DirectSound)
    jitter_s: float = 0.03  # how late the loop gets round to a captured frame


@dataclass
class Run:
    mic: np.ndarray  # what the mic heard
    out: np.ndarray  # what the canceller let through
    far16: np.ndarray  # the far end at 16 kHz, for reference

    def erle_db(self, start_s: float = 1.0, end_s: float | None = None) -> float:
        part = slice(int(start_s * RATE), None if end_s is None else int(end_s * RATE))
        return power_db(self.mic[part]) - power_db(self.out[part])


def simulate(processor_for: type[FrameProcessor] | object, room: Room, seconds: float = 6.0,
             near: np.ndarray | None = None, near_at_s: float = 0.0) -> Run:
    """Plays `seconds` of model voice through `room`; `processor_for(ring)` makes the
    processor under test. `near` (16 kHz) is the user talking, from `near_at_s`."""
    far = np.frombuffer(synthesize(seconds, seed=5), np.int16)
    far16 = Resampler(FAR_RATE, RATE).process(far).astype(np.float64)
    mic = _room_response(far16, room, OUTPUT_LATENCY + room.acoustic_s)
    mic += np.random.default_rng(1).normal(0.0, room.noise, mic.size)
    if near is not None:
        at = int(near_at_s * RATE)
        mic[at:at + near.size] += near[: mic.size - at]
    mic16 = np.clip(np.rint(mic), -32768, 32767).astype(np.int16)

    ring = ReferenceRing(FAR_RATE)
    processor = processor_for(ring)
    jitter = np.random.default_rng(2)
    out = np.zeros_like(mic16)
    written = 0
    for k in range(mic16.size // 160):
        processed_at = (k + 1) / 100 + INPUT_LATENCY + jitter.uniform(0.0, room.jitter_s)
        # The output callback runs ahead of the DAC by the output latency.
        while written + BLOCK <= far.size and written / FAR_RATE <= processed_at:
            ring.write(far[written:written + BLOCK], CLOCK + written / FAR_RATE + OUTPUT_LATENCY)
            written += BLOCK
        adc = CLOCK + k / 100 + room.adc_error_s if room.adc_reported else 0.0
        frame = mic16[k * 160:(k + 1) * 160]
        result = processor.process(frame, adc)
        assert result.dtype == np.int16 and result.shape == (160,)
        out[k * 160:(k + 1) * 160] = result
    return Run(mic16, out, far16)


def _room_response(far16: np.ndarray, room: Room, delay_s: float) -> np.ndarray:
    n = room.tail_ms * RATE // 1000
    rng = np.random.default_rng(0)
    impulse = rng.standard_normal(n) * np.exp(-np.arange(n) / (n / 5)) * 0.3
    impulse[0] = 1.0
    echo = np.convolve(far16, impulse * room.gain)[: far16.size]
    delay = int(delay_s * RATE)
    heard = np.zeros(far16.size)
    heard[delay:] = echo[: far16.size - delay]
    return heard


def canceller(ring: ReferenceRing) -> EchoCanceller:
    return EchoCanceller(ring)


@pytest.mark.parametrize("room", [
    Room(),
    Room(acoustic_s=0.25, gain=0.3, tail_ms=120),  # a Bluetooth speaker across the room
    Room(adc_error_s=-0.015),  # capture stamps early: the far end must still lead its echo
    Room(adc_error_s=+0.015),
    Room(adc_reported=False),  # no ADC times: the canceller feeds what was played
    Room(jitter_s=0.2),  # a loop that is sometimes 200 ms late
], ids=["laptop", "bluetooth-250ms", "stamps-15ms-early", "stamps-15ms-late", "no-adc-time",
        "loop-200ms-late"])
def test_the_echo_of_the_models_voice_is_removed(room: Room) -> None:
    run = simulate(canceller, room)
    assert power_db(run.mic[RATE:]) > -30, "the echo is loud in the mic"
    assert run.erle_db() >= MIN_ERLE_DB, f"ERLE {run.erle_db():.1f} dB"


def test_a_far_end_fed_after_its_echo_cannot_be_cancelled() -> None:
    """The simulation can fail the canceller: capture stamps 60 ms early make it feed each
    far-end frame after the frame holding its echo (the lead covers only 30 ms of error)."""
    run = simulate(canceller, Room(adc_error_s=-0.06))
    assert run.erle_db() < 15


def test_the_user_talking_over_the_model_gets_through() -> None:
    """Double talk, with the user's voice 6 dB above the echo (a user at the laptop)."""
    near = np.frombuffer(voiced(2.0, pitch=110.0), np.int16).astype(np.float64)
    run = simulate(canceller, Room(gain=0.25), near=near, near_at_s=3.0)
    double = slice(3 * RATE, 5 * RATE)
    kept_db = power_db(run.out[double]) - power_db(near.astype(np.int16))
    assert kept_db > -6, f"the user's voice came out {kept_db:.1f} dB down"
    # What comes out is the user, not the echo: it matches the user's voice.
    score = similarity(run.out[double.start - 800:double.stop + 800], near)
    assert score > 0.6
    assert run.erle_db(1.0, 3.0) >= MIN_ERLE_DB  # and the echo before it was removed


@pytest.mark.parametrize("gain", [0.05, 0.25, 0.5], ids=["quiet", "laptop", "loud"])
def test_barge_in_gets_through_from_the_models_first_second(gain: float) -> None:
    """Short words over the model from its first second on. AEC3 holds the near end down
    while it learns the echo path, more so the louder and longer the echo; the words must
    stay well above a voice detector's threshold (-40 dBFS; they are at -17) from the
    first second, and come through nearly whole once it has converged."""
    burst = np.frombuffer(voiced(0.4, pitch=110.0), np.int16).astype(np.float64)
    starts = np.arange(1.0, 5.5, 0.75)
    near = np.zeros(int(6 * RATE))
    for t in starts:
        near[int(t * RATE):int(t * RATE) + burst.size] += burst
    run = simulate(canceller, Room(gain=gain), near=near)
    kept = np.array([power_db(run.out[int(t * RATE):int(t * RATE) + burst.size])
                     - power_db(burst.astype(np.int16)) for t in starts])
    detail = f"words came out down by {np.round(kept).tolist()} dB"
    assert kept.min() > -20, detail
    assert kept[starts >= 3.0].min() > -6, detail


def test_noise_suppression_removes_steady_noise_and_more_echo() -> None:
    room = Room(noise=100.0)
    plain = simulate(canceller, room)
    suppressed = simulate(lambda ring: EchoCanceller(ring, noise_suppression=True), room)
    assert suppressed.erle_db() > plain.erle_db() + 3


def test_with_headphones_nothing_is_cancelled() -> None:
    """Headphones: no echo to cancel, so no canceller, or only the noise suppressor."""
    assert capture_processor(ReferenceRing(FAR_RATE), headphones=True,
                             noise_suppression=False) is None
    run = simulate(lambda ring: capture_processor(ring, headphones=True,
                                                  noise_suppression=True), Room())
    assert run.erle_db() < 6  # a speaker's echo would go through untouched
    on_speakers = capture_processor(ReferenceRing(FAR_RATE), headphones=False,
                                    noise_suppression=False)
    assert isinstance(on_speakers, EchoCanceller) and on_speakers.cancels_echo


def test_the_far_end_is_fed_by_its_dac_time_not_by_when_the_loop_runs() -> None:
    """Before the frame captured at t, exactly the far end that reached the DAC before
    t + 10 ms + the 30 ms lead is fed, however much more has been written already."""
    ring = ReferenceRing(FAR_RATE)
    block = np.zeros(240, np.int16)
    for i in range(50):  # 0.5 s of output, 10 ms frames, DAC times from CLOCK on
        ring.write(block, CLOCK + i / 100)
    aec = EchoCanceller(ring)
    silence = np.zeros(160, np.int16)
    aec.process(silence, CLOCK + 0.105)  # due before CLOCK + 0.145
    assert aec.far_frames == 15  # DAC times CLOCK + 0.00 ... 0.14
    aec.process(silence, CLOCK + 0.115)
    assert aec.far_frames == 16
    aec.process(silence, 0.0)  # no ADC time: the clocks are apart, everything goes
    assert aec.far_frames == 50


def test_without_webrtcs_library_the_mic_goes_on_unprocessed() -> None:
    """A bundle that lacks livekit's native library still holds conversations (a fresh
    process: the library is loaded once per process)."""
    code = ("from desktop_app.media.echo import capture_processor\n"
            "from desktop_app.media.reference import ReferenceRing\n"
            "print(capture_processor(ReferenceRing(24000), headphones=False,"
            " noise_suppression=True))\n")
    env = {**os.environ, "LIVEKIT_LIB_PATH": "/nonexistent/liblivekit_ffi.so"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "None"
    assert "echo cancellation and noise suppression are off" in done.stderr


def noise_frame(rms: float, seed: int) -> np.ndarray:
    return np.rint(np.random.default_rng(seed).normal(0.0, rms, 160)).astype(np.int16)


def test_a_quiet_room_with_a_quiet_speaker_is_left_alone() -> None:
    """Frames too quiet to open the mic's quiet gate, with nothing played for a second,
    skip WebRTC and pass as captured; louder frames, and frames while the model speaks
    or within a second after, go through the canceller as ever."""
    ring = ReferenceRing(FAR_RATE)
    aec = EchoCanceller(ring, noise_suppression=True)
    quiet = [noise_frame(20.0, seed) for seed in range(100)]  # -64 dBFS: a quiet room
    out = [aec.process(frame, CLOCK + k / 100) for k, frame in enumerate(quiet)]
    assert aec.bypassed == 100
    assert all(a is b for a, b in zip(out, quiet, strict=True)), "passed on as captured"

    aec.process(noise_frame(200.0, 100), CLOCK + 1.0)  # -44 dBFS: someone speaks
    assert aec.bypassed == 100

    for i in range(50):  # the model speaks for half a second, from CLOCK + 1.1 on the DAC
        ring.write(np.zeros(240, np.int16), CLOCK + 1.1 + i / 100)
    t = CLOCK + 1.1
    while t < CLOCK + 1.6 + 0.9:  # its frames fed, and the second after the last one
        aec.process(noise_frame(20.0, 200), t)
        t += 0.01
    assert aec.bypassed == 100 and aec.far_frames == 50
    aec.process(noise_frame(20.0, 201), CLOCK + 1.6 + 1.1)
    assert aec.bypassed == 101, "a second after the far end's last frame, quiet is skipped"


def test_without_adc_times_nothing_is_skipped() -> None:
    """A host that stamps no ADC times (0) cannot tell how long ago the far end played."""
    aec = EchoCanceller(ReferenceRing(FAR_RATE))
    for seed in range(50):
        aec.process(noise_frame(20.0, seed), 0.0)
    assert aec.bypassed == 0


def test_with_headphones_the_far_end_is_watched_not_cancelled() -> None:
    """No echo to cancel, but the mic still learns whether the model speaks; quiet frames
    skip WebRTC even while it does."""
    ring = ReferenceRing(FAR_RATE)
    aec = capture_processor(ring, headphones=True, noise_suppression=True)
    assert isinstance(aec, EchoCanceller) and not aec.cancels_echo
    for i in range(50):
        ring.write(np.zeros(240, np.int16), CLOCK + i / 100)
    aec.process(noise_frame(20.0, 0), CLOCK + 0.2)
    assert not aec.far_end_idle and aec.far_frames == 0
    assert aec.bypassed == 1
    aec.process(noise_frame(20.0, 1), CLOCK + 0.6)  # the last of it is read here
    assert not aec.far_end_idle
    aec.process(noise_frame(20.0, 2), CLOCK + 1.7)
    assert aec.far_end_idle
