"""GoAway switch-over: how long the server goes without the user's audio, and what is lost.

The user streams 20 ms chunks in real time, each carrying a unique marker; the emulator sends
`goAway` (2 s left) again and again; the session switches connections make-before-break.
Measured on the emulator's side, per switch: the time between the last chunk received on the
old connection and the first on the new one, and which markers never arrived.

Run by hand: `.venv/bin/python bench/goaway_switch.py [--switches 30]`.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession
from desktop_app.settings import Settings

CHUNK = 320


def marker(n: int) -> bytes:
    samples = np.full(CHUNK, 3, dtype="<i2")
    samples[0], samples[1], samples[2] = 97, n % 200, n // 200
    return samples.tobytes()


def decode(pcm: bytes) -> list[int]:
    """Marker ids in a message (a backlog goes out as several chunks merged)."""
    s = np.frombuffer(pcm, dtype="<i2").reshape(-1, CHUNK)
    return [int(c[1]) + 200 * int(c[2]) for c in s if c[0] == 97]


async def run(switches: int) -> dict[str, float]:
    with EmulatorThread(tls_dir=Path(tempfile.mkdtemp())) as emu:
        settings = Settings(
            api_key="k", endpoint=emu.base_url, ca_file=str(emu.cert_path), model="gemini-3.8-live"
        )
        setups: list[float] = []
        session = LiveSession(
            settings,
            lambda e: setups.append(time.monotonic()) if isinstance(e, ev.SetupComplete) else None,
        )
        session.start()
        while not setups:
            await asyncio.sleep(0.01)
        sent = 0
        stop = asyncio.Event()

        async def talk() -> None:
            nonlocal sent
            next_at = time.monotonic()
            while not stop.is_set():
                session.send_audio(marker(sent))
                sent += 1
                next_at += 0.02
                await asyncio.sleep(max(0.0, next_at - time.monotonic()))

        talker = asyncio.ensure_future(talk())
        await asyncio.sleep(1.0)
        for _ in range(switches):
            before = len(setups)
            emu.go_away(time_left_s=2.0, close_after_s=3.0)
            while len(setups) == before:
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.5)
        await asyncio.sleep(1.0)
        stop.set()
        await talker
        await asyncio.sleep(0.5)
        await session.stop()
        audio = emu.received("audio")

    gaps = []
    by_conn: dict[int, list] = {}
    for r in audio:
        by_conn.setdefault(r.conn, []).append(r)
    conns = sorted(by_conn)
    for old, new in itertools.pairwise(conns):
        gaps.append((by_conn[new][0].t - by_conn[old][-1].t) * 1000)
    ids = [n for r in audio for n in decode(r.payload)]
    received = set(ids)
    lost = [n for n in range(sent) if n not in received]
    duplicates = len(ids) - len(received)
    return {
        "switches": len(gaps),
        "gap_median_ms": statistics.median(gaps),
        "gap_p95_ms": sorted(gaps)[int(0.95 * (len(gaps) - 1))],
        "gap_max_ms": max(gaps),
        "chunks_sent": sent,
        "chunks_lost": len(lost),
        "chunks_replayed": duplicates,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--switches", type=int, default=30)
    args = parser.parse_args()
    for key, value in asyncio.run(run(args.switches)).items():
        print(f"{key}: {value:.1f}" if isinstance(value, float) else f"{key}: {value}")


if __name__ == "__main__":
    main()
