"""Camera (a generated video file stands in for one) and screen (Xvfb) capture."""

from __future__ import annotations

import asyncio
import itertools
import os
import threading
from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop_app.media.camera import Camera, CameraSource
from desktop_app.media.capture import (
    PREVIEW_EVERY_S,
    UNSEEN_EVERY_S,
    CaptureWorker,
    SourceError,
)
from desktop_app.media.events import DeviceError, DeviceKind, DeviceOpened, DeviceProblem
from desktop_app.media.frames import EncodedFrame, LatestSlot, encode_jpeg, preview_bgrx
from desktop_app.media.sample import NO_PREVIEW
from desktop_app.media.screen import Screen, list_monitors
from tests.media.mediatest import make_video
from tests.support.waiting import until


def decode(frame: EncodedFrame) -> np.ndarray:
    img = cv2.imdecode(np.frombuffer(frame.jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert img is not None, "not a JPEG"
    return img


async def collect_jpegs(worker, count: int) -> list[EncodedFrame]:
    """The next `count` JPEGs for the model; their pace is in their `captured_at`."""
    return [await asyncio.wait_for(worker.jpegs.next(), 10) for _ in range(count)]


@pytest.mark.asyncio
async def test_video_file_gives_previews_at_its_rate_and_at_most_one_jpeg_a_second(
        tmp_path: Path) -> None:
    video = make_video(tmp_path / "cam.avi", (1600, 1200), fps=30, frames=45)  # loops every 1.5 s
    events, previews = [], []
    camera = Camera(str(video), on_event=events.append, on_preview=previews.append)
    camera.start()
    try:
        jpegs = await collect_jpegs(camera, 4)  # 3 s or more: the 1.5 s file loops twice
    finally:
        await camera.stop()
    assert isinstance(events[0], DeviceOpened) and "1600×1200 @ 30 fps" in events[0].detail
    assert not any(isinstance(e, DeviceError) for e in events)  # looping is not an end
    gaps = np.diff([j.captured_at for j in jpegs])
    assert np.all(gaps >= 1.0) and np.mean(gaps) < 1.5, gaps  # once a second, not less often
    for j in jpegs:
        assert (j.width, j.height) == (1024, 768)  # longest side 1024, aspect kept
        img = decode(j)
        assert img.shape == (768, 1024, 3)
        assert img[5, 5, 2] > 150 and img[5, 5, 0] < 60  # still red: colours not swapped
    # Previews: about 15 a second (PREVIEW_EVERY_S), every second frame of the 30 fps file,
    # which keeps playing in real time (the frame numbers drawn into it advance two each).
    # Paced from each wake-up, so never faster; the frame's own work adds to each wait, so a
    # loaded machine previews somewhat slower, yet far above the model's one a second.
    times = [p.captured_at for p in previews]
    assert min(np.diff(times)) >= 2 / 30 - 0.002
    assert times[-1] - times[0] > 3.0 and (len(times) - 1) / (times[-1] - times[0]) > 10
    first = previews[0].bgrx
    assert first.shape == (1200, 1600, 4) and first.flags.c_contiguous  # no pane: full size
    assert first[5, 5, 2] > 150 and first[5, 5, 0] < 60 and first[5, 5, 3] == 255
    assert camera.previews.peek() is previews[-1]


def ramp_clip(path: Path) -> Path:
    """60 frames at 30 fps; frame i is grey level 4·i."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30, (640, 480))
    for i in range(60):
        writer.write(np.full((480, 640, 3), 4 * i, np.uint8))
    writer.release()
    return path


@pytest.mark.asyncio
async def test_a_30_fps_clip_previews_every_second_frame_in_real_time_fitted_to_the_pane(
        tmp_path: Path) -> None:
    """Frame i of the clip is grey level 4·i: consecutive previews are two frames apart (the
    one between is taken but not converted), so the clip neither slows down nor previews at
    30 fps; and once the window gives its pane's size, previews come fitted to it."""
    clip = ramp_clip(tmp_path / "ramp.avi")
    previews = []
    camera = Camera(str(clip), on_preview=previews.append)
    camera.preview_box = (300, 300)
    camera.start()
    try:
        await until(lambda: len(previews) >= 12, what="a dozen previews")
    finally:
        await camera.stop()
    levels = [int(p.bgrx[:, :, :3].mean()) for p in previews[:12]]
    steps = [b - a for a, b in itertools.pairwise(levels) if b > a]  # the clip loops
    assert len(steps) >= 8 and all(6 <= step <= 10 for step in steps), levels
    assert all(p.bgrx.shape == (225, 300, 4) and p.bgrx.flags.c_contiguous for p in previews)


class WantedRecorder(CameraSource):
    """A camera that remembers how often each read was asked to take frames."""

    def __init__(self, spec: str) -> None:
        super().__init__(spec)
        self.wanted: list[float] = []

    def read(self, every: float) -> np.ndarray:
        self.wanted.append(every)
        return super().read(every)


@pytest.mark.asyncio
async def test_a_minimized_window_gets_no_previews_and_the_model_still_gets_frames(
        tmp_path: Path) -> None:
    """While the window asks with NO_PREVIEW, frames are read (5 a second, as often as the
    change score looks) and offered to the model as always, but none is resized and converted
    for a pane nobody sees; previews, and 15 frames a second, come back as soon as the window
    asks with a size again."""
    previews = []
    source = WantedRecorder(str(make_video(tmp_path / "cam.avi", (640, 480))))
    camera = CaptureWorker(source, on_preview=previews.append)
    camera.preview_box = NO_PREVIEW
    camera.start()
    try:
        jpegs = await collect_jpegs(camera, 2)
        unseen = len(source.wanted)
        assert not previews and camera.previews.peek() is None
        assert all(decode(j).shape == (480, 640, 3) for j in jpegs)
        camera.preview_box = (320, 240)
        await until(lambda: len(previews) >= 3, what="previews once the window asks again")
    finally:
        await camera.stop()
    assert all(p.bgrx.shape == (240, 320, 4) for p in previews)
    assert set(source.wanted[:unseen]) == {UNSEEN_EVERY_S}
    assert source.wanted[-3:] == [PREVIEW_EVERY_S] * 3


def test_a_clip_is_read_as_often_as_frames_are_wanted_and_keeps_its_own_time(
        tmp_path: Path) -> None:
    """A 30 fps clip read for the preview skips one frame in two; read with nobody looking,
    five in six; the worker's wait between reads (`pace`) is the time those frames cover, so
    the clip plays in real time either way."""
    source = CameraSource(str(ramp_clip(tmp_path / "ramp.avi")))
    source.open()
    levels, paces = [], []
    try:
        for every in (PREVIEW_EVERY_S, PREVIEW_EVERY_S, UNSEEN_EVERY_S, UNSEEN_EVERY_S,
                      PREVIEW_EVERY_S):
            levels.append(float(source.read(every).mean()))
            paces.append(source.pace())
    finally:
        source.close()
    frames = [round(level / 4) for level in levels]
    assert frames == [1, 3, 9, 15, 17], levels
    assert paces == pytest.approx([2 / 30, 2 / 30, 6 / 30, 6 / 30, 2 / 30])


def test_previews_fit_the_pane_with_their_aspect_and_colours_kept() -> None:
    bgr = np.zeros((1200, 1600, 3), np.uint8)
    bgr[:, :, 2] = 200  # red in BGR
    assert preview_bgrx(bgr, None).shape == (1200, 1600, 4)
    assert preview_bgrx(bgr, (2000, 2000)).shape == (1200, 1600, 4)  # never enlarged here
    for box, shape in (((480, 270), (270, 360, 4)), ((1000, 1000), (750, 1000, 4)),
                       ((100, 75), (75, 100, 4))):
        bgrx = preview_bgrx(bgr, box)
        assert bgrx.shape == shape, box
        assert tuple(bgrx[5, 5]) == (0, 0, 200, 255)  # B, G, R, opaque: Qt's RGB32


def test_a_screen_no_whole_factor_divides_is_fitted_without_a_shift() -> None:
    screen = np.zeros((768, 1366, 3), np.uint8)  # 1366 = 3 × 455 + 1
    screen[:, 683:, 0] = 255  # the right half blue
    bgrx = preview_bgrx(screen, (432, 559))
    assert bgrx.shape == (243, 432, 4)
    assert tuple(bgrx[120, 214]) == (0, 0, 0, 255) and tuple(bgrx[120, 218]) == (255, 0, 0, 255)
    assert tuple(bgrx[120, -1]) == (255, 0, 0, 255)  # the right edge is picture, not padding


@pytest.mark.asyncio
async def test_missing_camera_is_an_event_and_nothing_is_raised() -> None:
    events = []
    camera = Camera("7", on_event=events.append)
    camera.start()
    await until(lambda: events, timeout=10, what="the camera's event")
    await camera.stop()
    assert len(events) == 1 and isinstance(events[0], DeviceError)
    assert events[0].kind is DeviceKind.CAMERA
    assert events[0].problem is DeviceProblem.NOT_FOUND
    assert camera.jpegs.peek() is None


@pytest.mark.asyncio
async def test_missing_video_file_is_an_event(tmp_path: Path) -> None:
    events = []
    camera = Camera(str(tmp_path / "nope.mp4"), on_event=events.append)
    camera.start()
    await camera.stop()
    await until(lambda: events, timeout=10, what="the event (it arrives through the loop)")
    assert [e.problem for e in events] == [DeviceProblem.NOT_FOUND]


class FailingSource:
    """A capture source that dies after a few frames, like an unplugged USB camera."""

    kind = DeviceKind.CAMERA
    name = "usb-cam"

    def __init__(self, good_frames: int) -> None:
        self.left = good_frames
        self.closed = False

    def open(self) -> str:
        return "640×480"

    def read(self, every: float) -> np.ndarray:
        if self.left == 0:
            raise SourceError(DeviceProblem.LOST, "the camera stopped delivering frames")
        self.left -= 1
        return np.full((480, 640, 3), 128, np.uint8)

    def pace(self) -> float:
        return 0.01

    def close(self) -> None:
        self.closed = True


@pytest.mark.asyncio
async def test_a_camera_that_fails_mid_session_is_an_event_and_the_thread_ends() -> None:
    events = []
    source = FailingSource(good_frames=5)
    worker = CaptureWorker(source, on_event=events.append)
    worker.start()
    await until(lambda: len(events) >= 2, timeout=10, what="opened, then the failure")
    assert isinstance(events[0], DeviceOpened)
    assert isinstance(events[1], DeviceError) and events[1].problem is DeviceProblem.LOST
    assert not worker.running and source.closed
    assert worker.frames_read == 5
    assert worker.jpegs.peek() is not None  # what was captured before the failure stays
    await worker.stop()


@pytest.mark.asyncio
async def test_camera_url_that_cannot_be_opened_is_an_event() -> None:
    events = []
    camera = Camera("http://127.0.0.1:9/none.mjpg", on_event=events.append)
    camera.start()
    await until(lambda: events, timeout=10, what="the camera's event")
    await camera.stop()
    assert [e.problem for e in events] == [DeviceProblem.UNAVAILABLE]


def test_jpeg_encoding_keeps_small_frames_and_the_aspect_of_big_ones() -> None:
    small = encode_jpeg(np.zeros((480, 640, 3), np.uint8), 0.0)
    assert (small.width, small.height) == (640, 480)
    tall = encode_jpeg(np.zeros((2000, 900, 3), np.uint8), 0.0, max_side=1024, quality=75)
    assert (tall.width, tall.height) == (461, 1024)
    assert decode(tall).shape == (1024, 461, 3)


@pytest.mark.asyncio
async def test_latest_slot_hands_over_only_the_newest_item_across_threads() -> None:
    slot: LatestSlot[int] = LatestSlot()
    for i in range(5):
        slot.put(i)
    assert await slot.next() == 4  # older items were replaced, never queued
    waiter = asyncio.ensure_future(slot.next())
    await asyncio.sleep(0.05)
    assert not waiter.done()  # nothing newer yet
    threading.Thread(target=slot.put, args=(9,)).start()
    assert await asyncio.wait_for(waiter, 1.0) == 9
    assert slot.peek() == 9


@pytest.mark.display
@pytest.mark.asyncio
async def test_screen_capture_of_an_xvfb_monitor_gives_a_jpeg(monkeypatch) -> None:
    monkeypatch.setenv("DISPLAY", os.environ["LIVEDESK_X_DISPLAY"])
    monitors = list_monitors()
    assert [(m.index, m.width, m.height) for m in monitors] == [(1, 1280, 800)]
    assert monitors[0].label == "Screen 1: 1280×800"
    events = []
    screen = Screen(1, on_event=events.append)
    screen.start()
    try:
        jpegs = await collect_jpegs(screen, 2)
    finally:
        await screen.stop()
    assert isinstance(events[0], DeviceOpened) and events[0].kind is DeviceKind.SCREEN
    assert 1.0 <= jpegs[1].captured_at - jpegs[0].captured_at < 2.0  # once a second
    assert decode(jpegs[0]).shape == (640, 1024, 3)


@pytest.mark.asyncio
async def test_screen_without_a_display_is_an_event(monkeypatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    assert list_monitors() == []
    events = []
    screen = Screen(1, on_event=events.append)
    screen.start()
    await until(lambda: events, timeout=10, what="the screen's event")
    await screen.stop()
    assert [e.problem for e in events] == [DeviceProblem.UNAVAILABLE]


@pytest.mark.display
@pytest.mark.asyncio
async def test_screen_that_does_not_exist_is_an_event(monkeypatch) -> None:
    monkeypatch.setenv("DISPLAY", os.environ["LIVEDESK_X_DISPLAY"])
    events = []
    screen = Screen(5, on_event=events.append)
    screen.start()
    await until(lambda: events, timeout=10, what="the screen's event")
    await screen.stop()
    assert [e.problem for e in events] == [DeviceProblem.NOT_FOUND]
    assert "no monitor 5 (there are 1)" in events[0].message
