"""Real-time scheduling for an audio callback thread, where the OS grants it.

Sound servers run their mixing threads with real-time priority (PulseAudio and PipeWire ask
rtkit for it), so a busy machine delays them least. The audio engine's speaker callback is
the same kind of thread: with an ~8 ms device buffer, a few milliseconds of waiting for a
core behind ordinary processes is an underflow. Asked from inside the thread itself (on
Linux a thread's scheduling is its own); where it is not allowed (no privilege, no rtkit
grant, another OS) the thread keeps its priority and the engine still runs.
"""

from __future__ import annotations

import os

# Below the sound server's own threads (PulseAudio asks for 5 by default, PipeWire 88-ish
# for its data loop): the server must still run before its clients.
PRIORITY = 4


def promote_this_thread(priority: int = PRIORITY) -> bool:
    """Asks for SCHED_FIFO at `priority` for the calling thread; True if granted. Allocates
    nothing worth noting and never raises: safe to call once inside an audio callback.

    Meant for the callback thread only: the engine's other threads stay ordinary, so one
    that spins (a device failing in a loop) cannot keep the thread that reports it off a
    core, and threads a promoted thread starts would inherit the policy."""
    setter = getattr(os, "sched_setscheduler", None)
    if setter is None:  # macOS, Windows: the host API's threads already run at high priority
        return False
    try:
        setter(0, os.SCHED_FIFO, os.sched_param(priority))
    except OSError:
        return False
    return True
