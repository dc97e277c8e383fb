"""What the client says to the server: one frozen class per kind of uplink message.

Each message carries the moment it was queued (`time.monotonic()`), so the outbox and the
sender never need a side table to know how old something is. `UplinkMessage` is the union
the outbox holds and `outbox.deliver` matches on; a new kind of message is a new class
here, and the type checker and `match` then show every place that must learn about it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class FunctionResult:
    """The answer to one function call, sent back with the call's id."""

    id: str
    name: str
    response: dict[str, object]
    scheduling: str | None = None  # INTERRUPT / WHEN_IDLE / SILENT for NON_BLOCKING tools


@dataclass(frozen=True, slots=True)
class AudioChunk:
    """16-bit mono 16 kHz PCM from the mic."""

    pcm: bytes
    queued_at: float = 0.0


@dataclass(frozen=True, slots=True)
class VideoFrame:
    """One encoded camera or screen picture."""

    image: bytes
    mime_type: str = "image/jpeg"
    queued_at: float = 0.0


@dataclass(frozen=True, slots=True)
class TypedText:
    """Text the user typed."""

    text: str
    queued_at: float = 0.0


@dataclass(frozen=True, slots=True)
class ToolResponses:
    """Answers to the model's function calls, sent together in one message."""

    results: tuple[FunctionResult, ...]
    queued_at: float = 0.0


@dataclass(frozen=True, slots=True)
class AudioStreamEnd:
    """The mic was muted: server-side activity detection may close the user's turn now."""

    queued_at: float = 0.0


@dataclass(frozen=True, slots=True)
class ActivityStart:
    """Push-to-talk pressed (automatic activity detection is off)."""

    queued_at: float = 0.0


@dataclass(frozen=True, slots=True)
class ActivityEnd:
    """Push-to-talk released."""

    queued_at: float = 0.0


UplinkMessage: TypeAlias = (
    AudioChunk
    | VideoFrame
    | TypedText
    | ToolResponses
    | AudioStreamEnd
    | ActivityStart
    | ActivityEnd
)

# What a resumed session must hear again if it was sent after the newest resumption handle.
# Tool responses are not (a resumed session does not know the old calls), nor frames (a newer
# one will come).
REPLAYED = (AudioChunk, TypedText, AudioStreamEnd, ActivityStart, ActivityEnd)
