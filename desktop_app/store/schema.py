"""The database file: connection settings, the versioned schema and the full-text index.

The schema version lives in `PRAGMA user_version`. `MIGRATIONS[i]` takes a database from
version i to i + 1; a new release appends a step and never edits an old one, so any older
file upgrades in order, each step atomically. A file from a newer release is refused rather
than misread.

The full-text index is not part of the versioned schema: it is derived data, created or
rebuilt at every open when this Python's SQLite has FTS5, and switched off (its triggers
dropped) when it has not, so a database moved between machines keeps working either way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

DB_FILENAME = "history.sqlite3"
# A writer waits this long for another process's write (a second app instance) before failing.
BUSY_TIMEOUT_S = 10.0

_V1 = (
    """
    CREATE TABLE conversations (
        id          TEXT PRIMARY KEY,
        started_at  REAL NOT NULL,
        ended_at    REAL,
        title       TEXT NOT NULL DEFAULT '',
        model       TEXT NOT NULL DEFAULT '',
        voice       TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX conversations_by_start ON conversations (started_at)",
    """
    CREATE TABLE messages (
        id              INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        seq             INTEGER NOT NULL,
        role            TEXT NOT NULL CHECK (role IN ('user', 'model', 'tool', 'system')),
        text            TEXT NOT NULL DEFAULT '',
        thoughts        TEXT NOT NULL DEFAULT '',
        started_at      REAL NOT NULL,
        updated_at      REAL NOT NULL,
        ended_at        REAL,
        interrupted     INTEGER NOT NULL DEFAULT 0,
        generation      INTEGER,
        tool_call_id    TEXT,
        tool_name       TEXT,
        tool_args       TEXT,   -- JSON object
        tool_result     TEXT,   -- JSON value, NULL until the app answered
        grounding       TEXT,   -- JSON {"sources": [{"title", "uri"}], "queries": [...]}
        usage           TEXT,   -- JSON, the token counts of the turn
        UNIQUE (conversation_id, seq)
    )
    """,
)

# Version 2: the conversation's figures (answer times, tokens by kind, cost: issue 13), as the
# JSON of metrics.figures.Figures.to_dict(); NULL for a conversation recorded before.
_V2 = ("ALTER TABLE conversations ADD COLUMN figures TEXT",)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)

_FTS_TRIGGERS = ("messages_fts_insert", "messages_fts_delete", "messages_fts_update")
_FTS_SCHEMA = (
    """
    CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5 (
        text, content = 'messages', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER IF NOT EXISTS messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
    END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS messages_fts_update AFTER UPDATE OF text ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
    END
    """,
    "INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')",
)


class SchemaError(RuntimeError):
    """The database cannot be used by this version of the app."""


def connect(path: Path) -> sqlite3.Connection:
    """Open the database with the settings every connection needs.

    WAL lets the UI read while the recorder writes; `synchronous=NORMAL` in WAL mode makes a
    commit survive the app being killed (the WAL is in the OS cache) without an fsync per
    commit; only a power cut can lose the last commits. Transactions are explicit
    (`isolation_level=None`) so the writer decides exactly when a commit happens.
    """
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Sequence[str]] = MIGRATIONS) -> None:
    """Bring the schema to `len(migrations)`, one atomic step per version.

    The version is read again inside each write transaction, so two app instances opening
    the same file at once do not both run a step.
    """
    while True:
        with transaction(conn):
            version = user_version(conn)
            if version > len(migrations):
                raise SchemaError(
                    f"history database is at schema version {version}, newer than this app "
                    f"understands ({len(migrations)}); update LiveDesk to open it"
                )
            if version == len(migrations):
                return
            for statement in migrations[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")


def fts5_available(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite build has FTS5: probe it in the temp schema, not the file."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5 (x)")
    except sqlite3.OperationalError:
        return False
    conn.execute("DROP TABLE temp.fts5_probe")
    return True


def ensure_search_index(conn: sqlite3.Connection) -> bool:
    """Make the full-text index match the messages; returns whether FTS5 search is usable.

    The index is rebuilt only when it or one of its triggers is missing (first open, or a file
    last written where FTS5 was unavailable), since otherwise the triggers kept it current.
    """
    available = fts5_available(conn)
    with transaction(conn):
        if not available:
            for trigger in _FTS_TRIGGERS:
                conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
            return False
        names = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE name IN (?, ?, ?, ?)",
                ("messages_fts", *_FTS_TRIGGERS),
            )
        }
        if len(names) < 1 + len(_FTS_TRIGGERS):
            for statement in _FTS_SCHEMA:
                conn.execute(statement)
    return True


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """`BEGIN IMMEDIATE` … `COMMIT`, or `ROLLBACK` if the body raises.

    IMMEDIATE takes the write lock up front, so a transaction never fails halfway through
    because another connection started writing first.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
