"""Health figures of the running app, appended to a file as JSON lines (`--diagnostics FILE`).

A leak shows only over time: a soak test and the hour-long benchmark read these lines to tell
memory that keeps growing from memory that levels off, and a user can send them along with a
report of a slow or swelling app. Each line is one sample, taken on the GUI thread: seconds
since the first sample, resident memory, CPU time, threads, Python objects, the events the
window received by kind, and whatever the caller adds (the UI adds its Qt object counts).
Qt-free; figures a platform cannot give are null.
"""

from __future__ import annotations

import gc
import json
import os
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

INTERVAL_S = 1.0
_STATM = Path("/proc/self/statm")
_STATUS = Path("/proc/self/status")


def resident_mb() -> float | None:
    """Resident set size in MiB (Linux; None elsewhere, where no cheap current figure
    exists: `ru_maxrss` is the peak, which cannot show memory being given back)."""
    try:
        pages = int(_STATM.read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def thread_count() -> int:
    """All threads of the process (PortAudio's and Qt's too) where the OS tells, else the
    Python ones."""
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith("Threads:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return threading.active_count()


def cpu_seconds() -> float:
    """User plus system CPU time of the whole process so far."""
    times = os.times()
    return times.user + times.system


class EventTally:
    """Events by kind (their class name), counted as they reach the window: the soak test
    checks from these that the app really took every transcript fragment and turn."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def handle(self, event: object) -> None:
        self.counts[type(event).__name__] += 1


class HealthLog:
    """Appends one sample per `write()`; the file is opened per line, so a sample is on disk
    even if the app is killed right after."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._start = time.monotonic()
        path.parent.mkdir(parents=True, exist_ok=True)

    def write(self, **extra: Any) -> dict[str, Any]:
        """Take a sample, with the caller's figures added; returns it."""
        rss = resident_mb()
        sample = {
            "t": round(time.monotonic() - self._start, 3),
            "rss_mb": None if rss is None else round(rss, 2),
            "cpu_s": round(cpu_seconds(), 3),
            "threads": thread_count(),
            "py_objects": len(gc.get_objects()),
            **extra,
        }
        with self.path.open("a", encoding="utf-8") as file:
            file.write(json.dumps(sample) + "\n")
        return sample


def read_samples(path: Path) -> list[dict[str, Any]]:
    """Every complete sample in a diagnostics file, oldest first (a line being written is
    left out)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in lines if line.endswith("\n")]
