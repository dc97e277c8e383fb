"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs in whichever thread allocates when a threshold is crossed:
a PortAudio callback, the SDK's or the history writer's thread. When the garbage then holds
Qt wrappers, their C++ objects are destroyed off the GUI thread, which Qt does not allow: the
suite crashed that way on Python 3.13 ("Garbage-collecting" in a thread with no Python frame
while the main thread was inside shiboken), and a collection inside an audio callback stalls
the sound as well. So automatic collection is switched off and a timer on the GUI thread
collects with the interpreter's own thresholds, a few times a second. Reference counting
still frees everything that is not in a cycle at once, on whichever thread drops it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250


class MainThreadCollector(QObject):
    """Owns the collector while it lives: `start()` takes it over, `stop()` hands it back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect_due(self) -> int:
        return collect_due(self._thresholds)


def collect_due(thresholds: tuple[int, int, int]) -> int:
    """Collect the oldest generation whose threshold is crossed, as the interpreter would
    have; the number of objects found unreachable."""
    counts = gc.get_count()
    first, second, third = thresholds
    if first <= 0 or counts[0] < first:
        return 0
    generation = 2 if counts[2] >= third else 1 if counts[1] >= second else 0
    return gc.collect(generation)
