"""The database: schema versioning, round trips, listing, deleting and searching."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.live.events import GroundingSource, Usage
from desktop_app.store import (
    SCHEMA_VERSION,
    ConversationInfo,
    HistoryStore,
    Message,
    SchemaError,
    ToolCallRecord,
    schema,
)
from desktop_app.store.schema import DB_FILENAME, MIGRATIONS, connect, migrate, user_version

T0 = 1_800_000_000.0


def save(store: HistoryStore, conv_id: str, started_at: float, *texts: str) -> None:
    """A conversation whose messages alternate user, model, user..."""
    store.save_conversation(ConversationInfo(conv_id, started_at, title=f"title {conv_id}"))
    for seq, text in enumerate(texts, start=1):
        role = "user" if seq % 2 else "model"
        at = started_at + seq
        store.save_message(conv_id, Message(seq, role, at, at, text=text, ended_at=at))
    assert store.flush(5)


def test_a_new_file_gets_the_current_schema_in_wal_mode(tmp_path):
    HistoryStore(tmp_path).close()
    conn = connect(tmp_path / DB_FILENAME)
    assert user_version(conn) == SCHEMA_VERSION == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_file_from_a_newer_release_is_refused(tmp_path):
    HistoryStore(tmp_path).close()
    conn = sqlite3.connect(tmp_path / DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaError, match="newer"):
        HistoryStore(tmp_path)


def test_a_new_migration_upgrades_an_existing_file_atomically(tmp_path):
    store = HistoryStore(tmp_path)
    save(store, "c1", T0, "hello")
    store.close()
    conn = connect(tmp_path / DB_FILENAME)
    broken = ("ALTER TABLE conversations ADD COLUMN pinned INTEGER", "NOT SQL")
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, (*MIGRATIONS, broken))
    assert user_version(conn) == SCHEMA_VERSION  # the failed step left nothing behind
    assert "pinned" not in {r[1] for r in conn.execute("PRAGMA table_info(conversations)")}

    step = ("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",)
    migrate(conn, (*MIGRATIONS, step))
    migrate(conn, (*MIGRATIONS, step))  # already there: nothing to do
    assert user_version(conn) == SCHEMA_VERSION + 1
    assert [tuple(r) for r in conn.execute("SELECT id, pinned FROM conversations")] == [("c1", 0)]


def test_every_field_of_a_message_survives_the_round_trip(store):
    info = ConversationInfo("c1", T0, T0 + 9, "Weather", "gemini-x", "Kore")
    messages = (
        Message(1, "user", T0, T0 + 1, text="Weather in Zürich? 天气", ended_at=T0 + 1),
        Message(
            2,
            "model",
            T0 + 1,
            T0 + 3,
            text="Sunny.",
            thoughts="**Checking** the sky",
            ended_at=T0 + 3,
            interrupted=True,
            generation=7,
            sources=(GroundingSource("Météo", "https://meteo.example/zh"),),
            search_queries=("weather zurich",),
            usage=Usage(10, 5, 15, thoughts_tokens=2, details=(("AUDIO", 5), ("TEXT", 1))),
        ),
        Message(
            3,
            "tool",
            T0 + 2,
            T0 + 2.5,
            ended_at=T0 + 2.5,
            generation=7,
            tool=ToolCallRecord("fc-1", "lookup", {"q": "zürich", "n": [1, 2]}, {"ok": True}),
        ),
        Message(4, "tool", T0 + 4, T0 + 4, tool=ToolCallRecord("fc-2", "noop", {})),
        Message(5, "system", T0 + 5, T0 + 5, text="Connection lost", ended_at=T0 + 5),
    )
    store.save_conversation(info)
    for message in messages:
        store.save_message("c1", message)
    assert store.flush(5)
    loaded = store.load_conversation("c1")
    assert loaded is not None
    assert loaded.info == info
    assert loaded.messages == messages


def test_a_later_snapshot_of_a_message_replaces_the_earlier_one(store):
    store.save_conversation(ConversationInfo("c1", T0))
    store.save_message("c1", Message(1, "model", T0, T0, text="Hel"))
    assert store.flush(5)
    store.save_message("c1", Message(1, "model", T0, T0 + 1, text="Hello", ended_at=T0 + 1))
    assert store.flush(5)
    loaded = store.load_conversation("c1")
    assert loaded is not None and [m.text for m in loaded.messages] == ["Hello"]
    assert store.search("hello")[0].seq == 1 and store.search("hel")  # index follows updates


def test_list_is_newest_first_with_count_and_the_latest_words(store):
    save(store, "old", T0, "first question", "first answer")
    save(store, "new", T0 + 100, "second question", "a long answer " * 20, "")
    summaries = store.list_conversations()
    assert [s.info.id for s in summaries] == ["new", "old"]
    assert [s.message_count for s in summaries] == [3, 2]
    assert summaries[1].snippet == "first answer"
    assert (
        summaries[0].snippet.startswith("a long answer a long") and summaries[0].snippet[-1] == "…"
    )
    assert len(summaries[0].snippet) <= 100
    assert [s.info.id for s in store.list_conversations(limit=1, offset=1)] == ["old"]


def test_load_of_an_unknown_conversation_is_none(store):
    assert store.load_conversation("nope") is None


def test_delete_removes_the_conversation_its_messages_and_its_search_entries(store):
    save(store, "keep", T0, "apples and pears")
    save(store, "drop", T0 + 1, "apples and plums")
    assert len(store.search("apples")) == 2
    assert store.delete_conversation("drop")
    assert [s.info.id for s in store.list_conversations()] == ["keep"]
    assert store.load_conversation("drop") is None
    assert [h.conversation_id for h in store.search("apples")] == ["keep"]
    raw = sqlite3.connect(store.path)
    assert raw.execute("SELECT count(*) FROM messages").fetchone()[0] == 1


def test_search_matches_word_prefixes_of_all_words_newest_first(store):
    assert store.full_text_search
    save(store, "c1", T0, "Tell me about the café in Zürich", "The café opens at nine")
    save(store, "c2", T0 + 100, "Where is a good cafe?", "Try the one near the station")
    hits = store.search("cafe")  # accents do not matter
    assert [(h.conversation_id, h.seq) for h in hits] == [("c2", 1), ("c1", 2), ("c1", 1)]
    assert hits[0].snippet == "Where is a good [cafe]?"
    assert hits[0].conversation_title == "title c2" and hits[0].role == "user"
    assert [h.seq for h in store.search("caf zur")] == [1]  # every word, as a prefix
    assert store.search("station", mark=("<b>", "</b>"))[0].snippet.count("<b>station</b>") == 1
    assert store.search("croissant") == []


@pytest.mark.parametrize("typed", ['"', "cafe OR", "-cafe", "caf*", "NEAR(", "a:b", "", "  "])
def test_search_never_treats_typed_text_as_query_syntax(store, typed):
    save(store, "c1", T0, "a cafe, b")
    store.search(typed)  # must not raise


def test_without_fts5_search_falls_back_to_like_and_the_index_returns_later(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "fts5_available", lambda conn: False)
    with HistoryStore(tmp_path) as store:
        assert not store.full_text_search
        save(store, "c1", T0, "The snake_case name of the river Rhône", "It flows to Lyon")
        hits = store.search("RIVER rhône")
        assert [(h.conversation_id, h.seq) for h in hits] == [("c1", 1)]
        assert hits[0].snippet == "The snake_case name of the [river] [Rhône]"
        assert store.search("r_v") == []  # `_` is not a LIKE wildcard ("riv" would match)
        assert [h.seq for h in store.search("snake_case")] == [1]
    monkeypatch.undo()
    with HistoryStore(tmp_path) as store:  # FTS5 again: the index is rebuilt from the rows
        assert store.full_text_search
        assert [h.seq for h in store.search("lyon")] == [2]
