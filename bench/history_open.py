"""How long the history browser takes to show a long saved conversation.

Run with a display (the test Xvfb, or offscreen):
    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python bench/history_open.py [--messages 10000]

Saves one conversation of `--messages` messages (every kind of entry in turn: questions,
answers with thoughts, tool calls, answers with sources, interrupted answers) into a fresh
history, opens the dialog on it, selects it, and measures until the conversation is on screen
(loaded, rendered and laid out, the scroll range known), with the event loop running so a
read on a worker is measured as the user waits for it. Also reports the longest the GUI
thread was busy without turning its event loop (a frozen window) during that time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.store import ConversationInfo, HistoryStore
from desktop_app.ui.history import HistoryDialog
from tests.support.messages import every_kind


def first_screen(dialog: HistoryDialog, count: int) -> bool:
    """The conversation's beginning is on screen: loaded, rendered, the scroll range laid out."""
    if dialog.conversation is None or len(dialog.conversation.messages) != count:
        return False
    return dialog.view.verticalScrollBar().maximum() > 0


def complete(dialog: HistoryDialog) -> bool:
    """Every message is in the view (before 2026-12-06 the view was built in one go)."""
    return not getattr(dialog, "loading", False)


def run_once(app: QApplication, store: HistoryStore, count: int) -> tuple[float, float, float]:
    dialog = HistoryDialog(store)
    dialog.show()
    deadline = time.monotonic() + 60
    while dialog.list.count() == 0 or not dialog.list.item(0).data(256):
        app.processEvents()
        if time.monotonic() > deadline:
            raise SystemExit("the list never loaded")
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    start = time.perf_counter()
    last[0] = start
    dialog.list.setCurrentRow(0)
    while not first_screen(dialog, count):
        app.processEvents()
        if time.monotonic() > deadline + 900:
            raise SystemExit("the conversation never showed")
    first = time.perf_counter() - start
    while not complete(dialog):
        app.processEvents()
    elapsed = time.perf_counter() - start
    tick()
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    return first, elapsed, max(gaps)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp, HistoryStore(Path(tmp)) as store:
        store.save_conversation(ConversationInfo("c1", time.time(), title="Long talk"))
        for seq in range(1, args.messages + 1):
            store.save_message("c1", every_kind(seq, words=5))
        store.flush()
        began = time.perf_counter()
        store.load_conversation("c1")
        print(f"load_conversation alone: {time.perf_counter() - began:.2f} s")
        results = [run_once(app, store, args.messages) for _ in range(args.runs)]
    print(f"{args.messages} messages, {args.runs} runs")
    for name, column in (("first screen", 0), ("all shown", 1), ("longest GUI freeze", 2)):
        values = [r[column] for r in results]
        runs = ", ".join(f"{t:.2f}" for t in values)
        print(f"{name}: median {statistics.median(values):.2f} s (runs: {runs})")


if __name__ == "__main__":
    main()
