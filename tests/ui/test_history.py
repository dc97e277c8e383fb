"""The history browser against a real history store in a temporary directory: every read
runs on a worker thread, "Loading…" shows meanwhile, the window answers all along, and a
conversation of 10,000 messages shows whole, as one document."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from desktop_app.store import ConversationInfo, HistoryStore
from desktop_app.ui.history import HistoryDialog
from tests.support.messages import every_kind

WAIT_MS = 20_000


class WatchedStore(HistoryStore):
    """The real store, noting which thread each read ran on; `gate` holds reads back until
    the test opens it, to look at the dialog while a read is still running."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.read_threads: list[tuple[str, int]] = []
        self.gate = threading.Event()
        self.gate.set()

    def _note(self, what: str) -> None:
        self.read_threads.append((what, threading.get_ident()))
        assert self.gate.wait(WAIT_MS / 1000), "the test never let the read go on"

    def list_conversations(self, *args, **kwargs):
        self._note("list")
        return super().list_conversations(*args, **kwargs)

    def search(self, *args, **kwargs):
        self._note("search")
        return super().search(*args, **kwargs)

    def load_conversation(self, *args, **kwargs):
        self._note("load")
        return super().load_conversation(*args, **kwargs)

    def delete_conversation(self, *args, **kwargs):
        self._note("delete")
        return super().delete_conversation(*args, **kwargs)


@pytest.fixture
def store(tmp_path):
    with WatchedStore(tmp_path / "history") as store:
        yield store


def save(store: HistoryStore, conversation_id: str, title: str, count: int) -> None:
    store.save_conversation(ConversationInfo(conversation_id, time.time(), title=title))
    for seq in range(1, count + 1):
        store.save_message(conversation_id, every_kind(seq))
    store.flush()


def open_dialog(qtbot, store: HistoryStore) -> HistoryDialog:
    dialog = HistoryDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def listed(dialog: HistoryDialog) -> list[str]:
    """The ids of the conversations (or hits) listed, in order."""
    items = (dialog.list.item(row) for row in range(dialog.list.count()))
    return [id_ for item in items if (id_ := item.data(256))]


def test_every_read_runs_off_the_gui_thread(qtbot, store, tmp_path, monkeypatch):
    save(store, "c1", "The lighthouse", 12)
    gui = threading.get_ident()
    dialog = open_dialog(qtbot, store)
    qtbot.waitUntil(lambda: listed(dialog) == ["c1"], timeout=WAIT_MS)
    dialog.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: dialog.conversation is not None, timeout=WAIT_MS)
    dialog.search.setText("Answer")
    qtbot.waitUntil(lambda: "search" in dict(store.read_threads), timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        dialog.export(tmp_path / "talk.md")
    assert "Answer 11." in (tmp_path / "talk.md").read_text(encoding="utf-8")

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.delete_selected()
    qtbot.waitUntil(lambda: "delete" in dict(store.read_threads), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT_MS)
    reads = list(store.read_threads)
    assert listed(dialog) == [], "the list after the delete"

    assert {what for what, _thread in reads} == {"list", "load", "search", "delete"}
    on_gui = [what for what, thread in reads if thread == gui]
    assert on_gui == [], f"read on the GUI thread: {on_gui}"


def test_loading_shows_while_a_read_runs_and_the_window_answers(qtbot, store):
    save(store, "c1", "The lighthouse", 12)
    dialog = open_dialog(qtbot, store)
    qtbot.waitUntil(lambda: listed(dialog) == ["c1"], timeout=WAIT_MS)

    store.gate.clear()  # the next reads wait until the test lets them go
    dialog.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: dialog.loading and store.read_threads[-1][0] == "load")
    assert dialog.title.text() == "Loading…"
    assert "Loading…" in dialog.view.toPlainText()
    assert not dialog.export_md.isEnabled(), "nothing to export until it is here"
    qtbot.keyClicks(dialog.search, "lamp")  # the GUI thread is free: typing works
    assert dialog.search.text() == "lamp"

    store.gate.set()
    qtbot.waitUntil(lambda: dialog.conversation is not None, timeout=WAIT_MS)
    assert "Answer 11." in dialog.view.toPlainText()
    assert dialog.export_md.isEnabled()


def test_only_the_newest_request_is_shown(qtbot, store):
    save(store, "old", "First talk", 3)
    save(store, "new", "Second talk", 6)
    dialog = open_dialog(qtbot, store)
    qtbot.waitUntil(lambda: len(listed(dialog)) == 2, timeout=WAIT_MS)

    store.gate.clear()
    dialog.open_conversation("old")
    dialog.open_conversation("new")  # chosen before the first one arrived
    store.gate.set()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT_MS)
    assert dialog.conversation is not None and dialog.conversation.info.id == "new"
    assert "Second talk" in dialog.title.text()


def test_a_conversation_of_10000_messages_shows_whole_with_thoughts_folded(qtbot, store):
    save(store, "c1", "A long day", 10_000)
    dialog = open_dialog(qtbot, store)
    qtbot.waitUntil(lambda: listed(dialog) == ["c1"], timeout=WAIT_MS)
    view = dialog.view
    at_first: list[tuple[bool, str]] = []  # what the view holds when the GUI thread is free
    show = view.show_conversation
    view.show_conversation = lambda c: (
        show(c),
        at_first.append((view.building, view.toPlainText())),
    )
    with qtbot.waitSignal(dialog.opened, timeout=WAIT_MS):
        dialog.list.setCurrentRow(0)

    [(building, beginning)] = at_first
    assert building, "the rest is added on later turns of the event loop"
    assert "Question 5?" in beginning and "Question 10000?" not in beginning
    text = view.toPlainText()
    assert "Question 5?" in text and "Question 10000?" in text, "first and last both shown"
    assert text.count("— interrupted") == 2_000
    assert 'get_time(zone="UTC") → noon' in text
    assert "Older messages" not in text, "the history keeps none back"
    assert len(view.texts("user")) == 2_000

    assert not view.thoughts_shown(9_996), "thoughts start folded"
    view.anchorClicked.emit(QUrl("thoughts:9996"))  # what a click on "▸ Thoughts" sends
    assert view.thoughts_shown(9_996)
    assert "▾ Thoughts" in view.toPlainText()
    view.anchorClicked.emit(QUrl("thoughts:9996"))
    assert not view.thoughts_shown(9_996)
    QApplication.processEvents()


def test_a_missing_conversation_and_an_empty_history_say_so(qtbot, store):
    dialog = open_dialog(qtbot, store)
    qtbot.waitUntil(lambda: dialog.list.count() == 1 and not dialog.loading, timeout=WAIT_MS)
    assert dialog.list.item(0).text() == "No conversations yet."
    with qtbot.waitSignal(dialog.opened, timeout=WAIT_MS):
        dialog.open_conversation("gone")
    assert dialog.title.text() == "This conversation was deleted."
    assert not dialog.delete.isEnabled()
