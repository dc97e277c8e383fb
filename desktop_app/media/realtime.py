"""Real-time scheduling for the audio engine's threads, where the OS grants it.

Sound servers run their mixing threads with real-time priority (PulseAudio and PipeWire ask
rtkit for it), so a busy machine delays them least. The audio engine's speaker path needs the
same: with an ~8 ms device buffer, a few milliseconds of waiting for a core behind ordinary
processes is an underflow. Three kinds of thread are on that path (docs/performance.md has
the traces):

- the speaker stream's own threads, PortAudio's callback thread and, through ALSA's pulse
  plugin, libpulse's I/O thread that carries every block to the sound server;
- every Python thread of the engine that takes the GIL while the speaker plays (the asyncio
  loop: downlink, mic processing, heartbeat; the control thread): the callback cannot run its
  Python without the GIL, so an ordinary thread preempted while it holds it keeps the
  callback waiting just as long.

The speaker's threads get one step more than the Python threads, so the callback preempts
them when it wakes. The microphone's stream threads stay ordinary: on a lost sound server,
PortAudio's capture thread spins for about two seconds before it gives up, which at
real-time priority would keep everything else off its core.

Real-time threads must not spin at all, so the engine first caps the CPU time a real-time
thread may use without sleeping (RLIMIT_RTTIME, as rtkit requires of its clients): past it
the kernel kills the engine, and the app restarts it like any crashed engine. Nothing is
promoted without the cap, and where the OS does not allow either (no privilege, macOS,
Windows) the threads keep ordinary scheduling and the engine still runs.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable

# Below the sound server's own threads (PulseAudio asks for 5 by default, PipeWire 88-ish
# for its data loop): the server must still run before its clients.
PRIORITY = 4  # the speaker stream's threads
ENGINE_PRIORITY = 3  # the engine's Python threads
# CPU time a real-time thread may use without sleeping (rtkit's and PulseAudio's default).
# The engine's threads sleep every few milliseconds: the speaker callback blocks on the
# device every block, and a thread that holds the GIL hands it to the callback (and waits)
# within Python's switch interval.
CPU_LIMIT_S = 0.2
_capped = False  # the cap is in place in this process


def limit_realtime_cpu(seconds: float = CPU_LIMIT_S) -> bool:
    """Caps, for this process, the CPU time a real-time thread may use without sleeping
    (soft and hard limit alike: past it the kernel sends SIGKILL). False where there is no
    such limit."""
    try:
        import resource
        limit = resource.RLIMIT_RTTIME
    except (ImportError, AttributeError):  # Windows; macOS has no RLIMIT_RTTIME
        return False
    micros = int(seconds * 1_000_000)
    try:
        resource.setrlimit(limit, (micros, micros))
    except (OSError, ValueError):
        return False
    global _capped
    _capped = True
    return True


def promote_this_thread(priority: int = PRIORITY) -> bool:
    """Asks for SCHED_FIFO at `priority` for the calling thread, if the CPU cap is already
    in place (`promote` set it); True if granted. Allocates nothing worth noting and never
    raises: safe to call once inside an audio callback (a resumed stream's new thread)."""
    setter = getattr(os, "sched_setscheduler", None)
    if setter is None or not _capped:
        return False
    try:
        setter(0, os.SCHED_FIFO, os.sched_param(priority))
    except OSError:
        return False
    return True


def native_thread_ids() -> set[int]:
    """This process's threads as the kernel numbers them (Linux: /proc/self/task); empty
    where they cannot be listed."""
    try:
        return {int(name) for name in os.listdir("/proc/self/task")}
    except (OSError, ValueError):
        return set()


def threads_started_since(before: set[int]) -> set[int]:
    """Threads that are new since `before` and are not Python's: the ones a native library
    (PortAudio, libpulse) started."""
    python = {t.native_id for t in threading.enumerate()}
    return native_thread_ids() - before - python


def promote(thread_ids: Iterable[int], priority: int) -> set[int]:
    """Asks for SCHED_FIFO at `priority` for these threads of this process (Linux takes a
    thread id where it says pid), once the CPU cap is in place; returns those granted."""
    setter = getattr(os, "sched_setscheduler", None)
    if setter is None or not limit_realtime_cpu():
        return set()  # macOS, Windows: the host API's threads already run at high priority
    granted: set[int] = set()
    for tid in thread_ids:
        try:
            setter(tid, os.SCHED_FIFO, os.sched_param(priority))
        except OSError:
            continue
        granted.add(tid)
    return granted
