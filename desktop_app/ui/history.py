"""The history browser: every saved conversation, searchable, shown as it was, exportable.

Every read of the store (the list, a search, opening a conversation, an export, a delete)
runs on a worker thread (`reads.py`) and comes back to the GUI thread when done, "Loading…"
showing meanwhile: a search over years of talk or a conversation of 10,000 messages never
freezes the window. Only the newest request of each kind is shown; an older answer that
arrives late is dropped.

A conversation is shown whole, as one document (`transcript.py`) that reads like the live
window — who spoke, interrupted answers, thoughts folded away — since this is where the
messages the live window no longer keeps are read.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
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

from desktop_app.store import (
    Conversation,
    ConversationSummary,
    HistoryStore,
    SearchHit,
    display_title,
    to_json,
    to_markdown,
)
from desktop_app.ui.access import describe
from desktop_app.ui.diagnostics import history_line
from desktop_app.ui.reads import BackgroundReads, Done, Failed
from desktop_app.ui.transcript import TranscriptView

SEARCH_DELAY_MS = 250
_MARK = ("\x02", "\x03")  # search-hit markers no transcript contains, turned into <b>…</b>
_ID = Qt.ItemDataRole.UserRole


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def _marked(snippet: str) -> str:
    return html.escape(snippet).replace(_MARK[0], "<b>").replace(_MARK[1], "</b>")


def _write_export(conversation: Conversation, path: Path) -> Path:
    """Render and write one conversation; the suffix (.md or .json) chooses the format."""
    text = to_json(conversation) if path.suffix == ".json" else to_markdown(conversation)
    path.write_text(text, encoding="utf-8")
    return path


class HistoryDialog(QDialog):
    """Lists, searches, shows, exports and deletes saved conversations.

    The signals say when a request of the user's has been answered (the list or search
    results are shown, a conversation is shown, a file is written), for whoever waits on it.
    """

    listed = Signal()
    opened = Signal()
    exported = Signal(Path)

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("LiveDesk history"))
        self.setObjectName("history")
        self.resize(900, 600)
        self._store = store
        self._reads = BackgroundReads()
        self.destroyed.connect(self._reads.close)
        self._list_ticket = 0  # the newest list or search asked for; older answers are dropped
        self._open_ticket = 0
        self._pending = 0
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
        self.view = TranscriptView(self, placeholder=self.tr("Choose a conversation on the left."))
        self.view.shown.connect(self.opened)  # a conversation is open once it is all there
        self.note = QLabel(self)
        self.note.setObjectName("history-note")
        describe(self.note, self.tr("Export status"), self.tr("Whether the export was saved"))
        self.note.setWordWrap(True)
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
        right_column.addWidget(self.note)
        right_column.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._enable_actions(False)
        self.refresh()

    @property
    def loading(self) -> bool:
        """Whether a read asked for is still running, or a conversation still being shown."""
        return self._pending > 0 or self.view.building

    def refresh(self) -> None:
        """List the conversations, or the messages matching the search (on the worker)."""
        self._list_ticket += 1
        ticket = self._list_ticket
        query = self.search.text().strip()
        self._show_list_note(self.tr("Loading…"))

        def failed(exc: Exception) -> None:
            if ticket == self._list_ticket:
                self._show_list_note(
                    self.tr("Could not read the history: {error}").format(error=exc)
                )

        store = self._store  # the worker's job holds the store, never this dialog
        if query:
            self._read(
                lambda: store.search(query, mark=_MARK),
                lambda hits: self._show_hits(ticket, hits),
                failed,
            )
        else:
            self._read(
                store.list_conversations,
                lambda summaries: self._show_summaries(ticket, summaries),
                failed,
            )

    def _show_hits(self, ticket: int, hits: list[SearchHit]) -> None:
        if ticket != self._list_ticket:
            return
        self.list.clear()
        for hit in hits:
            self._add_row(
                f"<b>{html.escape(hit.conversation_title or self.tr('Untitled'))}</b> · "
                f"{_when(hit.started_at)}<br>{_marked(hit.snippet)}",
                hit.conversation_id,
            )
        if not hits:
            self._show_list_note(self.tr("No matches."))
        self.listed.emit()

    def _show_summaries(self, ticket: int, summaries: list[ConversationSummary]) -> None:
        if ticket != self._list_ticket:
            return
        self.list.clear()
        for summary in summaries:
            info = summary.info
            live = self.tr(" · recording") if info.ended_at is None else ""
            count = self.tr("%n messages", "", summary.message_count)
            self._add_row(
                f"<b>{html.escape(display_title(info))}</b> · {_when(info.started_at)}"
                f" · {count}{live}<br>{html.escape(summary.snippet)}",
                info.id,
            )
        if not summaries:
            self._show_list_note(self.tr("No conversations yet."))
        self.listed.emit()

    def _show_list_note(self, text: str) -> None:
        """One line in place of the rows, which cannot be chosen."""
        self.list.clear()
        item = QListWidgetItem(text, self.list)
        item.setFlags(Qt.ItemFlag.NoItemFlags)

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
        """Load the conversation on the worker; "Loading…" shows until it is here."""
        self._open_ticket += 1
        ticket = self._open_ticket
        self.conversation = None
        self._enable_actions(False)
        self.title.setText(self.tr("Loading…"))
        self.view.show_note(self.tr("Loading…"))

        def failed(exc: Exception) -> None:
            if ticket == self._open_ticket:
                self.title.setText(
                    self.tr("Could not read this conversation: {error}").format(error=exc)
                )
                self.view.clear()

        store = self._store
        self._read(
            lambda: store.load_conversation(conversation_id),
            lambda conversation: self._show_conversation(ticket, conversation),
            failed,
        )

    def _show_conversation(self, ticket: int, conversation: Conversation | None) -> None:
        if ticket != self._open_ticket:
            return
        self.conversation = conversation
        self.note.clear()
        self._enable_actions(conversation is not None)
        if conversation is None:
            self.view.clear()
            self.title.setText(self.tr("This conversation was deleted."))
            self.opened.emit()
            return
        info = conversation.info
        details = " · ".join(v for v in (info.model, info.voice) if v)
        figures = history_line(info.figures)  # answer times and cost (ui/diagnostics.py)
        if figures:
            details = f"{details}<br>{html.escape(figures)}" if details else html.escape(figures)
        self.title.setText(f"<b>{html.escape(display_title(info))}</b><br>{details}")
        self.view.show_conversation(conversation)  # `opened` once it is all shown

    def export(self, path: Path) -> None:
        """Write the open conversation on the worker; the suffix (.md or .json) chooses the
        format. `exported` says when the file is written."""
        conversation = self.conversation
        if conversation is None:
            return
        self.note.setText(self.tr("Saving {file}…").format(file=path.name))
        self._read(
            lambda: _write_export(conversation, path),
            self._exported,
            lambda exc: self.note.setText(
                self.tr("Could not save {file}: {error}").format(file=path.name, error=exc)
            ),
        )

    def _exported(self, path: Path) -> None:
        self.note.setText(self.tr("Saved {file}.").format(file=str(path)))
        self.exported.emit(path)

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
        conversation_id = self.conversation.info.id
        self.conversation = None
        self._open_ticket += 1  # a load still on its way would bring it back on screen
        self.view.clear()
        self.title.clear()
        self._enable_actions(False)
        self._show_list_note(self.tr("Deleting…"))
        # The delete waits for its commit (one short write): not on the GUI thread either.
        store = self._store
        self._read(lambda: store.delete_conversation(conversation_id), self._deleted)

    def _deleted(self, _committed: bool) -> None:
        self.refresh()

    def _read(self, job: Callable[[], Any], done: Done, failed: Failed | None = None) -> None:
        """Run `job` on the worker, counting it in `loading` until its answer is handled."""
        self._pending += 1

        def finished(outcome: Any) -> None:
            self._pending -= 1
            done(outcome)

        def went_wrong(exc: Exception) -> None:
            self._pending -= 1
            if failed is not None:
                failed(exc)

        self._reads.run(job, finished, went_wrong)

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
