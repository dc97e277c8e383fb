"""Exports: Markdown that reads like the conversation, JSON with a stable documented shape."""

from __future__ import annotations

import json
from datetime import UTC

from desktop_app.live.events import GroundingSource, Usage
from desktop_app.store import (
    EXPORT_SCHEMA_VERSION,
    Conversation,
    ConversationInfo,
    Message,
    ToolCallRecord,
    to_json,
    to_markdown,
)

T0 = 1_800_000_000.0  # 2027-01-15 08:00 UTC

CONVERSATION = Conversation(
    info=ConversationInfo("c1", T0, T0 + 60, "Weather in Paris", "gemini-live", "Puck"),
    messages=(
        Message(1, "user", T0, T0 + 2, text="What's the weather in Paris?", ended_at=T0 + 2),
        Message(2, "tool", T0 + 3, T0 + 4, ended_at=T0 + 4, generation=1,
                tool=ToolCallRecord("fc-1", "get_weather", {"city": "Paris"}, {"temp": 21})),
        Message(3, "model", T0 + 4, T0 + 9, text="It's sunny and 21 degrees, and tomorrow",
                thoughts="**Checking**\nThe tool said 21.", ended_at=T0 + 9, interrupted=True,
                generation=1, sources=(GroundingSource("Météo", "https://meteo.example"),),
                search_queries=("paris weather",),
                usage=Usage(100, 20, 120, details=(("AUDIO", 20),))),
        Message(4, "tool", T0 + 9, T0 + 10, ended_at=T0 + 10, interrupted=True, generation=1,
                tool=ToolCallRecord("fc-2", "get_forecast", {"days": 2})),
        Message(5, "system", T0 + 11, T0 + 11, text="Connection lost — code 1011",
                ended_at=T0 + 11),
        Message(6, "user", T0 + 12, T0 + 13, text="Thanks! 谢谢"),
    ),
)  # fmt: skip


def test_markdown_reads_as_a_transcript():
    md = to_markdown(CONVERSATION, tz=UTC)
    assert md == (
        "# Weather in Paris\n"
        "\n"
        "- Started: 2027-01-15 08:00 UTC\n"
        "- Ended: 2027-01-15 08:01 UTC\n"
        "- Model: gemini-live\n"
        "- Voice: Puck\n"
        "\n"
        "**You:** What's the weather in Paris?\n"
        "\n"
        '**Tool call:** `get_weather({"city": "Paris"})` → `{"temp": 21}`\n'
        "\n"
        "<details>\n"
        "<summary>Thoughts</summary>\n"
        "\n"
        "**Checking**\n"
        "The tool said 21.\n"
        "\n"
        "</details>\n"
        "\n"
        "**Gemini:** It's sunny and 21 degrees, and tomorrow *(interrupted)*\n"
        "\n"
        "Sources: [Météo](https://meteo.example)\n"
        "\n"
        '**Tool call:** `get_forecast({"days": 2})` → cancelled\n'
        "\n"
        "> *Connection lost — code 1011*\n"
        "\n"
        "**You:** Thanks! 谢谢\n"
    )


def test_markdown_can_leave_thoughts_out_and_names_untitled_conversations():
    untitled = Conversation(
        ConversationInfo("c2", T0), (Message(1, "model", T0, T0, text="Hi", thoughts="secret"),)
    )
    md = to_markdown(untitled, include_thoughts=False, tz=UTC)
    assert md.startswith("# Conversation of 2027-01-15 08:00 UTC\n")
    assert "- Ended: (not closed)" in md
    assert "secret" not in md and "<details>" not in md
    assert "**Gemini:** Hi\n" in md


def test_json_has_the_documented_shape():
    data = json.loads(to_json(CONVERSATION))
    assert list(data) == ["format", "schema_version", "conversation", "messages"]
    assert data["format"] == "livedesk.conversation"
    assert data["schema_version"] == EXPORT_SCHEMA_VERSION == 2
    assert data["conversation"] == {
        "id": "c1",
        "title": "Weather in Paris",
        "started_at": "2027-01-15T08:00:00.000+00:00",
        "ended_at": "2027-01-15T08:01:00.000+00:00",
        "model": "gemini-live",
        "voice": "Puck",
        "figures": None,
    }
    keys = ["seq", "role", "text", "thoughts", "started_at", "updated_at", "ended_at",
            "interrupted", "generation", "tool", "grounding", "usage"]  # fmt: skip
    assert all(list(m) == keys for m in data["messages"])
    tool, model, cancelled, system, user = (data["messages"][i] for i in (1, 2, 3, 4, 5))
    assert tool["tool"] == {
        "id": "fc-1",
        "name": "get_weather",
        "args": {"city": "Paris"},
        "result": {"temp": 21},
    }
    assert model["interrupted"] is True and model["thoughts"].startswith("**Checking**")
    assert model["grounding"] == {
        "sources": [{"title": "Météo", "uri": "https://meteo.example"}],
        "queries": ["paris weather"],
    }
    assert model["usage"] == {
        "prompt_tokens": 100,
        "response_tokens": 20,
        "total_tokens": 120,
        "thoughts_tokens": None,
        "details": {"AUDIO": 20},
        "prompt_details": {},
    }
    assert cancelled["interrupted"] is True and cancelled["tool"]["result"] is None
    assert system["role"] == "system" and system["tool"] is None
    assert user["ended_at"] is None and user["grounding"] is None and user["usage"] is None
    assert "谢谢" in to_json(CONVERSATION)  # readable, not \\u escapes


def test_a_stored_conversation_exports_exactly_as_it_was_recorded(store):
    store.save_conversation(CONVERSATION.info)
    for message in CONVERSATION.messages:
        store.save_message(CONVERSATION.info.id, message)
    assert store.flush(5)
    loaded = store.load_conversation("c1")
    assert loaded is not None
    assert to_json(loaded) == to_json(CONVERSATION)
    assert to_markdown(loaded, tz=UTC) == to_markdown(CONVERSATION, tz=UTC)
