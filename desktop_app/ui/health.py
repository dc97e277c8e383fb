"""The window's part of `--diagnostics`: counts of live Qt objects, sampled with the process
figures every second.

A widget the conversation view forgets to delete, or a connection that keeps a dialog
alive, does not show in Python's object count (the C++ side holds it), so the Qt objects are
counted here: every widget the application knows (parentless ones included), plus the
objects that are not widgets (timers, actions, layouts, models) in the trees of the
application and of its top-level widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from desktop_app.diagnostics import INTERVAL_S, EventTally, HealthLog


def qt_object_counts() -> dict[str, int]:
    """`qt_widgets`: all widgets; `qt_objects`: those plus the non-widget objects in the
    application's and the top-level widgets' trees."""
    widgets = QApplication.allWidgets()
    roots: list[QObject] = [QApplication.instance(), *QApplication.topLevelWidgets()]
    return {"qt_widgets": len(widgets), "qt_objects": len(widgets) + sum(map(_non_widgets, roots))}


def _non_widgets(parent: QObject) -> int:
    """The non-widget objects under `parent`, walked with `children()`: `findChildren(QObject)`
    (PySide6 6.11) keeps the Python wrapper of every non-widget object it returns alive after
    the object is deleted, so sampling with it would itself grow memory without bound."""
    return sum((not child.isWidgetType()) + _non_widgets(child) for child in parent.children())


class HealthReporter(QObject):
    """Writes a sample to `path` now and every `INTERVAL_S`, for as long as `parent` lives;
    the window's events (`events`) are tallied by kind into each sample."""

    def __init__(self, path: Path, events: SignalInstance, parent: QObject) -> None:
        super().__init__(parent)
        self._log = HealthLog(path)
        self._tally = EventTally()
        events.connect(self._tally.handle)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sample)
        self._timer.start(int(INTERVAL_S * 1000))
        self.sample()

    def sample(self) -> None:
        self._log.write(**qt_object_counts(), events=dict(self._tally.counts))
