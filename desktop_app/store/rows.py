"""Records ↔ table rows: the only place that knows how a field is laid out in SQLite.

Writes are upserts keyed by the conversation id, and by (conversation id, seq) for a
message, so writing the same snapshot twice is harmless and the writer may drop all but the
last snapshot of a message in a batch. `ON CONFLICT … DO UPDATE` rather than `INSERT OR
REPLACE`: a replace deletes the row first, which would cascade to the messages and give the
message a new rowid (and a needless full-text reindex).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop_app.live.events import GroundingSource, Usage
from desktop_app.store.model import ConversationInfo, Message, ToolCallRecord

_CONVERSATION_COLUMNS = ("id", "started_at", "ended_at", "title", "model", "voice", "figures")
_MESSAGE_COLUMNS = (
    "conversation_id", "seq", "role", "text", "thoughts", "started_at", "updated_at",
    "ended_at", "interrupted", "generation", "tool_call_id", "tool_name", "tool_args",
    "tool_result", "grounding", "usage",
)  # fmt: skip

CONVERSATION_SELECT = f"SELECT {', '.join(_CONVERSATION_COLUMNS)} FROM conversations"
MESSAGE_SELECT = f"SELECT {', '.join(_MESSAGE_COLUMNS)} FROM messages"


def _upsert(table: str, columns: tuple[str, ...], key: tuple[str, ...]) -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
    return (
        f"INSERT INTO {table} ({names}) VALUES ({marks}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}"
    )


CONVERSATION_UPSERT = _upsert("conversations", _CONVERSATION_COLUMNS, ("id",))
MESSAGE_UPSERT = _upsert("messages", _MESSAGE_COLUMNS, ("conversation_id", "seq"))


def _dump(value: Any) -> str:
    # Tool arguments and results come from the model and the app's tools: anything JSON
    # cannot encode is kept as its text rather than losing the whole message.
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def conversation_params(info: ConversationInfo) -> tuple[Any, ...]:
    figures = None if info.figures is None else _dump(info.figures)
    return (info.id, info.started_at, info.ended_at, info.title, info.model, info.voice, figures)


def _load_object(text: str | None) -> dict[str, Any] | None:
    """A JSON object column; None when empty or not an object (a damaged row still loads)."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def conversation_from_row(row: sqlite3.Row) -> ConversationInfo:
    return ConversationInfo(
        id=row["id"],
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        title=row["title"],
        model=row["model"],
        voice=row["voice"],
        figures=_load_object(row["figures"]),
    )


def message_params(conversation_id: str, message: Message) -> tuple[Any, ...]:
    tool = message.tool
    grounding = grounding_to_dict(message)
    return (
        conversation_id,
        message.seq,
        message.role,
        message.text,
        message.thoughts,
        message.started_at,
        message.updated_at,
        message.ended_at,
        int(message.interrupted),
        message.generation,
        tool.call_id if tool else None,
        tool.name if tool else None,
        _dump(tool.args) if tool else None,
        _dump(tool.result) if tool and tool.result is not None else None,
        _dump(grounding) if grounding else None,
        _dump(usage_to_dict(message.usage)) if message.usage else None,
    )


def message_from_row(row: sqlite3.Row) -> Message:
    tool = None
    if row["tool_name"] is not None:
        result = row["tool_result"]
        tool = ToolCallRecord(
            call_id=row["tool_call_id"] or "",
            name=row["tool_name"],
            args=json.loads(row["tool_args"] or "{}"),
            result=None if result is None else json.loads(result),
        )
    grounding = json.loads(row["grounding"]) if row["grounding"] else {}
    return Message(
        seq=row["seq"],
        role=row["role"],
        started_at=row["started_at"],
        updated_at=row["updated_at"],
        text=row["text"],
        thoughts=row["thoughts"],
        ended_at=row["ended_at"],
        interrupted=bool(row["interrupted"]),
        generation=row["generation"],
        tool=tool,
        sources=tuple(GroundingSource(**s) for s in grounding.get("sources", ())),
        search_queries=tuple(grounding.get("queries", ())),
        usage=usage_from_dict(json.loads(row["usage"])) if row["usage"] else None,
    )


def grounding_to_dict(message: Message) -> dict[str, Any] | None:
    """The message's search grounding as a JSON object, None if it had none."""
    if not message.sources and not message.search_queries:
        return None
    return {
        "sources": [{"title": s.title, "uri": s.uri} for s in message.sources],
        "queries": list(message.search_queries),
    }


def usage_to_dict(usage: Usage) -> dict[str, Any]:
    """Token counts as a JSON object; `details` becomes {modality: tokens}."""
    return {
        "prompt_tokens": usage.prompt_tokens,
        "response_tokens": usage.response_tokens,
        "total_tokens": usage.total_tokens,
        "thoughts_tokens": usage.thoughts_tokens,
        "details": dict(usage.details),
        "prompt_details": dict(usage.prompt_details),
    }


def usage_from_dict(data: dict[str, Any]) -> Usage:
    return Usage(
        prompt_tokens=data.get("prompt_tokens"),
        response_tokens=data.get("response_tokens"),
        total_tokens=data.get("total_tokens"),
        thoughts_tokens=data.get("thoughts_tokens"),
        details=tuple(data.get("details", {}).items()),
        prompt_details=tuple(data.get("prompt_details", {}).items()),
    )
