"""Adaptive video through the real path: a video file stands in for the camera, the capture
thread decides, the session sends, the real SDK carries the frames to the emulator.

Each frame of the test clips carries its index in a strip of black and white blocks, small
enough to count as no change, so the test reads from each JPEG the emulator received exactly
which captured frame it was."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession, RetryPolicy
from desktop_app.media.activity import UserActivity
from desktop_app.media.camera import Camera
from desktop_app.media.capture import SCORE_EVERY_S, CaptureWorker
from desktop_app.media.events import DeviceKind
from desktop_app.media.framepolicy import FramePolicyConfig, SendReason
from desktop_app.media.frames import EncodedFrame
from desktop_app.media.mic import Mic
from desktop_app.media.screen import Screen
from desktop_app.settings import Settings
from tests.support.events import EventLog
from tests.support.signals import silence, voiced
from tests.support.waiting import until

pytestmark = pytest.mark.asyncio

KEY = "adaptive-video-key"
SIZE = (640, 480)
BITS = 8
BLOCK = 16  # px: each block covers a few thumbnail pixels, the strip ~0.5 % of the picture


def desk(index: int, rng: np.random.Generator, *, changed: bool) -> np.ndarray:
    """A still desk with sensor noise; `changed` puts a sheet of paper on it."""
    w, h = SIZE
    ramp = np.linspace(60, 160, w, dtype=np.float32)[None, :].repeat(h, 0)
    img = np.stack([ramp * 0.9, ramp, ramp * 1.1], axis=2)
    if changed:
        img[120:360, 160:480] = 235.0
    img += rng.normal(0.0, 4.0, img.shape)  # sensor noise
    for bit in range(BITS):  # the frame's index, bottom left, most significant bit first
        on = (index >> (BITS - 1 - bit)) & 1
        img[h - BLOCK:, bit * BLOCK:(bit + 1) * BLOCK] = 250.0 if on else 5.0
    return np.clip(img, 0, 255).astype(np.uint8)


def make_clip(path: Path, *, fps: int, frames: int, change_at: int | None) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, SIZE)
    rng = np.random.default_rng(7)
    for i in range(frames):
        writer.write(desk(i, rng, changed=change_at is not None and i >= change_at))
    writer.release()
    return path


def frame_index(jpeg: bytes) -> int:
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_GRAYSCALE)
    h = img.shape[0]
    index = 0
    for bit in range(BITS):
        block = img[h - BLOCK + 3:h - 3, bit * BLOCK + 3:(bit + 1) * BLOCK - 3]
        index = index << 1 | int(block.mean() > 128)
    return index


def has_paper(jpeg: bytes) -> bool:
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_GRAYSCALE)
    return img[240, 320] > 200


@pytest.fixture(scope="module")
def emulator(tmp_path_factory):
    with EmulatorThread(tls_dir=tmp_path_factory.mktemp("tls"), api_key=KEY) as emu:
        yield emu


class Conversation:
    """A session to the emulator, sending one capture's frames to it."""

    def __init__(self, emu: EmulatorThread, video: Camera | Screen, **settings) -> None:
        self.log = EventLog()
        self.video = video
        base = Settings(api_key=KEY, endpoint=emu.base_url, ca_file=str(emu.cert_path),
                        model="gemini-3.8-live")
        self.session = LiveSession(base.replace(**settings), self.log,
                                   retry=RetryPolicy(initial_s=0.05, cap_s=0.5))
        self.emu = emu
        self.conn = 0

    async def __aenter__(self) -> Conversation:
        self.session.start()
        await self.log.wait_for(ev.StateChanged, lambda e: e.state is ev.ConnectionState.LIVE)
        self.conn = self.emu.connections()[-1].id
        self.video.start()
        self.session.stream_frames(self.video.jpegs)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.session.stream_frames(None)
        await self.video.stop()
        await self.session.stop()

    def received(self) -> list[bytes]:
        return [r.payload for r in self.emu.received("video", self.conn)]


async def test_a_still_scene_sends_one_frame_and_a_change_sends_its_first_frame(
        emulator, tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "desk.avi", fps=20, frames=90, change_at=30)  # change at 1.5 s
    camera = Camera(str(clip), policy=FramePolicyConfig(still_interval_s=10.0))
    async with Conversation(emulator, camera) as talk:
        await until(lambda: camera.frames_read >= 75, what="3.75 s of the clip")
        newest = camera.jpegs.peek()
        await until(lambda: len(talk.received()) >= 2, what="two frames at the emulator")
    frames = talk.received()
    # 75 frames captured: the first, then nothing while the desk was still (noise and all),
    # then a frame that showed the paper, within a fifth of a second of its coming (the
    # change is scored every SCORE_EVERY_S), and nothing while that stayed still.
    late = round(SCORE_EVERY_S * 20)
    assert len(frames) == 2 and frame_index(frames[0]) == 0
    assert 30 <= frame_index(frames[1]) <= 30 + late
    assert [has_paper(f) for f in frames] == [False, True]
    assert newest is not None and newest.reason is SendReason.CHANGE
    assert frame_index(newest.jpeg) == frame_index(frames[1])


async def test_a_turn_start_sends_a_fresh_frame_of_a_still_scene(emulator, tmp_path) -> None:
    """Push-to-talk pressed while the desk is still: the next frame goes, though nothing
    changed, and it was captured after the press: the model does not answer from the picture
    of seconds ago. While the key is held, a frame a second follows; let go, they stop."""
    clip = make_clip(tmp_path / "still.avi", fps=20, frames=200, change_at=None)
    activity = UserActivity()
    camera = Camera(str(clip), policy=FramePolicyConfig(still_interval_s=10.0),
                    activity=activity)
    async with Conversation(emulator, camera) as talk:
        await until(lambda: camera.frames_read >= 40, what="2 s of the clip")
        pressed_after = camera.frames_read
        pressed_at = time.monotonic()
        activity.push_to_talk(True)
        await until(lambda: len(talk.received()) >= 2, what="the turn's frame")
        turn = camera.jpegs.peek()
        await until(lambda: camera.frames_read >= pressed_after + 50, what="2.5 s of speech")
        activity.push_to_talk(False)
        released_after = camera.frames_read
        await until(lambda: camera.frames_read >= released_after + 30, what="1.5 s of silence")
        await until(lambda: len(talk.received()) >= 4, what="the frames sent while speaking")
    indices = [frame_index(f) for f in talk.received()]
    assert turn is not None and turn.reason is SendReason.TURN_START
    assert turn.captured_at >= pressed_at  # taken after the press, not before
    assert indices[0] == 0 and pressed_after <= indices[1] <= pressed_after + 2
    speech = indices[2:]
    # One a second while the key was held (20 frames apart at 20 fps, fewer when a loaded
    # machine wakes the capture late), none after it was let go.
    assert len(speech) in (2, 3)
    assert all(10 <= b - a <= 20 for a, b in zip(indices[1:], speech, strict=False)), indices
    assert all(i <= released_after for i in speech)


@pytest.mark.display
async def test_a_turn_start_wakes_a_slow_screen_capture_for_a_fresh_frame(
        emulator, monkeypatch) -> None:
    """A screen captured every 5 s: a turn start does not wait for the next capture."""
    monkeypatch.setenv("DISPLAY", os.environ["LIVEDESK_X_DISPLAY"])
    activity = UserActivity()
    screen = Screen(1, fps=0.2, policy=FramePolicyConfig(still_interval_s=10.0),
                    activity=activity)
    async with Conversation(emulator, screen) as talk:
        await until(lambda: len(talk.received()) >= 1, what="the first frame")
        first = screen.jpegs.peek()
        pressed_at = time.monotonic()
        activity.push_to_talk(True)
        await until(lambda: screen.frames_read >= 2, timeout=4.0, what="an early capture")
        await until(lambda: len(talk.received()) >= 2, what="the turn's frame")
    turn = screen.jpegs.peek()
    assert isinstance(first, EncodedFrame) and turn is not None
    assert turn.reason is SendReason.TURN_START and turn.captured_at >= pressed_at
    assert turn.captured_at - first.captured_at < 4.0  # the 5 s pace was cut short


@pytest.mark.audio
async def test_speaking_into_the_mic_starts_a_turn_and_sends_a_fresh_frame(
        emulator, tmp_path, play_into_mic) -> None:
    """The mic's own voice activity is what tells the capture that the user speaks: no
    server round trip."""
    clip = make_clip(tmp_path / "still.avi", fps=20, frames=200, change_at=None)
    activity = UserActivity()
    turns: list[float] = []
    activity.subscribe(lambda: turns.append(time.monotonic()))
    mic = Mic(activity=activity)
    camera = Camera(str(clip), policy=FramePolicyConfig(still_interval_s=10.0),
                    activity=activity)
    assert await mic.start()
    drain = asyncio.ensure_future(_drain(mic))
    try:
        async with Conversation(emulator, camera) as talk:
            await until(lambda: camera.frames_read >= 30, what="1.5 s of the clip")
            assert len(talk.received()) == 1 and not turns  # silence: no turn, no frame
            speech = np.frombuffer(voiced(1.5, rate=48000) + silence(0.5, rate=48000), np.int16)
            play_into_mic(speech, 48000)
            await until(lambda: turns, what="the mic to hear speech")
            await until(lambda: len(talk.received()) >= 2, what="the turn's frame")
            turn = camera.jpegs.peek()
            await until(lambda: not activity.sample()[0], what="the end of the speech")
    finally:
        drain.cancel()
        await mic.stop()
    assert turn is not None and turn.reason is SendReason.TURN_START
    assert turn.captured_at >= activity.sample()[2]  # taken after the turn started
    assert activity.sample()[2] <= turns[0]
    assert activity.sample()[1] == len(turns) == 1


async def _drain(mic: Mic) -> None:
    """Reads the mic's chunks (nobody sends them here), as the session would."""
    while True:
        await mic.read()


class TurnDuringRead:
    """A paced source whose `turn_on`-th read starts a turn while the frame is being read: the
    moment the capture thread reads the user's activity, the turn is already counted though
    the frame was taken before it (the race a loaded machine runs into)."""

    kind = DeviceKind.CAMERA
    name = "race"

    def __init__(self, activity: UserActivity, turn_on: int) -> None:
        self.activity = activity
        self.turn_on = turn_on
        self.reads = 0

    def open(self) -> str:
        return "64×48"

    def read(self, every: float) -> np.ndarray:
        self.reads += 1
        if self.reads == self.turn_on:
            self.activity.push_to_talk(True)
        return np.full((48, 64, 3), 90, np.uint8)

    def pace(self) -> float:
        return 0.02

    def close(self) -> None:
        pass


async def test_a_frame_taken_before_the_turn_started_is_not_the_turns_frame() -> None:
    activity = UserActivity()
    source = TurnDuringRead(activity, turn_on=5)
    worker = CaptureWorker(source, activity=activity,
                           policy=FramePolicyConfig(still_interval_s=10.0, min_interval_s=0.01))
    worker.start()
    try:
        await until(lambda: worker.jpegs.peek() is not None
                    and worker.jpegs.peek().reason is SendReason.TURN_START,
                    what="the turn's frame")
    finally:
        await worker.stop()
    turn = worker.jpegs.peek()
    started_at = activity.sample()[2]
    assert turn.captured_at >= started_at, "the frame read while the turn began was sent"
    assert source.reads > 5  # the turn's frame is the one after
