"""Opening the history so that the app works even when it cannot be opened.

A damaged or newer database, a full disk or a read-only directory must not stop the app:
then the history of this run goes to a scratch directory (deleted when the run ends), and
the user is told that this conversation will not be kept.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.store.schema import SchemaError
from desktop_app.store.store import HistoryStore
from desktop_app.store.writer import OnProblem

log = logging.getLogger(__name__)


@dataclass
class OpenedHistory:
    store: HistoryStore
    problem: str = ""  # why this run's history is not kept, for the user; "" when it is
    scratch: tempfile.TemporaryDirectory[str] | None = None  # delete at the end of the run

    def cleanup(self) -> None:
        if self.scratch is not None:
            self.scratch.cleanup()


def open_history(directory: Path, on_problem: OnProblem | None = None) -> OpenedHistory:
    """The history store in `directory`, or — when it cannot be opened — one in a scratch
    directory, with the problem to show."""
    try:
        return OpenedHistory(HistoryStore(directory, on_problem=on_problem))
    except (SchemaError, OSError, sqlite3.Error) as exc:
        log.warning("history at %s unavailable: %s", directory, exc)
        scratch = tempfile.TemporaryDirectory(prefix="livedesk-history-")
        problem = f"The history could not be opened ({exc}); this run is not saved."
        return OpenedHistory(HistoryStore(Path(scratch.name)), problem, scratch)
