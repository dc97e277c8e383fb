"""The single thread that writes the history database, in batches.

Callers (the asyncio loop, the GUI thread) only put a write on a queue, which never touches
the disk. The thread takes the first write, keeps collecting for `interval_s`, then writes
the batch in one transaction and commits. So a write is durable at most `interval_s` plus
one commit after it was submitted, an idle app never commits, and a talkative model costs
one commit per interval however many 3-character fragments it sends.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from dataclasses import dataclass, field

from desktop_app.store.schema import transaction
from desktop_app.store.writes import Write, coalesce

log = logging.getLogger(__name__)


@dataclass(eq=False)
class _Barrier:
    """Ends the current batch at once; `done` is set when the batch is committed."""

    stop: bool = False
    done: threading.Event = field(default_factory=threading.Event)


class BatchWriter:
    """Owns `conn` from now on: only its thread uses it, and closes it on `close()`."""

    def __init__(self, conn: sqlite3.Connection, interval_s: float) -> None:
        self._conn = conn
        self._interval_s = interval_s
        self._queue: queue.SimpleQueue[Write | _Barrier] = queue.SimpleQueue()
        # Writes whose transaction failed (another process held the lock too long, disk
        # full...): they are snapshots, so they are simply tried again with the next batch.
        self._retry: list[Write] = []
        self._closed = False
        self.commit_count = 0
        self.last_error: Exception | None = None
        self._thread = threading.Thread(target=self._run, name="history-writer", daemon=True)
        self._thread.start()

    def submit(self, write: Write) -> None:
        """Queue a write. Returns at once whatever the disk is doing."""
        if self._closed:
            raise RuntimeError("the history store is closed")
        self._queue.put(write)

    def flush(self, timeout: float | None = None) -> bool:
        """Commit everything submitted so far; False if `timeout` passed first."""
        barrier = _Barrier()
        self._queue.put(barrier)
        return barrier.done.wait(timeout)

    def close(self) -> None:
        """Commit what is queued, stop the thread and close the connection."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_Barrier(stop=True))
        self._thread.join()

    def _run(self) -> None:
        stopping = False
        while not stopping:
            batch = self._gather()
            self._commit([item for item in batch if not isinstance(item, _Barrier)])
            for item in batch:
                if isinstance(item, _Barrier):
                    stopping = stopping or item.stop
                    item.done.set()
        self._conn.close()

    def _gather(self) -> list[Write | _Barrier]:
        # Idle, wait for work; with writes to retry, retry after an interval even if none comes.
        try:
            batch = [self._queue.get(timeout=self._interval_s if self._retry else None)]
        except queue.Empty:
            return []
        deadline = time.monotonic() + self._interval_s
        while not isinstance(batch[-1], _Barrier):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                batch.append(self._queue.get(timeout=remaining))
            except queue.Empty:
                break
        return batch

    def _commit(self, writes: list[Write]) -> None:
        writes = self._retry + writes
        if not writes:
            return
        try:
            with transaction(self._conn):
                for write in coalesce(writes):
                    try:
                        write.apply(self._conn)
                    except Exception as exc:  # this write is bad (logged); the others are fine
                        log.exception("history: dropped %r", write)
                        self.last_error = exc
        except sqlite3.Error as exc:
            log.warning("history: commit failed, will retry: %s", exc)
            self.last_error = exc
            self._retry = list(coalesce(writes))
            return
        self._retry = []
        self.commit_count += 1
