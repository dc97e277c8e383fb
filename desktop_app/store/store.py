"""`HistoryStore`: the history database as the app sees it.

Writes go to the writer thread and return at once (see writer.py). Reads run on the calling
thread through their own read-only connection; with WAL they never wait for the writer, and
they see everything committed, which lags what was submitted by at most one commit interval.
Reads are short indexed queries, but a search over years of talk or a conversation of
10,000 messages is not instant: the history window runs every read on a worker thread
(desktop_app/ui/reads.py).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from types import TracebackType

from desktop_app.store.model import (
    Conversation,
    ConversationInfo,
    ConversationSummary,
    Message,
    SearchHit,
)
from desktop_app.store.rows import (
    CONVERSATION_SELECT,
    MESSAGE_SELECT,
    conversation_from_row,
    message_from_row,
)
from desktop_app.store.schema import DB_FILENAME, connect, ensure_search_index, migrate
from desktop_app.store.text import clip, highlight, search_terms
from desktop_app.store.writer import BatchWriter, OnProblem
from desktop_app.store.writes import DeleteConversation, SaveConversation, SaveMessage

# 300 ms keeps every fragment durable well within a second, with ~3 commits/s at most.
DEFAULT_COMMIT_INTERVAL_S = 0.3
SNIPPET_CHARS = 100
_SNIPPET_TOKENS = 16  # FTS5 counts a snippet in tokens, about 100 characters of speech

_LIST = f"""
    SELECT c.*,
        (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count,
        (SELECT substr(m.text, 1, {4 * SNIPPET_CHARS}) FROM messages m
            WHERE m.conversation_id = c.id AND m.text != ''
            ORDER BY m.seq DESC LIMIT 1) AS last_text
    FROM ({CONVERSATION_SELECT}) AS c
    ORDER BY c.started_at DESC, c.id
    LIMIT ? OFFSET ?
"""
_HIT_COLUMNS = "m.conversation_id, c.title, m.seq, m.role, m.started_at"
# Newest first by rowid: messages get their row when first saved, so rowid order is the order
# they began. FTS5 walks its index in rowid order and stops at LIMIT, so `snippet()` runs for
# the rows returned only; sorting by a column would compute it for every match first
# (measured: 6 ms instead of 260 ms for a word in 65,000 of 100,000 messages).
_FTS_SEARCH = f"""
    SELECT {_HIT_COLUMNS}, snippet(messages_fts, 0, ?, ?, '…', {_SNIPPET_TOKENS}) AS snippet
    FROM messages_fts
        JOIN messages m ON m.id = messages_fts.rowid
        JOIN conversations c ON c.id = m.conversation_id
    WHERE messages_fts MATCH ?
    ORDER BY messages_fts.rowid DESC
    LIMIT ?
"""
_LIKE_SEARCH = f"""
    SELECT {_HIT_COLUMNS}, m.text AS snippet
    FROM messages m JOIN conversations c ON c.id = m.conversation_id
    WHERE {{conditions}}
    ORDER BY m.id DESC
    LIMIT ?
"""


class HistoryStore:
    """The conversation history in `directory/history.sqlite3`.

    Safe to use from several threads. Call `close()` (or use it as a context manager) at
    exit so the last writes are committed.
    """

    def __init__(
        self,
        directory: str | Path,
        *,
        commit_interval_s: float = DEFAULT_COMMIT_INTERVAL_S,
        on_problem: OnProblem | None = None,
    ) -> None:
        """`on_problem` is called (on the writer's thread) with why the history is not being
        saved, and with "" once it is again."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / DB_FILENAME
        conn = connect(self.path)
        try:
            migrate(conn)
            self.full_text_search = ensure_search_index(conn)
            self._reader = connect(self.path)
        except BaseException:
            conn.close()
            raise
        self._reader.execute("PRAGMA query_only = ON")
        self._read_lock = threading.Lock()
        self._writer = BatchWriter(conn, commit_interval_s, on_problem)

    # --- writing: queued, never blocks --------------------------------------------------

    def save_conversation(self, info: ConversationInfo) -> None:
        self._writer.submit(SaveConversation(info))

    def save_message(self, conversation_id: str, message: Message) -> None:
        self._writer.submit(SaveMessage(conversation_id, message))

    def delete_conversation(self, conversation_id: str, timeout: float | None = 5.0) -> bool:
        """Delete a conversation and its messages; waits for the commit (one short write)
        so that a list read right after no longer shows it. False if `timeout` passed first.

        To delete the conversation being recorded, end it first
        (`ConversationRecorder.end_conversation()`): its next save would bring it back.
        """
        self._writer.submit(DeleteConversation(conversation_id))
        return self._writer.flush(timeout)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything saved so far is committed; False if `timeout` passed first."""
        return self._writer.flush(timeout)

    @property
    def last_write_error(self) -> Exception | None:
        """The last error the writer met (logged too), for a "history not saved" warning."""
        return self._writer.last_error

    @property
    def commit_count(self) -> int:
        return self._writer.commit_count

    def close(self) -> None:
        """Commit what is queued, then close. Further saves raise RuntimeError."""
        self._writer.close()
        with self._read_lock:
            self._reader.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- reading --------------------------------------------------------------------------

    def list_conversations(self, limit: int = 100, offset: int = 0) -> list[ConversationSummary]:
        """Newest first, each with the beginning of its last words as a preview."""
        rows = self._read(_LIST, (limit, offset))
        return [
            ConversationSummary(
                info=conversation_from_row(row),
                message_count=row["message_count"],
                snippet=clip(row["last_text"] or "", SNIPPET_CHARS),
            )
            for row in rows
        ]

    def load_conversation(self, conversation_id: str) -> Conversation | None:
        with self._read_lock:
            conv = self._reader.execute(
                f"{CONVERSATION_SELECT} WHERE id = ?", (conversation_id,)
            ).fetchone()
            rows = self._reader.execute(
                f"{MESSAGE_SELECT} WHERE conversation_id = ? ORDER BY seq", (conversation_id,)
            ).fetchall()
        if conv is None:
            return None
        return Conversation(
            info=conversation_from_row(conv), messages=tuple(message_from_row(r) for r in rows)
        )

    def search(
        self, query: str, *, limit: int = 50, mark: tuple[str, str] = ("[", "]")
    ) -> list[SearchHit]:
        """Messages containing every word of `query` (as a word prefix), newest first.

        Typed text is never passed to SQLite as query syntax: quotes, `-` or `OR` in it are
        just characters. Without FTS5 the words match anywhere inside words, and only ASCII
        letters match case-insensitively (SQLite's LIKE).
        """
        terms = search_terms(query)
        if not terms:
            return []
        if self.full_text_search:
            match = " ".join(f'"{term}"*' for term in terms)  # \w+ holds no quote to escape
            rows = self._read(_FTS_SEARCH, (*mark, match, limit))
            snippets = [row["snippet"] for row in rows]
        else:
            conditions = " AND ".join(["m.text LIKE ? ESCAPE '\\'"] * len(terms))
            # A \w+ term holds no `%` or `\`, but `_` would be a wildcard.
            patterns = ["%" + t.replace("_", "\\_") + "%" for t in terms]
            rows = self._read(_LIKE_SEARCH.format(conditions=conditions), (*patterns, limit))
            snippets = [highlight(row["snippet"], terms, mark, SNIPPET_CHARS) for row in rows]
        return [
            SearchHit(
                conversation_id=row["conversation_id"],
                conversation_title=row["title"],
                seq=row["seq"],
                role=row["role"],
                started_at=row["started_at"],
                snippet=snippet,
            )
            for row, snippet in zip(rows, snippets, strict=True)
        ]

    def _read(self, sql: str, params: tuple[object, ...]) -> list[sqlite3.Row]:
        with self._read_lock:
            return self._reader.execute(sql, params).fetchall()
