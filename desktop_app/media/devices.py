"""Audio device lookup and the life cycle of one PortAudio stream.

Users pick devices by a fragment of their name ("USB", "Jabra") or an index from the list;
"" means the system default. Mic and Player share how a stream is opened (off the loop,
because PortAudio can take tens of milliseconds), how failures become `DeviceError` events
instead of exceptions, and how a stream that dies on its own (the device was unplugged, the
sound server went away) is noticed: PortAudio then calls the finished callback although
nobody asked it to stop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import sounddevice as sd

from desktop_app.media.events import DeviceError, DeviceKind, DeviceOpened, DeviceProblem, EventSink

Direction = Literal["input", "output"]
StreamFactory = Callable[[int | None, Callable[[], None]], sd.InputStream | sd.OutputStream]


@dataclass(frozen=True, slots=True)
class AudioDevice:
    index: int
    name: str
    host_api: str
    channels: int
    default_rate: float


class DeviceNotFound(LookupError):
    pass


def list_devices(direction: Direction) -> list[AudioDevice]:
    """Devices usable in `direction`, for a picker."""
    key = "max_input_channels" if direction == "input" else "max_output_channels"
    apis = sd.query_hostapis()
    return [
        AudioDevice(d["index"], d["name"], apis[d["hostapi"]]["name"], d[key],
                    d["default_samplerate"])
        for d in sd.query_devices()
        if d[key] > 0
    ]


def resolve_device(spec: str | int, direction: Direction) -> int | None:
    """An index, a case-insensitive name fragment (an exact name wins), or "" for the default."""
    if isinstance(spec, str) and not spec.strip():
        return None
    devices = list_devices(direction)
    if isinstance(spec, int) or spec.strip().isdigit():
        index = int(spec)
        if any(d.index == index for d in devices):
            return index
        raise DeviceNotFound(f"no {direction} device with index {index}")
    wanted = spec.strip().lower()
    exact = [d for d in devices if d.name.lower() == wanted]
    partial = [d for d in devices if wanted in d.name.lower()]
    if exact or partial:
        return (exact or partial)[0].index
    names = ", ".join(d.name for d in devices) or "none"
    raise DeviceNotFound(f"no {direction} device matches {spec!r} (available: {names})")


class StreamHolder:
    """Opens, watches and closes one PortAudio stream on behalf of Mic or Player."""

    def __init__(self, kind: DeviceKind, spec: str | int, events: EventSink) -> None:
        self.kind = kind
        self.spec = spec
        self.stream: sd.InputStream | sd.OutputStream | None = None
        self._events = events
        self._stopping = False
        self.paused = False  # stopped on purpose by `pause`, to be started again by `resume`

    @property
    def label(self) -> str:
        return str(self.spec) if str(self.spec) else "default"

    async def open(self, factory: StreamFactory) -> bool:
        """Creates the stream with `factory(device_index, finished_callback)` and starts it."""
        self._events.bind(asyncio.get_running_loop())
        direction: Direction = "input" if self.kind is DeviceKind.MIC else "output"
        try:
            index = resolve_device(self.spec, direction)
        except (DeviceNotFound, sd.PortAudioError) as exc:
            self._fail(DeviceProblem.NOT_FOUND, str(exc))
            return False
        self._stopping = False
        self.paused = False

        def create_and_start() -> sd.InputStream | sd.OutputStream:
            stream = factory(index, self._finished)
            try:
                stream.start()
            except BaseException:
                stream.close(ignore_errors=True)
                raise
            return stream

        try:
            self.stream = await asyncio.to_thread(create_and_start)
        except (sd.PortAudioError, ValueError, OSError) as exc:
            self._fail(DeviceProblem.UNAVAILABLE, str(exc))
            return False
        s = self.stream
        detail = f"{s.samplerate:.0f} Hz, {s.blocksize} frames/block, {s.latency * 1000:.0f} ms"
        self._events.emit(DeviceOpened(self.kind, self.label, detail))
        return True

    async def close(self) -> None:
        stream, self.stream = self.stream, None
        self.paused = False
        if stream is None:
            return
        self._stopping = True
        await asyncio.to_thread(stream.close, True)

    def pause(self) -> None:
        """Stops the running stream without closing it (its callbacks stop: nothing to play
        costs nothing); `resume` starts it again. Both take about a millisecond through
        PulseAudio (docs/performance.md), so they run on the caller's thread."""
        stream = self.stream
        if stream is None or self.paused:
            return
        self.paused = True  # before the abort: its finished callback is no lost device
        try:
            stream.abort()
        except sd.PortAudioError as exc:
            self._fail(DeviceProblem.LOST, f"the stream would not pause: {exc}")

    def resume(self) -> bool:
        """Starts a paused stream again; False (and a DeviceError) if it will not start."""
        stream = self.stream
        if stream is None or not self.paused:
            return stream is not None
        self.paused = False  # a stream that will not start stays stopped, like a lost one,
        try:  # and says so once, not on every chunk that follows
            stream.start()
        except sd.PortAudioError as exc:
            self._fail(DeviceProblem.LOST, f"the stream would not start again: {exc}")
            return False
        return True

    def time(self) -> float:
        """PortAudio's stream clock, the clock of the ADC/DAC timestamps."""
        return self.stream.time if self.stream is not None else 0.0

    @property
    def latency(self) -> float:
        """The device buffer PortAudio reports, in seconds (0 when closed)."""
        return float(self.stream.latency) if self.stream is not None else 0.0

    def _finished(self) -> None:
        # Runs on a PortAudio thread. Only a stream nobody asked to stop is a lost device.
        if not (self._stopping or self.paused):
            self._fail(DeviceProblem.LOST, "the audio stream stopped by itself")

    def _fail(self, problem: DeviceProblem, message: str) -> None:
        self._events.emit(DeviceError(self.kind, self.label, problem, message))
