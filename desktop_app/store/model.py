"""The store's vocabulary: immutable records shared by the writer, the readers and the exports.

One `Message` type serves both directions: the recorder hands a fresh snapshot of a message
to the writer each time it changes, and the readers rebuild the same type from a row. Keeping
one shape means the exports, the UI and the tests all see exactly what was written.
Times are Unix epoch seconds (float): cheap to compare and sort, converted only for display.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from desktop_app.live.events import GroundingSource, Usage

Role = Literal["user", "model", "tool", "system"]


@dataclass(frozen=True, slots=True)
class ToolCallRecord:
    """A function the model asked the app to run, and what the app answered (None until then)."""

    call_id: str
    name: str
    args: dict[str, Any]
    result: Any = None


@dataclass(frozen=True, slots=True)
class Message:
    """One utterance or entry of a conversation.

    `text` is what was said (the transcript; for a TEXT-modality model, its text parts).
    `thoughts` holds the model's thought summaries, kept apart so they are never shown or
    exported as speech. `ended_at` is None while the message is still open (or if the app
    died before closing it). For a tool message, `interrupted` means the server cancelled
    the call, which it only does when the user spoke over the model.
    """

    seq: int
    role: Role
    started_at: float
    updated_at: float
    text: str = ""
    thoughts: str = ""
    ended_at: float | None = None
    interrupted: bool = False
    generation: int | None = None
    tool: ToolCallRecord | None = None
    sources: tuple[GroundingSource, ...] = ()
    search_queries: tuple[str, ...] = ()
    usage: Usage | None = None


@dataclass(frozen=True, slots=True)
class ConversationInfo:
    """A conversation's own row: what it was and when. `ended_at` is None while recording."""

    id: str
    started_at: float
    ended_at: float | None = None
    title: str = ""
    model: str = ""
    voice: str = ""
    # Answer times, tokens and cost as plain JSON (metrics.figures.Figures.to_dict()); the
    # store keeps them as they are, it does not interpret them.
    figures: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    """A line of the history list: the conversation plus a preview of its latest words."""

    info: ConversationInfo
    message_count: int
    snippet: str


@dataclass(frozen=True, slots=True)
class Conversation:
    """A conversation with all its messages, in the order they happened."""

    info: ConversationInfo
    messages: tuple[Message, ...]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A message matching a search; `snippet` has the matched words wrapped in the markers."""

    conversation_id: str
    conversation_title: str
    seq: int
    role: Role
    started_at: float
    snippet: str
