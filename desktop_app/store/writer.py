"""The single thread that writes the history database, in batches.

Callers (the asyncio loop, the GUI thread) only put a write on a queue, which never touches
the disk. The thread takes the first write, keeps collecting for `interval_s`, then writes
the batch in one transaction and commits. So a write is durable at most `interval_s` plus
one commit after it was submitted, an idle app never commits, and a talkative model costs
one commit per interval however many 3-character fragments it sends.

When the disk refuses (full, read-only, an I/O error, another process holding the lock too
long), nothing is dropped: the whole batch stays in memory and is tried again every interval,
with everything that comes meanwhile, until it commits; `on_problem` says so (and says when it
is over), so the window can tell the user that the history is not being saved and why. Only a
write that is bad in itself (a constraint it breaks) is dropped, and the log names it by its
ids: the history's text never goes into the log.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.store.schema import transaction
from desktop_app.store.writes import Write, coalesce

log = logging.getLogger(__name__)

# SQLite's primary result codes that mean "the disk or the file", not "this write is wrong":
# BUSY, LOCKED, NOMEM, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, PROTOCOL.
_DISK_CODES = frozenset({5, 6, 7, 8, 10, 11, 13, 14, 15})
OnProblem = Callable[[str], None]  # why the history is not being saved; "" once it is again


def is_disk_error(exc: BaseException) -> bool:
    """Whether `exc` is the disk's fault (retry the write later) rather than the write's."""
    if isinstance(exc, OSError):
        return True
    if not isinstance(exc, sqlite3.Error) or isinstance(exc, sqlite3.IntegrityError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return isinstance(exc, sqlite3.OperationalError)
    return (code & 0xFF) in _DISK_CODES


@dataclass(eq=False)
class _Barrier:
    """Ends the current batch at once; `done` is set when the batch is committed."""

    stop: bool = False
    done: threading.Event = field(default_factory=threading.Event)
    committed: bool = False  # everything before it is on disk (nothing left to retry)


class BatchWriter:
    """Owns `conn` from now on: only its thread uses it, and closes it on `close()`."""

    def __init__(
        self, conn: sqlite3.Connection, interval_s: float, on_problem: OnProblem | None = None
    ) -> None:
        self._conn = conn
        self._interval_s = interval_s
        self._on_problem = on_problem
        self.problem = ""  # why writes are waiting in memory, "" when they are not
        self._queue: queue.SimpleQueue[Write | _Barrier] = queue.SimpleQueue()
        # Writes whose transaction the disk refused (another process held the lock too long,
        # disk full...): they are snapshots, so they are simply tried again with the next batch.
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
        """Commit everything submitted so far; False if `timeout` passed first, or if the
        disk refused and the writes are still waiting in memory."""
        barrier = _Barrier()
        self._queue.put(barrier)
        return barrier.done.wait(timeout) and barrier.committed

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
                    item.committed = not self._retry
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
                    except Exception as exc:
                        if is_disk_error(exc):
                            raise  # the whole batch waits for the disk
                        log.error("history: dropped %s (%s)", write.label, type(exc).__name__)
                        self.last_error = exc
        except (sqlite3.Error, OSError) as exc:
            self.last_error = exc
            self._retry = list(coalesce(writes))
            log.warning(
                "history: %d writes kept in memory (%s…), will retry: %s",
                len(self._retry),
                ", ".join(write.label for write in self._retry[:3]),
                exc,
            )
            self._report(
                f"History is not being saved ({exc}); what is said is kept and saved "
                "as soon as the disk allows."
            )
            return
        self._retry = []
        self.commit_count += 1
        self._report("")

    def _report(self, problem: str) -> None:
        if problem == self.problem:
            return
        self.problem = problem
        if problem == "":
            log.info("history: saved again")
        if self._on_problem is not None:
            try:
                self._on_problem(problem)
            except Exception:  # the window's trouble must not stop the history
                log.exception("history: reporting a problem failed")
