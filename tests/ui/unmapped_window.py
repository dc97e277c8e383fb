"""Run by tests/ui/test_video_pane.py in the test X display (xcb): a live window showing the
camera is unmapped, as window managers hide the windows of another virtual desktop, then
mapped again. Prints as JSON what the pane asked for and showed meanwhile.

A subprocess because the test session's own Qt runs on the offscreen platform, where a
window cannot be hidden from sight while it stays shown."""

from __future__ import annotations

import ctypes
import json
import time

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.live import events as ev
from desktop_app.media.sample import NO_PREVIEW, MediaSample
from desktop_app.settings import Settings
from desktop_app.ui.main_window import MainWindow

HIDDEN_S = 1.8  # past the 1.5 s after which an unchanged window polls at the idle rate


def main() -> None:
    app = QApplication([])
    boxes: list[tuple[int, int]] = []

    def probe(box: tuple[int, int]) -> MediaSample:  # a new frame at every poll
        boxes.append(box)
        bgrx = np.full((max(box[1], 2) // 2, max(box[0], 1), 4), 255, np.uint8)
        return MediaSample(frame=bgrx, frame_time=time.monotonic())

    window = MainWindow(Settings(video_source="camera", camera="0"), probe=probe)
    window.resize(900, 700)
    window.show()
    window.handle(ev.StateChanged(ev.ConnectionState.LIVE))
    x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    for call in (x11.XUnmapWindow, x11.XMapWindow):
        call.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    found: dict[str, object] = {}
    started = time.monotonic()

    def step() -> None:
        handle = window.windowHandle()
        if time.monotonic() - started > 20:
            found["timeout"] = True
        elif "unmapped_at" not in found:
            if window.video.frames_shown >= 3:
                x11.XUnmapWindow(display, int(window.winId()))
                x11.XFlush(display)
                found["unmapped_at"] = time.monotonic()
            return
        elif "hidden_from" not in found:
            if not handle.isExposed():
                found["hidden_from"] = len(boxes)
                found["shown_when_hidden"] = window.video.frames_shown
                found["still_visible"] = window.isVisible() and not window.isMinimized()
            return
        elif "mapped_at" not in found:
            if time.monotonic() - found["unmapped_at"] > HIDDEN_S:
                found["polls_hidden"] = [list(b) for b in boxes[found["hidden_from"] + 1:]]
                found["shown_while_hidden"] = window.video.frames_shown - found["shown_when_hidden"]
                x11.XMapWindow(display, int(window.winId()))
                x11.XFlush(display)
                found["mapped_at"] = time.monotonic()
            return
        elif window.video.frames_shown == found["shown_when_hidden"] + found["shown_while_hidden"]:
            if handle.isExposed() and "poll_ms_on_expose" not in found:
                # No poll has run since (it would have shown a frame): the interval is what
                # the expose itself set.
                found["poll_ms_on_expose"] = window._poll.interval()
            return
        else:
            found["box_back"] = list(boxes[-1])
            found["pane"] = list(window.video.pixel_size())
        found.pop("unmapped_at", None)
        found.pop("mapped_at", None)
        found["no_preview"] = list(NO_PREVIEW)
        print(json.dumps(found), flush=True)
        app.quit()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(20)
    app.exec()


if __name__ == "__main__":
    main()
