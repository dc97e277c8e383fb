"""The video pane asks for frames fitted to its pixels and paints them pixel for pixel, in
their colours, with the letterbox around them; a minimized window asks for none."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QPalette

from desktop_app.live import events as ev
from desktop_app.media.sample import NO_PREVIEW, MediaSample
from desktop_app.settings import Settings
from desktop_app.ui.main_window import POLL_MS, MainWindow
from tests.ui.harness import user_env


def live_window(qtbot, probe, *, frames: int = 1) -> MainWindow:
    """A 900×700 window showing the camera of a live conversation, once it has painted
    `frames` previews from `probe`."""
    window = MainWindow(Settings(video_source="camera", camera="0"), probe=probe)
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    window.handle(ev.StateChanged(ev.ConnectionState.LIVE))
    qtbot.waitUntil(lambda: window.video.frames_shown >= frames)
    return window


def test_the_pane_asks_for_its_own_size_and_paints_a_fitted_frame_unscaled(qtbot) -> None:
    boxes: list[tuple[int, int]] = []
    frame: dict[str, np.ndarray] = {}

    def probe(box: tuple[int, int]) -> MediaSample:
        boxes.append(box)
        if "bgrx" not in frame:  # a fine checkerboard that any rescale would blur to grey,
            width, height = box[0], box[1] * 3 // 4  # letterboxed: the full width
            board = (np.indices((height, width)).sum(axis=0) % 2 * 255).astype(np.uint8)
            bgrx = np.full((height, width, 4), 255, np.uint8)
            bgrx[:, :, :3] = board[:, :, None]
            bgrx[: height // 4, :, :2] = 0  # its top quarter red (B, G off)
            frame["bgrx"] = bgrx
        return MediaSample(frame=frame["bgrx"], frame_time=1.0)

    window = live_window(qtbot, probe)
    assert boxes[-1] == window.video.pixel_size()
    ratio = window.video.devicePixelRatioF()
    assert boxes[-1] == (round(window.video.width() * ratio), round(window.video.height() * ratio))

    shot = window.video.grab().toImage()
    middle_x, middle_y = shot.width() // 2, shot.height() // 2
    row = [shot.pixelColor(middle_x + dx, middle_y).lightness() for dx in range(8)]
    assert all(v in (0, 255) for v in row), row  # sharp black and white: not rescaled
    assert row[0] != row[1]
    # Colours as sent (B, G, R, 255 is Qt's RGB32), and the bands above and below the frame
    # filled with the letterbox colour, not left with whatever was painted there before.
    height = frame["bgrx"].shape[0] / ratio
    top = (shot.height() - height) / 2
    red = [shot.pixelColor(middle_x + dx, round(top + height / 8)) for dx in range(2)]
    assert {(c.red(), c.green(), c.blue()) for c in red} == {(0, 0, 0), (255, 0, 0)}, red
    letterbox = window.video.palette().color(QPalette.ColorRole.Shadow)
    for y in (1, round(top) - 2, round(top + height) + 2, shot.height() - 2):
        assert shot.pixelColor(middle_x, y).rgb() == letterbox.rgb(), y


class PaintSpy(QObject):
    """Records the rectangles a widget is asked to repaint."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())
        return False


def test_a_new_frame_repaints_only_itself_and_the_letterbox_stays_on_screen(qtbot) -> None:
    shown = {"time": 1.0, "grey": 60}

    def probe(box: tuple[int, int]) -> MediaSample:
        bgrx = np.full((box[1] // 2, box[0], 4), 255, np.uint8)  # half the pane's height
        bgrx[:, :, :3] = shown["grey"]
        return MediaSample(frame=bgrx, frame_time=shown["time"])

    window = live_window(qtbot, probe)
    spy = PaintSpy()
    window.video.installEventFilter(spy)
    qtbot.wait(100)  # any repaint of the first frame is done
    spy.rects.clear()
    shown.update(time=2.0, grey=200)
    qtbot.waitUntil(lambda: window.video.frames_shown > 1 and bool(spy.rects))
    frame = window.video._frame_rect()
    assert frame.height() < window.video.height() * 0.6  # there are bands to leave alone
    assert all(frame.contains(rect) for rect in spy.rects), (frame, spy.rects)
    # What the window shows (its backing store): the new frame inside, the bands still there.
    screen = window.screen().grabWindow(window.winId()).toImage()
    origin = window.video.mapTo(window, frame.topLeft())
    ratio = screen.devicePixelRatio()
    inside = screen.pixelColor(round((origin.x() + 5) * ratio), round((origin.y() + 5) * ratio))
    assert (inside.red(), inside.green(), inside.blue()) == (200, 200, 200)
    letterbox = window.video.palette().color(QPalette.ColorRole.Shadow).rgb()
    above = screen.pixelColor(round((origin.x() + 5) * ratio), round((origin.y() - 3) * ratio))
    below = window.video.mapTo(window, frame.bottomLeft())
    under = screen.pixelColor(round((below.x() + 5) * ratio), round((below.y() + 3) * ratio))
    assert above.rgb() == letterbox and under.rgb() == letterbox


def test_a_minimized_window_asks_for_no_previews_and_paints_none(qtbot) -> None:
    boxes: list[tuple[int, int]] = []

    def probe(box: tuple[int, int]) -> MediaSample:
        boxes.append(box)
        bgrx = np.full((max(box[1], 1) // 2, max(box[0], 1), 4), 255, np.uint8)
        return MediaSample(frame=bgrx, frame_time=time.monotonic())  # a new frame every poll

    window = live_window(qtbot, probe, frames=3)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    boxes.clear()
    shown = window.video.frames_shown
    qtbot.waitUntil(lambda: len(boxes) >= 3)
    assert set(boxes) == {NO_PREVIEW} and window.video.frames_shown == shown
    window.showNormal()
    qtbot.waitUntil(lambda: window.video.frames_shown > shown)
    assert boxes[-1] == window.video.pixel_size() != NO_PREVIEW


def test_a_resized_pane_paints_its_last_frame_centred_in_the_new_size(qtbot) -> None:
    def probe(box: tuple[int, int]) -> MediaSample:  # one frame, never a newer one
        bgrx = np.full((120, 160, 4), 255, np.uint8)
        bgrx[:, :, :3] = 200
        return MediaSample(frame=bgrx, frame_time=1.0)

    window = live_window(qtbot, probe)
    before = window.video._frame_rect()
    window.resize(700, 500)
    qtbot.waitUntil(lambda: window.video.width() < before.width())
    frame = window.video._frame_rect()  # where the frame belongs in the new size
    assert frame.center() == window.video.rect().center() and frame != before
    shot = window.video.grab().toImage()
    ratio = shot.devicePixelRatio()

    def rgb(x: int, y: int) -> int:
        return shot.pixelColor(round(x * ratio), round(y * ratio)).rgb()

    letterbox = window.video.palette().color(QPalette.ColorRole.Shadow).rgb()
    grey = 0xFFC8C8C8
    assert rgb(frame.center().x(), frame.top() + 3) == grey
    assert rgb(frame.center().x(), frame.bottom() - 3) == grey
    assert rgb(frame.center().x(), frame.top() - 3) == letterbox
    assert rgb(frame.center().x(), frame.bottom() + 3) == letterbox


@pytest.mark.display
def test_a_window_out_of_sight_asks_for_no_previews_until_it_is_back(tmp_path) -> None:
    """Unmapped as on another virtual desktop (shown, not minimized, not exposed): the pane
    asks for no previews and paints none; mapped again, previews come back at once."""
    done = subprocess.run([sys.executable, "-m", "tests.ui.unmapped_window"],
                          env=user_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert "timeout" not in found, found
    assert found["still_visible"]
    assert len(found["polls_hidden"]) >= 3 and all(
        box == found["no_preview"] for box in found["polls_hidden"]), found
    assert found["shown_while_hidden"] == 0
    assert found["box_back"] == found["pane"] != found["no_preview"]
    # The expose itself set the poll back to full rate: the pane is asked at once, not at the
    # idle poll's next tick (None: the step ran only after that poll; rare).
    assert found.get("poll_ms_on_expose") in (POLL_MS, None), found
