"""Speech translation, side by side: what the speaker said, and its translation.

A translation model answers every utterance with its translation, so the recorded messages
alternate: the user's words (the input transcript, in the source language), then the model's
(the output transcript, in the target language). Each pair becomes one row of two columns, so
the eye reads across, sentence by sentence. Like the conversation view, this renders the
history recorder's messages, updated in place as their fragments arrive, and keeps only the
newest rows (`rolling.py`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.store import Message
from desktop_app.store.recorder import LATE_INPUT_GRACE_S
from desktop_app.ui.access import announce, describe
from desktop_app.ui.rolling import RollingColumn

_COLUMN = {"user": 0, "model": 1}
_SPACING = 16


class _Pair(QWidget):
    """One row: what was heard and its translation, in columns of equal width."""

    def __init__(self) -> None:
        super().__init__()
        self.cells = (_cell(self, "heard"), _cell(self, "translated"))
        self.keys: list[tuple[str, int] | None] = [None, None]  # the message in each cell
        self.translation: Message | None = None  # the newest snapshot of the right cell's
        font = self.cells[1].font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.cells[1].setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(_SPACING)
        for cell in self.cells:
            layout.addWidget(cell, 1)

    def texts(self) -> tuple[str, str]:
        return (self.cells[0].text(), self.cells[1].text())


class TranslationView(RollingColumn):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translation")
        describe(
            self,
            self.tr("Translation"),
            self.tr("What was heard and its translation, side by side, newest at the bottom"),
        )
        self._announced: set[tuple[str, int]] = set()
        self._column.setContentsMargins(8, 8, 8, 8)
        self._column.setSpacing(10)
        self.source_header = self._header(self.tr("Heard"))
        self.target_header = self._header(self.tr("Translation"))
        headers = QHBoxLayout()
        headers.setSpacing(_SPACING)
        headers.addWidget(self.source_header, 1)
        headers.addWidget(self.target_header, 1)
        self._column.insertLayout(0, headers)
        self._pairs: dict[tuple[str, int], _Pair] = {}
        self._last: _Pair | None = None

    def set_target(self, language: str) -> None:
        self.target_header.setText(
            self.tr("Translation — {language}").format(language=language)
            if language
            else self.tr("Translation")
        )

    def rows(self) -> list[tuple[str, str]]:
        """(heard, translation) per row, as shown."""
        return [row.texts() for row in self._rows if isinstance(row, _Pair)]

    def show_message(self, conversation_id: str, message: Message) -> None:
        """A user message starts a row; the model's translation fills the row's other side."""
        column = _COLUMN.get(message.role)
        if column is None:
            return  # errors and tool calls belong to the conversation view
        key = (conversation_id, message.seq)
        pair = self._pairs.get(key)
        if pair is None:
            pair = self._pairs[key] = self._place(key, column, message)
        if column == 1:
            pair.translation = message
        pair.cells[column].setText(message.text)
        if column == 1 and message.ended_at is not None and key not in self._announced:
            self._announced.add(key)  # a finished translation is read out once, whole
            announce(self, message.text)

    def _place(self, key: tuple[str, int], column: int, message: Message) -> _Pair:
        pair = self._last
        if (
            pair is None
            or pair.keys[column] is not None
            or (column == 0 and pair.keys[1] and not _heard_late(message, pair.translation))
        ):
            pair = self._last = _Pair()
            self._add_row(pair)
        pair.keys[column] = key
        return pair

    def _forget(self, row: QWidget) -> None:
        assert isinstance(row, _Pair)
        for key in row.keys:
            if key is not None:
                del self._pairs[key]
                self._announced.discard(key)
        if row is self._last:
            self._last = None

    def _header(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label


def _heard_late(heard: Message, translation: Message | None) -> bool:
    """Whether what was heard belongs beside a translation already shown, although its
    transcript came after it: the service may send the input transcription after the
    answer has begun (pipecat-ai/pipecat#3381; docs/live-service-quirks.md). It does while
    the translation is still being spoken or just after; later words are a new utterance."""
    if translation is None:
        return False
    ended = translation.ended_at
    return ended is None or heard.started_at <= ended + LATE_INPUT_GRACE_S


def _cell(parent: QWidget, name: str) -> QLabel:
    cell = QLabel(parent)
    cell.setObjectName(name)
    cell.setWordWrap(True)
    cell.setTextFormat(Qt.TextFormat.PlainText)
    cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return cell
