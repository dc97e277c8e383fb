"""Garbage in cycles is collected on the GUI thread, never in another thread that happens to
allocate (desktop_app/ui/collector.py)."""

from __future__ import annotations

import gc
import threading

from desktop_app.ui.collector import MainThreadCollector

CYCLES = 5_000


class Cycle:
    def __init__(self, freed: list[str]) -> None:
        self.me = self
        self.freed = freed

    def __del__(self) -> None:
        self.freed.append(threading.current_thread().name)


def test_cycles_made_garbage_in_a_thread_are_freed_by_the_gui_threads_timer(qtbot):
    gc.enable()  # as in a fresh interpreter (the test run keeps it off: tests/conftest.py)
    collector = MainThreadCollector()
    collector.start()
    assert not gc.isenabled()
    try:
        freed: list[str] = []

        def churn() -> None:  # like an audio callback: allocates and drops cycles, well
            for _ in range(CYCLES):  # past the interpreter's thresholds (700 or 2,000)
                Cycle(freed)

        worker = threading.Thread(target=churn, name="audio-callback")
        worker.start()
        worker.join()
        assert freed == []  # nothing collected in the worker
        qtbot.waitUntil(lambda: len(freed) == CYCLES, timeout=5000)
        assert set(freed) == {threading.main_thread().name}
    finally:
        collector.stop()
        assert gc.isenabled()
        gc.disable()
