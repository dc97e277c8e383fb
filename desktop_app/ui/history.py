"""The history browser: every saved conversation, searchable, shown as it was, exportable.

It reads the history store directly (short indexed SQLite reads, fine on the GUI thread) and
renders a conversation with the same `ConversationView` as the live window, so a saved
answer looks exactly as it did when it was spoken — interrupted, with its thoughts folded.
Unlike the live window, it shows every message: this is where the older ones are read.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store import Conversation, HistoryStore, display_title, to_json, to_markdown
from desktop_app.ui.access import describe
from desktop_app.ui.conversation import ConversationView

SEARCH_DELAY_MS = 250
_MARK = ("\x02", "\x03")  # search-hit markers no transcript contains, turned into <b>…</b>
_ID = Qt.ItemDataRole.UserRole


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def _marked(snippet: str) -> str:
    return html.escape(snippet).replace(_MARK[0], "<b>").replace(_MARK[1], "</b>")


class HistoryDialog(QDialog):
    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("LiveDesk history"))
        self.setObjectName("history")
        self.resize(900, 600)
        self._store = store
        self.conversation: Conversation | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("history-search")
        self.search.setPlaceholderText(self.tr("Search everything that was said"))
        describe(self.search, self.tr("Search"), self.tr("Search everything that was said"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.list = QListWidget(self)
        self.list.setObjectName("history-list")
        self.list.setWordWrap(True)
        describe(
            self.list,
            self.tr("Conversations"),
            self.tr("Saved conversations, newest first; choose one to read it"),
        )
        self.list.currentItemChanged.connect(self._selected)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.search)
        left_column.addWidget(self.list, 1)

        self.title = QLabel(self)
        self.title.setObjectName("history-title")
        self.title.setWordWrap(True)
        self.view = ConversationView(
            self, placeholder=self.tr("Choose a conversation on the left."), limit=None
        )
        self.export_md = QPushButton(self.tr("Export &Markdown…"), self)
        self.export_md.setObjectName("export-markdown")
        describe(
            self.export_md,
            self.tr("Export Markdown"),
            self.tr("Save this conversation as a Markdown file"),
        )
        self.export_json = QPushButton(self.tr("Export &JSON…"), self)
        self.export_json.setObjectName("export-json")
        describe(
            self.export_json,
            self.tr("Export JSON"),
            self.tr("Save this conversation as a JSON file"),
        )
        self.delete = QPushButton(self.tr("&Delete"), self)
        self.delete.setObjectName("delete")
        describe(self.delete, self.tr("Delete"), self.tr("Delete this conversation for good"))
        self.export_md.clicked.connect(lambda: self._export_as("md"))
        self.export_json.clicked.connect(lambda: self._export_as("json"))
        self.delete.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_md)
        buttons.addWidget(self.export_json)
        buttons.addStretch(1)
        buttons.addWidget(self.delete)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.title)
        right_column.addWidget(self.view, 1)
        right_column.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._enable_actions(False)
        self.refresh()

    def refresh(self) -> None:
        """List the conversations, or the messages matching the search."""
        self.list.clear()
        query = self.search.text().strip()
        if query:
            for hit in self._store.search(query, mark=_MARK):
                title = hit.conversation_title or self.tr("Untitled")
                self._add_row(
                    f"<b>{html.escape(title)}</b> · "
                    f"{_when(hit.started_at)}<br>{_marked(hit.snippet)}",
                    hit.conversation_id,
                )
        else:
            for summary in self._store.list_conversations():
                info = summary.info
                live = self.tr(" · recording") if info.ended_at is None else ""
                count = self.tr("%n messages", "", summary.message_count)
                self._add_row(
                    f"<b>{html.escape(display_title(info))}</b> · {_when(info.started_at)}"
                    f" · {count}{live}<br>"
                    f"{html.escape(summary.snippet)}",
                    info.id,
                )
        if self.list.count() == 0:
            self.list.addItem(self.tr("No matches.") if query else self.tr("No conversations yet."))

    def _add_row(self, rich: str, conversation_id: str) -> None:
        item = QListWidgetItem(self.list)
        item.setData(_ID, conversation_id)
        label = QLabel(rich)
        plain = QTextDocumentFragment.fromHtml(rich).toPlainText()
        item.setData(Qt.ItemDataRole.AccessibleTextRole, plain)  # what a screen reader reads
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(4, 4, 4, 4)
        item.setSizeHint(label.sizeHint())
        self.list.setItemWidget(item, label)

    def open_conversation(self, conversation_id: str) -> None:
        conversation = self._store.load_conversation(conversation_id)
        self.conversation = conversation
        self._enable_actions(conversation is not None)
        if conversation is None:
            self.view.clear()
            self.title.setText(self.tr("This conversation was deleted."))
            return
        info = conversation.info
        details = " · ".join(v for v in (info.model, info.voice) if v)
        self.title.setText(f"<b>{html.escape(display_title(info))}</b><br>{details}")
        self.view.show_conversation(conversation)

    def export(self, path: Path) -> None:
        """Write the open conversation; the suffix (.md or .json) chooses the format."""
        if self.conversation is None:
            return
        text = (
            to_json(self.conversation) if path.suffix == ".json" else to_markdown(self.conversation)
        )
        path.write_text(text, encoding="utf-8")

    def delete_selected(self) -> None:
        if self.conversation is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete conversation"),
            self.tr("Delete “{title}” for good?").format(
                title=display_title(self.conversation.info)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._store.delete_conversation(self.conversation.info.id)
        self.conversation = None
        self.view.clear()
        self.title.clear()
        self._enable_actions(False)
        self.refresh()

    def _selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        conversation_id = item.data(_ID) if item is not None else None
        if conversation_id:
            self.open_conversation(conversation_id)

    def _export_as(self, suffix: str) -> None:
        if self.conversation is None:
            return
        name = display_title(self.conversation.info).replace("/", "-")
        kind = self.tr("Markdown (*.md)") if suffix == "md" else self.tr("JSON (*.json)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export conversation"), f"{name}.{suffix}", kind
        )
        if path:
            self.export(Path(path))

    def _enable_actions(self, enabled: bool) -> None:
        for button in (self.export_md, self.export_json, self.delete):
            button.setEnabled(enabled)
