"""The conversation's figures in the history: schema version 2, the recorder, the exports."""

from __future__ import annotations

import json

from desktop_app.live import events as ev
from desktop_app.store import ConversationInfo, HistoryStore, to_json, to_markdown
from desktop_app.store.schema import _V1, DB_FILENAME, connect, migrate, user_version

T0 = 1_800_000_000.0
FIGURES = {
    "latency": {
        "turns": [
            {"generation": 1, "user_end": "voice", "answer_ms": 812.5, "arrival_ms": 700.1,
             "playout_ms": 112.4, "cut_ms": None, "interrupted": False},
            {"generation": 2, "user_end": "typed", "answer_ms": 400.0, "arrival_ms": 300.0,
             "playout_ms": 100.0, "cut_ms": 31.0, "interrupted": True},
        ],
        "setup_ms": [210.0],
        "reconnect_gap_ms": [],
    },
    "cost": {
        "tokens": {"text_in": 800, "audio_in": 200, "audio_out": 500, "thoughts": 100},
        "cost": {"amount": 0.007, "currency": "USD", "unpriced": ["thoughts"],
                 "unpriced_tokens": 100},
        "reports": 2,
        "models": ["gemini-2.5-flash-native-audio-preview-12-2025"],
        "prices_as_of": "2026-05-16",
    },
}


def test_a_version_1_file_gains_the_figures_column_and_keeps_its_conversations(tmp_path):
    conn = connect(tmp_path / DB_FILENAME)
    migrate(conn, (_V1,))
    conn.execute("INSERT INTO conversations (id, started_at, title) VALUES ('old', ?, 'x')",
                 (T0,))
    conn.close()
    with HistoryStore(tmp_path) as store:
        old = store.load_conversation("old")
        assert old is not None and old.info.figures is None
        store.save_conversation(ConversationInfo("new", T0 + 1, figures=FIGURES))
        assert store.flush(5)
        new = store.load_conversation("new")
        assert new is not None and new.info.figures == FIGURES
    assert user_version(connect(tmp_path / DB_FILENAME)) == 2


def test_the_recorder_keeps_the_latest_figures_with_the_conversation(recorder, store):
    recorder.record_figures({"latency": {"turns": []}})  # before any message: held
    recorder.record_user_text("hello")
    recorder.record_figures(FIGURES)
    conversation_id = recorder.conversation_id
    recorder.handle(ev.StateChanged(ev.ConnectionState.CLOSED))
    assert store.flush(5)
    saved = store.load_conversation(conversation_id)
    assert saved is not None and saved.info.figures == FIGURES
    # The next conversation does not inherit them.
    recorder.record_user_text("again")
    next_id = recorder.conversation_id
    assert store.flush(5)
    assert store.load_conversation(next_id).info.figures is None


def test_exports_carry_the_figures(recorder, store):
    recorder.record_user_text("hello")
    recorder.record_figures(FIGURES)
    assert store.flush(5)
    conversation = store.load_conversation(recorder.conversation_id)
    data = json.loads(to_json(conversation))
    assert data["schema_version"] == 2
    assert data["conversation"]["figures"] == FIGURES
    text = to_markdown(conversation)
    assert "- Answer time: median 606 ms over 2 answers" in text
    assert "- Interrupted → silence: 31 ms" in text
    assert "- Tokens: 1,600 (text_in 800, audio_in 200, audio_out 500, thoughts 100)" in text
    assert "at least 0.0070 USD at the prices of 2026-05-16; 100 tokens without" in text
