"""The camera: an OpenCV device, or a video file or URL standing in for one.

`--camera` takes a device index ("0") or a path/URL. A file loops at its own frame rate, so
a recorded clip behaves like a live camera in demos and tests (this machine has no camera).
"""

from __future__ import annotations

import os
from typing import Any

import cv2
import numpy as np

from desktop_app.media.capture import CaptureWorker, SourceError
from desktop_app.media.events import DeviceKind, DeviceProblem


class CameraSource:
    kind = DeviceKind.CAMERA

    def __init__(self, spec: str) -> None:
        self.name = spec
        self._cap: cv2.VideoCapture | None = None
        self._pace: float | None = None
        self._loops = False

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
        self._pace = 1.0 / fps if self._loops and fps > 0 else None
        w, h = int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT))
        return f"{w}×{h} @ {fps:.0f} fps" + (", looping" if self._loops else "")

    def read(self) -> np.ndarray:
        ok, frame = self._cap.read()
        if not ok and self._loops:
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._cap.read()
        if not ok or frame is None:
            raise SourceError(DeviceProblem.LOST, "the camera stopped delivering frames")
        return frame

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
