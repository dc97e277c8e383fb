"""Screen sharing: one chosen monitor, captured with mss once a second.

The user picks a monitor (not "everything", which on two screens sends a strip the model
cannot read): `list_monitors()` gives their sizes for the picker. mss handles are bound to the
thread that made them, so the capture thread opens its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import mss
import numpy as np

from desktop_app.media.capture import CaptureWorker, SourceError
from desktop_app.media.events import DeviceKind, DeviceProblem


@dataclass(frozen=True, slots=True)
class Monitor:
    index: int  # 1-based, as mss numbers them; 0 would be all monitors together
    left: int
    top: int
    width: int
    height: int

    @property
    def label(self) -> str:
        return f"Screen {self.index}: {self.width}×{self.height}"


def list_monitors() -> list[Monitor]:
    """The physical monitors; empty when there is no display to capture."""
    try:
        with mss.MSS() as sct:
            return [Monitor(i, m["left"], m["top"], m["width"], m["height"])
                    for i, m in enumerate(sct.monitors) if i > 0]
    except mss.ScreenShotError:
        return []


class ScreenSource:
    kind = DeviceKind.SCREEN

    def __init__(self, monitor: int, fps: float) -> None:
        self.name = f"screen {monitor}"
        self._monitor = monitor
        self._pace = 1.0 / fps
        self._sct: mss.MSS | None = None
        self._region: dict[str, int] | None = None

    def open(self) -> str:
        try:
            self._sct = mss.MSS()
        except mss.ScreenShotError as exc:
            raise SourceError(DeviceProblem.UNAVAILABLE, f"no display to capture: {exc}") from exc
        monitors = self._sct.monitors
        if not 1 <= self._monitor < len(monitors):
            self.close()
            raise SourceError(DeviceProblem.NOT_FOUND,
                              f"no monitor {self._monitor} (there are {len(monitors) - 1})")
        self._region = monitors[self._monitor]
        return f"{self._region['width']}×{self._region['height']}"

    def read(self, every: float) -> np.ndarray:
        """One capture now: the worker paces a screen at its own rate (`every` is for cameras)."""
        try:
            shot = self._sct.grab(self._region)
        except mss.ScreenShotError as exc:
            raise SourceError(DeviceProblem.LOST, f"screen capture failed: {exc}") from exc
        return cv2.cvtColor(np.asarray(shot), cv2.COLOR_BGRA2BGR)

    def pace(self) -> float | None:
        return self._pace

    def close(self) -> None:
        if self._sct is not None:
            self._sct.close()
            self._sct = None


class Screen(CaptureWorker):
    """Captures `monitor` at `fps` (1 by default): each capture is a preview and, ≤ 1/s as the
    frame policy decides, a JPEG; `options` are CaptureWorker's."""

    def __init__(self, monitor: int = 1, *, fps: float = 1.0, **options: Any) -> None:
        super().__init__(ScreenSource(monitor, fps), **options)
