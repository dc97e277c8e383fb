"""The uplink from the devices to a Live session: two small tasks.

Up: mic chunks go to `send_audio` as they come (a mute's end-of-stream marker, which the mic
queues after the last chunk, becomes `end_audio_stream`); the newest JPEG from the camera or
screen goes to `send_frame` whenever the capture worker publishes one (it already limits them
to one a second, and its latest-wins slot means a slow link skips frames instead of piling
them up). Audio and frames travel in separate tasks, so neither waits behind the other.

The way down does not pass here: the app's routing hands model speech straight to the
player, media's `Downlink` (media/downlink.py).

Qt-free and session-agnostic: anything with the three send methods will do.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Protocol

from desktop_app.media.capture import CaptureWorker
from desktop_app.media.mic import MicChunk


class ChunkSource(Protocol):
    """A Mic, or anything that hands out its chunks the same way."""

    async def read(self) -> MicChunk: ...


class Uplink(Protocol):
    def send_audio(self, pcm16k: bytes) -> None: ...
    def send_frame(self, image: bytes, mime_type: str = "image/jpeg") -> None: ...
    def end_audio_stream(self) -> None: ...


class MediaPump:
    def __init__(self, uplink: Uplink, *, mic: ChunkSource | None) -> None:
        self._uplink = uplink
        self._mic = mic
        self._audio_task: asyncio.Task[None] | None = None
        self._video_task: asyncio.Task[None] | None = None
        self.frames_sent = 0

    def start(self) -> None:
        """Starts forwarding the mic (call on the loop, after the mic has started)."""
        if self._mic is not None and self._audio_task is None:
            self._audio_task = asyncio.create_task(self._forward_audio(self._mic),
                                                   name="media-audio-up")

    def set_video(self, source: CaptureWorker | None) -> None:
        """Sends frames from `source` from now on (camera, screen, or None for audio-only)."""
        if self._video_task is not None:
            self._video_task.cancel()
            self._video_task = None
        if source is not None:
            self._video_task = asyncio.create_task(self._forward_frames(source),
                                                   name="media-video-up")

    async def stop(self) -> None:
        tasks = [t for t in (self._audio_task, self._video_task) if t is not None]
        self._audio_task = self._video_task = None
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _forward_audio(self, mic: ChunkSource) -> None:
        while True:
            chunk = await mic.read()
            if chunk.pcm:
                self._uplink.send_audio(chunk.pcm)
            if chunk.end_of_stream:
                self._uplink.end_audio_stream()

    async def _forward_frames(self, source: CaptureWorker) -> None:
        while True:
            frame = await source.jpegs.next()
            self._uplink.send_frame(frame.jpeg)
            self.frames_sent += 1
