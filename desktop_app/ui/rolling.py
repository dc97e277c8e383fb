"""A scrolling column that keeps only its newest rows: what both live views are built on.

The conversation and translation views show a conversation as it is spoken, and a
conversation can go on for hours. A widget per message kept forever would make the window
cost more with every sentence (memory, Qt objects, layout work), so the column deletes its
oldest rows for real once it holds `ROWS_KEPT`, and says at the top that older ones are in
the history, which keeps everything. The window then costs the same after 10,000 messages
as after 200.

The column follows the newest words while the user is at the bottom; scrolled up to re-read,
it stays put, even when rows above the reader are deleted (the scroll position moves up by
what was removed, before the layout moves the rows up by as much).
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

# Far more than a window shows, so scrolling back a few minutes still works live; few enough
# that the rows' widgets stay a small, fixed cost (about 10 Qt objects per message).
ROWS_KEPT = 200
OLDER_IN_HISTORY = QT_TRANSLATE_NOOP("RollingColumn", "Older messages are in History (Ctrl+H).")


class RollingColumn(QScrollArea):
    """Rows added at the bottom; past `limit` rows (None: no limit), the oldest are deleted.

    Subclasses add rows with `_add_row` and drop what they know of a deleted row in
    `_forget`. Widgets that are not rows (a placeholder, headers) go in `_column` above them.
    """

    def __init__(self, parent: QWidget | None = None, *, limit: int | None = ROWS_KEPT) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        self._column = QVBoxLayout(inner)
        self.older = QLabel(QCoreApplication.translate("RollingColumn", OLDER_IN_HISTORY), inner)
        self.older.setObjectName("older-in-history")
        self.older.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.older.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.older.hide()
        self._column.addWidget(self.older)
        self._column.addStretch(1)  # rows stay at the top while they are few
        self.setWidget(inner)
        self._limit = limit
        self._rows: deque[QWidget] = deque()
        self._follow = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range)

    def _add_row(self, row: QWidget) -> None:
        row.setParent(self.widget())
        self._column.insertWidget(self._column.count() - 1, row)
        self._rows.append(row)
        while self._limit is not None and len(self._rows) > self._limit:
            oldest = self._rows.popleft()
            if not self._follow:  # what the reader reads moves up by this: so does the view
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() - oldest.height() - self._column.spacing())
            self._delete(oldest)
            self.older.show()

    def _clear_rows(self) -> None:
        while self._rows:
            self._delete(self._rows.popleft())
        self.older.hide()

    def _delete(self, row: QWidget) -> None:
        self._forget(row)
        self._column.removeWidget(row)
        row.hide()  # until Qt deletes it, on the next turn of the event loop
        row.deleteLater()

    def _forget(self, row: QWidget) -> None:
        """`row` is being deleted: drop every reference to it and its children."""

    def _on_scrolled(self, value: int) -> None:
        self._follow = value >= self.verticalScrollBar().maximum() - 4

    def _on_range(self, _minimum: int, maximum: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(maximum)
