"""Mic benchmarks: capture → delivery on the loop, and capture → the emulator's socket.

Run inside the test PulseAudio server:
    bench/with-services.sh .venv/bin/python bench/media_mic.py

A chunk's capture time is PortAudio's inputBufferAdcTime of its samples. "From last sample"
is the pipeline's own delay (device buffer, callback hand-off, resampling, the loop); "from
first sample" adds the chunk's own length, which is what a word spoken at the start of a chunk
waits. Through ALSA's pulse plugin these ADC stamps carry an error that changes each time a
stream opens (about ±10 ms), so each configuration is opened several times and every open's
median is shown. The socket figures run the real LiveSession (google-genai SDK, TLS WebSocket)
against the emulator in the same process; "delivery → emulator" uses one clock (monotonic)
on both ends and has no such error.

Because of that error, a stamp-free figure too: an output stream on the mic's feed sink (vmic)
writes a click, noting the exact time its callback ran; the time until the Mic delivers the
chunk holding the click covers the whole path, output buffer included, so it bounds
capture → delivery from above.

The first sound after silence, with the quiet gate (media/gate.py): the same click until the
emulator has received it, through the real session. Three ways: every chunk sent (no gate,
as before it); the model speaking (the far end busy: a barge-in; the mic keeps the gate
open then); nothing playing, the gate shut (the mic resting, its blocks handed over three at
a time: a new turn). The gate holds 0.4 s here instead of 2 s, only so that the trials are
quick; how it opens does not depend on the hold.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import tempfile
import time
import wave
from pathlib import Path

import numpy as np
import sounddevice as sd

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession
from desktop_app.media.mic import RATE, Mic, MicChunk
from desktop_app.settings import Settings
from tests.media.mediatest import FrameCounter

KEY = "bench-key"
OPENS = 3


def summary(values: list[float]) -> str:
    return (f"{statistics.median(values):.1f} | {np.percentile(values, 95):.1f} | "
            f"{max(values):.1f}")


def clock_offset(mic: Mic) -> float:
    """PortAudio stream time minus time.monotonic()."""
    return statistics.median(mic.time() - time.monotonic() for _ in range(9))


async def delivery(chunk_ms: int, capture_rate: int | None, seconds: float) -> None:
    medians_last, medians_first, last_all = [], [], []
    for _ in range(OPENS):
        mic = Mic(chunk_ms=chunk_ms, capture_rate=capture_rate)
        assert await mic.start()
        last, first = [], []
        end = time.monotonic() + seconds
        await mic.read()
        while time.monotonic() < end:
            chunk = await mic.read()
            now = mic.time()
            n = len(chunk.pcm) // 2
            last.append((now - (chunk.adc_time + (n - 1) / RATE)) * 1000)
            first.append((now - chunk.adc_time) * 1000)
        device_ms = mic.input_latency * 1000
        await mic.stop()
        assert mic.overflows == 0 and mic.dropped_chunks == 0
        medians_last.append(statistics.median(last))
        medians_first.append(statistics.median(first))
        last_all += last
    spread = np.percentile(last_all, 95) - statistics.median(last_all)
    print(f"| {capture_rate or RATE} Hz | {chunk_ms} | {device_ms:.0f} | "
          f"{', '.join(f'{m:.0f}' for m in medians_last)} | "
          f"{', '.join(f'{m:.0f}' for m in medians_first)} | {spread:.1f} |")


class ClickSource:
    """A low-latency output stream into vmic that writes a click on request."""

    def __init__(self) -> None:
        self.requested = False
        self.written_at: float | None = None  # PortAudio time of the callback that wrote it
        os.environ["PULSE_SINK"] = "vmic"  # read by the ALSA pulse plugin when the stream opens
        try:
            self.stream = sd.OutputStream(device="pulse", samplerate=16000, channels=1,
                                          dtype="int16", blocksize=0, latency="low",
                                          callback=self._callback)
        finally:
            del os.environ["PULSE_SINK"]
        self.stream.start()

    def _callback(self, out: np.ndarray, frames: int, time_info, status) -> None:
        out[:] = 0
        if self.requested:
            self.requested = False
            out[:16, 0] = 30000
            self.written_at = time_info.currentTime


async def round_trip(trials: int) -> None:
    clicks = ClickSource()
    mic = Mic()
    assert await mic.start()
    ms = []
    await asyncio.sleep(0.5)
    for _ in range(trials):
        clicks.written_at = None
        clicks.requested = True
        while True:
            chunk = await mic.read()
            if np.abs(np.frombuffer(chunk.pcm, np.int16)).max() > 10000:
                break
        assert clicks.written_at is not None
        ms.append((mic.time() - clicks.written_at) * 1000)
        await asyncio.sleep(0.2 + np.random.default_rng(len(ms)).uniform(0, 0.02))
    await mic.stop()
    clicks.stream.close()
    print(f"| click written into vmic (output callback, {clicks.stream.latency * 1000:.0f} ms "
          f"buffer) → its 20 ms chunk delivered | {summary(ms)} | {trials} |")


class TimedMic:
    """Hands the session the mic's chunks and remembers each one, and when it was delivered."""

    def __init__(self, mic: Mic) -> None:
        self.mic = mic
        self.chunks: list[tuple[MicChunk, float]] = []

    async def read(self) -> MicChunk:
        chunk = await self.mic.read()
        self.chunks.append((chunk, time.monotonic()))
        return chunk


async def live_session(emu: EmulatorThread) -> LiveSession:
    """A real session, set up, on `emu`."""
    settings = Settings(api_key=KEY, endpoint=emu.base_url, ca_file=str(emu.cert_path),
                        model="gemini-3.8-live")
    live = asyncio.Event()
    session = LiveSession(
        settings, lambda e: live.set() if isinstance(e, ev.SetupComplete) else None)
    session.start()
    await asyncio.wait_for(live.wait(), 10)
    return session


async def to_socket(seconds: float, tls: Path, wav: Path) -> None:
    with EmulatorThread(tls_dir=tls, api_key=KEY) as emu:
        session = await live_session(emu)
        mic = Mic()
        assert await mic.start()
        timed = TimedMic(mic)
        conn = emu.connections()[-1].id
        session.stream_audio(timed)
        player = subprocess.Popen(["paplay", "-d", "vmic", str(wav)])
        await asyncio.sleep(seconds)
        session.stream_audio(None)
        offset = clock_offset(mic)
        received = emu.received("audio", conn)
        await session.stop()
        await mic.stop()
        player.wait()
    # The session may merge queued chunks into one message: match each message to the chunk
    # that ends where it ends, and time the message by that chunk's last sample.
    ends = np.cumsum([len(c.pcm) for c, _ in timed.chunks])
    total, hop = [], []
    offset_bytes = 0
    for r in received:
        offset_bytes += len(r.payload)
        i = int(np.searchsorted(ends, offset_bytes))
        if i >= len(ends):
            break
        assert ends[i] == offset_bytes, "a message ended inside a chunk"
        chunk, delivered = timed.chunks[i]
        captured = chunk.adc_time + (len(chunk.pcm) // 2 - 1) / RATE - offset  # monotonic
        total.append((r.t - captured) * 1000)
        hop.append((r.t - delivered) * 1000)
    n = len(hop)
    merged = sum(len(r.payload) > 640 for r in received)
    print(f"| delivery on the loop → emulator received | {summary(hop)} | {n} ({merged} merged) |")
    print(f"| capture (last sample, ADC stamp) → emulator received | {summary(total)} | {n} |")


async def first_sound(trials: int) -> None:
    clicks = ClickSource()
    with tempfile.TemporaryDirectory() as tmp, EmulatorThread(tls_dir=Path(tmp),
                                                                 api_key=KEY) as emu:
        for label, hold_ms, idle in (("every chunk sent (no gate)", 0, True),
                                     ("gate on, the model speaking (barge-in)", 400, False),
                                     ("gate shut, nothing playing (mic resting)", 400, True)):
            ms = await _first_sounds(emu, clicks, hold_ms, idle, trials)
            print(f"| {label} | {summary(ms)} | {trials} |", flush=True)
    clicks.stream.close()


async def _first_sounds(emu: EmulatorThread, clicks: ClickSource, hold_ms: int,
                        far_end_idle: bool, trials: int) -> list[float]:
    """Click → emulator, in ms, `trials` times, each after the gate has shut."""
    session = await live_session(emu)
    far_end = FrameCounter()
    far_end.far_end_idle = far_end_idle
    mic = Mic(processor=far_end, gate_hold_ms=hold_ms)
    assert await mic.start()
    conn = emu.connections()[-1].id
    session.stream_audio(mic)
    offset = clock_offset(mic)

    def heard(since: int) -> float | None:
        for r in emu.received("audio", conn)[since:]:
            if np.abs(np.frombuffer(r.payload, np.int16)).max() > 10000:
                return r.t
        return None

    ms = []
    for trial in range(trials):
        await asyncio.sleep(0.8 + np.random.default_rng(trial).uniform(0, 0.04))
        assert mic.gate.open == (hold_ms == 0 or not far_end_idle)
        seen = len(emu.received("audio", conn))
        clicks.written_at = None
        clicks.requested = True
        while (at := heard(seen)) is None:
            await asyncio.sleep(0.002)
        assert clicks.written_at is not None
        ms.append((at - (clicks.written_at - offset)) * 1000)
    session.stream_audio(None)
    await session.stop()
    await mic.stop()
    return ms


async def main(seconds: float) -> None:
    print("## mic capture → chunk delivered on the asyncio loop (ADC-stamp based)")
    print(f"| device rate | chunk ms | device input latency ms | from last sample, median of "
          f"each of {OPENS} opens (ms) | from first sample (ms) | p95 − median within opens (ms) |")
    print("|---|---|---|---|---|---|")
    for chunk_ms, rate in ((20, None), (40, None), (20, 48000)):
        await delivery(chunk_ms, rate, seconds)
    print("\n## stamp-free upper bound: a click through PulseAudio into the Mic")
    print("| path | median ms | p95 ms | max ms | clicks |")
    print("|---|---|---|---|---|")
    await round_trip(40)
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "speech.wav"
        t = np.arange(int(16000 * seconds)) / 16000
        with wave.open(str(wav), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes((8000 * np.sin(2 * np.pi * 300 * t)).astype("<i2").tobytes())
        print("\n## mic capture → the emulator's socket (real SDK, TLS, same process)")
        print("| path | median ms | p95 ms | max ms | messages |")
        print("|---|---|---|---|---|")
        await to_socket(seconds, Path(tmp), wav)
    print("\n## the first sound after silence: a click written into vmic → the emulator has it")
    print("| the mic's uplink | median ms | p95 ms | max ms | clicks |")
    print("|---|---|---|---|---|")
    await first_sound(30)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--first-sound", type=int, default=0, metavar="CLICKS",
                        help="only the first-sound section, with this many clicks a way")
    args = parser.parse_args()
    asyncio.run(first_sound(args.first_sound) if args.first_sound else main(args.seconds))
