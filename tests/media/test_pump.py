"""MediaPump against a recording uplink: ordering of audio and mute, frame pacing."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from desktop_app.media.camera import Camera
from desktop_app.media.mic import Mic
from desktop_app.media.pump import MediaPump
from tests.media.mediatest import FrameCounter, RecordingUplink, make_video
from tests.support.waiting import until

pytestmark = pytest.mark.asyncio


@pytest.mark.audio
async def test_mute_sends_audio_stream_end_after_the_last_audio_and_unmute_resumes() -> None:
    uplink = RecordingUplink()
    captured = FrameCounter()
    mic = Mic(processor=captured)
    assert await mic.start()
    pump = MediaPump(uplink, mic=mic)
    pump.start()
    try:
        await until(lambda: uplink.kinds().count("audio") >= 10, what="ten chunks of audio")
        mic.muted = True
        at_mute = captured.frames
        await until(lambda: captured.frames >= at_mute + 30, what="0.3 s captured while muted")
        muted = list(uplink.kinds())
        mic.muted = False
        await until(
            lambda: uplink.kinds()[len(muted) :].count("audio") >= 5, what="audio after unmuting"
        )
    finally:
        await pump.stop()
        await mic.stop()
    assert muted[-1] == "end" and muted.count("end") == 1
    assert set(muted[:-1]) == {"audio"} and len(muted) >= 10
    assert uplink.kinds()[len(muted):].count("audio") >= 5  # speaking again after unmute


async def test_frames_go_up_at_most_once_a_second_and_stop_with_the_source(tmp_path: Path) -> None:
    uplink = RecordingUplink()
    camera = Camera(str(make_video(tmp_path / "cam.avi", (640, 480))))
    pump = MediaPump(uplink, mic=None)
    camera.start()
    pump.set_video(camera)
    try:
        await until(lambda: pump.frames_sent >= 3, timeout=10, what="three frames sent")
        pump.set_video(None)
        sent, stopped_at = pump.frames_sent, time.monotonic()
        # The camera goes on: once it has a picture from 1.2 s after the stop, a pump that
        # still forwarded (once a second) would have sent one more.
        await until(
            lambda: camera.jpegs.peek().captured_at > stopped_at + 1.2,
            what="a picture taken 1.2 s after the stop",
        )
    finally:
        await pump.stop()
        await camera.stop()
    frames = [(data, t) for kind, data, t in uplink.sent if kind == "frame"]
    assert len(frames) == sent >= 3
    assert all(data[:2] == b"\xff\xd8" for data, _ in frames)  # JPEG
    assert np.all(np.diff([t for _, t in frames]) > 0.95)
