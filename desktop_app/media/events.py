"""Typed events from the devices layer, and the one way they reach the asyncio loop.

A device that cannot be opened, or that disappears mid-session, must not take the
conversation down with it: the component reports a `DeviceError` and the rest goes on
(audio-only without a camera, listen-only without a mic). Events are produced on PortAudio
and worker threads but always delivered on the asyncio loop, so consumers (the session
wiring, the Qt adapter) never need locks.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.media.speech import UserTurnEnded

log = logging.getLogger(__name__)


class DeviceKind(enum.Enum):
    MIC = "microphone"
    SPEAKER = "speaker"
    CAMERA = "camera"
    SCREEN = "screen"


class DeviceProblem(enum.Enum):
    NOT_FOUND = "not found"  # no device matches the name, index, file or monitor asked for
    UNAVAILABLE = "unavailable"  # it exists but would not open (busy, unsupported format)
    LOST = "lost"  # it worked, then stopped (unplugged, server gone, stream ended)


@dataclass(frozen=True, slots=True)
class DeviceOpened:
    """A device is running; `detail` says how (rate, size) for the status line."""

    kind: DeviceKind
    device: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class DeviceError:
    """A device failed; the component has stopped itself cleanly and nothing was raised."""

    kind: DeviceKind
    device: str
    problem: DeviceProblem
    message: str


@dataclass(frozen=True, slots=True)
class FirstAudioPlayed:
    """The first sample of a model turn reached the speaker (the DAC), once per turn.

    `played_at` is in `time.monotonic()` seconds, converted from the output stream's DAC
    clock, so it can be set against the time of other events (the end of the user's
    speech) for the time-to-first-audio a user waits. A turn interrupted before any of it
    was played reports nothing.
    """

    generation: int
    played_at: float
    kind: DeviceKind = DeviceKind.SPEAKER


class EngineChange(enum.Enum):
    RESTARTED = "restarted"  # the audio engine died or hung and was started again
    BUFFER_BACKOFF = "buffer backoff"  # the output underflowed; bigger blocks from now on
    FALLBACK = "fallback"  # the engine would not start: audio runs in the app's process


@dataclass(frozen=True, slots=True)
class AudioEngineNotice:
    """The audio engine (media/engine/) changed how it runs; the status line says so."""

    change: EngineChange
    message: str


MediaEvent = (DeviceOpened | DeviceError | FirstAudioPlayed | UserTurnEnded
              | AudioEngineNotice)
EventCallback = Callable[[MediaEvent], None]


class EventSink:
    """Delivers events on the loop that started the component, from any thread.

    Without a callback, events are only logged: a component used on its own (a benchmark,
    a test of something else) never fails for lack of a listener.
    """

    def __init__(self, callback: EventCallback | None) -> None:
        self._callback = callback
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def emit(self, event: MediaEvent) -> None:
        if isinstance(event, DeviceError):
            log.warning("%s %s %s: %s", event.kind.value, event.device, event.problem.value,
                        event.message)
        elif isinstance(event, AudioEngineNotice):
            log.warning("audio engine: %s", event.message)
        if self._callback is None:
            return
        loop = self._loop
        try:
            on_loop = loop is None or asyncio.get_running_loop() is loop
        except RuntimeError:
            on_loop = False
        if on_loop:
            self._callback(event)
            return
        try:
            loop.call_soon_threadsafe(self._callback, event)
        except RuntimeError:  # the loop is already closed: the app is shutting down
            log.debug("dropped %r: loop closed", event)
