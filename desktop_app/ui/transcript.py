"""A saved conversation as one document: how the history browser shows it.

The live window gives each message its own small widget, updated in place as words arrive,
and keeps only the newest 200. A saved conversation is read, not grown, and can hold 10,000
messages: a widget each (about ten Qt objects) took over a minute for 10,000, with the window
frozen meanwhile. Here the whole conversation is one rich-text document in one
`QTextBrowser`, written block by block through a `QTextCursor` (parsing the same as HTML
took three times as long), a few hundred messages per turn of the event loop: the first
screen shows at once, and the window answers while the rest is added.

It reads as the live view does: who spoke, the words, a tag (interrupted, failed, cancelled),
what was searched and the sources, and thoughts folded away behind a "Thoughts" link: each
thought is a hidden block of the document, shown or hidden in place when its link is
clicked, so unfolding one costs nothing like re-rendering 10,000. Colours are palette roles
resolved when the conversation is shown, so it follows the light or dark palette.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.store import Conversation, Message
from desktop_app.ui.access import describe
from desktop_app.ui.conversation import (
    BACKGROUND,
    describe_tool,
    message_tag,
    source_link,
    speaker_name,
    tool_failed,
)

_THOUGHTS_SCHEME = "thoughts"
MESSAGES_PER_TURN = 300  # about 20 ms of building between two turns of the event loop
_GAP_PX = 6  # between messages
_THOUGHTS_INDENT_PX = 18
_LINE_BREAK = "\u2028"  # a line break inside a block (a "\n" would start a new block)


def _one_block(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", _LINE_BREAK)


class TranscriptView(QTextBrowser):
    """Shows one saved conversation, or a line saying why there is none (yet). `shown` is
    emitted once the whole conversation is in the document."""

    shown = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("transcript")
        self.setOpenLinks(False)  # sources open in the browser, thought links fold in place
        self.anchorClicked.connect(self._clicked)
        self.document().setUndoRedoEnabled(False)  # a read-only record: no edits to undo
        describe(self, self.tr("Conversation"), self.tr("The saved conversation, every message"))
        self._placeholder = placeholder
        self._messages: tuple[Message, ...] = ()
        self._thoughts: dict[int, int] = {}  # message seq → the block number of its thoughts
        self._pending: Iterator[Message] | None = None
        self._cursor: QTextCursor | None = None
        self._formats = _Formats(self.palette())
        self._first = True  # the document's first block exists already: format it, add none
        self._build = QTimer(self)
        self._build.setSingleShot(True)
        self._build.setInterval(0)
        self._build.timeout.connect(self._add_some)
        self._shown: Conversation | str = placeholder  # what to render again on a new palette
        self.show_note(placeholder)

    @property
    def messages(self) -> tuple[Message, ...]:
        return self._messages

    @property
    def building(self) -> bool:
        """Whether messages of the conversation are still being added."""
        return self._pending is not None

    def texts(self, role: str) -> list[str]:
        """The words of every message of `role` shown (a tool call as it is described)."""
        return [self._words(m) for m in self._messages if m.role == role]

    def show_note(self, text: str) -> None:
        """No conversation: a grey line in its place ("Loading…", "Choose a conversation")."""
        self._stop()
        self._messages = ()
        self._shown = text
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.setHtml(f'<p align="center" style="color:{grey}">{html.escape(text)}</p>')

    def clear(self) -> None:
        self.show_note(self._placeholder)

    def show_conversation(self, conversation: Conversation) -> None:
        """Replace what is shown with `conversation`, every message of it, thoughts folded.
        The first messages are there on return; the rest follow turn by turn."""
        self._stop()
        super().clear()
        self._messages = conversation.messages
        self._shown = conversation
        self._formats = _Formats(self.palette())
        self._cursor = QTextCursor(self.document())
        self._first = True
        self._pending = iter(conversation.messages)
        self._add_some()

    def changeEvent(self, event: QEvent) -> None:
        """The palette's colours are fixed into the document when it is written, so a new
        palette (the system switched between light and dark) writes what is shown again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_shown"):
            shown = self._shown  # (not set yet while Qt builds the widget)
            if isinstance(shown, str):
                self.show_note(shown)
            else:
                self.show_conversation(shown)

    def thoughts_shown(self, seq: int) -> bool:
        number = self._thoughts.get(seq)
        return number is not None and self.document().findBlockByNumber(number).isVisible()

    def toggle_thoughts(self, seq: int) -> None:
        """Show or hide the thoughts of message `seq`, in place."""
        number = self._thoughts.get(seq)
        if number is None:
            return
        document = self.document()
        block = document.findBlockByNumber(number)
        shown = not block.isVisible()
        block.setVisible(shown)
        link = block.previous()  # the "Thoughts" link's own block
        cursor = QTextCursor(link)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(self._thoughts_label(shown), cursor.charFormat())
        document.markContentsDirty(link.position(), link.length() + block.length())

    def _stop(self) -> None:
        self._build.stop()
        self._pending = None
        self._cursor = None
        self._thoughts = {}

    def _add_some(self) -> None:
        if self._pending is None or self._cursor is None:
            return
        cursor = self._cursor
        cursor.beginEditBlock()
        for _ in range(MESSAGES_PER_TURN):
            message = next(self._pending, None)
            if message is None:
                cursor.endEditBlock()
                self._pending = None
                self._cursor = None
                self.shown.emit()
                return
            self._add(cursor, message)
        cursor.endEditBlock()
        self._build.start()

    def _add(self, cursor: QTextCursor, message: Message) -> None:
        f = self._formats
        failed = tool_failed(message)
        block = f.failed if failed else f.block[message.role]
        ink = f.failed_text if failed else f.text
        if self._first:
            cursor.setBlockFormat(block)
            self._first = False
        else:
            cursor.insertBlock(block, f.text)
        cursor.insertText(speaker_name(message.role), f.failed_bold if failed else f.bold)
        tag = message_tag(message, live=False)
        if tag:
            cursor.insertText(f" {tag}", f.grey)
        words = self._words(message)
        if words:
            cursor.insertText(_LINE_BREAK + _one_block(words), ink)
        if message.search_queries:
            searched = " · ".join(message.search_queries)
            cursor.insertText(
                _LINE_BREAK + self.tr("Searched: {queries}").format(queries=_one_block(searched)),
                f.grey,
            )
        if message.sources:
            cursor.insertText(_LINE_BREAK, f.text)
            links = ", ".join(source_link(s.uri, s.title) for s in message.sources)
            cursor.insertHtml(self.tr("Sources: {links}").format(links=links))
        thoughts = message.thoughts.strip()
        if thoughts:
            inside = QTextBlockFormat(block)
            inside.setTopMargin(0)
            cursor.insertBlock(inside, f.text)
            link = QTextCharFormat(f.link)
            link.setAnchorHref(f"{_THOUGHTS_SCHEME}:{message.seq}")
            cursor.insertText(self._thoughts_label(False), link)
            inside.setLeftMargin(_THOUGHTS_INDENT_PX)
            cursor.insertBlock(inside, f.grey)
            cursor.insertText(_one_block(thoughts), f.grey)
            cursor.block().setVisible(False)
            self._thoughts[message.seq] = cursor.block().blockNumber()

    def _thoughts_label(self, shown: bool) -> str:
        return self.tr("▾ Thoughts") if shown else self.tr("▸ Thoughts")

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == _THOUGHTS_SCHEME:
            self.toggle_thoughts(int(url.path()))
        elif url.scheme() in ("http", "https"):  # `source_link` made no other kind a link
            QDesktopServices.openUrl(url)

    @staticmethod
    def _words(message: Message) -> str:
        return describe_tool(message) if message.role == "tool" else message.text


class _Formats:
    """The block and character formats of one rendering, in the palette's colours."""

    def __init__(self, palette: QPalette) -> None:
        def block_in(role: QPalette.ColorRole) -> QTextBlockFormat:
            block = QTextBlockFormat()
            block.setBackground(palette.color(role))
            block.setTopMargin(_GAP_PX)
            return block

        self.block = {role: block_in(colour) for role, colour in BACKGROUND.items()}
        # A failed call looks like the error banner (tool-tip colours), as in the live view.
        self.failed = block_in(QPalette.ColorRole.ToolTipBase)
        self.text = QTextCharFormat()
        self.bold = QTextCharFormat()
        self.bold.setFontWeight(QFont.Weight.Bold)
        self.failed_text = QTextCharFormat()
        self.failed_text.setForeground(palette.color(QPalette.ColorRole.ToolTipText))
        self.failed_bold = QTextCharFormat(self.bold)
        self.failed_bold.setForeground(palette.color(QPalette.ColorRole.ToolTipText))
        self.grey = QTextCharFormat()
        self.grey.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        self.link = QTextCharFormat()
        self.link.setAnchor(True)
        self.link.setForeground(palette.color(QPalette.ColorRole.Link))
        self.link.setFontUnderline(True)
