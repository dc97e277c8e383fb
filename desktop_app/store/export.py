"""Export a conversation: Markdown to read or share, JSON to keep or process.

The JSON is a stable interface, versioned by `EXPORT_SCHEMA_VERSION` independently of the
database schema (a database migration need not change it). Version 2 (version 1 without
`conversation.figures` and `usage.prompt_details`):

    {
      "format": "livedesk.conversation",
      "schema_version": 2,
      "conversation": {"id": str, "title": str, "started_at": time, "ended_at": time | null,
                       "model": str, "voice": str,
                       "figures": {                # answer times, tokens, cost (issue 13)
                         "latency": {"turns": [{"generation": int, "user_end": str | null,
                                                "answer_ms": float | null,
                                                "arrival_ms": float | null,
                                                "playout_ms": float | null,
                                                "cut_ms": float | null,
                                                "interrupted": bool}],
                                     "setup_ms": [float], "reconnect_gap_ms": [float]},
                         "cost": {"tokens": {kind: int},   # text_in, audio_in, ... thoughts
                                  "cost": {"amount": float, "currency": str,
                                           "unpriced": [kind], "unpriced_tokens": int} | null,
                                  "reports": int, "models": [str], "prices_as_of": str}
                       } | null},
      "messages": [{
        "seq": int,                      # order in the conversation, from 1
        "role": "user" | "model" | "tool" | "system",
        "text": str,                     # what was said (a system message: the event)
        "thoughts": str,                 # model thought summaries, never part of `text`
        "started_at": time, "updated_at": time,
        "ended_at": time | null,         # null: still open when recorded (or the app died)
        "interrupted": bool,             # model: the user spoke over it; tool: cancelled
        "generation": int | null,        # the session's model-turn number
        "tool": {"id": str, "name": str, "args": object, "result": any | null} | null,
        "grounding": {"sources": [{"title": str, "uri": str}], "queries": [str]} | null,
        "usage": {"prompt_tokens": int | null, "response_tokens": int | null,
                  "total_tokens": int | null, "thoughts_tokens": int | null,
                  "details": {modality: int},        # the response's
                  "prompt_details": {modality: int}} | null
      }]
    }

A `time` is an ISO 8601 string in UTC with milliseconds ("2026-05-09T10:00:00.000+00:00").
Keys are always present and in this order; a new version only adds keys.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, tzinfo
from typing import Any

from desktop_app.metrics.figures import summary
from desktop_app.store.model import Conversation, ConversationInfo, Message
from desktop_app.store.rows import grounding_to_dict, usage_to_dict

EXPORT_FORMAT = "livedesk.conversation"
EXPORT_SCHEMA_VERSION = 2
_SPEAKERS = {"user": "You", "model": "Gemini"}


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds")


def to_json_dict(conversation: Conversation) -> dict[str, Any]:
    """The conversation as the version-1 structure above (plain JSON-ready values)."""
    info = conversation.info
    return {
        "format": EXPORT_FORMAT,
        "schema_version": EXPORT_SCHEMA_VERSION,
        "conversation": {
            "id": info.id,
            "title": info.title,
            "started_at": _iso(info.started_at),
            "ended_at": _iso(info.ended_at),
            "model": info.model,
            "voice": info.voice,
            "figures": info.figures,
        },
        "messages": [_message_dict(m) for m in conversation.messages],
    }


def _message_dict(message: Message) -> dict[str, Any]:
    tool = message.tool
    return {
        "seq": message.seq,
        "role": message.role,
        "text": message.text,
        "thoughts": message.thoughts,
        "started_at": _iso(message.started_at),
        "updated_at": _iso(message.updated_at),
        "ended_at": _iso(message.ended_at),
        "interrupted": message.interrupted,
        "generation": message.generation,
        "tool": (
            {"id": tool.call_id, "name": tool.name, "args": tool.args, "result": tool.result}
            if tool
            else None
        ),
        "grounding": grounding_to_dict(message),
        "usage": usage_to_dict(message.usage) if message.usage else None,
    }


def to_json(conversation: Conversation) -> str:
    """The JSON export as text: indented, UTF-8 characters kept as they are."""
    return json.dumps(to_json_dict(conversation), ensure_ascii=False, indent=2, default=str) + "\n"


def display_title(info: ConversationInfo, tz: tzinfo | None = None) -> str:
    """The title, or the date for a conversation in which the user never spoke."""
    return info.title or f"Conversation of {_local(info.started_at, tz)}"


def _local(ts: float, tz: tzinfo | None) -> str:
    return datetime.fromtimestamp(ts, UTC).astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")


def to_markdown(
    conversation: Conversation, *, include_thoughts: bool = True, tz: tzinfo | None = None
) -> str:
    """A readable transcript: "You:" / "Gemini:" paragraphs, interrupted answers marked,
    thoughts folded in a <details> block (or left out), tool calls and sources shown.
    Times are shown in `tz`, the local time zone by default.
    """
    info = conversation.info
    ended = _local(info.ended_at, tz) if info.ended_at is not None else "(not closed)"
    lines = [
        f"# {display_title(info, tz)}",
        "",
        f"- Started: {_local(info.started_at, tz)}",
        f"- Ended: {ended}",
    ]
    lines += [f"- {name}: {value}" for name, value in _settings(info) if value]
    if info.figures:
        lines += [f"- {name}: {value}" for name, value in summary(info.figures)]
    lines.append("")
    for message in conversation.messages:
        lines += _message_markdown(message, include_thoughts)
    return "\n".join(lines).rstrip() + "\n"


def _settings(info: ConversationInfo) -> tuple[tuple[str, str], ...]:
    return (("Model", info.model), ("Voice", info.voice))


def _message_markdown(message: Message, include_thoughts: bool) -> list[str]:
    lines: list[str] = []
    if include_thoughts and message.thoughts.strip():
        thoughts = message.thoughts.strip()
        lines += ["<details>", "<summary>Thoughts</summary>", "", thoughts, "", "</details>", ""]
    marker = " *(interrupted)*" if message.interrupted and message.role == "model" else ""
    if message.role in _SPEAKERS and (message.text.strip() or marker):
        lines += [f"**{_SPEAKERS[message.role]}:** {message.text.strip()}{marker}", ""]
    elif message.role == "system":
        lines += [f"> *{message.text.strip()}*", ""]
    elif message.tool is not None:
        tool = message.tool
        if message.interrupted:
            outcome = "cancelled"
        elif tool.result is None:
            outcome = "no result"
        else:
            outcome = f"`{json.dumps(tool.result, ensure_ascii=False, default=str)}`"
        args = json.dumps(tool.args, ensure_ascii=False, default=str)
        lines += [f"**Tool call:** `{tool.name}({args})` → {outcome}", ""]
    if message.sources:
        links = ", ".join(f"[{s.title or s.uri}]({s.uri})" for s in message.sources)
        lines += [f"Sources: {links}", ""]
    return lines
