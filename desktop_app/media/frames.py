"""Frames for the model: JPEG encoding and the "latest frame wins" hand-off.

The Live API wants at most about one JPEG a second, ≤ 1024 px on the longest side; sending
more costs tokens and bandwidth that audio needs. Camera and screen share this one encoder.
Frames go through a one-item slot rather than a queue: a slow network must never build up a
backlog of stale pictures, and pictures must never queue in front of (or behind) audio.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from dataclasses import dataclass
from typing import Generic, TypeVar

import cv2
import numpy as np

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class EncodedFrame:
    jpeg: bytes
    width: int
    height: int
    captured_at: float  # time.monotonic() when the source frame was read


@dataclass(frozen=True, slots=True)
class PreviewFrame:
    rgb: np.ndarray  # H×W×3 uint8, C-contiguous: ready for QImage(Format_RGB888)
    captured_at: float


def encode_jpeg(bgr: np.ndarray, captured_at: float, *, max_side: int = 1024,
                quality: int = 80) -> EncodedFrame:
    """Downscales (aspect kept, area filter: no moiré on text) and encodes one BGR frame."""
    h, w = bgr.shape[:2]
    scale = max_side / max(h, w)
    if scale < 1.0:
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        bgr = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
    ok, data = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("JPEG encoding failed")
    return EncodedFrame(data.tobytes(), bgr.shape[1], bgr.shape[0], captured_at)


class LatestSlot(Generic[T]):
    """Holds only the newest item: `put` from any thread, `peek` anywhere, `next` on the loop
    (by one consumer at a time: the sender task)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._item: T | None = None
        self._fresh = False  # put() since the last next()
        self._waiter: tuple[asyncio.AbstractEventLoop, asyncio.Future[None]] | None = None

    def put(self, item: T) -> None:
        with self._lock:
            self._item = item
            self._fresh = True
            waiter, self._waiter = self._waiter, None
        if waiter is not None:
            loop, fut = waiter
            with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits
                loop.call_soon_threadsafe(_wake, fut)

    def peek(self) -> T | None:
        """The newest item, whether or not it was already taken."""
        return self._item

    async def next(self) -> T:
        """Waits for an item newer than the one last returned, and returns it."""
        while True:
            with self._lock:
                if self._fresh:
                    self._fresh = False
                    return self._item  # type: ignore[return-value]
                fut = asyncio.get_running_loop().create_future()
                self._waiter = (asyncio.get_running_loop(), fut)
            try:
                await fut
            finally:
                with self._lock:
                    if self._waiter is not None and self._waiter[1] is fut:
                        self._waiter = None


def _wake(fut: asyncio.Future[None]) -> None:
    if not fut.done():
        fut.set_result(None)
