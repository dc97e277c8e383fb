"""The speaker: 24 kHz model speech through a jitter buffer, silenced at once on barge-in.

Gemini sends audio in bursts, sometimes faster and sometimes slower than real time, so the
output callback pulls from a ring buffer and starts a turn (or restarts after running dry)
only once the first queued sample has waited a while. Waiting on time rather than on a
queued amount is what absorbs jitter: a burst that arrives up to that long late relative to
the first one still arrives before it is due. How long is learned (`StartWait`,
media/startwait.py): `prime_ms` until the connection's first turns show how their audio
arrives, then as long as recent turns' arrivals fell behind real time (about nothing when
Gemini sends faster than real time, as it usually does), up to `max_prime_ms`. If the buffer
runs dry inside a turn anyway, that is an underrun; the turn's own arrivals then raise the
wait for its restart and the turns after it.

The player is the conversation's `Downlink` (media/downlink.py): `play` takes speech at any
rate and converts it to the device's, `end_turn` marks a turn's end.

When the user talks over the model, the routing calls `interrupt(generation)`; the very next
callback fades what it is playing to zero within `fade_ms` (a hard cut clicks; the fade carries
over into the next block if the device's blocks are shorter) and throws away everything queued
for that turn, and `feed()` drops any late chunks of it. Every block handed to the device is
also recorded with its DAC time in `reference`, for an echo canceller, until the speaker has
been silent for `REFERENCE_TAIL_S`: from then on, while nothing plays, the callback only
fills the block with zeros and records nothing (the canceller takes a far end with nothing
new as silence). Once nothing has played for `pause_after_s` more, the stream itself is
paused (its callbacks stop: at PortAudio's smallest buffer through PulseAudio they came ~370
times a second, ~7 % of a core for silence) and the next `feed` or `interrupt` starts it
again, which takes about a millisecond (docs/performance.md), so a connection that only
listens costs the speaker nothing.
When the first sample of a turn reaches the DAC, a `FirstAudioPlayed` event says so (in
`time.monotonic()`), for the time-to-first-audio a user waits.

Threads: `play`, `feed`, `interrupt` and `stats` run on the asyncio loop; `_callback` on PortAudio's
thread. They share a single-producer/single-consumer ring: the loop only advances the write
index, the callback only the read index, and an interrupt is a request (a sequence number
plus the write position to flush up to) that the callback honours and acknowledges. The
first-sample report works the same way: the loop asks "when is ring index i played?", the
callback answers with a DAC time in preallocated fields, and a short loop timer (running only
while a turn's first sample is still on its way) turns the answer into the event.
"""

from __future__ import annotations

import asyncio
import math
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import sounddevice as sd

from desktop_app.media import realtime
from desktop_app.media.devices import StreamHolder
from desktop_app.media.events import DeviceKind, EventCallback, EventSink, FirstAudioPlayed
from desktop_app.media.levels import Level, LevelTracker
from desktop_app.media.reference import ReferenceRing
from desktop_app.media.resample import TurnResampler
from desktop_app.media.startwait import StartWait


@dataclass(frozen=True, slots=True)
class InterruptReport:
    """How one interrupt went, in PortAudio stream time (seconds)."""

    generation: int
    requested_at: float  # when interrupt() was called
    silent_at: float  # when the last non-silent sample reached the DAC
    flushed_samples: int  # queued audio thrown away

    @property
    def latency_s(self) -> float:
        return max(0.0, self.silent_at - self.requested_at)


@dataclass(frozen=True, slots=True)
class PlayerStats:
    underruns: int  # the buffer ran dry inside a turn and more of that turn came later
    device_underflows: int  # PortAudio reported an output underflow
    dropped_chunks: int  # chunks of interrupted generations discarded by feed()
    overflow_samples: int  # samples discarded because the ring was full
    queued_ms: float
    prime_ms: float  # current jitter-buffer wait
    pauses: int = 0  # times the stream was paused with nothing to play (`pause_after_s`)


WATCH_INTERVAL_S = 0.01  # how often the loop looks for a turn's first-sample DAC time
# Silence recorded in the reference after the last sound: longer than any echo tail, so the
# canceller hears the far end go quiet before it stops getting far-end frames at all.
REFERENCE_TAIL_S = 0.5
IDLE_CHECK_S = 0.25  # how often the loop looks whether the stream can pause
# Pausing the idle stream was measured only on Linux through PulseAudio, where restarting it
# takes ~1 ms (docs/performance.md). What a restart costs a turn's first sound under WASAPI or
# Core Audio is unmeasured, so there the stream keeps running.
PAUSE_AFTER_S: float | None = 1.0 if sys.platform.startswith("linux") else None


def start_margin_s(blocksize: int) -> float:
    """The learned start wait's least margin for the device (media/startwait.py). Blocks of
    a fixed size are taken by PulseAudio in runs of two to four, 10-30 ms ahead of real
    time: 15 ms. At PortAudio's smallest buffer (blocksize 0) its ~3 ms periods come one at
    a time and 15 ms would only delay a turn's first sound: 10 ms. Through the audio engine
    that took first chunk -> speaker on a running stream from 21 to 13 ms median; 5 ms ran
    dry in 5 of 6 runs of the engine's bursty test (tests/media/test_engine.py), 10 ms in
    none of 8 (docs/performance.md)."""
    return 0.010 if blocksize == 0 else 0.015


class Player:
    def __init__(
        self,
        device: str | int = "",
        *,
        sample_rate: int = 24000,
        blocksize: int = 160,
        latency: float | str = 0.03,
        prime_ms: float = 80.0,
        max_prime_ms: float = 320.0,
        fade_ms: float = 5.0,
        capacity_s: float = 120.0,
        adaptive: bool = True,
        realtime: bool = False,
        pause_after_s: float | None = PAUSE_AFTER_S,
        clock: Callable[[], float] = time.monotonic,
        on_event: EventCallback | None = None,
    ) -> None:
        """`blocksize`/`latency` go to PortAudio. The device buffer they give (~27 ms with the
        defaults on PulseAudio) is the floor of interrupt → silence; 0/"low" gives ~8 ms but
        underflows when other Python threads hold the GIL (docs/performance.md).

        `prime_ms` is the start wait until arrivals have been measured; with `adaptive`
        off it is the wait for good (the old behaviour, for comparisons). `clock` times
        arrivals (a test's simulated clock). `realtime` asks for real-time scheduling of the
        stream's threads (the audio engine's process, where no other Python thread of the
        app can hold its GIL; media/realtime.py): PortAudio's and the host API's once the
        stream is open, and a resumed stream's new callback thread from its first run.
        `pause_after_s`: how long the stream runs on idle after the reference's tail before
        it is paused (None: never)."""
        self.sample_rate = sample_rate
        self._blocksize = blocksize
        self._latency = latency
        self._prime = prime_ms / 1000  # seconds the first queued sample waits
        self._start_wait = StartWait(initial_s=prime_ms / 1000, max_s=max_prime_ms / 1000,
                                     margin_s=start_margin_s(blocksize)) if adaptive else None
        self._clock = clock
        self._fade = np.linspace(1.0, 0.0, max(1, int(sample_rate * fade_ms / 1000)) + 1,
                                 dtype=np.float32)[1:]
        self._fade_buf = np.zeros(self._fade.size, np.float32)
        self._cap = int(sample_rate * capacity_s)
        self._ring = np.zeros(self._cap, np.int16)
        self._events = EventSink(on_event)
        self._holder = StreamHolder(DeviceKind.SPEAKER, device, self._events)
        self.reference = ReferenceRing(sample_rate)
        self._meter = LevelTracker()
        self._rates = TurnResampler(sample_rate)  # model speech at another rate → ours
        # Loop-side state.
        self._w = 0
        self._gen_end: dict[int, int] = {}  # generation -> write index after its last sample
        self._last_gen: int | None = None
        self._interrupted_gen = -1
        self._flush_seq = 0
        self._flush_to = 0
        self._flush_gen = -1
        self._flush_asked_at = 0.0
        self._dry_seen = 0
        self._underruns = 0
        self._dropped_chunks = 0
        self._overflow = 0
        self._first_pending: deque[tuple[int, int]] = deque()  # (generation, first index)
        self._watch_gen = -1  # the generation whose first sample the callback looks out for
        self._watch_at = 0  # ...at this ring index
        self._watch_seq = 0  # bumped (last) to ask; the callback copies it to _watch_done
        self._watch_timer: asyncio.TimerHandle | None = None
        self._metered = -1  # reference.written when the level was last measured
        # Callback-side state.
        self._r = 0
        self._playing = False
        self._queued_since = math.nan  # stream time the callback first saw the queued audio
        self._flush_done = 0
        self._fading = 0  # length of the fade-out in _fade_buf, 0 when none is playing
        self._fade_pos = 0
        self._dry_count = 0
        self._device_underflows = 0
        self._watch_done = 0
        self._watch_dac = math.nan  # DAC time of the watched sample; nan: it was never played
        self._silent = 0  # samples of silence handed to the device since the last sound
        self._tail = int(sample_rate * REFERENCE_TAIL_S)
        self._frame = sample_rate // 100  # a reader's 10 ms frame: recording stops on one
        self.last_interrupt: InterruptReport | None = None
        self._realtime = realtime
        self._promote = False  # set by start(), cleared by the callback once it has asked
        self.realtime_thread: bool | None = None  # the answer, once asked
        self._idle_checks = (max(1, math.ceil(pause_after_s / IDLE_CHECK_S))
                             if pause_after_s is not None else 0)
        self._idle_seen = 0  # consecutive idle checks
        self._idle_timer: asyncio.TimerHandle | None = None
        self.pauses = 0  # times the stream was paused for want of anything to play
        self.realtime_threads = 0  # how many of the stream's threads run real-time

    async def start(self) -> bool:
        """Opens the output device; False (and a DeviceError event) if it cannot."""

        def factory(index: int | None, finished: Any) -> sd.OutputStream:
            return sd.OutputStream(
                device=index, samplerate=self.sample_rate, channels=1, dtype="int16",
                blocksize=self._blocksize, latency=self._latency,
                callback=self._callback, finished_callback=finished)

        self._promote = self._realtime  # each new stream is a new callback thread
        if self._realtime:
            realtime.limit_realtime_cpu()  # before any of the stream's threads turns real-time
        before = realtime.native_thread_ids() if self._realtime else set()
        if not await self._holder.open(factory):
            return False
        if self._realtime:  # the stream's threads: PortAudio's and libpulse's I/O thread
            new = realtime.threads_started_since(before)
            self.realtime_threads = len(realtime.promote(new, realtime.PRIORITY))
        self._arm_idle_timer()
        return True

    async def stop(self) -> None:
        if self._watch_timer is not None:
            self._watch_timer.cancel()
            self._watch_timer = None
        self._cancel_idle_timer()
        await self._holder.close()

    @property
    def paused(self) -> bool:
        """The stream is paused: nothing to play for a while (`pause_after_s`)."""
        return self._holder.paused

    def _wake(self) -> None:
        """Something to do for the callback: a paused stream starts again."""
        if self._holder.paused:
            self._promote = self._realtime  # a started stream is a new callback thread
            if self._holder.resume():
                self._arm_idle_timer()

    def _idle(self) -> bool:
        """Nothing plays, fades, waits to play or waits for an answer, and the reference
        has its tail: the callback would only fill zeros until the loop gives it something
        (read on the loop; only the loop can end this state, so the read cannot race)."""
        return (not self._playing and not self._fading and self._w == self._r
                and self._flush_seq == self._flush_done and self._watch_seq == self._watch_done
                and self._silent >= self._tail)

    def _arm_idle_timer(self) -> None:
        if self._idle_checks and self._idle_timer is None:
            self._idle_seen = 0
            self._idle_timer = asyncio.get_running_loop().call_later(
                IDLE_CHECK_S, self._idle_tick)

    def _cancel_idle_timer(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None

    def _idle_tick(self) -> None:
        self._idle_timer = None
        if self._holder.stream is None or self._holder.paused:
            return
        self._idle_seen = self._idle_seen + 1 if self._idle() else 0
        if self._idle_seen >= self._idle_checks:
            self._holder.pause()
            self.pauses += 1
            return  # no timer while paused: `_wake` arms it again
        self._idle_timer = asyncio.get_running_loop().call_later(IDLE_CHECK_S, self._idle_tick)

    async def reopen(self, blocksize: int, latency: float | str) -> bool:
        """Reopens the device with other buffer sizes (the audio engine backs off this way
        after repeated underflows); what is queued stays queued and plays on."""
        self._cancel_idle_timer()
        await self._holder.close()
        self._blocksize, self._latency = blocksize, latency
        return await self.start()

    def time(self) -> float:
        """The stream clock in which DAC times and interrupt reports are expressed."""
        return self._holder.time()

    @property
    def output_latency(self) -> float:
        return self._holder.latency

    # --- the downlink (media/downlink.py): what the conversation's routing calls ---------
    def play(self, pcm: bytes, sample_rate: int, turn: int) -> bool:
        """Queues 16-bit mono PCM at any rate (converted to ours); False if the turn was
        interrupted."""
        return self.feed(self._rates.convert(pcm, sample_rate, turn), turn)

    def end_turn(self, turn: int) -> None:
        """No more audio of `turn` will come."""
        self._rates.end(turn)

    def feed(self, pcm: bytes, generation: int) -> bool:
        """Queues 16-bit mono PCM at `sample_rate`; False if the generation was interrupted."""
        if generation <= self._interrupted_gen:
            self._dropped_chunks += 1
            return False
        if self._dry_count != self._dry_seen:
            # The callback ran dry since the last feed; if this is the same turn, it was a gap.
            self._dry_seen = self._dry_count
            if generation == self._last_gen:
                self._underruns += 1
                if self._start_wait is not None:
                    self._start_wait.underrun()
        new_turn = generation != self._last_gen
        if new_turn:
            self._first_pending.append((generation, self._w))
        self._last_gen = generation
        samples = np.frombuffer(pcm, np.int16, count=len(pcm) // 2)
        if self._start_wait is not None:
            self._start_wait.arrival(self._clock(), samples.size / self.sample_rate,
                                     new_turn=new_turn)
            self._prime = self._start_wait.wait_s
        free = self._cap - (self._w - self._r)
        if samples.size > free:
            self._overflow += samples.size - free
            samples = samples[:free]
        start = self._w % self._cap
        first = min(samples.size, self._cap - start)
        self._ring[start:start + first] = samples[:first]
        self._ring[:samples.size - first] = samples[first:]
        self._w += samples.size
        self._gen_end[generation] = self._w
        self._wake()
        for old in [g for g, end in self._gen_end.items() if end <= self._r and g != generation]:
            del self._gen_end[old]
        self._report_first_audio()
        return True

    def interrupt(self, generation: int) -> None:
        """Silences `generation` (and older) within one callback and drops its late chunks."""
        self._interrupted_gen = max(self._interrupted_gen, generation)
        self._wake()  # the callback answers it (a paused stream has nothing to silence)
        ends = [end for g, end in self._gen_end.items() if g <= generation]
        self._flush_to = max(ends, default=self._r)
        self._flush_gen = generation
        self._flush_asked_at = self.time()
        self._flush_seq += 1  # published last: the callback reads the fields above after it

    def _report_first_audio(self) -> None:
        """Loop side of the first-sample report: emits what the callback answered, asks
        about the next turn waiting, and checks again shortly while a question is open."""
        if self._watch_seq != self._watch_done:
            self._arm_watch_timer()
            return
        if self._watch_gen >= 0:
            gen, dac = self._watch_gen, self._watch_dac
            self._watch_gen = -1
            if not math.isnan(dac):
                # The DAC clock is the stream's; move it onto the monotonic clock.
                played_at = dac + (time.monotonic() - self.time())
                self._events.emit(FirstAudioPlayed(gen, played_at))
        while self._first_pending:
            gen, at = self._first_pending.popleft()
            if gen > self._interrupted_gen:
                self._watch_gen, self._watch_at = gen, at
                self._watch_seq += 1  # published last
                self._arm_watch_timer()
                return

    def _arm_watch_timer(self) -> None:
        if self._watch_timer is not None or self._holder.stream is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # fed off the loop (a unit test): reported on the next feed
            return
        self._watch_timer = loop.call_later(WATCH_INTERVAL_S, self._watch_tick)

    def _watch_tick(self) -> None:
        self._watch_timer = None
        self._report_first_audio()

    def level(self) -> Level:
        """Output level of what was just played (smoothed), for a meter."""
        written = self.reference.written
        if written != self._metered:  # nothing new played: the meter only decays
            self._metered = written
            self._meter.update(self.reference.latest(self.sample_rate // 50))
        return self._meter.read()

    def stats(self) -> PlayerStats:
        queued = max(0, self._w - self._r)
        ms = 1000.0 / self.sample_rate
        return PlayerStats(self._underruns, self._device_underflows, self._dropped_chunks,
                           self._overflow, queued * ms, self._prime * 1000, self.pauses)

    # --- PortAudio thread ------------------------------------------------------------------

    def _callback(self, outdata: np.ndarray, frames: int, time_info: Any,
                  status: sd.CallbackFlags) -> None:
        out = outdata[:, 0]
        dac = time_info.outputBufferDacTime
        if self._promote:  # once per started stream: one system call, no allocation after it
            self._promote = False
            self.realtime_thread = realtime.promote_this_thread()
        if status.output_underflow:
            self._device_underflows += 1
        if self._flush_seq != self._flush_done:
            self._flush(dac)
        if not (self._playing or self._fading or self._w != self._r):
            # Idle: nothing playing, fading or queued. Silence, recorded only for a while.
            outdata.fill(0)
            if self._silent < self._tail or self.reference.written % self._frame:
                self._silent += frames
                self.reference.write(out, dac)
            return
        n = self._drain_fade(out, frames)
        self._play(out[n:], frames - n, dac + n / self.sample_rate, time_info.currentTime)
        self._silent = 0 if self._playing or n else self._silent + frames
        self.reference.write(out, dac)

    def _play(self, out: np.ndarray, frames: int, dac: float, now: float) -> None:
        available = self._w - self._r
        if not self._playing:
            if available > 0 and math.isnan(self._queued_since):
                self._queued_since = now
            # The wait is on the stream clock, not a count of frames: PulseAudio asks for
            # several blocks at once, and counting them would start early inside such a run.
            if available > 0 and now - self._queued_since >= self._prime - 1e-6:
                self._playing = True
                self._queued_since = math.nan
            else:
                out[:] = 0
                if self._watch_seq != self._watch_done:
                    self._watch_first(0, dac)
                return
        n = min(frames, available)
        self._read_ring(out, n)
        if self._watch_seq != self._watch_done:
            self._watch_first(n, dac)
        out[n:] = 0
        self._r += n
        if n < frames:  # ran dry: re-prime before playing again
            self._playing = False
            self._dry_count += 1

    def _watch_first(self, n: int, dac: float) -> None:
        """Answers the loop's question if the watched index is among the `n` samples about
        to be played from `_r` (they reach the DAC from `dac` on), or was flushed unplayed."""
        seq = self._watch_seq
        offset = self._watch_at - self._r
        if offset < 0:
            self._watch_dac = math.nan
        elif offset < n:
            self._watch_dac = dac + offset / self.sample_rate
        else:
            return
        self._watch_done = seq

    def _flush(self, dac: float) -> None:
        """Moves the next few ms of what is playing into the fade buffer; drops the rest."""
        seq = self._flush_seq
        target = self._flush_to
        pending = max(0, target - self._r)
        # A fade still running from an earlier interrupt keeps going; it is already short.
        fade = min(self._fade.size, pending) if self._playing and not self._fading else 0
        if fade:
            tail = self._fade_buf[:fade]
            self._read_ring(tail, fade)
            np.multiply(tail, self._fade[:fade], out=tail)
            self._fading = fade
            self._fade_pos = 0
        self._r = max(self._r, target)
        self._playing = False
        self._queued_since = math.nan
        self._flush_done = seq
        silent_at = dac + (self._fading - self._fade_pos) / self.sample_rate
        self.last_interrupt = InterruptReport(
            self._flush_gen, self._flush_asked_at, silent_at, pending)

    def _drain_fade(self, out: np.ndarray, frames: int) -> int:
        """Plays what is left of a fade-out; returns how many frames it filled."""
        n = min(frames, self._fading - self._fade_pos)
        if n <= 0:
            return 0
        out[:n] = self._fade_buf[self._fade_pos:self._fade_pos + n]
        self._fade_pos += n
        if self._fade_pos >= self._fading:
            self._fading = self._fade_pos = 0
        return n

    def _read_ring(self, out: np.ndarray, n: int) -> None:
        start = self._r % self._cap
        first = min(n, self._cap - start)
        out[:first] = self._ring[start:start + first]
        out[first:n] = self._ring[:n - first]
