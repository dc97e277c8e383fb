"""The Qt binding the app is installed with does not leak references per call.

PySide6 6.12.0 on CPython 3.11 takes one reference from `None` (and from `True`/`False`) on
every call of a method that returns nothing; after a few thousand calls the interpreter
aborts with "Fatal Python error: none_dealloc". Every short test passed on it, while a long
conversation (one label update per transcript fragment) crashed the app. This test makes
the calls the app makes per fragment — label text, visibility, repaint requests, scrolling,
a meter's level, a cross-thread signal — 50,000 times each in a child process (an abort
there fails the test instead of killing the run) and checks that the reference counts of
`None`, `True` and `False` are where they started.

On Python 3.12 and later those three objects are immortal: a count that falls never reaches
zero (the stable-ABI bindings still decrement it, so it does move), which is why the same
wheel does not crash there. The counts are checked only where a falling count is fatal; the
child still runs every call on every version, so a binding that crashes in another way is
caught as well.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

CALLS = 50_000

CHILD = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QObject, Signal, Qt
    from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QToolButton, QWidget

    from desktop_app.ui.meters import LevelMeter

    class Bridge(QObject):
        event = Signal(object)

    app = QApplication([])
    window = QWidget()
    label = QLabel(window)
    button = QToolButton(window)
    button.setCheckable(True)
    area = QScrollArea(window)
    meter = LevelMeter("mic", window)
    bridge = Bridge()
    received = []
    bridge.event.connect(received.append, Qt.ConnectionType.DirectConnection)
    bar = area.verticalScrollBar()
    calls = {
        "QLabel.setText": lambda i: label.setText(str(i & 7)),
        "QLabel.setToolTip": lambda i: label.setToolTip("x"),
        "QWidget.setVisible": lambda i: label.setVisible(bool(i & 1)),
        "QWidget.update": lambda i: label.update(),
        "QAbstractButton.isChecked": lambda i: button.isChecked(),
        "QWidget.isVisible": lambda i: label.isVisible(),
        "QScrollBar.setValue": lambda i: bar.setValue(bar.maximum()),
        "LevelMeter.set_level": lambda i: meter.set_level(float(i & 1023)),
        "Signal.emit": lambda i: bridge.event.emit(i),
    }

    def counts():
        return [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)]

    report = {}
    for name, call in calls.items():
        before = counts()
        for i in range({calls}):
            call(i)
        after = counts()
        received.clear()
        app.processEvents()
        report[name] = [a - b for a, b in zip(after, before)]
    print(json.dumps(report))
    """
).replace("{calls}", str(CALLS))


def test_per_fragment_qt_calls_take_no_references_from_none_true_or_false():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, (
        f"the child died with {done.returncode} (a binding that loses references to None "
        f"aborts CPython < 3.12 with none_dealloc):\n{done.stderr[-3000:]}"
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if sys.version_info >= (3, 12):  # immortal: a moving count is harmless there
        return
    # A loop of 50,000 calls may leave a few references in caches; a leak leaves ~50,000.
    leaks = {name: deltas for name, deltas in report.items() if max(map(abs, deltas)) > 500}
    assert not leaks, f"None/True/False reference count changes per 50,000 calls: {leaks}"
