"""The live views cost the same after 10,000 messages as after a few hundred: they keep the
newest rows, delete the older ones for real, and point to the history, which shows them all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.live.events import GroundingSource
from desktop_app.store import Message
from desktop_app.store.model import ToolCallRecord
from desktop_app.ui.conversation import ConversationView
from desktop_app.ui.rolling import ROWS_KEPT
from desktop_app.ui.translation import TranslationView


def message(seq: int) -> Message:
    """Every kind of entry in turn: five kinds, so any 200 rows hold the same mix."""
    kind = seq % 5
    if kind == 0:
        return Message(seq, "user", 0.0, 0.0, text=f"Question {seq}?", ended_at=0.0)
    if kind == 1:
        return Message(seq, "model", 0.0, 0.0, text=f"Answer {seq}.", thoughts="**Plan**")
    if kind == 2:
        tool = ToolCallRecord(f"call-{seq}", "get_time", {"zone": "UTC"}, {"output": "noon"})
        return Message(seq, "tool", 0.0, 0.0, tool=tool, ended_at=0.0)
    if kind == 3:
        source = GroundingSource(f"https://example.com/{seq}", "Example")
        return Message(seq, "model", 0.0, 0.0, text="Found it.", sources=(source,), ended_at=0.0)
    return Message(seq, "model", 0.0, 0.0, text="Cut", interrupted=True, ended_at=0.0)


def delete_deleted() -> None:
    """Delete what `deleteLater` scheduled, as the app's event loop does between messages."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def live_qt_objects(widget: QWidget) -> int:
    """Qt objects under `widget` once the ones scheduled for deletion are gone."""
    delete_deleted()
    return len(widget.findChildren(QObject))


def test_the_conversation_costs_the_same_after_10000_messages_as_after_300(qtbot):
    view = ConversationView()
    qtbot.addWidget(view)
    for seq in range(1, 301):
        view.show_message("c1", message(seq))
    after_300 = live_qt_objects(view)
    # The bulk in the cheapest kind (a rich-text entry costs several times more to build),
    # the last 200 like the 200 shown after 300: the same mix, so the same objects.
    for seq in range(301, 9_801):
        view.show_message("c1", Message(seq, "user", 0.0, 0.0, text="Hm.", ended_at=0.0))
        if seq % 100 == 0:
            delete_deleted()
    for seq in range(9_801, 10_001):
        view.show_message("c1", message(seq))
    after_10000 = live_qt_objects(view)

    # a widget per message kept would be ~10 Qt objects more per message: ~97,000 here
    assert after_10000 <= after_300 * 1.02, (after_300, after_10000)
    assert len(view.entries()) == ROWS_KEPT
    assert [e.message.seq for e in view.entries()] == list(range(10_001 - ROWS_KEPT, 10_001))
    assert view.texts("user")[-1] == "Question 10000?"
    assert not view.older.isHidden() and "History (Ctrl+H)" in view.older.text()


def test_translation_rows_are_bounded_too(qtbot):
    view = TranslationView()
    qtbot.addWidget(view)

    def pair(n: int) -> None:
        view.show_message("c1", Message(2 * n, "user", 0.0, 0.0, text=f"heard {n}"))
        view.show_message("c1", Message(2 * n + 1, "model", 0.0, 0.0, text=f"translated {n}"))

    for n in range(ROWS_KEPT):
        pair(n)
    full = live_qt_objects(view)
    for n in range(ROWS_KEPT, 2_500):
        pair(n)
        if n % 100 == 0:
            delete_deleted()

    assert live_qt_objects(view) == full
    rows = view.rows()
    assert len(rows) == ROWS_KEPT and rows[-1] == ("heard 2499", "translated 2499")
    assert rows[0] == (f"heard {2_500 - ROWS_KEPT}", f"translated {2_500 - ROWS_KEPT}")
    assert not view.older.isHidden()


def test_a_late_change_to_a_message_no_longer_shown_is_not_added_again(qtbot):
    view = ConversationView(limit=5)
    qtbot.addWidget(view)
    for seq in range(1, 11):
        view.show_message("c1", Message(seq, "user", 0.0, 0.0, text=f"words {seq}"))
    view.show_message("c1", Message(2, "user", 0.0, 0.0, text="words 2, late"))
    assert view.texts("user") == [f"words {seq}" for seq in range(6, 11)]
    view.show_message("c2", Message(1, "user", 0.0, 0.0, text="a new conversation"))
    assert view.texts("user")[-1] == "a new conversation", "seq 1 of another conversation"
    view.clear()
    assert view.entries() == [] and view.older.isHidden()


def test_rows_deleted_above_the_reader_do_not_move_what_they_read(qtbot):
    view = ConversationView(limit=30)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    for seq in range(1, 41):
        view.show_message("c1", Message(seq, "user", 0.0, 0.0, text=f"line {seq} " * 8))
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == bar.maximum(), "following the newest words"
    bar.setValue(bar.maximum() // 2)  # the user scrolls up to re-read
    read = view.entries()[15]
    before = read.mapTo(view.viewport(), QPoint(0, 0)).y()

    for seq in range(41, 44):  # three rows at the top go
        view.show_message("c1", Message(seq, "user", 0.0, 0.0, text=f"line {seq} " * 8))
    for _ in range(2):  # the layouts that move the rows up: the column's, the scroll area's
        QApplication.processEvents()

    assert view.entries()[12] is read
    assert read.mapTo(view.viewport(), QPoint(0, 0)).y() == before
    assert bar.value() < bar.maximum(), "still reading, not following"
