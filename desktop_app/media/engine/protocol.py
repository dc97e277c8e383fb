"""What the app and the audio engine say to each other over the control pipe, and the
headers of the records in their shared-memory rings.

Commands go app → engine, events engine → app; both are small frozen dataclasses (pickled by
the pipe). Audio never travels on the pipe: it is in the rings, and a `Fed` or `MicReady`
doorbell says there is something to read.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from desktop_app.media.levels import Level
from desktop_app.media.player import InterruptReport, PlayerStats

# Downlink record: turn (int64), sample rate (int32), then 16-bit PCM.
DOWN_HEADER = struct.Struct("<qi")
# Uplink record: ADC time (float64), end of stream (uint8), then 16 kHz 16-bit PCM.
UP_HEADER = struct.Struct("<dB")

DOWN_BYTES = 8 * 1024 * 1024  # ~170 s of 24 kHz speech queued ahead: more than a turn
UP_BYTES = 1024 * 1024  # ~30 s of 16 kHz mic audio if the app stalls

HEARTBEAT_S = 0.1
# With nothing new to say (speaker paused, levels still): a beat this often, well inside the
# app's 1 s watchdog (media/engine/client.py HEARTBEAT_TIMEOUT_S).
QUIET_HEARTBEAT_S = 0.3


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """What the engine opens. Output blocks are in frames at 24 kHz; 0 lets PortAudio pick
    (variable blocks, the smallest buffer)."""

    input_device: str | int = ""
    output_device: str | int = ""
    mic: bool = True
    speaker: bool = True
    headphones: bool = False
    noise_suppression: bool = True
    # 0 with "low": PortAudio's smallest buffer, ~8 ms through PulseAudio (whose periods set
    # the blocks); interrupt → silence 11 ms median on the recorded monitor, where fixed 10 ms
    # blocks double the device buffer to 20 ms (docs/performance.md).
    out_blocksize: int = 0
    out_latency: float | str = "low"
    first_backoff_blocksize: int = 240  # 10 ms blocks: the first step up from 0
    max_out_blocksize: int = 960  # 40 ms: where the back-off stops
    backoff_underflows: int = 3  # this many output underflows within BACKOFF_WINDOW_S...
    muted: bool = False
    gate_hold_ms: int = 0  # the mic's quiet gate (media/gate.py); 0: every chunk goes out
    mute_tail_ms: int = 0  # the silence a mute sends after cutting a turn (media/mic.py)


BACKOFF_WINDOW_S = 2.0  # ...double the output block
SETTLE_S = 1.0  # underflows in a stream's first second (PortAudio starting) do not count


# --- app → engine ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Open:
    """Open the devices `config` chooses. The engine is spawned idle (no device open) and
    waits for this: spawning and importing take 0.3–1 s, so the app spawns one ahead and
    Connect only has to open the devices (media/rig.py `MediaRig.warm`)."""

    config: EngineConfig


@dataclass(frozen=True, slots=True)
class Fed:
    """Doorbell: downlink records are waiting in the ring."""


@dataclass(frozen=True, slots=True)
class Interrupt:
    turn: int


@dataclass(frozen=True, slots=True)
class EndTurn:
    turn: int


@dataclass(frozen=True, slots=True)
class Mute:
    muted: bool


@dataclass(frozen=True, slots=True)
class Shutdown:
    """Close the devices and exit."""


@dataclass(frozen=True, slots=True)
class Hang:
    """Test hook: stop the engine's loop (heartbeats stop), as a wedged engine would."""

    seconds: float


Command = Open | Fed | Interrupt | EndTurn | Mute | Shutdown | Hang


# --- engine → app ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class EngineIdle:
    """Spawned and imported, no device open: it waits for `Open`."""

    pid: int


@dataclass(frozen=True, slots=True)
class EngineReady:
    """The engine is up and has tried its devices (their own events came before this)."""

    pid: int
    opened_s: float  # how long opening the devices took
    out_blocksize: int
    out_latency_s: float  # what PortAudio reports for the output stream (0: no speaker)
    mic_open: bool = False
    speaker_open: bool = False
    modules: tuple[str, ...] = ()  # every module imported in the engine (for tests)


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """Every HEARTBEAT_S while anything moves, every QUIET_HEARTBEAT_S otherwise: the engine
    is alive; levels and the speaker's counters."""

    mic_level: Level
    speaker_level: Level
    speaker: PlayerStats | None
    mic_overflows: int
    cpu_s: float  # the engine process's CPU time so far
    rss_bytes: int
    drained_ms: float = 0.0  # model speech taken from the downlink ring so far


@dataclass(frozen=True, slots=True)
class MicReady:
    """Doorbell: uplink records are waiting in the ring."""


@dataclass(frozen=True, slots=True)
class Voice:
    """The user started (True) or stopped speaking, heard after echo cancellation."""

    speaking: bool


@dataclass(frozen=True, slots=True)
class Interrupted:
    """How an interrupt went, in the output stream's clock."""

    report: InterruptReport


@dataclass(frozen=True, slots=True)
class BufferBackoff:
    """The output underflowed repeatedly; it now runs with bigger blocks."""

    underflows: int
    blocksize: int
    latency_s: float
