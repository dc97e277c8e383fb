"""The writer thread: batched commits, bounded delay, callers never wait, reads run alongside."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from desktop_app.live.events import InputTranscript, OutputTranscript
from desktop_app.store import (
    ConversationInfo,
    ConversationRecorder,
    HistoryStore,
    Message,
    ToolCallRecord,
    schema,
)
from tests.support.waiting import wait_until


def committed_texts(store: HistoryStore) -> list[str]:
    """What another connection (another process) sees on disk right now."""
    conn = sqlite3.connect(store.path)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM messages ORDER BY id")]
    finally:
        conn.close()


def test_a_fragment_is_on_disk_within_a_second_without_flush(tmp_path):
    with HistoryStore(tmp_path) as store:
        start = time.monotonic()
        ConversationRecorder(store).handle(InputTranscript("hello"))
        wait_until(lambda: committed_texts(store) == ["hello"], timeout=2.0, what="hello on disk")
        assert time.monotonic() - start < 1.0


def test_many_fragments_cost_one_commit_per_interval(tmp_path):
    interval = 0.2
    with HistoryStore(tmp_path, commit_interval_s=interval) as store:
        recorder = ConversationRecorder(store)
        start = time.monotonic()
        for i in range(80):
            recorder.handle(OutputTranscript(f"w{i} ", 1))
            time.sleep(0.01)
        elapsed = time.monotonic() - start
        assert store.flush(5)
        assert store.commit_count <= elapsed / interval + 2  # one per fragment would be 80
        assert committed_texts(store) == ["".join(f"w{i} " for i in range(80))]


def test_handle_never_waits_for_the_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_S", 0.05)  # the writer gives up on the lock soon
    with HistoryStore(tmp_path) as store:
        recorder = ConversationRecorder(store)
        blocker = sqlite3.connect(store.path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another writer holds the database
        slowest = 0.0
        for i in range(200):
            start = time.perf_counter()
            recorder.handle(OutputTranscript(f"{i} ", 1))
            slowest = max(slowest, time.perf_counter() - start)
        # The writer thread tried, met the lock and keeps the writes in memory.
        wait_until(lambda: store.last_write_error, timeout=5.0, what="the writer to meet the lock")
        assert committed_texts(store) == []
        blocker.execute("COMMIT")
        assert store.flush(5)
        assert slowest < 0.02
        assert committed_texts(store) == ["".join(f"{i} " for i in range(200))]


def test_a_failed_commit_is_retried_on_its_own(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_S", 0.05)  # give up on the lock quickly
    with HistoryStore(tmp_path, commit_interval_s=0.05) as store:
        blocker = sqlite3.connect(store.path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        ConversationRecorder(store).handle(InputTranscript("kept"))
        wait_until(lambda: store.last_write_error is not None, timeout=2.0)
        blocker.execute("COMMIT")
        wait_until(lambda: committed_texts(store) == ["kept"], timeout=2.0)  # no new writes


def test_a_bad_write_is_dropped_and_the_rest_of_its_batch_kept(store):
    store.save_conversation(ConversationInfo("c1", 1.0))
    loop: dict = {}
    loop["self"] = loop  # JSON cannot encode it, and neither can str() help
    bad_tool = ToolCallRecord("fc", "f", {"x": loop})
    store.save_message("c1", Message(1, "tool", 1.0, 1.0, tool=bad_tool))
    store.save_message("c1", Message(2, "bogus", 1.0, 1.0, text="no such role"))  # type: ignore[arg-type]
    store.save_message("c1", Message(3, "user", 1.0, 1.0, text="kept"))
    assert store.flush(5)
    assert committed_texts(store) == ["kept"]
    assert isinstance(store.last_write_error, sqlite3.IntegrityError)


def test_close_commits_what_is_queued_without_waiting_for_the_interval(tmp_path):
    store = HistoryStore(tmp_path, commit_interval_s=30.0)
    recorder = ConversationRecorder(store)
    recorder.handle(InputTranscript("last words"))
    start = time.monotonic()
    store.close()
    assert time.monotonic() - start < 5.0
    with HistoryStore(tmp_path) as reopened:
        assert committed_texts(reopened) == ["last words"]
    with pytest.raises(RuntimeError, match="closed"):
        recorder.handle(InputTranscript(" more"))


def test_reads_run_while_the_recorder_writes(tmp_path):
    words = [f"w{i} " for i in range(300)]
    full = "".join(words)
    errors: list[BaseException] = []
    with HistoryStore(tmp_path, commit_interval_s=0.02) as store:
        recorder = ConversationRecorder(store)

        def talk() -> None:
            try:
                recorder.handle(InputTranscript("question"))
                for word in words:
                    recorder.handle(OutputTranscript(word, 1))
                    time.sleep(0.002)
                recorder.close()
            except BaseException as exc:
                errors.append(exc)

        talker = threading.Thread(target=talk)
        talker.start()
        seen: list[str] = []
        while talker.is_alive():
            summaries = store.list_conversations()
            store.search("w1")
            if summaries:
                conversation = store.load_conversation(summaries[0].info.id)
                assert conversation is not None
                if len(conversation.messages) == 2:
                    seen.append(conversation.messages[1].text)
        talker.join()
        assert not errors
        seen.append(committed_texts(store)[1])
    assert seen[-1] == full
    assert all(full.startswith(text) for text in seen)
    assert [len(t) for t in seen] == sorted(len(t) for t in seen)  # never goes backwards
    assert len(set(seen)) > 3  # the reader saw the answer grow, commit after commit


def test_a_full_disk_keeps_every_write_in_memory_and_says_so_until_they_are_saved(
    tmp_path, caplog
):
    problems: list[str] = []
    with HistoryStore(tmp_path, commit_interval_s=0.05, on_problem=problems.append) as store:
        store.save_conversation(ConversationInfo("conv-1", 1.0))
        assert store.flush(5)
        writer_conn = store._writer._conn
        pages = writer_conn.execute("PRAGMA page_count").fetchone()[0]
        writer_conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full now
        words = [f"private words {i} " * 200 for i in range(20)]
        for seq, text in enumerate(words, 1):
            store.save_message("conv-1", Message(seq, "user", 1.0, 1.0, text=text))
        assert not store.flush(5), "nothing is reported saved that is not"
        assert problems and "not being saved" in problems[-1] and "full" in problems[-1]
        assert committed_texts(store) == []

        writer_conn.execute("PRAGMA max_page_count = 1073741823")  # space again
        wait_until(lambda: committed_texts(store) == words, timeout=5.0)  # no new writes
        assert store.flush(5)
        wait_until(lambda: problems[-1] == "", timeout=1.0)
    assert "conv-1" in caplog.text, "the log names what waits by its ids"
    assert "private words" not in caplog.text, "and never quotes it"


def test_a_bad_write_is_logged_by_its_ids_never_its_text(store, caplog):
    store.save_conversation(ConversationInfo("c1", 1.0))
    store.save_message("c1", Message(2, "bogus", 1.0, 1.0, text="secret text"))  # type: ignore[arg-type]
    assert store.flush(5)
    assert "message 2 of conversation c1" in caplog.text
    assert "secret text" not in caplog.text
