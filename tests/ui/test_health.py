"""`--diagnostics`: what the window writes each second, and that sampling costs nothing that
stays: a soak test reads these figures to find leaks, so the sampler must not be one."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop_app.diagnostics import read_samples
from desktop_app.ui.health import HealthReporter, qt_object_counts


class _Bridge(QObject):
    event = Signal(object)


def _delete(widget: QWidget) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_samples_hold_process_figures_qt_counts_and_events(tmp_path: Path):
    _ = QApplication.instance() or QApplication([])
    window = QWidget()
    bridge = _Bridge()
    path = tmp_path / "health.jsonl"
    reporter = HealthReporter(path, bridge.event, window)
    before = qt_object_counts()
    labels = [QLabel(f"<b>{i}</b>", window) for i in range(5)]  # a rich label has children
    bridge.event.emit(1)
    bridge.event.emit("two")
    bridge.event.emit("three")
    reporter.sample()

    first, second = read_samples(path)
    assert second["events"] == {"int": 1, "str": 2}
    assert second["qt_widgets"] == first["qt_widgets"] + 5
    assert second["qt_objects"] > first["qt_objects"] + 5, "non-widget children are counted"
    assert second["rss_mb"] > 0 and second["cpu_s"] > 0 and second["threads"] >= 1
    assert second["t"] >= first["t"]
    for label in labels:
        _delete(label)
    assert qt_object_counts() == before
    _delete(window)


def test_sampling_keeps_no_wrappers_of_deleted_objects():
    _ = QApplication.instance() or QApplication([])
    window = QWidget()
    column = QVBoxLayout(window)
    for _ in range(3):  # the first rounds create what is created once
        _add_sample_and_delete_rows(window, column)
    gc.collect()
    baseline = len(gc.get_objects())
    for _ in range(30):
        _add_sample_and_delete_rows(window, column)
    gc.collect()
    assert len(gc.get_objects()) - baseline < 100
    _delete(window)


def _add_sample_and_delete_rows(window: QWidget, column: QVBoxLayout) -> None:
    """Rows like the conversation's (rich labels: a text document each), counted, deleted."""
    rows = [QLabel("<i>row</i>", window) for _ in range(10)]
    for row in rows:
        column.addWidget(row)
    qt_object_counts()
    for row in rows:
        _delete(row)
