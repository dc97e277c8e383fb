"""What a test can read back from the emulator: immutable snapshots, safe to share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ConnectionInfo:
    """One WebSocket connection as the emulator saw it.

    `setup` is the normalised (lowerCamel) setup body once it has arrived; `open`
    turns False when the connection ends, with the close code and reason either side
    used (1006 and an empty reason when the TCP connection just went away).
    """

    id: int
    path: str
    api_version: str
    backend: str  # "gemini" or "vertex"
    headers: dict[str, str]  # lower-case names
    query: dict[str, str]
    setup: dict[str, Any] | None
    resumed_from: str | None
    conversation: int | None
    open: bool
    close_code: int | None
    close_reason: str | None


@dataclass(frozen=True)
class Received:
    """One thing a client sent, decoded.

    kinds and payloads: "setup" (dict), "audio" (PCM bytes as sent; `mime_type` says
    the rate), "video" (image bytes), "text" (str), "client_content", "tool_response",
    "context_update" (dicts), "audio_stream_end", "activity_start", "activity_end"
    (None), "unknown" (the message, or the raw frame when it was not JSON).
    """

    t: float  # time.monotonic()
    conn: int
    kind: str
    payload: Any
    mime_type: str | None = None


@dataclass(frozen=True)
class Sent:
    """One frame the emulator sent: `message` is the JSON object, or the raw data.

    kinds: setup_complete, audio, text, thought, grounding, input_transcription,
    output_transcription, generation_complete, interrupted, turn_complete,
    session_resumption_update, tool_call, tool_call_cancellation, go_away, unknown, garbage.
    """

    t: float  # time.monotonic()
    conn: int
    kind: str
    message: Any


@dataclass(frozen=True)
class ServerConversation:
    """A conversation, which outlives connections that resume it by handle.

    `turns` counts model turns that ended (interrupted ones included); `history`
    is (role, text) in order; tool-call bookkeeping lists ids still awaiting a
    response and responses whose id matched no pending call.
    """

    id: int
    turns: int
    interruptions: int
    history: tuple[tuple[str, str], ...]
    pending_tool_calls: tuple[str, ...]
    unmatched_tool_responses: tuple[dict[str, Any], ...]
    handles: tuple[str, ...]


@dataclass(frozen=True)
class AudioDelivery:
    """How the model's audio is sent.

    paced: chunk by chunk, a little faster than real time (`speed`); burst: all of a
    turn's audio at once; stall: paced, then a gap of `stall_s` half way through the
    answer, then the rest at once (a network hiccup, for jitter-buffer tests).
    """

    mode: str = "paced"
    chunk_ms: int = 40
    stall_s: float = 1.0
    speed: float = 1.2


@dataclass(frozen=True)
class TokenPolicy:
    """How the emulator treats ephemeral tokens.

    Its token URL (`Emulator.token_url`) mints tokens good for `uses` new sessions (0: any)
    during `lifetime_s` seconds, or answers HTTP `status` when that is not 200. A session
    on a token is closed (after a goAway) when the token expires, as the service may do.
    Resuming a session spends no use (the documented behaviour) unless `spent_on_resume`,
    which is what users report seeing.
    """

    uses: int = 1
    lifetime_s: float = 30 * 60.0
    status: int = 200
    spent_on_resume: bool = False


@dataclass(frozen=True)
class TokenRequest:
    """One request to the token URL: its query parameters and the token handed out."""

    t: float  # time.monotonic()
    query: dict[str, str]
    token: str | None
