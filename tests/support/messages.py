"""Saved messages of every kind, for the tests and the benchmark of the views that show them."""

from __future__ import annotations

from desktop_app.live.events import GroundingSource
from desktop_app.store import Message
from desktop_app.store.model import ToolCallRecord


def every_kind(seq: int, words: int = 1) -> Message:
    """Message `seq`, one of five kinds in turn: a question, an answer with thoughts, a tool
    call, an answer with a source, an interrupted answer. A question and an answer say their
    sentence `words` times (longer lines for a benchmark)."""
    kind = seq % 5
    if kind == 0:
        text = " ".join([f"Question {seq}?"] * words)
        return Message(seq, "user", 0.0, 0.0, text=text, ended_at=0.0)
    if kind == 1:
        text = " ".join([f"Answer {seq}."] * words)
        return Message(seq, "model", 0.0, 0.0, text=text, thoughts=f"Plan {seq}", ended_at=0.0)
    if kind == 2:
        tool = ToolCallRecord(f"call-{seq}", "get_time", {"zone": "UTC"}, {"output": "noon"})
        return Message(seq, "tool", 0.0, 0.0, tool=tool, ended_at=0.0)
    if kind == 3:
        source = GroundingSource("Example", f"https://example.com/{seq}")
        return Message(seq, "model", 0.0, 0.0, text="Found it.", sources=(source,), ended_at=0.0)
    return Message(seq, "model", 0.0, 0.0, text=f"Cut {seq}", interrupted=True, ended_at=0.0)
