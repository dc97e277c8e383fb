"""Speaker benchmarks: interrupt → silence at the DAC, and chunk arrival → DAC under bursts.

Run inside the test PulseAudio server:
    bench/with-services.sh .venv/bin/python bench/media_player.py

Times are PortAudio's: `interrupt()` is stamped with the stream clock, and the player's
reference ring says when each sample reached the DAC (outputBufferDacTime). The fed signal is
a tone on a DC offset that is never zero, so the n-th non-zero sample the device played is
the n-th sample fed: that maps each chunk to the moment it was heard.

PortAudio's DAC stamps through ALSA's pulse plugin are estimates, so interrupt → silence is also
measured from outside: vspk.monitor is recorded (parec) and the last loud sample is timed by
when the recording arrived. That figure includes the recorder's own latency: an upper bound.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import threading
import time

import numpy as np

from desktop_app.media.player import Player
from tests.media.mediatest import Recorder

RATE = 24000
CHUNK = RATE * 40 // 1000  # Gemini-sized 40 ms chunks


def never_zero(seconds: float) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return (6000 + 5000 * np.sin(2 * np.pi * 220 * t)).astype(np.int16)


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


async def interrupt_latency(player: Player, trials: int) -> tuple[list[float], list[float]]:
    """Each trial: a long answer queued, played 300-500 ms, then interrupted. Returns what
    PortAudio's DAC stamps say, and what a recording of the speaker's monitor says."""
    rng = np.random.default_rng(1)
    stamped, recorded = [], []
    cuts: list[tuple[float, float]] = []  # (interrupt() at, next answer fed at), monotonic
    audio = never_zero(3.0).tobytes()
    rec = Recorder("vspk.monitor", RATE)
    await asyncio.sleep(0.3)
    for gen in range(1, trials + 1):
        player.feed(audio, gen)
        await asyncio.sleep(0.3 + rng.uniform(0, 0.2))
        at = time.monotonic()
        player.interrupt(gen)
        await asyncio.sleep(0.15)
        cuts.append((at, time.monotonic()))
        report = player.last_interrupt
        assert report is not None and report.generation == gen
        stamped.append(report.latency_s * 1000)
    heard = np.abs(rec.stop().astype(np.int32)) > 1000
    for at, until in cuts:
        window = np.flatnonzero(heard[rec.index_of(at - 0.05):rec.index_of(until)])
        if window.size == 0:  # already silent before the interrupt: a glitch, not a measure
            continue
        last = rec.index_of(at - 0.05) + int(window[-1])
        recorded.append((rec.time_of(last) - at) * 1000)
    return stamped, recorded


async def bursty(player: Player, seconds: float, jitter_s: float, gen: int) -> dict[str, float]:
    """Bursts of five 40 ms chunks every 200 ms, each burst late by up to `jitter_s`."""
    rng = np.random.default_rng(2)
    audio = never_zero(seconds)
    chunks = [audio[i:i + CHUNK] for i in range(0, audio.size, CHUNK)]
    arrivals: list[tuple[int, float]] = []  # (queue position, stream time fed)
    played: list[float] = []  # DAC time of each non-zero sample, in order
    loop = asyncio.get_running_loop()
    start = loop.time()
    position = 0
    before = player.stats()

    def drain() -> None:
        while (block := player.reference.read(240)) is not None:
            nz = np.flatnonzero(block.samples)
            played.extend(block.dac_time + nz / RATE)

    for b in range(0, len(chunks), 5):
        due = start + 0.04 * b + (rng.uniform(0, jitter_s) if b else 0.0)
        await asyncio.sleep(max(0.0, due - loop.time()))
        for chunk in chunks[b:b + 5]:
            arrivals.append((position, player.time()))
            player.feed(chunk.tobytes(), gen)
            position += chunk.size
        drain()
    while len(played) < position:
        await asyncio.sleep(0.05)
        drain()
    lat = [(played[p] - t) * 1000 for p, t in arrivals]
    first_of_burst = lat[::5]
    after = player.stats()
    return {
        "turn_start_ms": lat[0],
        "burst_first_median_ms": statistics.median(first_of_burst[1:]),
        "burst_first_max_ms": max(first_of_burst[1:]),
        "chunk_median_ms": statistics.median(lat),
        "underruns": after.underruns - before.underruns,
        "device_underflows": after.device_underflows - before.device_underflows,
    }


CONFIGS = [  # (blocksize, latency) as passed to sounddevice
    (480, "low"),
    (240, "high"),
    (160, 0.03),
    (0, "low"),
]


def hog(stop: threading.Event) -> None:
    """Pure-Python work that holds the GIL, like JSON/base64 decoding or a busy UI."""
    while not stop.is_set():
        sum(i * i for i in range(50_000))


async def main(trials: int, with_hog: bool) -> None:
    stop_hog = threading.Event()
    if with_hog:
        threading.Thread(target=hog, args=(stop_hog,), daemon=True).start()
        print("(with a GIL-holding Python thread running throughout)\n")
    print("## interrupt() → last non-silent sample at the DAC")
    print("| blocksize | latency | device latency ms | DAC stamps: median ms | p95 | max "
          "| recorded monitor: median ms | p95 | max | underflows | silent before the cut |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for blocksize, latency in CONFIGS:
        player = Player(blocksize=blocksize, latency=latency)
        assert await player.start()
        await asyncio.sleep(0.5)
        stamped, recorded = await interrupt_latency(player, trials)
        print(f"| {blocksize} | {latency} | {player.output_latency * 1000:.0f} | "
              f"{statistics.median(stamped):.1f} | {pct(stamped, 95):.1f} | {max(stamped):.1f} | "
              f"{statistics.median(recorded):.1f} | {pct(recorded, 95):.1f} | "
              f"{max(recorded):.1f} | {player.stats().device_underflows} "
              f"| {trials - len(recorded)} |")
        await player.stop()
    if with_hog:
        stop_hog.set()
        return

    print("\n## chunk arrival → DAC, bursts of 5×40 ms every 200 ms, each up to 50 ms late")
    print("| blocksize | prime ms | turn start ms | burst-first median ms | burst-first max ms "
          "| chunk median ms | underruns | device underflows |")
    print("|---|---|---|---|---|---|---|---|")
    for blocksize, latency in CONFIGS:
        for prime in (20, 60, 80):
            player = Player(blocksize=blocksize, latency=latency, prime_ms=prime)
            assert await player.start()
            await asyncio.sleep(0.5)
            r = await bursty(player, 10.0, 0.05, gen=1)
            print(f"| {blocksize} | {prime} | {r['turn_start_ms']:.0f} | "
                  f"{r['burst_first_median_ms']:.0f} | {r['burst_first_max_ms']:.0f} | "
                  f"{r['chunk_median_ms']:.0f} | {r['underruns']:.0f} | "
                  f"{r['device_underflows']:.0f} |")
            await player.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--hog", action="store_true",
                        help="interrupt trials only, with a CPU-bound Python thread running")
    args = parser.parse_args()
    asyncio.run(main(args.trials, args.hog))
