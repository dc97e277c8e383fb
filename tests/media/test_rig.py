"""`MediaRig`, the devices of one conversation, on PulseAudio's virtual devices: they start
and stop together (the streams are really released), the video source switches while the
audio runs (and a model that hears only is shown nothing), a mute holds from the first
sample, a missing microphone leaves the speaker working, and a Pause that arrives while the
devices are opening waits for them instead of tearing them down half-made."""

from __future__ import annotations

import asyncio
import subprocess

import numpy as np
import pytest

from desktop_app.media.camera import Camera
from desktop_app.media.events import DeviceError, DeviceKind, DeviceOpened
from desktop_app.media.rig import MediaRig, MediaSample
from desktop_app.settings import Settings
from tests.media.mediatest import make_video
from tests.media.recording import RecordingSession
from tests.support.events import EventLog
from tests.support.signals import RATE, silence, voiced
from tests.support.waiting import until

pytestmark = [pytest.mark.audio, pytest.mark.asyncio]

HEARD = 0.02  # an RMS level (0..1) well above the virtual devices' silence
SIZE = (320, 240)


def sent_audio(session: RecordingSession) -> np.ndarray:
    pcm = b"".join(data or b"" for kind, data, _ in session.sent if kind == "audio")
    return np.frombuffer(pcm, np.int16)


def loud(samples: np.ndarray) -> bool:
    return samples.size > 0 and int(np.abs(samples.astype(np.int32)).max()) > 1000


def recording_streams() -> int:
    """Streams recording from PulseAudio sources right now (the mic is one of them)."""
    listing = subprocess.run(
        ["pactl", "list", "short", "source-outputs"], capture_output=True, text=True, check=True
    )
    return len(listing.stdout.splitlines())


def play(rig: MediaRig, seconds: float) -> None:
    """The model's voice, as the app's routing hands it to the rig's speaker."""
    assert rig.player is not None
    rig.player.play(voiced(seconds, rate=24000), 24000, 1)


async def test_the_devices_start_together_and_are_released_together(play_into_mic, tmp_path):
    session, events = RecordingSession(), EventLog()
    rig = MediaRig(session, events)
    clip = make_video(tmp_path / "cam.avi", SIZE)
    before = await asyncio.to_thread(recording_streams)
    await rig.start(Settings(video_source="camera", camera=str(clip)), takes_pictures=True)
    try:
        assert rig.running and isinstance(rig.video, Camera)
        assert await asyncio.to_thread(recording_streams) == before + 1, "the mic records"
        speech = play_into_mic(np.frombuffer(voiced(2.0) + silence(0.3), np.int16), RATE)
        await until(lambda: rig.sample().mic_level > HEARD, what="the mic's level")
        await until(lambda: loud(sent_audio(session)), what="the speech, sent up")
        await until(lambda: "frame" in session.kinds(), what="a camera frame, sent up")
        await until(lambda: rig.sample().frame is not None, what="a preview for the window")
        play(rig, 2.0)
        await until(lambda: rig.sample().model_level > HEARD, what="the model's voice playing")
        await asyncio.to_thread(speech.wait, 10)
    finally:
        await rig.stop()
    assert not rig.running
    assert (rig.mic, rig.player, rig.video) == (None, None, None)
    assert rig.sample() == MediaSample(), "nothing left to show"
    await until(lambda: recording_streams() == before, what="the mic's stream to close")
    opened = {e.kind for e in events.events if isinstance(e, DeviceOpened)}
    assert opened == {DeviceKind.MIC, DeviceKind.SPEAKER, DeviceKind.CAMERA}


async def test_the_video_source_switches_while_the_audio_runs(tmp_path):
    session = RecordingSession()
    rig = MediaRig(session, EventLog())
    with_camera = Settings(video_source="camera", camera=str(make_video(tmp_path / "c.avi", SIZE)))
    await rig.set_video(with_camera, takes_pictures=True)
    assert rig.video is None, "nothing opens before the conversation starts"
    await rig.start(with_camera.replace(video_source="none"), takes_pictures=True)
    try:
        mic = rig.mic
        assert rig.video is None
        await rig.set_video(with_camera, takes_pictures=True)
        camera = rig.video
        assert isinstance(camera, Camera) and camera.running
        await until(lambda: "frame" in session.kinds(), what="a camera frame, sent up")
        await rig.set_video(with_camera.replace(voice="Kore"), takes_pictures=True)
        assert rig.video is camera, "a change that does not touch the video leaves it running"
        await rig.set_video(with_camera.replace(video_source="none"), takes_pictures=True)
        assert rig.video is None and not camera.running, "the camera is released"
        assert rig.mic is mic and rig.running, "the audio went on"
    finally:
        await rig.stop()


async def test_a_model_that_takes_no_pictures_is_shown_nothing(tmp_path):
    clip = str(make_video(tmp_path / "c.avi", SIZE))
    with_camera = Settings(video_source="camera", camera=clip)
    rig = MediaRig(RecordingSession(), EventLog())
    await rig.start(with_camera, takes_pictures=False)
    try:
        assert rig.running and rig.video is None, "no camera runs for a model that hears only"
        await rig.set_video(with_camera, takes_pictures=True)
        assert isinstance(rig.video, Camera), "a model that sees gets the chosen camera"
        await rig.set_video(with_camera, takes_pictures=False)
        assert rig.video is None
    finally:
        await rig.stop()


async def test_a_mute_chosen_before_connecting_holds_from_the_first_sample(play_into_mic):
    session = RecordingSession()
    rig = MediaRig(session, EventLog())
    rig.mute(True)
    # Speech while the mic opens, long enough to outlast an audio engine starting (seconds).
    play_into_mic(np.frombuffer(voiced(8.0), np.int16), RATE)
    await rig.start(Settings(video_source="none"), takes_pictures=False)
    try:
        await until(lambda: rig.sample().mic_level > HEARD, what="the mic hearing the speech")
        assert "audio" not in session.kinds(), "nothing heard while muted is sent"
        rig.mute(False)
        await until(lambda: loud(sent_audio(session)), what="the speech, once unmuted")
    finally:
        await rig.stop()


async def test_a_missing_microphone_leaves_the_speaker_working():
    session, events = RecordingSession(), EventLog()
    rig = MediaRig(session, events)
    await rig.start(
        Settings(video_source="none", input_device="no such microphone"), takes_pictures=False
    )
    try:
        error = await events.wait_for(DeviceError)
        assert error.kind is DeviceKind.MIC
        play(rig, 2.0)
        await until(lambda: rig.sample().model_level > HEARD, what="the model's voice playing")
        assert session.sent == [], "nothing goes up without a mic"
    finally:
        await rig.stop()


async def test_a_stop_during_the_start_waits_for_the_devices_then_releases_them():
    rig = MediaRig(RecordingSession(), EventLog())
    before = await asyncio.to_thread(recording_streams)
    await asyncio.gather(rig.start(Settings(video_source="none"), takes_pictures=False), rig.stop())
    assert not rig.running and rig.mic is None and rig.player is None
    await until(lambda: recording_streams() == before, what="the mic's stream to close")
    await rig.start(Settings(video_source="none"), takes_pictures=False)
    try:
        assert rig.running, "and they can start again"
    finally:
        await rig.stop()
