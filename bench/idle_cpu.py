"""The whole app's CPU while connected: listening (nobody talks), and while the model talks.

Run inside the test PulseAudio server and Xvfb:
    bench/with-services.sh .venv/bin/python bench/idle_cpu.py

The real app runs as a subprocess (`python -m desktop_app --connect`, its window on the
offscreen platform or, with --xvfb, on the test Xvfb display) against the emulator in this
process, with the mic on vmic (silence: nobody talks), the speaker on vspk and the echo
canceller on. Its CPU is its own (utime + stime from /proc over the window, as a share of
one core; the app's process and its children, i.e. the audio engine's process when mic and
speaker run there), so the emulator in this process and other sessions' load do not count;
other load still slows it through caches and the scheduler. Each configuration runs in a
fresh app: it connects, settles for `--settle` seconds, then is measured for `--seconds`.
"Talking" scripts one long answer (the emulator's synthetic voice, delivered a little faster
than real time) and measures while it plays.

The test PulseAudio's vmic is digital silence; `--room DBFS` plays a quiet room into it
instead (steady noise at that RMS level, e.g. -60), which the mic's noise suppressor and
quiet gate (media/gate.py) then work on as they would at a desk. `--no-gate` sends every
chunk, as the app did before the gate (the setting "Pause sending while the microphone
hears nothing" off).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from desktop_app.emulator import EmulatorThread
from desktop_app.settings import Settings, save_settings
from tests.media.mediatest import make_video, write_wav
from tests.support.app_process import app_command, app_env

TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def tree(pid: int) -> list[int]:
    """`pid` and its descendants (the audio engine is a child process of the app)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int(_stat(int(entry.name))[1])
            except (OSError, IndexError):
                continue
    found, todo = [pid], [pid]
    while todo:
        parent = todo.pop()
        kids = [child for child, ppid in parents.items() if ppid == parent]
        found += kids
        todo += kids
    return found


def cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            fields = _stat(pid)
        except OSError:  # it ended: its time is lost, which the figure would show as a drop
            continue
        total += (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime
    return total


def thread_seconds(pids: list[int]) -> dict[tuple[int, int], tuple[str, float]]:
    """CPU seconds so far of every thread of `pids`, by (pid, tid), with its kernel name."""
    found: dict[tuple[int, int], tuple[str, float]] = {}
    for pid in pids:
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                fields = task.joinpath("stat").read_text().rsplit(")", 1)[1].split()
                comm = task.joinpath("comm").read_text().strip()
            except OSError:
                continue
            found[(pid, int(task.name))] = (comm, (int(fields[11]) + int(fields[12])) / TICKS)
    return found


def python_thread_names(pid: int) -> dict[int, str]:
    """Python's names of `pid`'s threads by OS thread id, from `py-spy dump` (on PATH)."""
    spy = shutil.which("py-spy")
    if spy is None:
        return {}
    dump = subprocess.run([spy, "dump", "--pid", str(pid)], capture_output=True, text=True,
                          timeout=30).stdout
    return {int(tid, 0): name for tid, name in
            re.findall(r'^Thread (\S+) \(\w+\): "([^"]*)"', dump, re.M)}


def print_threads(before: dict[tuple[int, int], tuple[str, float]],
                  after: dict[tuple[int, int], tuple[str, float]], seconds: float,
                  names: dict[int, str], root: int) -> None:
    """Each thread's share of one core over the window, busiest first."""
    rows = []
    for key, (comm, used) in after.items():
        share = 100.0 * (used - before.get(key, (comm, 0.0))[1]) / seconds
        pid, tid = key
        who = "app" if pid == root else f"child {pid}"
        rows.append((share, who, tid, comm, names.get(tid, "")))
    for share, who, tid, comm, name in sorted(rows, reverse=True):
        if share >= 0.05:
            print(f"    {share:5.2f} %  {who:12s} tid {tid:<8d} {comm:16s} {name}")


def room_noise(path: Path, dbfs: float, seconds: float) -> Path:
    """`seconds` of steady noise at `dbfs` RMS, 48 kHz, low-passed a little (a room, not hiss)."""
    rate = 48000
    noise = np.random.default_rng(1).standard_normal(int(rate * seconds))
    noise = np.convolve(noise, np.ones(8) / 8, mode="same")
    noise *= 32768 * 10 ** (dbfs / 20) / np.sqrt(np.mean(noise**2))
    return write_wav(path, noise.astype(np.int16), rate)


def measure(camera: Path | None, talking: bool, settle: float, seconds: float,
            platform: str, threads: bool = False, spy_out: Path | None = None,
            room: float | None = None, gate: bool = True, minimized: bool = False) -> float:
    with tempfile.TemporaryDirectory(prefix="livedesk-idle-") as tmp:
        work = Path(tmp)
        emu = EmulatorThread(tls_dir=work / "tls")
        emu.start()
        noise = (subprocess.Popen(["paplay", "-d", "vmic", str(room_noise(
                     work / "room.wav", room, settle + seconds + 70))],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 if room is not None else None)
        try:
            profile = work / "profile"
            save_settings(Settings(quiet_gate=gate), profile)
            options = ["--video", "camera", "--camera", str(camera)] if camera else []
            options += ["--minimized"] if minimized else []
            env = app_env(work / "home", key="idle-bench-key")
            env["QT_QPA_PLATFORM"] = platform
            app = subprocess.Popen(app_command(emu, profile, *options), env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                emu.wait_for(lambda: any(c.open and c.conversation is not None
                                         for c in emu.connections()), 60.0)
                if talking:
                    emu.set_answer_seconds(settle + seconds + 5.0)
                    emu.script_answer("A long answer to keep the model talking.", heard="talk")
                    emu.user_spoke(1.0)
                time.sleep(settle)
                pids = tree(app.pid)
                names: dict[int, str] = {}
                if threads:
                    for pid in pids:
                        names.update(python_thread_names(pid))
                spies = [subprocess.Popen(
                    [shutil.which("py-spy") or "py-spy", "record", "--pid", str(pid),
                     "--duration", str(round(seconds)), "--rate", "200", "--threads",
                     "--format", "raw", "--output", f"{spy_out}-{n}.txt"],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    for n, pid in enumerate(pids)] if spy_out is not None else []
                tasks = thread_seconds(pids) if threads else {}
                before, at = cpu_seconds(pids), time.monotonic()
                time.sleep(seconds)
                used = cpu_seconds(pids) - before
                elapsed = time.monotonic() - at
                if threads:
                    print_threads(tasks, thread_seconds(pids), elapsed, names, app.pid)
                for spy in spies:
                    spy.wait(60)
                return 100.0 * used / elapsed
            finally:
                app.terminate()
                try:
                    app.wait(10)
                except subprocess.TimeoutExpired:
                    app.kill()
        finally:
            if noise is not None:
                noise.kill()
                noise.wait()
            emu.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--settle", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--xvfb", action="store_true", help="the window on $DISPLAY (xcb)")
    parser.add_argument("--only", default="",
                        help="run only the configurations whose label holds this text "
                             "(e.g. 'camera off')")
    parser.add_argument("--threads", action="store_true",
                        help="print each thread's share of a core (names from py-spy if on "
                             "PATH)")
    parser.add_argument("--py-spy", type=Path, default=None, metavar="PREFIX",
                        help="record each process with py-spy (on PATH) during the window: "
                             "PREFIX-<n>.txt, collapsed stacks (py-spy's overhead counts)")
    parser.add_argument("--room", type=float, default=None, metavar="DBFS",
                        help="play steady room noise at this RMS level into vmic (e.g. -60)")
    parser.add_argument("--camera-fps", type=int, default=30,
                        help="the clip's frame rate. The app previews ~15 fps and skips the "
                             "frames between; a clip's skipped frames are still decoded, a "
                             "camera's are not, so a 15 fps clip costs what a 30 fps camera "
                             "does")
    parser.add_argument("--camera-codec", choices=("MJPG", "I420"), default="MJPG",
                        help="the clip's frames: MJPG decodes a JPEG per frame like an MJPEG "
                             "webcam; I420 is raw YUV like most webcams' 640×480 frames, "
                             "which cost only a colour conversion")
    parser.add_argument("--minimized", action="store_true",
                        help="the window minimized (no previews are made or painted)")
    parser.add_argument("--no-gate", action="store_true",
                        help="send every mic chunk (the quiet gate off)")
    args = parser.parse_args()
    platform = "xcb" if args.xvfb else "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        fps = args.camera_fps
        codec = args.camera_codec
        camera = make_video(Path(tmp) / "camera.avi", (640, 480), fps=fps, frames=2 * fps,
                            codec=codec)
        print(f"Qt platform {platform}; {args.runs} runs of {args.seconds:.0f} s each "
              f"after {args.settle:.0f} s; quiet gate {'off' if args.no_gate else 'on'}; "
              f"mic: {'silence' if args.room is None else f'room noise at {args.room} dBFS'}"
              f"{'; window minimized' if args.minimized else ''}")
        print("| configuration | CPU % of one core, median (runs) |")
        print("|---|---|")
        for label, cam, talking in (
            ("connected, listening, camera off", None, False),
            ("connected, model talking, camera off", None, True),
            (f"connected, listening, camera 640×480 @ {fps} fps ({codec} file)", camera, False),
            ("connected, model talking, camera on", camera, True),
        ):
            if args.only not in label:
                continue
            runs = [measure(cam, talking, args.settle, args.seconds, platform, args.threads,
                            args.py_spy, args.room, not args.no_gate, args.minimized)
                    for _ in range(args.runs)]
            print(f"| {label} | {statistics.median(runs):.1f} % "
                  f"({', '.join(f'{r:.1f}' for r in runs)}) |", flush=True)


if __name__ == "__main__":
    main()
