"""The rig's adaptive video: the running camera takes a new still interval without being
reopened, and push-to-talk starts a turn the capture sees (its fresh frame follows)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop_app.media.framepolicy import SendReason
from desktop_app.media.rig import MediaRig
from desktop_app.settings import Settings
from tests.media.mediatest import RecordingUplink
from tests.support.events import EventLog
from tests.support.waiting import until

pytestmark = [pytest.mark.audio, pytest.mark.asyncio]


def still_clip(path: Path, fps: int = 20, frames: int = 40) -> Path:
    """A camera looking at a wall: the same picture in every frame."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (320, 240))
    picture = np.full((240, 320, 3), (90, 120, 150), np.uint8)
    for _ in range(frames):
        writer.write(picture)
    writer.release()
    return path


async def test_the_still_interval_reaches_the_running_capture_and_push_to_talk_a_turn(tmp_path):
    rig = MediaRig(RecordingUplink(), EventLog())
    clip = still_clip(tmp_path / "cam.avi")
    settings = Settings(video_source="camera", camera=str(clip))
    await rig.start(settings, takes_pictures=True)
    try:
        camera = rig.video
        assert camera is not None and camera.policy.config.still_interval_s == 10.0
        await rig.set_video(settings.replace(video_still_interval_s=42), takes_pictures=True)
        assert rig.video is camera, "not reopened"
        assert camera.policy.config.still_interval_s == 42.0
        await until(lambda: camera.jpegs.peek() is not None, what="the first frame")
        first = camera.jpegs.peek()
        await until(lambda: camera.frames_read >= 25, what="over a second of the clip")
        rig.push_to_talk(True)
        await until(lambda: camera.jpegs.peek() is not first, what="the turn's frame")
        assert camera.jpegs.peek().reason is SendReason.TURN_START
        rig.push_to_talk(False)
    finally:
        await rig.stop()
    assert rig.activity.sample() == (False, 1)
