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

from desktop_app.media.engine.client import AudioEngine, EngineSpeaker
from desktop_app.media.engine.protocol import EngineConfig
from desktop_app.media.events import FirstAudioPlayed
from desktop_app.media.player import Player
from tests.media.mediatest import Recorder

RATE = 24000
CHUNK = RATE * 40 // 1000  # Gemini-sized 40 ms chunks


def never_zero(seconds: float) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return (6000 + 5000 * np.sin(2 * np.pi * 220 * t)).astype(np.int16)


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


async def interrupt_latency(player: Player | EngineSpeaker, trials: int
                            ) -> tuple[list[float], list[float]]:
    """Each trial: a long answer queued, played 300-500 ms, then interrupted. Returns what
    PortAudio's DAC stamps say, and what a recording of the speaker's monitor says. Works on
    the in-process Player and on the audio engine's speaker alike (the Downlink calls)."""
    rng = np.random.default_rng(1)
    stamped, recorded = [], []
    cuts: list[tuple[float, float]] = []  # (interrupt() at, next answer fed at), monotonic
    audio = never_zero(3.0).tobytes()
    rec = Recorder("vspk.monitor", RATE)
    await asyncio.sleep(0.3)
    for gen in range(1, trials + 1):
        player.play(audio, RATE, gen)
        await asyncio.sleep(0.3 + rng.uniform(0, 0.2))
        at = time.monotonic()
        player.interrupt(gen)
        await asyncio.sleep(0.15)
        cuts.append((at, time.monotonic()))
        report = player.last_interrupt
        if report is not None and report.generation == gen:
            stamped.append(report.latency_s * 1000)
    heard = np.abs(rec.stop().astype(np.int32)) > 1000
    for at, until in cuts:
        window = np.flatnonzero(heard[rec.index_of(at - 0.05):rec.index_of(until)])
        if window.size == 0:  # already silent before the interrupt: a glitch, not a measure
            continue
        last = rec.index_of(at - 0.05) + int(window[-1])
        recorded.append((rec.time_of(last) - at) * 1000)
    return stamped, recorded


def bursty_due(n: int, jitter_s: float, rng: np.random.Generator) -> list[float]:
    """Bursts of five 40 ms chunks every 200 ms, each burst late by up to `jitter_s`."""
    late = [0.0, *rng.uniform(0, jitter_s, n // 5 + 1)]
    return [0.04 * (k - k % 5) + late[k // 5] for k in range(n)]


def paced_due(n: int, speed: float, jitter_s: float, rng: np.random.Generator) -> list[float]:
    """Chunk by chunk, `speed` times real time, each up to `jitter_s` late (Gemini's usual)."""
    return [0.04 * k / speed + (rng.uniform(0, jitter_s) if k else 0.0) for k in range(n)]


async def bursty(player: Player, seconds: float, jitter_s: float, gen: int,
                 pattern: str = "bursty", seed: int = 2) -> dict[str, float]:
    """One turn of `seconds` of audio, delivered in the given pattern."""
    rng = np.random.default_rng(seed)
    audio = never_zero(seconds)
    chunks = [audio[i:i + CHUNK] for i in range(0, audio.size, CHUNK)]
    due_at = (bursty_due(len(chunks), jitter_s, rng) if pattern == "bursty"
              else paced_due(len(chunks), 1.2, jitter_s, rng))
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

    fed_at = time.monotonic()
    for k, chunk in enumerate(chunks):
        if due_at[k] > loop.time() - start:
            await asyncio.sleep(due_at[k] - (loop.time() - start))
        if k == 0:
            fed_at = time.monotonic()
        arrivals.append((position, player.time()))
        player.feed(chunk.tobytes(), gen)
        position += chunk.size
        drain()
    deadline = loop.time() + seconds + 10.0
    while len(played) < position:
        if loop.time() > deadline or player.reference.skipped:
            raise RuntimeError(f"played {len(played)} of {position} samples; the reference "
                               f"reader skipped {player.reference.skipped}")
        await asyncio.sleep(0.05)
        drain()
    lat = [(played[p] - t) * 1000 for p, t in arrivals]
    first_of_burst = lat[::5]
    after = player.stats()
    return {
        "fed_at": fed_at,
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


async def turn_starts(turns: int) -> None:
    """Several turns on one player (one connection), as the start wait learns per connection."""
    print(f"## first chunk → speaker over {turns} turns of 3 s on one player (blocksize 160)")
    print("(DAC: PortAudio's stamp of the first sample; heard: the first sample in a recording "
          "of vspk.monitor, timed by when the recording arrived)")
    print("| delivery | start wait | turn 1: DAC / heard ms | turns 2+: DAC median / max ms "
          "| turns 2+: heard median / max ms | burst-first median / max ms | underruns "
          "| wait after ms |")
    print("|---|---|---|---|---|---|---|---|")
    for pattern, jitter in (("paced", 0.0), ("paced", 0.01), ("bursty", 0.05)):
        for adaptive in (False, True):
            player = Player(adaptive=adaptive)
            assert await player.start()
            rec = Recorder("vspk.monitor", RATE)
            await asyncio.sleep(0.5)
            results = []
            for gen in range(1, turns + 1):
                results.append(await bursty(player, 3.0, jitter, gen, pattern, seed=gen))
                await asyncio.sleep(0.3)
            loud = np.abs(rec.stop().astype(np.int32)) > 1000
            heard = []
            for r in results:
                onset = np.flatnonzero(loud[max(0, rec.index_of(r["fed_at"])):])
                heard.append((rec.time_of(rec.index_of(r["fed_at"]) + int(onset[0]))
                              - r["fed_at"]) * 1000 if onset.size else float("nan"))
            later = [r["turn_start_ms"] for r in results[1:]]
            firsts = [r["burst_first_median_ms"] for r in results]
            maxes = [r["burst_first_max_ms"] for r in results]
            label = ("bursts of 5 every 200 ms, ≤ 50 ms late" if pattern == "bursty" else
                     f"paced 1.2×{f', ≤ {jitter * 1000:.0f} ms late' if jitter else ''}")
            print(f"| {label} | {'learned' if adaptive else 'fixed 80 ms'} | "
                  f"{results[0]['turn_start_ms']:.0f} / {heard[0]:.0f} | "
                  f"{statistics.median(later):.0f} / {max(later):.0f} | "
                  f"{statistics.median(heard[1:]):.0f} / {max(heard[1:]):.0f} | "
                  f"{statistics.median(firsts):.0f} / {max(maxes):.0f} | "
                  f"{sum(r['underruns'] for r in results):.0f} | "
                  f"{player.stats().prime_ms:.0f} |")
            await player.stop()


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
            player = Player(blocksize=blocksize, latency=latency, prime_ms=prime,
                            adaptive=False)
            assert await player.start()
            await asyncio.sleep(0.5)
            r = await bursty(player, 10.0, 0.05, gen=1)
            print(f"| {blocksize} | {prime} | {r['turn_start_ms']:.0f} | "
                  f"{r['burst_first_median_ms']:.0f} | {r['burst_first_max_ms']:.0f} | "
                  f"{r['chunk_median_ms']:.0f} | {r['underruns']:.0f} | "
                  f"{r['device_underflows']:.0f} |")
            await player.stop()


def start_hogs(n: int) -> threading.Event:
    stop = threading.Event()
    for _ in range(n):
        threading.Thread(target=hog, args=(stop,), daemon=True).start()
    return stop


async def engine_startup(runs: int) -> None:
    """Spawn → devices open → ready, and what the engine weighs once running."""
    starts, rss = [], []
    for _ in range(runs):
        engine = AudioEngine(EngineConfig())
        assert await engine.start()
        starts.append(engine.start_s[-1] * 1000)
        while engine.heartbeat is None:
            await asyncio.sleep(0.01)
        await asyncio.sleep(1.0)
        rss.append(engine.heartbeat.rss_bytes / 2**20)
        await engine.stop()
    print("## audio engine start-up (spawn → devices open → ready) and memory")
    print("| runs | start median ms | min | max | engine RSS median MiB (mic, AEC, speaker) |")
    print("|---|---|---|---|---|")
    print(f"| {runs} | {statistics.median(starts):.0f} | {min(starts):.0f} | {max(starts):.0f} "
          f"| {statistics.median(rss):.0f} |\n")


async def engine_first_audio(engine: AudioEngine, events: list, turns: int,
                             gap_s: float = 0.6, first_turn: int = 1000) -> None:
    """A turn's first chunk → its first sample at the DAC (the engine's FirstAudioPlayed,
    PortAudio's stamp) and in a recording of vspk.monitor. `gap_s` of silence after each
    turn (long enough, and the idle speaker's stream is paused before the next)."""
    pauses = engine.speaker.stats().pauses
    rec = Recorder("vspk.monitor", RATE)
    await asyncio.sleep(0.3)
    fed, stamped = [], []
    for gen in range(first_turn, first_turn + turns):
        at = time.monotonic()
        audio = never_zero(0.6)
        for k in range(0, audio.size, CHUNK):  # paced like Gemini's chunks, 1.2× real time
            engine.speaker.play(audio[k:k + CHUNK].tobytes(), RATE, gen)
            await asyncio.sleep(0.04 / 1.2)
        fed.append(at)
        while not any(isinstance(e, FirstAudioPlayed) and e.generation == gen for e in events):
            await asyncio.sleep(0.01)
        first = next(e for e in events if isinstance(e, FirstAudioPlayed) and e.generation == gen)
        stamped.append((first.played_at - at) * 1000)
        await asyncio.sleep(gap_s)
    loud = np.abs(rec.stop().astype(np.int32)) > 1000
    heard = []
    for at in fed:
        onset = np.flatnonzero(loud[max(0, rec.index_of(at)):])
        if onset.size:
            heard.append((rec.time_of(rec.index_of(at) + int(onset[0])) - at) * 1000)
    print(f"| {turns} | {gap_s:.1f} s ({engine.speaker.stats().pauses - pauses} pauses) | "
          f"{statistics.median(stamped):.0f} | {max(stamped):.0f} | "
          f"{statistics.median(heard):.0f} | {max(heard):.0f} |")


async def underflows_under_load(make: str, seconds: float, hogs: int) -> tuple[int, int]:
    """`seconds` of speech with `hogs` GIL-holding threads in this (the app's) process:
    device underflows, and the player's own run-dries."""
    engine = None
    if make == "engine":
        engine = AudioEngine(EngineConfig(mic=False, backoff_underflows=10**6))
        assert await engine.start()
        player = engine.speaker
    else:
        blocksize, latency = (240, "low") if make == "in-process 10 ms" else (160, 0.03)
        player = Player(blocksize=blocksize, latency=latency)
        assert await player.start()
    player.play(never_zero(0.3).tobytes(), RATE, 0)  # a stream's first moments are not measured
    await asyncio.sleep(1.5)
    stop = start_hogs(hogs)
    before = player.stats()
    player.play(never_zero(seconds).tobytes(), RATE, 1)
    await asyncio.sleep(0.3)
    while player.stats().queued_ms > 0:
        await asyncio.sleep(0.1)
    after = player.stats()
    stop.set()
    await (engine.stop() if engine is not None else player.stop())
    return (after.device_underflows - before.device_underflows,
            after.underruns - before.underruns)


async def engine_cpu(seconds: float) -> None:
    """CPU of both processes while the engine plays and captures (echo canceller on)."""
    engine = AudioEngine(EngineConfig())
    assert await engine.start()
    while engine.heartbeat is None:
        await asyncio.sleep(0.01)

    async def drain_mic() -> None:
        while True:
            await engine.mic.read()

    reader = asyncio.create_task(drain_mic())
    await asyncio.sleep(1.0)
    app0, eng0, t0 = time.process_time(), engine.heartbeat.cpu_s, time.monotonic()
    audio = never_zero(seconds)
    for k in range(0, audio.size, CHUNK):
        engine.speaker.play(audio[k:k + CHUNK].tobytes(), RATE, 1)
        await asyncio.sleep(0.04)
    await asyncio.sleep(0.5)
    wall = time.monotonic() - t0
    app_cpu = (time.process_time() - app0) / wall * 100
    eng_cpu = (engine.heartbeat.cpu_s - eng0) / wall * 100
    reader.cancel()
    rss = engine.heartbeat.rss_bytes / 2**20
    await engine.stop()
    print("## CPU while speaking and listening (mic 10 ms blocks, AEC3, default speaker buffer)")
    print("| wall s | app process % of a core (feeding 40 ms chunks, reading the mic) "
          "| engine process % | engine RSS MiB |")
    print("|---|---|---|---|")
    print(f"| {wall:.1f} | {app_cpu:.1f} | {eng_cpu:.1f} | {rss:.0f} |\n")


async def engine_main(trials: int, hogs: int, load_s: float, only_load: bool) -> None:
    if not only_load:
        await engine_parts(trials, hogs)
    print(f"\n## device underflows in {load_s:.0f} s of speech, {hogs} GIL-holding threads "
          "in the app's process")
    print("| player | device underflows | player ran dry |")
    print("|---|---|---|")
    for make in ("engine", "in-process 10 ms", "in-process 27 ms (before)"):
        underflows, dry = await underflows_under_load(make, load_s, hogs)
        print(f"| {make} | {underflows} | {dry} |")


async def engine_parts(trials: int, hogs: int) -> None:
    await engine_startup(5)
    await engine_cpu(10.0)
    events: list = []
    engine = AudioEngine(EngineConfig(mic=False, backoff_underflows=10**6), events.append)
    assert await engine.start()
    await asyncio.sleep(0.5)
    print("## through the engine: first chunk → speaker (paced 1.2× real time)")
    print("| turns | silence before each | DAC stamp median ms | max | recorded monitor "
          "median ms | max |")
    print("|---|---|---|---|---|---|")
    await engine_first_audio(engine, events, 10)
    # The idle speaker's stream is paused before each of these (media/player.py).
    await engine_first_audio(engine, events, 10, gap_s=2.5, first_turn=2000)
    print("\n## through the engine: interrupt() → last non-silent sample")
    print("| app threads hogging | output block | device latency ms | DAC stamps: median ms "
          "| p95 | max | recorded monitor: median ms | p95 | max | silent before the cut |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for n in (0, hogs):
        stop = start_hogs(n)
        stamped, recorded = await interrupt_latency(engine.speaker, trials)
        stop.set()
        print(f"| {n} | {engine.ready.out_blocksize} | "
              f"{engine.speaker.output_latency * 1000:.0f} | "
              f"{median(stamped):.1f} | {pct(stamped, 95):.1f} | {pct(stamped, 100):.1f} "
              f"| {median(recorded):.1f} | {pct(recorded, 95):.1f} | "
              f"{pct(recorded, 100):.1f} | {trials - len(recorded)} |")
    print(f"(device underflows meanwhile: {engine.speaker.stats().device_underflows})")
    await engine.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--hog", action="store_true",
                        help="interrupt trials only, with a CPU-bound Python thread running")
    parser.add_argument("--turns", type=int, default=0,
                        help="only the turn-start table: this many turns per player")
    parser.add_argument("--engine", action="store_true",
                        help="the audio engine (media/engine/): start-up, memory, CPU, first "
                        "chunk → speaker, interrupt → silence, underflows under --hogs")
    parser.add_argument("--hogs", type=int, default=2)
    parser.add_argument("--load-seconds", type=float, default=15.0)
    parser.add_argument("--only-load", action="store_true", help="with --engine: only the "
                        "underflow comparison")
    args = parser.parse_args()
    if args.engine:
        asyncio.run(engine_main(args.trials, args.hogs, args.load_seconds, args.only_load))
    else:
        asyncio.run(turn_starts(args.turns) if args.turns else main(args.trials, args.hog))
