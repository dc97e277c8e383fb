"""The session reads the devices itself (`stream_audio`, `stream_frames`): the mic's audio,
then a mute's end of stream after the last of it, audio again after unmuting; a camera's
pictures at most once a second, and none once the stream stops."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from desktop_app.media.camera import Camera
from desktop_app.media.mic import Mic
from tests.media.mediatest import FrameCounter, make_video
from tests.media.recording import RecordingSession
from tests.support.waiting import until

pytestmark = pytest.mark.asyncio


@pytest.mark.audio
async def test_mute_sends_audio_stream_end_after_the_last_audio_and_unmute_resumes() -> None:
    session = RecordingSession()
    captured = FrameCounter()
    mic = Mic(processor=captured)
    assert await mic.start()
    session.stream_audio(mic)
    try:
        await until(lambda: session.kinds().count("audio") >= 10, what="ten chunks of audio")
        mic.muted = True
        at_mute = captured.frames
        await until(lambda: captured.frames >= at_mute + 30, what="0.3 s captured while muted")
        muted = list(session.kinds())
        mic.muted = False
        await until(
            lambda: session.kinds()[len(muted) :].count("audio") >= 5, what="audio after unmuting"
        )
    finally:
        session.stream_audio(None)
        await mic.stop()
    assert muted[-1] == "end" and muted.count("end") == 1
    assert set(muted[:-1]) == {"audio"} and len(muted) >= 10
    assert session.kinds()[len(muted):].count("audio") >= 5  # speaking again after unmute


async def test_frames_go_up_at_most_once_a_second_and_stop_with_the_stream(tmp_path: Path) -> None:
    session = RecordingSession()
    camera = Camera(str(make_video(tmp_path / "cam.avi", (640, 480))))
    camera.start()
    session.stream_frames(camera.jpegs)
    try:
        await until(lambda: session.kinds().count("frame") >= 3, timeout=10,
                    what="three frames sent")
        session.stream_frames(None)
        sent, stopped_at = session.kinds().count("frame"), time.monotonic()
        # The camera goes on: once it has a picture from 1.2 s after the stop, a session that
        # still read it (once a second) would have sent one more.
        await until(
            lambda: camera.jpegs.peek().captured_at > stopped_at + 1.2,
            what="a picture taken 1.2 s after the stop",
        )
    finally:
        session.stream_frames(None)
        await camera.stop()
    frames = [(data, t) for kind, data, t in session.sent if kind == "frame"]
    assert len(frames) == sent >= 3
    assert all(data[:2] == b"\xff\xd8" for data, _ in frames)  # JPEG
    assert np.all(np.diff([t for _, t in frames]) > 0.95)
