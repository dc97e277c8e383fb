"""Store reads on a worker thread, their results back on the GUI thread.

A SQLite read is short for a list, but not for a search over years of talk or a conversation
of 10,000 messages (rows to objects, then to Markdown for an export); on the GUI thread each
would freeze the window for as long. `BackgroundReads` runs jobs one at a time, in order, on
its own thread and hands each result (or the exception) to a callback on the GUI thread.

The worker never holds a widget, nor anything that holds one: it gets a job (which should
close over the store and plain values only) and a number, and posts (number, result) to a
relay object that lives as long as the app. Were the worker to drop the last reference to a
window, Qt would delete that window on the wrong thread.
"""

from __future__ import annotations

import itertools
import logging
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class _Relay(QObject):
    """Created on the GUI thread and never deleted, so a worker can always post to it; Qt
    queues the delivery to the GUI thread because the relay lives there."""

    finished = Signal(int, int, object)  # (reads key, ticket, result or exception)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self.deliver)

    @Slot(int, int, object)
    def deliver(self, key: int, ticket: int, outcome: object) -> None:
        reads = _open.get(key)
        if reads is not None:
            reads.deliver(ticket, outcome)


_relay: _Relay | None = None
_open: weakref.WeakValueDictionary[int, BackgroundReads] = weakref.WeakValueDictionary()
_keys = itertools.count(1)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def _work(relay: _Relay, key: int, ticket: int, job: Callable[[], Any]) -> None:
    try:
        outcome: Any = job()
    except Exception as exc:  # handed to `failed` on the GUI thread
        outcome = exc
    relay.finished.emit(key, ticket, outcome)


class BackgroundReads:
    """One worker thread for the reads of one window. Create it on the GUI thread;
    `close()` drops whatever is still pending."""

    def __init__(self, name: str = "history-read") -> None:
        self._relay = _the_relay()
        self._key = next(_keys)
        _open[self._key] = self
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._waiting: dict[int, tuple[Done, Failed | None]] = {}
        self._tickets = itertools.count(1)

    def run(self, job: Callable[[], Any], done: Done, failed: Failed | None = None) -> None:
        """Run `job()` on the worker; then `done(result)` or `failed(exception)` here."""
        if self._pool is None:
            return
        ticket = next(self._tickets)
        self._waiting[ticket] = (done, failed)
        self._pool.submit(_work, self._relay, self._key, ticket, job)

    def close(self) -> None:
        """No more deliveries; a job already running finishes on its own and is dropped."""
        _open.pop(self._key, None)
        self._waiting.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def deliver(self, ticket: int, outcome: object) -> None:
        callbacks = self._waiting.pop(ticket, None)
        if callbacks is None:
            return
        done, failed = callbacks
        if isinstance(outcome, Exception):
            if failed is None:
                log.warning("history read failed: %r", outcome)
            else:
                failed(outcome)
            return
        done(outcome)
