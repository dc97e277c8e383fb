"""The microphone: 16 kHz 16-bit mono PCM in 40 ms chunks, delivered on the asyncio loop.

The PortAudio callback does the least it can (copy the block, hand it to the loop with
`call_soon_threadsafe`), so a busy loop never makes the device overflow and the callback never
blocks, logs or allocates much. On the loop, blocks are resampled to 16 kHz if the device
could not open at 16 kHz, cut into 10 ms frames (what WebRTC's echo canceller consumes), passed
through an optional `FrameProcessor` with their ADC timestamps, metered, and gathered into
chunks for the session. A bounded queue holds the chunks: if the consumer stalls, the oldest
audio goes first (the live conversation matters more than stale speech).

Muting stops delivery and queues an `end_of_stream` marker, in order after the last audio,
so the session can send `audioStreamEnd` at the right moment. Some models ignore that marker
and end a turn only from trailing quiet they receive (docs/live-service-quirks.md): given a
`mute_tail_ms`, muting while the user may be mid-turn then sends that much silence in place
of what the mic hears (never the user's voice), and marks the end again. Given a
`gate_hold_ms`, a `QuietGate` (media/gate.py) ends the stream after that long of quiet, and
the first sound reopens it with the half second before that sound.

Given a `UserActivity`, the mic also says when the user speaks (voice activity on the same
frames the model gets, after echo cancellation): the adaptive video sends frames while they do.
The end of each utterance also goes out as a `UserTurnEnded` event on the `time.monotonic()`
clock: the moment the latency panel counts an answer's wait from (muting mid-utterance ends
it there).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import sounddevice as sd

from desktop_app.media.activity import UserActivity
from desktop_app.media.devices import StreamHolder
from desktop_app.media.events import DeviceKind, EventCallback, EventSink
from desktop_app.media.gate import PAUSE, QuietGate
from desktop_app.media.levels import Level, LevelTracker
from desktop_app.media.resample import Resampler
from desktop_app.media.speech import SpeechEndDetector, UserTurnEnded

RATE = 16000
FRAME = RATE // 100  # 10 ms
# Device blocks of 40 ms, as long as a chunk: each block wakes the loop (and, in the audio
# engine, the app's process through the pipe), and the echo canceller processes four frames
# back to back with warm caches (docs/performance.md: 10 → 20 ms blocks took a third off the
# whole app's idle CPU, 20 → 40 ms chunks and blocks half the rest of the mic's share). A
# chunk waits for its last sample either way, so the first chunk of speech goes out no later
# than the chunk length allows.
BLOCK_MS = 40
# Resting (the quiet gate shut, nothing playing, so nobody can barge in), the callback hands
# blocks to the loop three at a time: 8 wake-ups a second instead of 25. The first sound of
# a new turn then reaches the server up to 80 ms later; its end, and a barge-in, do not
# (the mic is back to one block at a time as soon as the gate opens or the model speaks).
RESTING_BLOCKS = 3
# 40 ms messages: half as many as 20 ms ones, each costing a wake-up, an SDK call and a TLS
# record; the price is 20 ms more before the server hears the start of each chunk (so the
# end of a word, and a barge-in). Longer would cost more of that wait than it saves.
CHUNK_MS = 40


@dataclass(frozen=True, slots=True)
class MicChunk:
    pcm: bytes  # 16 kHz int16 little-endian mono; may be short or empty at end_of_stream
    adc_time: float  # PortAudio stream time at which the first sample was captured
    end_of_stream: bool = False  # the user muted after this chunk


class ChunkSource(Protocol):
    """A Mic, or anything that hands out its chunks the same way (the audio engine's
    `EngineMic`): what the session reads the user's audio from."""

    async def read(self) -> MicChunk: ...


class FrameProcessor(Protocol):
    """A stage between capture and delivery (echo cancellation, noise suppression).

    Called on the asyncio loop with each 10 ms frame (160 int16 samples at 16 kHz) and the
    PortAudio time its first sample was captured; returns the frame to deliver.
    `far_end_idle`: nothing has played for a while, so the user cannot be barging in.
    """

    far_end_idle: bool

    def process(self, frame: np.ndarray, adc_time: float) -> np.ndarray: ...


class Mic:
    def __init__(
        self,
        device: str | int = "",
        *,
        chunk_ms: int = CHUNK_MS,
        processor: FrameProcessor | None = None,
        capture_rate: int | None = None,
        queue_chunks: int = 50,
        on_event: EventCallback | None = None,
        activity: UserActivity | None = None,
        gate_hold_ms: int = 0,
        mute_tail_ms: int = 0,
    ) -> None:
        """`capture_rate` forces the device rate (None: 16 kHz when the device can);
        `activity` hears whether the user speaks (while not muted); `gate_hold_ms` pauses
        the stream after that long of quiet (0: it never pauses); `mute_tail_ms` of silence
        follow a mute that may cut a turn (0: none)."""
        if not 10 <= chunk_ms <= 100 or chunk_ms % 10:
            raise ValueError("chunk_ms must be a multiple of 10 between 10 and 100")
        self._chunk_frames = chunk_ms // 10
        self._processor = processor
        self._forced_rate = capture_rate
        self._events = EventSink(on_event)
        self._holder = StreamHolder(DeviceKind.MIC, device, self._events)
        self._meter = LevelTracker()
        self._queue: asyncio.Queue[MicChunk] = asyncio.Queue(maxsize=queue_chunks)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._resampler: Resampler | None = None
        self._pending = np.zeros(0, np.int16)
        self._pending_t0 = 0.0  # ADC time of _pending[0]
        self._batch: list[tuple[np.ndarray, float, bool]] = []  # blocks not yet handed over
        self._batch_blocks = 1  # how many the callback gathers before waking the loop
        self._frames: list[np.ndarray] = []
        self._chunk_t0 = 0.0
        self._muted = False
        self.gate = QuietGate(gate_hold_ms)
        self._tail_frames = mute_tail_ms // 10
        self._tail_left = 0  # silent frames still to send after a mute
        self._silence = np.zeros(FRAME, np.int16)
        self._activity = activity
        self._voice = (SpeechEndDetector(self._speech_ended,
                                         on_start=lambda _at: activity.voice(True))
                       if activity is not None else None)
        self.device_rate = RATE
        self.dropped_chunks = 0
        self.overflows = 0

    async def start(self) -> bool:
        """Opens the input device; False (and a DeviceError event) if it cannot."""
        self._loop = asyncio.get_running_loop()
        self._pending = np.zeros(0, np.int16)  # nothing of a previous device's audio carries over
        self._frames.clear()
        self._batch, self._batch_blocks = [], 1

        def factory(index: int | None, finished: Any) -> sd.InputStream:
            self.device_rate = self._forced_rate or _best_rate(index)
            self._resampler = (Resampler(self.device_rate, RATE)
                               if self.device_rate != RATE else None)
            return sd.InputStream(
                device=index, samplerate=self.device_rate, channels=1, dtype="int16",
                blocksize=self.device_rate // 1000 * BLOCK_MS, latency="low",
                callback=self._callback, finished_callback=finished)

        return await self._holder.open(factory)

    async def stop(self) -> None:
        await self._holder.close()
        self._not_heard()

    async def read(self) -> MicChunk:
        """The next chunk (waits for it)."""
        return await self._queue.get()

    def time(self) -> float:
        """The stream clock in which `MicChunk.adc_time` is expressed."""
        return self._holder.time()

    @property
    def input_latency(self) -> float:
        return self._holder.latency

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        if value and not self._muted:
            self._emit_chunk(end_of_stream=True)
            # The gate open: the user may be mid-turn, which the silence lets every model end.
            self._tail_left = self._tail_frames if self.gate.open else 0
            self.gate.reset()  # nothing heard before the mute goes out after it
            if self._voice is not None:
                self._voice.flush()  # what was said up to now is a turn that ended here
            self._not_heard()
        elif not value:
            self._tail_left = 0
        self._muted = value

    def _speech_ended(self, end: UserTurnEnded) -> None:
        """An utterance ended at `end.at` on the stream clock: the video stops counting the
        user as speaking, and the end goes out on the monotonic clock."""
        assert self._activity is not None
        self._activity.voice(False)
        stream_now = self.time()
        if stream_now:  # 0: no stream any more (muted as it closed), its clock is gone
            self._events.emit(UserTurnEnded(time.monotonic() - stream_now + end.at, end.how))

    def _not_heard(self) -> None:
        """Muted or stopped: whatever the user says now is not heard."""
        if self._voice is not None and self._activity is not None:
            self._voice.reset()
            self._activity.voice(False)

    def level(self) -> Level:
        """Smoothed input level (also while muted, so the UI can say "you are muted")."""
        return self._meter.read()

    # --- PortAudio thread ------------------------------------------------------------------

    def _callback(self, indata: np.ndarray, frames: int, time_info: Any,
                  status: sd.CallbackFlags) -> None:
        self._batch.append((indata[:, 0].copy(), time_info.inputBufferAdcTime,
                            status.input_overflow))
        if len(self._batch) < self._batch_blocks:
            return
        batch, self._batch = self._batch, []
        try:
            self._loop.call_soon_threadsafe(self._on_blocks, batch)
        except RuntimeError:  # loop closed during shutdown
            raise sd.CallbackAbort from None

    # --- asyncio loop ----------------------------------------------------------------------
    def _on_blocks(self, batch: list[tuple[np.ndarray, float, bool]]) -> None:
        for block, adc_time, overflow in batch:
            self._on_block(block, adc_time, overflow)
        self._batch_blocks = RESTING_BLOCKS if self._resting() else 1

    def _resting(self) -> bool:
        """Nothing the mic hears now goes anywhere soon: the gate is shut (or the mic
        muted) and nothing plays, so the user is not barging in. Without an echo canceller
        nothing says what plays, and the mic never rests."""
        shut = self._muted or not self.gate.open
        return shut and self._processor is not None and self._processor.far_end_idle

    def _on_block(self, block: np.ndarray, adc_time: float, overflow: bool) -> None:
        if overflow:
            self.overflows += 1
        if self._resampler is not None:
            block = self._resampler.process(block)
        self._pending_t0 = adc_time - self._pending.size / RATE
        self._pending = np.concatenate((self._pending, block)) if self._pending.size else block
        cut = 0
        done: list[np.ndarray] = []  # this block's frames, processed
        while self._pending.size - cut >= FRAME:
            frame = self._pending[cut:cut + FRAME]
            if self._processor is not None:
                frame = self._processor.process(frame, self._pending_t0 + cut / RATE)
            done.append(frame)
            cut += FRAME
        if done:  # the meter, the voice activity and the gate take the block's frames at once
            heard = np.concatenate(done) if len(done) > 1 else done[0]
            self._meter.update(heard)
            if not self._muted:
                if self._voice is not None:
                    self._voice.feed(heard.tobytes(), self._pending_t0)
                self._deliver(done, self._pending_t0)
            elif self._tail_left:
                self._send_silence(len(done), self._pending_t0)
        self._pending = self._pending[cut:]

    def _send_silence(self, count: int, t0: float) -> None:
        """Muted after a turn may have begun: up to `count` silent frames in place of what
        was heard (from `t0` on), and once the tail is out, the end of the stream again."""
        count = min(count, self._tail_left)
        for index in range(count):
            self._append(self._silence, t0 + index * FRAME / RATE)
        self._tail_left -= count
        if not self._tail_left:
            self._emit_chunk(end_of_stream=True)

    def _deliver(self, frames: list[np.ndarray], t0: float) -> None:
        """Gather what the gate admits of `frames` into chunks; where it pauses the stream,
        the chunk so far goes out marked as the end of the stream.

        While the model speaks the gate stays open: a barge-in then reaches the server
        exactly as without a gate (opening it would first send the pre-roll, ~10 ms more on
        this machine: docs/performance.md), and the server's VAD keeps hearing what the echo
        canceller leaves, as it always did."""
        playing = self._processor is not None and not self._processor.far_end_idle
        for admitted in self.gate.admit(frames, t0, keep_open=playing):
            if admitted is PAUSE:
                self._emit_chunk(end_of_stream=True)
                continue
            self._append(*admitted)

    def _append(self, frame: np.ndarray, t: float) -> None:
        """Adds a 10 ms frame heard at `t` to the chunk being gathered; a full chunk goes out."""
        if not self._frames:
            self._chunk_t0 = t
        self._frames.append(frame)
        if len(self._frames) >= self._chunk_frames:
            self._emit_chunk(end_of_stream=False)

    def _emit_chunk(self, *, end_of_stream: bool) -> None:
        pcm = b"".join(f.tobytes() for f in self._frames)
        self._frames.clear()
        chunk = MicChunk(pcm, self._chunk_t0, end_of_stream)
        if self._queue.full():
            self._queue.get_nowait()
            self.dropped_chunks += 1
        self._queue.put_nowait(chunk)


def _best_rate(index: int | None) -> int:
    """16 kHz if the device takes it (no resampling), else its own default rate."""
    try:
        sd.check_input_settings(device=index, samplerate=RATE, channels=1, dtype="int16")
        return RATE
    except (sd.PortAudioError, ValueError):
        return int(sd.query_devices(index, "input")["default_samplerate"])

