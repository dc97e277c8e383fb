"""The capture thread shared by camera and screen.

A worker thread reads frames from a `FrameSource` at the source's pace, publishes every frame
as a preview fitted to the window's pane, and a JPEG for the model when the frame policy
says so (framepolicy.py): with an adaptive policy, on a turn start, while the user speaks, when
the picture changed, or once every still interval; without one, one JPEG per
`jpeg_interval_s` whatever happens. Reading, colour conversion, the change score and JPEG
encoding all happen here, never on the asyncio loop or the GUI thread. The user's activity is
read, never waited for: the audio path never waits on video, and a turn start only wakes a
paced source early so its next frame is fresh. A source that cannot open or dies mid-session
ends the thread with a `DeviceError`; the conversation carries on without video.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable
from typing import Protocol

import cv2
import numpy as np

from desktop_app.media.activity import UserActivity
from desktop_app.media.events import (
    DeviceError,
    DeviceKind,
    DeviceOpened,
    DeviceProblem,
    EventCallback,
    EventSink,
)
from desktop_app.media.framepolicy import FramePolicy, FramePolicyConfig
from desktop_app.media.frames import (
    EncodedFrame,
    LatestSlot,
    PreviewFrame,
    change_score,
    encode_jpeg,
    preview_bgrx,
    thumbnail,
)
from desktop_app.media.sample import NO_PREVIEW

# Once a frame may be sent, the picture is scored for change at most this often, not on every
# preview frame (15 a second from a camera): a change is still sent within a fifth of a
# second, and the thumbnail's ~0.5 ms per frame is spent 5 times a second instead of 15.
SCORE_EVERY_S = 0.2
# How often a camera's frames are wanted: for the preview pane, 15 a second (not the device's
# 30 or 60: docs/performance.md); with no pane to paint (the window minimized or out of
# sight), only as often as the change score looks, so the frames nobody sees are not decoded.
PREVIEW_EVERY_S = 1 / 15
UNSEEN_EVERY_S = SCORE_EVERY_S


class SourceError(Exception):
    def __init__(self, problem: DeviceProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


class FrameSource(Protocol):
    """Something that yields BGR frames. All methods run on the capture thread."""

    kind: DeviceKind
    name: str

    def open(self) -> str:
        """Opens the source and returns a description ("640×480 @ 30 fps"); raises SourceError."""
        ...

    def read(self, every: float) -> np.ndarray:
        """The next BGR frame; raises SourceError(LOST) when the source is gone. Frames are
        wanted about `every` seconds apart: a source that waits for its own frames takes one
        that long after the last (a paced source's wait is the worker's, and may ignore it)."""
        ...

    def pace(self) -> float | None:
        """Seconds between frames, or None when read() itself waits for the next frame."""
        ...

    def close(self) -> None: ...


class CaptureWorker:
    def __init__(
        self,
        source: FrameSource,
        *,
        on_event: EventCallback | None = None,
        on_preview: Callable[[PreviewFrame], None] | None = None,
        jpeg_interval_s: float = 1.0,
        max_side: int = 1024,
        quality: int = 80,
        policy: FramePolicyConfig | None = None,
        activity: UserActivity | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`on_preview` is called on the capture thread (emit a Qt signal from it, no more).
        `policy` None sends one JPEG per `jpeg_interval_s`; `activity` is the user's speech
        as the client hears it (none: never speaking); `clock` stamps the frames (a
        benchmark replays a scripted scene faster than real time on its own clock)."""
        self._source = source
        self._events = EventSink(on_event)
        self._on_preview = on_preview
        self.policy = FramePolicy(policy or FramePolicyConfig.fixed(jpeg_interval_s))
        self._activity = activity
        self._clock = clock
        self._turns_seen = 0
        self._sent_thumb: np.ndarray | None = None  # the thumbnail of the last JPEG sent
        self._scored_at = -SCORE_EVERY_S  # when the last change score was taken
        self._max_side = max_side
        self._quality = quality
        self._stop = threading.Event()
        self._wake = threading.Event()  # ends a paced wait early: stop, or a turn started
        self._thread: threading.Thread | None = None
        self.previews: LatestSlot[PreviewFrame] = LatestSlot()
        # The preview pane's size in device pixels (set from the GUI thread; one tuple
        # assignment, read once per frame): previews are fitted to it. None: full size;
        # NO_PREVIEW: none are made.
        self.preview_box: tuple[int, int] | None = None
        self.jpegs: LatestSlot[EncodedFrame] = LatestSlot()
        self.frames_read = 0

    def configure(self, policy: FramePolicyConfig) -> None:
        """A new policy (the still interval changed) from the next frame on, from any thread."""
        self.policy.config = policy

    def start(self) -> None:
        """Starts capturing; errors arrive as events, on the loop this is called from."""
        with contextlib.suppress(RuntimeError):  # no loop: events come on the capture thread
            self._events.bind(asyncio.get_running_loop())
        self._stop.clear()
        self._wake.clear()
        if self._activity is not None:
            self._turns_seen = self._activity.sample()[1]
            self._activity.subscribe(self._wake.set)
        self._thread = threading.Thread(target=self._run, name=f"capture-{self._source.kind.value}",
                                        daemon=True)
        self._thread.start()

    async def stop(self, timeout: float = 2.0) -> None:
        """Stops and waits (off the loop) until the device is released, so it can be reopened."""
        self._stop.set()
        self._wake.set()
        if self._activity is not None:
            self._activity.unsubscribe(self._wake.set)
        thread, self._thread = self._thread, None
        if thread is not None:
            await asyncio.to_thread(thread.join, timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        src = self._source
        try:
            detail = src.open()
        except SourceError as exc:
            self._events.emit(DeviceError(src.kind, src.name, exc.problem, str(exc)))
            return
        self._events.emit(DeviceOpened(src.kind, src.name, detail))
        try:
            self._loop(src)
        except SourceError as exc:
            self._events.emit(DeviceError(src.kind, src.name, exc.problem, str(exc)))
        except (cv2.error, OSError, ValueError) as exc:
            self._events.emit(DeviceError(src.kind, src.name, DeviceProblem.LOST, str(exc)))
        finally:
            src.close()

    def _loop(self, src: FrameSource) -> None:
        tick = self._clock()  # when this frame was taken: wake-up time, or arrival if unpaced
        while not self._stop.is_set():
            box = self.preview_box
            bgr = src.read(PREVIEW_EVERY_S if box != NO_PREVIEW else UNSEEN_EVERY_S)
            pace = src.pace()
            if pace is None:
                tick = self._clock()
            self.frames_read += 1
            if box != NO_PREVIEW:
                preview = PreviewFrame(preview_bgrx(bgr, box), tick)
                self.previews.put(preview)
                if self._on_preview is not None:
                    self._on_preview(preview)
            self._offer(bgr, tick)
            if pace is not None:
                # Pace from the last wake-up, not a fixed grid: a stall causes no catch-up
                # burst. A turn start wakes it early, and while a turn waits for its frame
                # or the user speaks, a slow source captures as soon as the policy may send.
                due = tick + pace
                urgent = self.policy.urgent_at()
                if urgent is not None:
                    due = min(due, urgent)
                self._wake.wait(max(0.0, due - self._clock()))
                self._wake.clear()
                tick = self._clock()

    def _offer(self, bgr: np.ndarray, tick: float) -> None:
        """Puts a JPEG of `bgr` (taken at `tick`) in `jpegs` if the policy wants it."""
        speaking, turns, started_at = (self._activity.sample() if self._activity is not None
                                       else (False, 0, 0.0))
        if turns != self._turns_seen and tick < started_at:
            # A turn started after this frame was taken (while it was read and fitted): the
            # next frame is the turn's (a paced source's comes at once: the turn wakes it), so
            # the model's picture for a turn is never older than the turn.
            return
        turn_started, self._turns_seen = turns != self._turns_seen, turns
        policy = self.policy
        thumb = None
        change = 0.0
        if (policy.due(tick) and policy.config.change_threshold < 1.0
                and tick - self._scored_at >= SCORE_EVERY_S):
            self._scored_at = tick
            thumb = thumbnail(bgr)
            change = change_score(self._sent_thumb, thumb)
        reason = policy.decide(tick, change=change, speaking=speaking, turn_started=turn_started)
        if reason is None:
            return
        self.jpegs.put(encode_jpeg(bgr, tick, max_side=self._max_side, quality=self._quality,
                                   reason=reason))
        if policy.config.change_threshold < 1.0:
            self._sent_thumb = thumb if thumb is not None else thumbnail(bgr)
