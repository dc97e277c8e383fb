"""Frames for the model: JPEG encoding, the change score, and the "latest frame wins" hand-off.

The Live API wants at most about one JPEG a second, ≤ 1024 px on the longest side; sending
more costs tokens and bandwidth that audio needs. Camera and screen share this one encoder.
Frames go through a one-item slot rather than a queue: a slow network must never build up a
backlog of stale pictures, and pictures must never queue in front of (or behind) audio.

Whether a frame is worth sending at all is the adaptive policy's call (framepolicy.py); what it
needs from the picture is one number, `change_score`: how much of a small grey thumbnail
differs from the thumbnail of the last frame sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from dataclasses import dataclass
from typing import Generic, TypeVar

import cv2
import numpy as np

from desktop_app.media.framepolicy import SendReason

T = TypeVar("T")

# OpenCV's own thread pool splits each resize and colour conversion across the cores. For
# frames this small the hand-off costs more than it saves: a camera preview (640×480 fitted to
# the pane) took 1.44 ms of CPU with the pool of two and 0.90 ms on the calling thread alone,
# a thumbnail 0.61 ms against 0.47 (this machine, docs/performance.md). The capture thread is
# already off the GUI and the loop; it needs no helpers.
cv2.setNumThreads(0)

# The thumbnail's longest side. Each of its pixels averages a block of the picture (20×20 px of
# a 1280-wide screen), so sensor noise averages out and a blinking cursor is a fraction of one.
THUMB_SIDE = 64
# How far (of 255 grey levels) a thumbnail pixel must move to count as changed: well above
# averaged sensor noise (~1 level), below any real edge moving through the cell.
PIXEL_DELTA = 12


@dataclass(frozen=True, slots=True)
class EncodedFrame:
    jpeg: bytes
    width: int
    height: int
    captured_at: float  # time.monotonic() when the source frame was read
    reason: SendReason | None = None  # why the policy sent it


@dataclass(frozen=True, slots=True)
class PreviewFrame:
    # H×W×4 uint8, C-contiguous, fitted to the pane: B, G, R, 255 per pixel, which is
    # QImage's Format_RGB32 on a little-endian machine (see `preview_bgrx`). Never written
    # to once made, so the window may paint straight from it.
    bgrx: np.ndarray
    captured_at: float


def encode_jpeg(bgr: np.ndarray, captured_at: float, *, max_side: int = 1024,
                quality: int = 80, reason: SendReason | None = None) -> EncodedFrame:
    """Downscales (aspect kept, area filter: no moiré on text) and encodes one BGR frame."""
    h, w = bgr.shape[:2]
    scale = max_side / max(h, w)
    if scale < 1.0:
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        bgr = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
    ok, data = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("JPEG encoding failed")
    return EncodedFrame(data.tobytes(), bgr.shape[1], bgr.shape[0], captured_at, reason)


def preview_bgrx(bgr: np.ndarray, box: tuple[int, int] | None) -> np.ndarray:
    """The frame as the window shows it: B, G, R, 255 per pixel, no larger than `box` (the
    pane's width and height in device pixels; None: full size), aspect kept.

    Four bytes a pixel because that is the window's own pixel format (Qt's RGB32, 0xffRRGGBB
    in a little-endian word): painting it is a copy, where RGB888 made Qt convert every pixel
    on the GUI thread, 6× the paint's cost (0.073 against 0.012 ms for a 360×270 frame here,
    docs/performance.md). The conversion costs the same here either way.

    Scaled here, on the capture thread, because Qt's smooth scaling of a full frame at paint
    time costs the GUI thread (and Qt's thread pool) about ten times as much per frame as this
    resize; the window then paints the picture pixel for pixel. Whole factors first by area
    averaging (no aliasing), then the rest linearly. The area step gets a picture its factor
    divides exactly (the last few rows and columns are dropped): OpenCV's fast path takes only
    whole ratios, and its general one cost a 2560×1600 screen 17 ms against 6 (a 1366×768
    one 3.4 against 1.5 ms, docs/performance.md).
    """
    h, w = bgr.shape[:2]
    if box is not None and box[0] > 0 and box[1] > 0:
        scale = min(box[0] / w, box[1] / h)
        whole = int(1 / scale) if scale < 1.0 else 1
        if whole >= 2:
            bgr = cv2.resize(bgr[: h - h % whole, : w - w % whole], (w // whole, h // whole),
                             interpolation=cv2.INTER_AREA)
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        if scale < 1.0 and size != (bgr.shape[1], bgr.shape[0]):
            bgr = cv2.resize(bgr, size, interpolation=cv2.INTER_LINEAR)
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2BGRA)


def thumbnail(bgr: np.ndarray) -> np.ndarray:
    """A small grey copy (longest side `THUMB_SIDE`) for `change_score`.

    Cheap enough for every captured frame: every n-th pixel first (about four per thumbnail
    pixel each way), then one area-averaging resize of that. The n-th pixels are picked by
    OpenCV's nearest-neighbour resize, not a strided numpy copy: 0.12 against 0.39 ms for a
    640×480 frame here (docs/performance.md).
    """
    h, w = bgr.shape[:2]
    step = max(1, max(h, w) // (THUMB_SIDE * 4))
    if step > 1:
        bgr = cv2.resize(bgr, (max(1, w // step), max(1, h // step)),
                         interpolation=cv2.INTER_NEAREST)
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    gh, gw = grey.shape
    scale = min(1.0, THUMB_SIDE / max(gh, gw))
    size = (max(1, round(gw * scale)), max(1, round(gh * scale)))
    return cv2.resize(grey, size, interpolation=cv2.INTER_AREA)


def change_score(before: np.ndarray | None, after: np.ndarray) -> float:
    """The fraction (0..1) of thumbnail pixels that moved by more than `PIXEL_DELTA`; 1.0
    when there is nothing to compare with (no frame sent yet, or another picture size)."""
    if before is None or before.shape != after.shape:
        return 1.0
    diff = cv2.absdiff(before, after)
    return float(np.count_nonzero(diff > PIXEL_DELTA)) / diff.size


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
