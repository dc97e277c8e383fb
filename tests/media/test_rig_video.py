"""The rig's adaptive video: the running camera takes a new still interval without being
reopened, and push-to-talk or a typed turn starts a turn the capture sees (its fresh frame
follows)."""

from __future__ import annotations

import pytest

from desktop_app.media.framepolicy import SendReason
from desktop_app.media.rig import MediaRig
from desktop_app.settings import Settings
from tests.media.mediatest import still_clip
from tests.media.recording import RecordingSession
from tests.support.events import EventLog
from tests.support.waiting import until

pytestmark = [pytest.mark.audio, pytest.mark.asyncio]


async def test_the_still_interval_reaches_the_running_capture_and_push_to_talk_a_turn(tmp_path):
    rig = MediaRig(RecordingSession(), EventLog())
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
        turn = camera.jpegs.peek()
        assert turn.reason is SendReason.TURN_START
        rig.push_to_talk(False)
        await until(lambda: camera.frames_read >= 50, what="a second more")
        rig.typed_turn()  # a typed question: about what the camera sees now
        await until(lambda: camera.jpegs.peek() is not turn, what="the typed turn's frame")
        assert camera.jpegs.peek().reason is SendReason.TURN_START
    finally:
        await rig.stop()
    assert rig.activity.sample()[:2] == (False, 2)
