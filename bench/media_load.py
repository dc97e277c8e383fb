"""CPU, memory and loop responsiveness of the media pipeline, with and without video.

Run inside the test PulseAudio server and Xvfb:
    bench/with-services.sh .venv/bin/python bench/media_load.py

Each configuration runs in a fresh process for `--seconds`: the session reads the mic, the
player plays a continuous model voice fed in bursty 40 ms chunks, and (per configuration) a
camera (a generated video file looping at 30 fps) or the screen sends 1 JPEG/s. The session
never connects and only counts what it is given to send, so the numbers are the devices layer
alone, not the SDK. CPU is process time over wall time (100% = one core); the loop lag is how
late a 10 ms asyncio timer fires.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

from desktop_app.live.session import LiveSession
from desktop_app.media.camera import Camera
from desktop_app.media.capture import CaptureWorker
from desktop_app.media.mic import Mic
from desktop_app.media.player import Player
from desktop_app.media.screen import Screen
from desktop_app.settings import Settings

CONFIGS = {
    "audio only": None,
    "camera 640×480@30": (640, 480),
    "camera 1280×720@30": (1280, 720),
    "screen 1280×800@1": "screen",
}


class CountingSession(LiveSession):
    """A session that never connects: its own tasks read the devices, as in the app, and
    what they give it to send is counted."""

    def __init__(self) -> None:
        super().__init__(Settings(), lambda _event: None)
        self.audio_bytes = 0
        self.frames = 0

    def send_audio(self, pcm16k: bytes) -> None:
        self.audio_bytes += len(pcm16k)

    def send_frame(self, image: bytes, mime_type: str = "image/jpeg") -> None:
        self.frames += 1

    def end_audio_stream(self) -> None:
        pass


def memory_kib() -> tuple[int, int]:
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def make_video(path: Path, size: tuple[int, int]) -> str:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30, size)
    rng = np.random.default_rng(0)
    for i in range(90):
        img = rng.integers(0, 255, (size[1] // 8, size[0] // 8, 3), np.uint8)
        img = cv2.resize(img, size, interpolation=cv2.INTER_LINEAR)
        cv2.putText(img, str(i), (40, 120), cv2.FONT_HERSHEY_SIMPLEX, 4, (255, 255, 255), 6)
        writer.write(img)
    writer.release()
    return str(path)


async def run(name: str, seconds: float, workdir: Path, block: int, latency: str) -> str:
    video = CONFIGS[name]
    session = CountingSession()
    mic = Mic()
    player = Player(blocksize=block, latency=float(latency) if latency[0].isdigit() else latency)
    assert await mic.start() and await player.start()
    session.stream_audio(mic)
    worker: CaptureWorker | None = None
    if video == "screen":
        worker = Screen(1)
    elif video is not None:
        worker = Camera(make_video(workdir / "cam.avi", video))
    if worker is not None:
        worker.start()
        session.stream_frames(worker.jpegs)

    t = np.arange(24000 * 2) / 24000
    voice = (8000 * np.sin(2 * np.pi * 180 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 4 * t)))
    voice_pcm = voice.astype(np.int16).tobytes()
    loop = asyncio.get_running_loop()
    lags: list[float] = []
    await asyncio.sleep(1.0)  # let start-up settle before measuring
    cpu0, wall0 = os.times(), time.monotonic()
    audio0, frames0 = session.audio_bytes, session.frames
    underflows0 = player.stats().device_underflows
    next_feed = loop.time()
    fed = 0
    while (now := time.monotonic()) - wall0 < seconds:
        due = loop.time() + 0.01
        await asyncio.sleep(0.01)
        lags.append((loop.time() - due) * 1000)
        if loop.time() >= next_feed:  # 200 ms of voice in five 40 ms chunks, 5 times a second
            for i in range(5):
                start = (fed % 10) * 9600 + i * 1920
                player.feed(voice_pcm[start:start + 1920], 1)
            fed += 1
            next_feed += 0.2
    cpu1 = os.times()
    cpu = (cpu1.user + cpu1.system - cpu0.user - cpu0.system) / (now - wall0) * 100
    rss, peak = memory_kib()
    stats = player.stats()
    session.stream_audio(None)
    session.stream_frames(None)
    if worker is not None:
        await worker.stop()
    await mic.stop()
    await player.stop()
    return (f"| {name} | {cpu:.1f} | {rss / 1024:.0f} | {peak / 1024:.0f} | "
            f"{np.percentile(lags, 99):.1f} | {max(lags):.1f} | {session.frames - frames0} | "
            f"{(session.audio_bytes - audio0) / 32000 / (now - wall0):.2f} | {stats.underruns} | "
            f"{stats.device_underflows - underflows0} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--config", choices=list(CONFIGS))
    parser.add_argument("--player-block", type=int, default=160)
    parser.add_argument("--player-latency", default="0.03")
    args = parser.parse_args()
    if args.config:
        if CONFIGS[args.config] == "screen":
            os.environ["DISPLAY"] = os.environ["LIVEDESK_X_DISPLAY"]
        with tempfile.TemporaryDirectory() as tmp:
            print(asyncio.run(run(args.config, args.seconds, Path(tmp), args.player_block,
                                  args.player_latency)), flush=True)
        return
    print(f"player: blocksize {args.player_block}, latency {args.player_latency}\n")
    print("| configuration | CPU % of one core | RSS MiB | peak RSS MiB | loop lag p99 ms "
          "| loop lag max ms | JPEGs sent | mic realtime factor | underruns | device underflows |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name in CONFIGS:
        subprocess.run([sys.executable, __file__, "--config", name, "--seconds",
                        str(args.seconds), "--player-block", str(args.player_block),
                        "--player-latency", args.player_latency],
                       check=True, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
