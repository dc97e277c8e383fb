"""The camera: an OpenCV device, or a video file or URL standing in for one.

`--camera` takes a device index ("0") or a path/URL. A file loops at its own frame rate, so
a recorded clip behaves like a live camera in demos and tests (this machine has no camera).

Frames are taken as often as the capture worker wants them (15 a second for the preview,
5 with no preview showing), not at the camera's 30 or 60: the model gets at most one a
second and the preview is a small pane, while every decoded, converted and painted frame
costs CPU on a laptop's battery (docs/performance.md: the camera at 30 fps was half of the
app's idle CPU). The frames in between are still taken from the device (`grab`, no
decoding), so the one decoded is always the newest; a clip skips them the same way and keeps
playing in real time (a clip's `grab` still decodes: only a device's is free).
"""

from __future__ import annotations

import os
import time
from typing import Any

import cv2
import numpy as np

from desktop_app.media.capture import CaptureWorker, SourceError
from desktop_app.media.events import DeviceKind, DeviceProblem

# A device frame is decoded when this share of the wanted interval has passed since the last
# one: at 15 wanted a second, 30 fps then gives every second frame (15 fps), 20 fps every
# frame, 60 fps every third.
_DUE_SHARE = 0.75


class CameraSource:
    kind = DeviceKind.CAMERA

    def __init__(self, spec: str) -> None:
        self.name = spec
        self._cap: cv2.VideoCapture | None = None
        self._pace: float | None = None
        self._loops = False
        self._fps = 0.0  # a clip's own rate (0: unknown, then every frame is read unpaced)
        self._taken = 0.0  # a device: when the last decoded frame was taken

    def open(self) -> str:
        spec = self.name.strip()
        is_index = spec.isdigit()
        if not is_index and "://" not in spec and not os.path.exists(spec):
            raise SourceError(DeviceProblem.NOT_FOUND, f"no such video file: {spec}")
        cap = cv2.VideoCapture(int(spec) if is_index else spec)
        if not cap.isOpened():
            cap.release()
            what = f"no camera at index {spec}" if is_index else f"cannot open {spec}"
            raise SourceError(DeviceProblem.NOT_FOUND if is_index else DeviceProblem.UNAVAILABLE,
                              what)
        self._cap = cap
        fps = cap.get(cv2.CAP_PROP_FPS) or 0.0
        # A seekable clip (it has a frame count) plays at its own rate and loops; a device or
        # a live stream is paced by read() itself.
        self._loops = not is_index and cap.get(cv2.CAP_PROP_FRAME_COUNT) > 0
        if self._loops and fps > 0:
            self._fps = fps
            self._pace = 1 / fps
        w, h = int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT))
        return f"{w}×{h} @ {fps:.0f} fps" + (", looping" if self._loops else "")

    def read(self, every: float) -> np.ndarray:
        if self._fps:  # a clip, paced by the worker: one read per `step` frames of the clip
            step = max(1, round(self._fps * every))
            for _ in range(step):
                self._next()
            self._pace = step / self._fps
        elif self._loops:  # a clip of unknown rate: every frame, as fast as it decodes
            self._next()
        else:  # a device: take frames as they come until the wanted interval has passed
            self._next()
            while time.monotonic() - self._taken < _DUE_SHARE * every:
                self._next()
            self._taken = time.monotonic()
        ok, frame = self._cap.retrieve()
        if not ok or frame is None:
            raise SourceError(DeviceProblem.LOST, "the camera stopped delivering frames")
        return frame

    def _next(self) -> None:
        """Takes the next frame from the device or clip, not yet converted (a device's
        `grab` does not even decode it)."""
        if self._cap.grab():
            return
        if self._loops:
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            if self._cap.grab():
                return
        raise SourceError(DeviceProblem.LOST, "the camera stopped delivering frames")

    def pace(self) -> float | None:
        return self._pace

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class Camera(CaptureWorker):
    """Previews at the camera's rate, ≤ 1 JPEG/s for the model as the frame policy decides;
    `options` are CaptureWorker's."""

    def __init__(self, spec: str, **options: Any) -> None:
        super().__init__(CameraSource(spec), **options)
