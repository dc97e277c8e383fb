"""Keeping what a `Mic` captures, with the wall-clock time of every sample.

The self-test listens twice with the app's own `Mic` class: to the user's microphone, and to
the monitor of the default output, where PulseAudio and PipeWire let any client hear what
the speakers are being sent. Samples are mapped to `time.monotonic()` from the arrival of
each chunk (the earliest arrival relative to its position is the best estimate: a late
delivery can only make a chunk look later), so "was it quiet after the interrupt?" can be
asked of a recording in the same clock as the session's events.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import time

import numpy as np

from desktop_app.media.devices import list_devices
from desktop_app.media.mic import RATE, Mic
from desktop_app.selftest.signals import dbfs

# PulseAudio's (and pipewire-pulse's) name for the monitor of whatever the default output is.
MONITOR_SOURCE = "@DEFAULT_MONITOR@"
# A PortAudio device that goes through libpulse: the only one whose source PULSE_SOURCE picks.
PULSE_DEVICE = "pulse"
_FRAME = RATE // 50  # 20 ms, the frame a voice-activity detector judges


class Listener:
    """Drains a started `Mic` into memory until stopped."""

    def __init__(self, mic: Mic) -> None:
        self.mic = mic
        self.started_at = 0.0
        self._chunks: list[np.ndarray] = []
        self._count = 0
        self._origin = math.inf  # time.monotonic() of sample 0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.started_at = time.monotonic()
        self._task = asyncio.create_task(self._drain(), name="selftest-listen")

    async def stop(self) -> None:
        """Stops reading (the Mic stays open for whoever reads it next)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    @property
    def seconds(self) -> float:
        """Audio captured so far."""
        return self._count / RATE

    def samples(self, since: float | None = None, until: float | None = None) -> np.ndarray:
        """What was captured between two `time.monotonic()` values (default: all of it)."""
        data = np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.int16)
        start = 0 if since is None or not self._chunks else self._index(since)
        end = data.size if until is None or not self._chunks else max(start, self._index(until))
        return data[start:end]

    def loudest(self, since: float | None = None, until: float | None = None) -> float:
        """The level of the loudest 20 ms in the window, in dBFS: what a meter's peak shows."""
        x = self.samples(since, until)
        frames = x[: x.size // _FRAME * _FRAME].reshape(-1, _FRAME)
        return max((dbfs(frame) for frame in frames), default=dbfs(x[:0]))

    def _index(self, t: float) -> int:
        return max(0, int((t - self._origin) * RATE))

    async def _drain(self) -> None:
        while True:
            chunk = await self.mic.read()
            samples = np.frombuffer(chunk.pcm, np.int16)
            if not samples.size:
                continue
            self._chunks.append(samples)
            self._count += samples.size
            self._origin = min(self._origin, time.monotonic() - self._count / RATE)


async def open_monitor(output_device: str) -> tuple[Listener | None, str]:
    """A listener on the default output's monitor, or None and why there is none.

    libpulse reads `PULSE_SOURCE` when a stream is opened, so it is set only around this one
    open (nothing else opens a stream meanwhile: the self-test opens devices one by one).
    """
    if output_device:
        return None, "the speaker is not the default output, the only one it can listen to"
    if not any(d.name == PULSE_DEVICE for d in list_devices("input")):
        return None, "no PulseAudio or PipeWire monitor to listen to on this system"
    saved = os.environ.get("PULSE_SOURCE")
    os.environ["PULSE_SOURCE"] = MONITOR_SOURCE
    try:
        mic = Mic(PULSE_DEVICE)
        opened = await mic.start()
    finally:
        if saved is None:
            del os.environ["PULSE_SOURCE"]
        else:
            os.environ["PULSE_SOURCE"] = saved
    if not opened:
        return None, "the output's monitor would not open"
    listener = Listener(mic)
    listener.start()
    return listener, ""
