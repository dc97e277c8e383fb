"""The app's side of the audio engine: the same speaker and microphone interfaces the app
uses in-process, served by an engine process (media/engine/process.py).

`AudioEngine.speaker` is a `Downlink` (media/downlink.py: play, interrupt, end_turn) and
`AudioEngine.mic` a `ChunkSource` (media/mic.py: read() → MicChunk), so `MediaRig` swaps
them for `Player` and `Mic` without the rest of the app noticing. Model speech goes into a
shared-memory ring and a `Fed` doorbell follows on the control pipe; mic chunks come back
through the other ring, announced by `MicReady`. A thread blocks on the pipe and hands every
event to the asyncio loop, as the devices' own callbacks do.

Crash isolation: the engine sends a heartbeat every 100 ms. If it dies, or sends nothing for
`HEARTBEAT_TIMEOUT_S` (hung), the watchdog kills what is left of it, starts a new one with the
same settings and reports an `AudioEngineNotice`; the conversation goes on (a second or so
of speech is lost). The engine is started with multiprocessing's spawn context everywhere:
fork would copy the app's threads' locks mid-use, and spawn is what macOS, Windows and the
PyInstaller bundle (with `multiprocessing.freeze_support()` in the entry point) do anyway.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import threading
import time
from dataclasses import replace
from typing import Any

from desktop_app.media.activity import UserActivity
from desktop_app.media.engine import process
from desktop_app.media.engine import protocol as p
from desktop_app.media.engine.ring import ByteRing, MessageRing
from desktop_app.media.events import (
    AudioEngineNotice,
    EngineChange,
    EventCallback,
    EventSink,
)
from desktop_app.media.levels import Level
from desktop_app.media.mic import MicChunk
from desktop_app.media.player import InterruptReport, PlayerStats

log = logging.getLogger(__name__)

HEARTBEAT_TIMEOUT_S = 1.0
START_TIMEOUT_S = 30.0  # spawning an interpreter that imports numpy and WebRTC, on a busy machine
# How often the watchdog looks for a hang (a death it hears of at once, from the pipe): a
# hung engine is replaced 1.0-1.5 s after its last beat, and the app's loop wakes twice a
# second for it instead of ten times.
WATCH_S = 0.5


class _Running:
    """One engine process and what the app holds of it. It starts idle: its devices open
    when `open()` sends them (the process may still be importing then; it opens them as soon
    as it is ready)."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.down = ByteRing.create(p.DOWN_BYTES)
        self.up = ByteRing.create(p.UP_BYTES)
        self.downlink = MessageRing(self.down)
        self.uplink = MessageRing(self.up)
        self.conn, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=process.main, name="livedesk-audio", daemon=True,
                                   args=(child, self.down.name, self.up.name))
        self.started_at = time.monotonic()
        try:
            self.process.start()
        except BaseException:
            self.conn.close()
            self.down.close()
            self.up.close()
            raise
        finally:
            child.close()
        self.ready: p.EngineReady | None = None
        self.ready_at = 0.0
        self.last_beat = time.monotonic()
        self.heartbeat: p.Heartbeat | None = None
        self.put_ms = 0.0  # model speech written to the downlink ring so far

    def open(self, config: p.EngineConfig) -> bool:
        self.started_at = time.monotonic()  # what a start costs from here on
        return self.send(p.Open(config))

    def send(self, command: p.Command) -> bool:
        try:
            self.conn.send(command)
            return True
        except (OSError, EOFError, ValueError):
            return False

    def close(self, *, kill: bool) -> None:
        if kill and self.process.is_alive():
            self.process.kill()
        self.process.join(2.0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2.0)
        self.conn.close()
        self.down.close()
        self.up.close()


class SpareEngine:
    """An engine process spawned ahead of need, idle with no device open, for the next
    `AudioEngine` to take: spawning an interpreter and importing numpy, PortAudio and the
    echo canceller take 0.3–1.1 s, and a Connect that waited for them had the window say
    "Live" while the mic was not yet listening (docs/performance.md)."""

    def __init__(self) -> None:
        self._run: _Running | None = None

    def spawn(self) -> bool:
        """Spawns one if none is waiting; False if the engine cannot be spawned here."""
        if self._run is not None and self._run.process.is_alive():
            return True
        self.close()
        try:
            self._run = _Running()
        except (OSError, RuntimeError) as exc:
            log.warning("the audio engine would not start: %s", exc)
            return False
        return True

    @property
    def idle(self) -> int | None:
        """The pid of the one spawned, imported and waiting (it has said `EngineIdle`)."""
        run = self._run
        try:
            if run is not None and run.process.is_alive() and run.conn.poll():
                return run.process.pid
        except (OSError, EOFError):
            pass
        return None

    def take(self) -> _Running | None:
        run, self._run = self._run, None
        if run is not None and not run.process.is_alive():
            run.close(kill=True)  # it died idle: the caller spawns a fresh one
            return None
        return run

    def close(self) -> None:
        """Ends it at once: it holds no device, and one still importing would not read a
        `Shutdown` for a second, which the app's exit does not wait for (app.py STOP_S)."""
        run, self._run = self._run, None
        if run is not None:
            run.close(kill=True)


class AudioEngine:
    """The speaker and microphone in an engine process, restarted if it dies or hangs."""

    def __init__(self, config: p.EngineConfig, on_event: EventCallback | None = None, *,
                 activity: UserActivity | None = None, queue_chunks: int = 50,
                 spare: SpareEngine | None = None) -> None:
        self.config = config
        self._spare = spare  # its idle process, taken by the first start
        self._events = EventSink(on_event)
        self._activity = activity
        self._run: _Running | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._watchdog: asyncio.Task[None] | None = None
        self._pipe_closed = asyncio.Event()  # an engine's pipe ended: look at once
        self._restarting = False
        self._chunks: asyncio.Queue[MicChunk] = asyncio.Queue(maxsize=queue_chunks)
        self._muted = config.muted
        self._interrupted_turn = -1
        self.speaker = EngineSpeaker(self)
        self.mic = EngineMic(self)
        self.restarts = 0
        self.start_s: list[float] = []  # spawn → ready, of each start
        self.dropped_chunks = 0
        self.last_interrupt: InterruptReport | None = None
        self.backoffs: list[p.BufferBackoff] = []

    # --- life cycle ------------------------------------------------------------------------
    async def start(self) -> bool:
        """Starts the engine and waits until it has opened its devices; False if it would
        not start (the caller falls back to in-process audio)."""
        self._loop = asyncio.get_running_loop()
        self._events.bind(self._loop)
        if not await self._spawn():
            return False
        self._watchdog = asyncio.create_task(self._watch(), name="audio-engine-watchdog")
        return True

    async def stop(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watchdog
            self._watchdog = None
        run, self._run = self._run, None
        if run is not None:
            run.send(p.Shutdown())
            await asyncio.to_thread(run.close, kill=False)

    @property
    def running(self) -> bool:
        return self._run is not None and self._run.ready is not None

    @property
    def pid(self) -> int | None:
        return self._run.process.pid if self._run is not None else None

    @property
    def heartbeat(self) -> p.Heartbeat | None:
        return self._run.heartbeat if self._run is not None else None

    @property
    def ready(self) -> p.EngineReady | None:
        return self._run.ready if self._run is not None else None

    def hang_for_test(self, seconds: float) -> None:
        """Makes the engine's loop stop answering for `seconds` (tests of the watchdog)."""
        if self._run is not None:
            self._run.send(p.Hang(seconds))

    async def _spawn(self) -> bool:
        config = replace(self.config, muted=self._muted)
        spare, self._spare = self._spare, None
        run = spare.take() if spare is not None else None
        if run is None:
            try:
                run = _Running()
            except (OSError, RuntimeError) as exc:
                log.warning("the audio engine would not start: %s", exc)
                return False
        run.open(config)
        self._run = run
        threading.Thread(target=self._listen, args=(run,), name="audio-engine-events",
                         daemon=True).start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while run.ready is None:
            if not run.process.is_alive() or time.monotonic() > deadline:
                log.warning("the audio engine did not start (exit code %s)",
                            run.process.exitcode)
                self._run = None
                await asyncio.to_thread(run.close, kill=True)
                return False
            await asyncio.sleep(0.005)
        self.start_s.append(run.ready_at - run.started_at)
        log.info("audio engine %d ready in %.2f s (output blocks %d frames, %.1f ms)",
                 run.ready.pid, self.start_s[-1], run.ready.out_blocksize,
                 run.ready.out_latency_s * 1000)
        return True

    async def _watch(self) -> None:
        """Restarts an engine that died or stopped sending heartbeats."""
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._pipe_closed.wait(), WATCH_S)
            self._pipe_closed.clear()
            run = self._run
            if run is None:
                continue
            silent = time.monotonic() - run.last_beat
            if run.process.is_alive() and silent <= HEARTBEAT_TIMEOUT_S:
                continue
            why = (f"it stopped (exit code {run.process.exitcode})"
                   if not run.process.is_alive() else f"it did not answer for {silent:.1f} s")
            self._run = None
            if run.process.is_alive():
                run.process.kill()
            self.restarts += 1
            # The new engine's ring takes speech from the moment it is spawned (before it is
            # ready), so little is lost beyond what the dead one still held.
            started = await self._spawn()
            await asyncio.to_thread(run.close, kill=True)
            message = (f"The audio engine was restarted: {why}." if started else
                       f"The audio engine stopped ({why}) and would not start again.")
            self._events.emit(AudioEngineNotice(EngineChange.RESTARTED, message))
            if not started:
                return

    # --- events from the engine (a thread per engine, handed to the loop) ------------------
    def _listen(self, run: _Running) -> None:
        while True:
            try:
                event = run.conn.recv()
            except (EOFError, OSError):  # the engine is gone: the watchdog looks now
                with contextlib.suppress(RuntimeError):  # unless the app's loop closed
                    self._loop.call_soon_threadsafe(self._pipe_closed.set)
                return
            try:
                self._loop.call_soon_threadsafe(self._handle, run, event)
            except RuntimeError:  # the loop closed: the app is shutting down
                return

    def _handle(self, run: _Running, event: Any) -> None:
        if run is not self._run:
            return  # from an engine already replaced
        run.last_beat = time.monotonic()
        match event:
            case p.Heartbeat():
                run.heartbeat = event
            case p.MicReady():
                self._drain_uplink(run)
            case p.Voice(speaking=speaking):
                if self._activity is not None:
                    self._activity.voice(speaking)
            case p.Interrupted(report=report):
                self.last_interrupt = report
            case p.EngineIdle():
                pass  # it was spawned ahead and has been sent `Open` since
            case p.EngineReady():
                run.ready = event
                run.ready_at = time.monotonic()
            case p.BufferBackoff():
                self.backoffs.append(event)
                self._events.emit(AudioEngineNotice(
                    EngineChange.BUFFER_BACKOFF,
                    f"The speaker underflowed {event.underflows} times; its buffer is now "
                    f"{event.latency_s * 1000:.0f} ms."))
            case _:
                self._events.emit(event)  # the devices' own MediaEvents

    def _drain_uplink(self, run: _Running) -> None:
        while (record := run.uplink.get()) is not None:
            adc_time, eos = p.UP_HEADER.unpack_from(record)
            chunk = MicChunk(record[p.UP_HEADER.size:], adc_time, bool(eos))
            if self._chunks.full():
                self._chunks.get_nowait()
                self.dropped_chunks += 1
            self._chunks.put_nowait(chunk)

    # --- what the facades call -------------------------------------------------------------
    def _play(self, pcm: bytes, sample_rate: int, turn: int) -> bool:
        if turn <= self._interrupted_turn:
            return False
        run = self._run
        if run is not None and run.downlink.put(p.DOWN_HEADER.pack(turn, sample_rate), pcm):
            run.put_ms += len(pcm) / 2 / sample_rate * 1000
            run.send(p.Fed())
        return True

    def _command(self, command: p.Command) -> None:
        if self._run is not None:
            self._run.send(command)

    def _interrupt(self, turn: int) -> None:
        self._interrupted_turn = max(self._interrupted_turn, turn)
        self._command(p.Interrupt(turn))

    def _set_muted(self, muted: bool) -> None:
        self._muted = muted  # the engine's Mic queues the end-of-stream marker itself
        self._command(p.Mute(muted))

    async def _read(self) -> MicChunk:
        return await self._chunks.get()


class EngineSpeaker:
    """The engine's speaker as the app sees it: a `Downlink`, a level and counters."""

    def __init__(self, engine: AudioEngine) -> None:
        self._engine = engine

    def play(self, pcm: bytes, sample_rate: int, turn: int) -> bool:
        return self._engine._play(pcm, sample_rate, turn)

    def interrupt(self, turn: int) -> None:
        self._engine._interrupt(turn)

    def end_turn(self, turn: int) -> None:
        self._engine._command(p.EndTurn(turn))

    def level(self) -> Level:
        beat = self._engine.heartbeat
        return beat.speaker_level if beat is not None else Level()

    def stats(self) -> PlayerStats:
        """The engine's counters as of its last heartbeat; what was sent since then counts
        as queued, so "nothing left to play" is never said of audio still on its way."""
        run = self._engine._run
        beat = run.heartbeat if run is not None else None
        if beat is None or beat.speaker is None:
            return PlayerStats(0, 0, 0, 0, 0.0, 0.0)
        in_flight = max(0.0, run.put_ms - beat.drained_ms)
        return replace(beat.speaker, queued_ms=beat.speaker.queued_ms + in_flight)

    @property
    def last_interrupt(self) -> InterruptReport | None:
        return self._engine.last_interrupt

    @property
    def output_latency(self) -> float:
        ready = self._engine.ready
        return ready.out_latency_s if ready is not None else 0.0

    async def stop(self) -> None:
        await self._engine.stop()


class EngineMic:
    """The engine's microphone as the app sees it: a `ChunkSource`, mute and a level."""

    def __init__(self, engine: AudioEngine) -> None:
        self._engine = engine

    async def read(self) -> MicChunk:
        return await self._engine._read()

    @property
    def muted(self) -> bool:
        return self._engine._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._engine._set_muted(value)

    def level(self) -> Level:
        beat = self._engine.heartbeat
        return beat.mic_level if beat is not None else Level()

    async def stop(self) -> None:
        await self._engine.stop()

