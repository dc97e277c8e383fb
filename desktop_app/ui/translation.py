"""Speech translation, side by side: what the speaker said, and its translation.

A translation model answers every utterance with its translation, so the recorded messages
alternate: the user's words (the input transcript, in the source language), then the model's
(the output transcript, in the target language). Each pair becomes one row of two columns, so
the eye reads across, sentence by sentence. Like the conversation view, this renders the
history recorder's messages, updated in place as their fragments arrive.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget

from desktop_app.store import Message

_COLUMN = {"user": 0, "model": 1}


class TranslationView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translation")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        self._grid = QGridLayout(inner)
        self._grid.setContentsMargins(8, 8, 8, 8)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(10)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
        self.source_header = self._header("Heard")
        self.target_header = self._header("Translation")
        self._grid.addWidget(self.source_header, 0, 0)
        self._grid.addWidget(self.target_header, 0, 1)
        self._grid.setRowStretch(1, 1)
        self.setWidget(inner)
        self._cells: dict[tuple[str, int], QLabel] = {}
        self._rows: list[list[QLabel | None]] = []
        self.verticalScrollBar().rangeChanged.connect(
            lambda _low, high: self.verticalScrollBar().setValue(high)
        )

    def set_target(self, language: str) -> None:
        self.target_header.setText(f"Translation — {language}" if language else "Translation")

    def rows(self) -> list[tuple[str, str]]:
        """(heard, translation) per row, as shown."""
        return [_texts(heard, translated) for heard, translated in self._rows]

    def show_message(self, conversation_id: str, message: Message) -> None:
        """A user message starts a row; the model's translation fills the row's other side."""
        column = _COLUMN.get(message.role)
        if column is None:
            return  # errors and tool calls belong to the conversation view
        key = (conversation_id, message.seq)
        cell = self._cells.get(key)
        if cell is None:
            cell = self._cells[key] = self._place(column)
        cell.setText(message.text)

    def _place(self, column: int) -> QLabel:
        if (
            not self._rows
            or self._rows[-1][column] is not None
            or (column == 0 and self._rows[-1][1] is not None)
        ):
            self._rows.append([None, None])
        cell = QLabel(self.widget())
        cell.setObjectName("heard" if column == 0 else "translated")
        cell.setWordWrap(True)
        cell.setTextFormat(Qt.TextFormat.PlainText)
        cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if column == 1:
            font = cell.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            cell.setFont(font)
        self._rows[-1][column] = cell
        row = len(self._rows)  # row 0 holds the headers
        self._grid.setRowStretch(row, 0)
        self._grid.addWidget(cell, row, column)
        self._grid.setRowStretch(row + 1, 1)  # the rows stay at the top
        return cell

    def _header(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label


def _texts(heard: QLabel | None, translated: QLabel | None) -> tuple[str, str]:
    return (heard.text() if heard else "", translated.text() if translated else "")
