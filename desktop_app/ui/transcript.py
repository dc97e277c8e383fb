"""A saved conversation as one document: how the history browser shows it.

The live window gives each message its own small widget, updated in place as words arrive,
and keeps only the newest 200. A saved conversation is read, not grown, and can hold 10,000
messages: a widget each (about ten Qt objects) took seconds per thousand to build, with the
window frozen meanwhile. Here the whole conversation is one rich-text document in one
`QTextBrowser`, built from one HTML string and laid out by Qt in the background.

It reads as the live view does: who spoke, the words, a tag (interrupted, failed, cancelled),
what was searched and the sources, and thoughts folded away behind a "Thoughts" link: each
thought is a hidden block of the document, shown or hidden in place when its link is
clicked, so unfolding one costs nothing like re-rendering 10,000. Colours are palette roles
resolved when the conversation is shown, so it follows the light or dark palette.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPalette, QTextCursor
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
# Thought blocks are told apart from the rest by this indent (no other block has one), so
# they can be found and hidden once the HTML is parsed.
_THOUGHTS_INDENT = 18
_GAP_ABOVE = "margin-top:6px; margin-bottom:0px"  # between messages
_NO_GAP = "margin-top:0px; margin-bottom:0px"  # within one


def _paragraphs(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class TranscriptView(QTextBrowser):
    """Shows one saved conversation, or a line saying why there is none (yet)."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("transcript")
        self.setOpenLinks(False)  # sources open in the browser, thought links fold in place
        self.anchorClicked.connect(self._clicked)
        describe(self, self.tr("Conversation"), self.tr("The saved conversation, every message"))
        self._placeholder = placeholder
        self._messages: tuple[Message, ...] = ()
        self._thoughts: dict[int, int] = {}  # message seq → the block number of its thoughts
        self.show_note(placeholder)

    @property
    def messages(self) -> tuple[Message, ...]:
        return self._messages

    def texts(self, role: str) -> list[str]:
        """The words of every message of `role` shown (a tool call as it is described)."""
        return [self._words(m) for m in self._messages if m.role == role]

    def show_note(self, text: str) -> None:
        """No conversation: a grey line in its place ("Loading…", "Choose a conversation")."""
        self._messages = ()
        self._thoughts = {}
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.setHtml(f'<p align="center" style="color:{grey}">{html.escape(text)}</p>')

    def clear(self) -> None:
        self.show_note(self._placeholder)

    def show_conversation(self, conversation: Conversation) -> None:
        """Replace what is shown with `conversation`, every message of it, thoughts folded."""
        palette = self.palette()
        grey = palette.color(QPalette.ColorRole.PlaceholderText).name()
        parts = [self._message_html(m, palette, grey) for m in conversation.messages]
        self._messages = conversation.messages
        self.setHtml("".join(parts))
        self._fold_thoughts()

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

    def _message_html(self, message: Message, palette: QPalette, grey: str) -> str:
        failed = tool_failed(message)
        role = QPalette.ColorRole.ToolTipBase if failed else BACKGROUND[message.role]
        ink = QPalette.ColorRole.ToolTipText if failed else QPalette.ColorRole.WindowText
        background = palette.color(role).name()
        colour = palette.color(ink).name()
        block = f'style="background-color:{background}; color:{colour}; {_GAP_ABOVE}"'
        tag = message_tag(message, live=False)
        head = f"<b>{html.escape(speaker_name(message.role))}</b>"
        if tag:
            head += f' <span style="color:{grey}">{html.escape(tag)}</span>'
        parts = [f"<p {block}>{head}"]
        words = self._words(message)
        if words:
            parts.append(f"<br>{_paragraphs(words)}")
        if message.search_queries:
            searched = " · ".join(message.search_queries)
            parts.append(
                f'<br><span style="color:{grey}">{self.tr("Searched:")} '
                f"{html.escape(searched)}</span>"
            )
        if message.sources:
            links = ", ".join(source_link(s.uri, s.title) for s in message.sources)
            parts.append(f"<br>{self.tr('Sources:')} {links}")
        parts.append("</p>")
        thoughts = message.thoughts.strip()
        if thoughts:
            parts.append(
                f'<p style="background-color:{background}; {_NO_GAP}">'
                f'<a href="{_THOUGHTS_SCHEME}:{message.seq}">{self._thoughts_label(False)}</a></p>'
                f'<p style="background-color:{background}; color:{grey}; {_NO_GAP}; '
                f'margin-left:{_THOUGHTS_INDENT}px">{_paragraphs(thoughts)}</p>'
            )
        return "".join(parts)

    def _fold_thoughts(self) -> None:
        """Find each thought's block (by its indent, in message order) and hide it."""
        seqs = iter(m.seq for m in self._messages if m.thoughts.strip())
        self._thoughts = {}
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().leftMargin() == _THOUGHTS_INDENT:
                self._thoughts[next(seqs)] = block.blockNumber()
                block.setVisible(False)
            block = block.next()
        document = self.document()
        document.markContentsDirty(0, document.characterCount())

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
