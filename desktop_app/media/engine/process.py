"""The audio engine's process: the speaker, the microphone and the echo canceller, away from
the app's GIL.

With the audio callbacks in the app's process, any busy Python thread there (the window, the
session, a tool) delays them, and small device buffers underflow (docs/performance.md). Here
they share the interpreter only with the little the engine itself does, so ~8 ms device buffers
hold. The engine reuses the app's own components unchanged — `Player` (ring, fade on
interrupt, late chunks dropped by turn, DAC-time reports), `Mic` (capture, resampling, 10 ms
frames) and `EchoCanceller` fed with the player's exact reference — and only moves their
input and output onto shared-memory rings and a control pipe.

It imports neither Qt nor the Live API's SDK (tests check `sys.modules`). It exits on its own
when the app goes away: the listener thread waits on the control pipe and on the parent
process's sentinel together, and either one ending means nobody is left to talk to.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
import threading
import time
from multiprocessing import connection, parent_process
from multiprocessing.reduction import ForkingPickler
from typing import Any

import sounddevice as sd

from desktop_app.media import realtime
from desktop_app.media.devices import DeviceNotFound, resolve_device
from desktop_app.media.echo import capture_processor
from desktop_app.media.engine import protocol as p
from desktop_app.media.engine.ring import ByteRing, MessageRing
from desktop_app.media.events import MediaEvent
from desktop_app.media.levels import Level
from desktop_app.media.mic import Mic, MicChunk
from desktop_app.media.player import Player
from desktop_app.media.reference import ReferenceRing

log = logging.getLogger(__name__)

INTERRUPT_WATCH_S = 0.005  # how often an interrupt's report is looked for after the request
# The uplink's doorbell, pickled once: it rings 25 times a second (media/mic.py CHUNK_MS).
_MIC_READY = bytes(ForkingPickler.dumps(p.MicReady()))


def main(conn: connection.Connection, down_name: str, up_name: str) -> None:
    """The spawned process's entry point: imports done, it waits idle for `Open`."""
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="engine %(levelname)s %(name)s: %(message)s")
    raise_priority()
    down = ByteRing.attach(down_name, p.DOWN_BYTES)
    up = ByteRing.attach(up_name, p.UP_BYTES)
    try:
        asyncio.run(Engine(conn, MessageRing(down), MessageRing(up)).run())
    finally:
        down.close()
        up.close()


class VoiceRelay:
    """Stands in for the app's `UserActivity` inside the engine: the mic's voice activity
    is sent to the app, whose UserActivity the video reads."""

    def __init__(self, send: Any) -> None:
        self._send = send

    def voice(self, speaking: bool) -> None:
        self._send(p.Voice(speaking))


class Engine:
    def __init__(self, conn: connection.Connection, down: MessageRing, up: MessageRing) -> None:
        self._conn = conn
        self._down = down
        self._up = up
        self._config = p.EngineConfig()  # until `Open` says which devices
        self._blocksize = 0
        self.player: Player | None = None
        self.mic: Mic | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._done: asyncio.Event | None = None
        self._underflow_marks: list[tuple[float, int]] = []
        self._opened_at = 0.0
        self._drained_ms = 0.0
        self._opened = False
        self._backoff_due = 0  # underflows that asked for bigger blocks, once the turn ends

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._done = asyncio.Event()
        self._open_asked = asyncio.Event()
        self._control = threading.Thread(target=self._listen, name="engine-control",
                                         daemon=True)
        self._control.start()
        self._send(p.EngineIdle(os.getpid()))
        await self._open_asked.wait()  # idle, no device open, until the app connects
        if self._done.is_set():
            return  # shut down before it was ever used
        opened_at = time.monotonic()
        await self._open()
        self._go_real_time()
        self._opened_at = time.monotonic()
        self._opened = True
        self._drain_downlink()  # what the app sent while the devices opened
        latency = self.player.output_latency if self.player is not None else 0.0
        modules = tuple(sorted(sys.modules))
        self._send(p.EngineReady(os.getpid(), time.monotonic() - opened_at,
                                 self._blocksize, latency, self.mic is not None,
                                 self.player is not None, modules))
        tasks = [asyncio.create_task(self._heartbeat())]
        if self.mic is not None:
            tasks.append(asyncio.create_task(self._forward_mic(self.mic)))
        await self._done.wait()
        for task in tasks:
            task.cancel()
        for device in (self.mic, self.player):
            if device is not None:
                await device.stop()

    def _go_real_time(self) -> None:
        """The engine's Python threads turn real-time once the devices are open (opening
        them is the one long stretch of work the engine does without sleeping), where the
        speaker's threads already are (media/realtime.py)."""
        if self.player is None or not self.player.realtime_threads:
            return  # no speaker, or no real-time allowed here
        python = {threading.get_native_id(), self._control.native_id}
        granted = realtime.promote(python, realtime.ENGINE_PRIORITY)
        log.info("real-time scheduling: %d speaker threads, %d of the engine's",
                 self.player.realtime_threads, len(granted))

    async def _open(self) -> None:
        c = self._config
        rescan_if_missing(c)
        if c.speaker:
            self.player = Player(c.output_device, blocksize=c.out_blocksize,
                                 latency=c.out_latency, realtime=True, on_event=self._send)
            if not await self.player.start():
                self.player = None
        if c.mic:
            far_end = self.player.reference if self.player is not None else ReferenceRing(24000)
            processor = capture_processor(far_end, headphones=c.headphones,
                                          noise_suppression=c.noise_suppression)
            self.mic = Mic(c.input_device, processor=processor, on_event=self._send,
                           activity=VoiceRelay(self._send),  # type: ignore[arg-type]
                           gate_hold_ms=c.gate_hold_ms, mute_tail_ms=c.mute_tail_ms)
            self.mic.muted = c.muted
            if not await self.mic.start():
                self.mic = None

    # --- the control pipe (a thread: the pipe has no portable asyncio reader) -------------
    def _listen(self) -> None:
        parent = parent_process()
        watched: list[Any] = [self._conn] + ([parent.sentinel] if parent is not None else [])
        while True:
            ready = connection.wait(watched)
            if self._conn not in ready:
                os._exit(0)  # the app died: nobody to play for
            try:
                command = self._conn.recv()
            except (EOFError, OSError):
                os._exit(0)
            if isinstance(command, p.Hang):
                self._loop.call_soon_threadsafe(time.sleep, command.seconds)
                continue
            self._loop.call_soon_threadsafe(self._handle, command)

    def _handle(self, command: p.Command) -> None:
        match command:
            case p.Open(config=config):
                if not self._open_asked.is_set():
                    self._config, self._blocksize = config, config.out_blocksize
                    self._open_asked.set()
            case p.Fed():
                self._drain_downlink()
            case p.Interrupt(turn=turn):
                self._drain_downlink()
                if self.player is not None:
                    self.player.interrupt(turn)
                    self._loop.call_later(INTERRUPT_WATCH_S, self._report_interrupt, turn, 0)
            case p.EndTurn(turn=turn):
                self._drain_downlink()
                if self.player is not None:
                    self.player.end_turn(turn)
            case p.Mute(muted=muted):
                if self.mic is not None:
                    self.mic.muted = muted
            case p.Shutdown():
                self._done.set()
                self._open_asked.set()

    def _send(self, event: MediaEvent | Any) -> None:
        """To the app; a pipe that is gone means the app is gone."""
        try:
            self._conn.send(event)
        except (OSError, EOFError, ValueError):
            os._exit(0)

    # --- speaker ---------------------------------------------------------------------------
    def _drain_downlink(self) -> None:
        if not self._opened:
            return  # the ring keeps it: a player fed before its stream opens reports no
            # first sample until it is fed again (Player._arm_watch_timer)
        while (record := self._down.get()) is not None:
            turn, rate = p.DOWN_HEADER.unpack_from(record)
            self._drained_ms += (len(record) - p.DOWN_HEADER.size) / 2 / rate * 1000
            if self.player is not None:
                self.player.play(record[p.DOWN_HEADER.size:], rate, turn)

    def _report_interrupt(self, turn: int, tries: int) -> None:
        report = self.player.last_interrupt if self.player is not None else None
        if report is not None and report.generation >= turn:
            self._send(p.Interrupted(report))
        elif tries < 100 and self.player is not None:
            self._loop.call_later(INTERRUPT_WATCH_S, self._report_interrupt, turn, tries + 1)

    async def _backoff_if_underflowing(self, underflows: int) -> None:
        """Doubles the output block after repeated underflows (up to the config's maximum),
        between turns: reopening the device inside one cuts the speech and throws the echo
        canceller off long enough for the model to hear itself (tests/media/test_echo_e2e.py)."""
        now = time.monotonic()
        marks = self._underflow_marks
        c = self._config
        if now - self._opened_at < p.SETTLE_S or self._blocksize >= c.max_out_blocksize:
            marks.clear()  # a stream's first moments may underflow
            return
        marks.append((now, underflows))
        while marks and marks[0][0] < now - p.BACKOFF_WINDOW_S:
            marks.pop(0)
        recent = underflows - marks[0][1]
        if recent >= c.backoff_underflows:
            self._backoff_due = max(self._backoff_due, recent)
        assert self.player is not None
        if not self._backoff_due or self.player.stats().queued_ms > 0:
            return
        recent, self._backoff_due = self._backoff_due, 0
        self._blocksize = (min(c.max_out_blocksize, self._blocksize * 2) if self._blocksize
                           else c.first_backoff_blocksize)
        marks.clear()
        log.warning("%d output underflows in %.0f s: output blocks now %d frames", recent,
                    p.BACKOFF_WINDOW_S, self._blocksize)
        await self.player.reopen(self._blocksize, c.out_latency)
        self._opened_at = time.monotonic()
        self._send(p.BufferBackoff(recent, self._blocksize, self.player.output_latency))

    # --- mic -------------------------------------------------------------------------------
    async def _forward_mic(self, mic: Mic) -> None:
        while True:
            chunk: MicChunk = await mic.read()
            header = p.UP_HEADER.pack(chunk.adc_time, chunk.end_of_stream)
            if self._up.put(header, chunk.pcm):  # a full ring (the app stalled) drops it
                try:
                    self._conn.send_bytes(_MIC_READY)  # what `_send(p.MicReady())` would send
                except (OSError, EOFError, ValueError):
                    os._exit(0)

    # --- liveness --------------------------------------------------------------------------
    async def _heartbeat(self) -> None:
        """A beat every HEARTBEAT_S while anything moves (the speaker's stream runs, a meter's
        level changed, the mic overflowed); with nothing new, one every QUIET_HEARTBEAT_S, so
        a connection that only listens to silence wakes neither process for it."""
        last: p.Heartbeat | None = None
        sent_at = rss_at = 0.0
        rss = 0
        while True:
            now = time.monotonic()
            mic = self.mic.level() if self.mic is not None else Level()
            speaker = self.player.level() if self.player is not None else Level()
            overflows = self.mic.overflows if self.mic is not None else 0
            playing = self.player is not None and not self.player.paused
            if (playing or last is None or now - sent_at >= p.QUIET_HEARTBEAT_S
                    or overflows != last.mic_overflows or _moved(mic, last.mic_level)
                    or _moved(speaker, last.speaker_level)):
                if now - rss_at >= 1.0:  # a file read: once a second is plenty
                    rss, rss_at = rss_bytes(), now
                stats = self.player.stats() if self.player is not None else None
                last = p.Heartbeat(mic, speaker, stats, overflows, time.process_time(), rss,
                                   self._drained_ms)
                self._send(last)
                sent_at = now
                if stats is not None:
                    await self._backoff_if_underflowing(stats.device_underflows)
            await asyncio.sleep(p.HEARTBEAT_S)


def _moved(level: Level, before: Level) -> bool:
    """Whether a meter would show the change: half a dB, above the meters' -60 dBFS floor."""
    now, then = level.rms_dbfs, before.rms_dbfs
    return max(now, then) > -60.0 and abs(now - then) >= 0.5


def rescan_if_missing(config: p.EngineConfig) -> None:
    """PortAudio lists the devices once, when it is loaded, and an engine spawned ahead may
    have loaded it minutes before Connect: a chosen device plugged in since then would not be
    found. Only then is PortAudio reloaded (tens of milliseconds), so the usual Connect does
    not pay for it."""
    wanted = [(config.input_device, "input")] if config.mic else []
    wanted += [(config.output_device, "output")] if config.speaker else []
    for spec, direction in wanted:
        try:
            resolve_device(spec, direction)  # type: ignore[arg-type]
        except DeviceNotFound:
            log.info("%s device %r not in PortAudio's list: reloading it", direction, spec)
            sd._terminate()  # sounddevice's own reinitialisation (no public call for it)
            sd._initialize()
            return


def raise_priority() -> None:
    """Asks the OS to schedule the engine ahead of ordinary processes, as sound servers do
    (PulseAudio takes nice -11). Only where it is allowed without asking the user: a
    process without the privilege keeps its priority, and says so in the log."""
    try:
        if sys.platform == "win32":
            return  # Windows: the host API's own threads already run at raised priority
        current = os.getpriority(os.PRIO_PROCESS, 0)
        os.setpriority(os.PRIO_PROCESS, 0, min(current, -11))
    except (OSError, AttributeError) as exc:
        log.info("the audio engine keeps its scheduling priority: %s", exc)


def rss_bytes() -> int:
    """Resident memory of this process (0 where it cannot be read cheaply)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # the peak, not the current
    return peak if sys.platform == "darwin" else peak * 1024


