"""The mic on a real (virtual) microphone: speech played into vmic arrives as 16 kHz chunks."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest

from desktop_app.media.events import DeviceError, DeviceOpened, DeviceProblem
from desktop_app.media.gate import HOLD_MS
from desktop_app.media.mic import RESTING_BLOCKS, Mic, MicChunk
from desktop_app.media.resample import Resampler
from tests.media.mediatest import DoomedServer, FrameCounter, dominant_hz, segment_match
from tests.support.signals import voiced
from tests.support.waiting import until

pytestmark = [pytest.mark.audio, pytest.mark.asyncio]


async def capture(mic: Mic, seconds: float) -> tuple[list[MicChunk], float, float]:
    """Chunks read for `seconds`, the time it took, and the highest meter peak seen."""
    chunks = []
    peak = 0.0
    start = time.monotonic()
    while (elapsed := time.monotonic() - start) < seconds:
        chunks.append(await mic.read())
        peak = max(peak, mic.level().peak)
    return chunks, elapsed, peak


def pcm(chunks: list[MicChunk]) -> np.ndarray:
    return np.frombuffer(b"".join(c.pcm for c in chunks), np.int16)


@pytest.mark.parametrize("capture_rate", [None, 48000], ids=["native-16k", "resampled-48k"])
async def test_speech_played_into_the_mic_arrives_as_16k_chunks_in_real_time(
        play_into_mic, capture_rate: int | None) -> None:
    events = []
    mic = Mic(chunk_ms=20, capture_rate=capture_rate, on_event=events.append)
    assert await mic.start()
    assert mic.device_rate == (capture_rate or 16000)
    speech = np.frombuffer(voiced(1.5, rate=48000), np.int16)
    try:
        await mic.read()  # the stream is running
        play_into_mic(speech, 48000)
        chunks, elapsed, peak = await capture(mic, 3.0)
    finally:
        await mic.stop()
    assert isinstance(events[0], DeviceOpened)
    assert {len(c.pcm) for c in chunks} == {640}  # 20 ms of 16-bit mono at 16 kHz
    audio = pcm(chunks)
    assert audio.size / 16000 / elapsed == pytest.approx(1.0, abs=0.05)  # real-time rate
    starts = np.array([c.adc_time for c in chunks])
    # ADC stamps advance with the audio (individual stamps wobble through ALSA's pulse plugin).
    assert (starts[-1] - starts[0]) / (starts.size - 1) == pytest.approx(0.02, abs=0.0005)
    assert np.median(np.diff(starts)) == pytest.approx(0.02, abs=0.001)
    expected = Resampler(48000, 16000).process(speech)
    score = segment_match(audio, expected)
    assert score > 0.9, f"captured audio does not match the speech played ({score:.2f})"
    loud = np.flatnonzero(np.abs(audio.astype(np.int32)) > 800)
    ref_loud = np.flatnonzero(np.abs(expected.astype(np.int32)) > 800)
    # A stall in the paplay feeding the test (loaded machine) may add a few ms of gap.
    assert (loud[-1] - loud[0]) == pytest.approx(ref_loud[-1] - ref_loud[0], abs=800)
    assert dominant_hz(audio[loud[0]:loud[-1]], 16000) == pytest.approx(150, abs=15)  # pitch
    assert peak == pytest.approx(np.abs(audio).max() / 32768, rel=0.1)  # the meter saw it


async def test_mute_ends_the_stream_and_stops_delivery(play_into_mic) -> None:
    captured = FrameCounter()
    mic = Mic(chunk_ms=40, processor=captured)
    assert await mic.start()
    try:
        play_into_mic(np.frombuffer(voiced(3.0, rate=48000), np.int16), 48000)
        before, _, _ = await capture(mic, 0.5)
        mic.muted = True
        rest = []
        while not (chunk := await mic.read()).end_of_stream:
            rest.append(chunk)
        assert len(rest) <= 2  # only what was already queued
        assert len(chunk.pcm) < 1280
        at_mute = captured.frames
        await until(lambda: captured.frames >= at_mute + 30, what="0.3 s captured while muted")
        with pytest.raises(TimeoutError):  # none of it was delivered
            await asyncio.wait_for(mic.read(), 0.05)
        assert mic.level().peak > 0.05  # still metered: the UI can say "you are muted"
        mic.muted = False
        after = await asyncio.wait_for(mic.read(), 0.5)
        assert len(after.pcm) == 1280 and not after.end_of_stream
    finally:
        await mic.stop()
    assert all(len(c.pcm) == 1280 for c in before)


async def test_unknown_device_name_is_an_event_not_an_exception() -> None:
    events = []
    mic = Mic("no-such-microphone", on_event=events.append)
    assert await mic.start() is False
    assert len(events) == 1 and isinstance(events[0], DeviceError)
    assert events[0].problem is DeviceProblem.NOT_FOUND
    assert "no-such-microphone" in events[0].message
    await mic.stop()


async def test_device_that_cannot_open_is_an_event() -> None:
    events = []
    mic = Mic("pulse", capture_rate=12345678, on_event=events.append)
    assert await mic.start() is False
    assert isinstance(events[0], DeviceError)
    assert events[0].problem is DeviceProblem.UNAVAILABLE


async def test_a_microphone_that_vanishes_mid_session_is_an_event() -> None:
    """A second, private sound server is shut down under a running mic."""
    server = DoomedServer()
    events: list = []
    with server.using():
        mic = Mic("pulse", on_event=events.append)
        opened = await mic.start()
    try:
        assert opened
        await mic.read()
        server.shut_down()
        await until(
            lambda: any(isinstance(e, DeviceError) for e in events), timeout=10, what="the loss"
        )
        errors = [e for e in events if isinstance(e, DeviceError)]
        assert errors and errors[0].problem is DeviceProblem.LOST
    finally:
        await mic.stop()
        server.clean_up()


async def test_a_resting_mic_wakes_the_loop_a_third_as_often_until_the_model_or_the_user_speaks(
        play_into_mic) -> None:
    """Gate shut and nothing playing: blocks come to the loop three at a time. The model
    speaking, or the user (the gate opens), brings them back one at a time."""
    far_end = FrameCounter()
    far_end.far_end_idle = True
    mic = Mic(processor=far_end, gate_hold_ms=HOLD_MS)
    batches: list[tuple[float, int]] = []  # when the loop got blocks, and how many
    handle = mic._on_blocks

    def counted(batch: list) -> None:
        batches.append((time.monotonic(), len(batch)))
        handle(batch)

    mic._on_blocks = counted  # type: ignore[method-assign]  # the callback looks it up each time

    def sizes_since(t: float) -> list[int]:
        return [n for at, n in batches if at > t]

    assert await mic.start()
    try:
        began = time.monotonic()
        await until(lambda: len(sizes_since(began + 0.3)) >= 8, what="a resting mic's blocks")
        assert set(sizes_since(began + 0.3)) == {RESTING_BLOCKS}

        far_end.far_end_idle = False  # the model speaks: the user may barge in
        spoke = time.monotonic()
        await until(lambda: len(sizes_since(spoke + 0.2)) >= 10, what="blocks while it speaks")
        assert set(sizes_since(spoke + 0.2)) == {1}

        far_end.far_end_idle = True
        quiet = time.monotonic()
        await until(lambda: RESTING_BLOCKS in sizes_since(quiet), what="the mic resting again")
        play_into_mic(np.frombuffer(voiced(1.0, rate=48000), np.int16), 48000)
        await until(lambda: mic.gate.open, what="the user's voice opening the gate")
        opened = time.monotonic()
        await until(lambda: len(sizes_since(opened + 0.2)) >= 10, what="blocks while they speak")
        assert set(sizes_since(opened + 0.2)) == {1}
    finally:
        await mic.stop()
