"""Typed events: what the session tells the rest of the app.

Everything the server says, and everything that happens to the connection, becomes one of
these frozen dataclasses. The player, the transcript, the history store and the UI adapter
consume them; none of them ever sees an SDK object or a dict. Audio carries a *generation*
number (one per model turn) so that the player can drop late chunks of an interrupted turn.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class ConnectionState(enum.Enum):
    IDLE = "idle"
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    PAUSED = "paused"
    CLOSED = "closed"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class StateChanged:
    """The connection moved to `state`. `detail` is a sentence for the status line."""

    state: ConnectionState
    detail: str = ""
    retry_in_s: float | None = None
    attempt: int = 0


@dataclass(frozen=True, slots=True)
class SetupComplete:
    session_id: str | None
    resumed: bool
    setup_s: float | None = None  # from opening the connection to setupComplete


@dataclass(frozen=True, slots=True)
class ModelAudio:
    """24 kHz (normally) 16-bit little-endian mono PCM from the model."""

    data: bytes
    sample_rate: int
    generation: int


@dataclass(frozen=True, slots=True)
class InputTranscript:
    """A fragment of what the server heard the user say."""

    text: str
    finished: bool = False
    interim: bool = False


@dataclass(frozen=True, slots=True)
class OutputTranscript:
    """A fragment of what the model is saying (often a few characters)."""

    text: str
    generation: int
    finished: bool = False


@dataclass(frozen=True, slots=True)
class ModelText:
    """Text parts of the model turn: spoken text in TEXT modality, or a thought summary."""

    text: str
    generation: int
    thought: bool = False


@dataclass(frozen=True, slots=True)
class Interrupted:
    """The user spoke over the model: stop playing `generation` now and drop its late chunks."""

    generation: int


@dataclass(frozen=True, slots=True)
class GenerationComplete:
    generation: int


@dataclass(frozen=True, slots=True)
class TurnComplete:
    generation: int
    reason: str | None = None
    waiting_for_input: bool | None = None


@dataclass(frozen=True, slots=True)
class FunctionCall:
    id: str
    name: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ToolCall:
    calls: tuple[FunctionCall, ...]


@dataclass(frozen=True, slots=True)
class ToolCallCancellation:
    ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GroundingSource:
    title: str
    uri: str


@dataclass(frozen=True, slots=True)
class Grounding:
    """Google Search grounding of the current answer."""

    generation: int
    sources: tuple[GroundingSource, ...]
    queries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoAway:
    """The server will end this connection in `time_left_s` seconds."""

    time_left_s: float | None


@dataclass(frozen=True, slots=True)
class ResumptionUpdate:
    handle: str | None
    resumable: bool


@dataclass(frozen=True, slots=True)
class Usage:
    prompt_tokens: int | None
    response_tokens: int | None
    total_tokens: int | None
    thoughts_tokens: int | None = None
    details: tuple[tuple[str, int], ...] = ()  # (modality, tokens) of the response
    prompt_details: tuple[tuple[str, int], ...] = ()  # (modality, tokens) of the prompt


@dataclass(frozen=True, slots=True)
class VoiceActivity:
    """The server's own voice-activity signal (newer servers)."""

    kind: str


@dataclass(frozen=True, slots=True)
class SessionError:
    """Something went wrong with the connection.

    `code` is the WebSocket close code when the server closed (1007, 1008, 1011...), or None.
    `fatal` means retrying cannot help (bad key, unknown model, invalid setup); `hint` tells
    the user what to change.
    """

    message: str
    code: int | None = None
    reason: str = ""
    fatal: bool = False
    hint: str = ""


@dataclass(frozen=True, slots=True)
class ProtocolNotice:
    """A frame the client could not use (garbage, an unknown message); logged, not fatal."""

    message: str


Event = (
    StateChanged
    | SetupComplete
    | ModelAudio
    | InputTranscript
    | OutputTranscript
    | ModelText
    | Interrupted
    | GenerationComplete
    | TurnComplete
    | ToolCall
    | ToolCallCancellation
    | Grounding
    | GoAway
    | ResumptionUpdate
    | Usage
    | VoiceActivity
    | SessionError
    | ProtocolNotice
)
