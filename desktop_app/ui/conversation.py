"""One conversation view where the user's and the model's words grow live, turn by turn.

The view renders the history recorder's message snapshots (`desktop_app.store.Message`)
rather than stitching events itself: the rules for joining fragments, closing turns,
marking interruptions and keeping thoughts apart from speech then exist once,
and what the user watches is exactly what is saved and later shown in the history browser.

One column rather than two panes: a spoken conversation is read in order, and an interrupted
answer only makes sense next to the words that interrupted it. Each message is a small
widget updated in place, so a fragment of three characters costs one label update, not a
re-render of the whole history; the live window keeps only the newest messages' widgets
(`rolling.py`), so hours of talk cost no more than minutes. Colours come from palette roles
only, so the view follows the system's light or dark palette.

A tool call shows what the tool answered, not the wire format: the runner always answers
`{"output": ...}` or `{"error": "..."}` (the keys the Live API reads), so the output is
unwrapped into "key: value" words, and an error is shown as a failure, in the colours the
error banner uses.
"""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store import Conversation, Message
from desktop_app.ui.access import announce, describe
from desktop_app.ui.rolling import ROWS_KEPT, RollingColumn

_SPEAKER = {
    "user": QT_TRANSLATE_NOOP("EntryWidget", "You"),
    "model": "Gemini",
    "tool": QT_TRANSLATE_NOOP("EntryWidget", "Tool call"),
    "system": "LiveDesk",
}
BACKGROUND = {
    "user": QPalette.ColorRole.AlternateBase,
    "model": QPalette.ColorRole.Base,
    "tool": QPalette.ColorRole.Button,
    "system": QPalette.ColorRole.ToolTipBase,
}
_OPEN_TAG = {
    "user": QT_TRANSLATE_NOOP("EntryWidget", "— listening…"),
    "model": QT_TRANSLATE_NOOP("EntryWidget", "— speaking…"),
    "tool": QT_TRANSLATE_NOOP("EntryWidget", "— running…"),
}
_INTERRUPTED_TAG = {
    "model": QT_TRANSLATE_NOOP("EntryWidget", "— interrupted"),
    "tool": QT_TRANSLATE_NOOP("EntryWidget", "— cancelled"),
}

_FAILED_TAG = QT_TRANSLATE_NOOP("EntryWidget", "— failed")


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryWidget", text)


def speaker_name(role: str) -> str:
    """Who said a message, in the interface's language."""
    return _tr(_SPEAKER[role])


def message_tag(message: Message, *, live: bool) -> str:
    """ "— interrupted", "— failed", "— speaking…" (only while `live`), or nothing."""
    if tool_failed(message):
        return _tr(_FAILED_TAG)
    if message.interrupted and message.role in _INTERRUPTED_TAG:
        return _tr(_INTERRUPTED_TAG[message.role])
    if message.ended_at is None and live and message.role in _OPEN_TAG:
        return _tr(_OPEN_TAG[message.role])
    return ""


def tool_failed(message: Message) -> bool:
    """Whether the app answered the model's call with an error."""
    result = message.tool.result if message.tool is not None else None
    return isinstance(result, dict) and "error" in result


def describe_tool(message: Message) -> str:
    """`name(args) → what it answered`, or `name(args) failed: why`."""
    tool = message.tool
    if tool is None:
        return message.text
    args = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in tool.args.items())
    text = f"{tool.name}({args})"
    result = tool.result
    if tool_failed(message):
        return f"{text} failed: {result['error']}"
    if result is not None:
        output = result.get("output", result) if isinstance(result, dict) else result
        text += f" → {readable(output)}"
    return text


def readable(value: Any) -> str:
    """A tool's output in words: an object as "key: value, …", text as it is."""
    if isinstance(value, dict):
        pairs = (f"{key.replace('_', ' ')}: {_plain(item)}" for key, item in value.items())
        return ", ".join(pairs) or "done"
    return _plain(value)


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    return json.dumps(value, ensure_ascii=False, default=str)


class EntryWidget(QFrame):
    """One message: who spoke, the words, a collapsed "Thoughts" section, sources under what
    was searched, and a tag saying whether it was interrupted, failed or is still going."""

    def __init__(
        self, conversation_id: str, message: Message, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.conversation_id = conversation_id
        self.message = message
        self.live = True
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # in the role's colour, set by `refresh`
        self.setObjectName(f"entry-{message.role}")

        self.speaker = QLabel(self)
        font = self.speaker.font()
        font.setBold(True)
        self.speaker.setFont(font)
        self.tag = QLabel(self)
        self.tag.setObjectName("tag")
        self.tag.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.speaker)
        head.addWidget(self.tag)
        head.addStretch(1)

        self.body = QLabel(self)
        self.body.setObjectName("body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.thoughts_toggle = QToolButton(self)
        self.thoughts_toggle.setObjectName("thoughts-toggle")
        self.thoughts_toggle.setText(self.tr("Thoughts"))
        describe(
            self.thoughts_toggle,
            self.tr("Thoughts"),
            self.tr("Show or hide the model's thought summaries"),
        )
        self.thoughts_toggle.setCheckable(True)
        self.thoughts_toggle.setAutoRaise(True)
        self.thoughts_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thoughts_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.thoughts_toggle.toggled.connect(self._show_thoughts)
        self.thoughts = QLabel(self)
        self.thoughts.setObjectName("thoughts")
        self.thoughts.setWordWrap(True)
        self.thoughts.setTextFormat(Qt.TextFormat.PlainText)
        self.thoughts.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.thoughts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.searched = QLabel(self)
        self.searched.setObjectName("searched")
        self.searched.setWordWrap(True)
        self.searched.setTextFormat(Qt.TextFormat.PlainText)
        self.searched.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.sources = QLabel(self)
        self.sources.setObjectName("sources")
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        self.sources.setOpenExternalLinks(True)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        describe(self.sources, self.tr("Sources"), self.tr("The pages Google Search found"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.thoughts_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.thoughts)
        layout.addWidget(self.body)
        layout.addWidget(self.searched)
        layout.addWidget(self.sources)
        self.refresh(message)

    @property
    def text(self) -> str:
        return self.body.text()

    def refresh(self, message: Message) -> None:
        self.message = message
        self.speaker.setText(speaker_name(message.role))
        self.body.setText(describe_tool(message) if message.role == "tool" else message.text)
        self.body.setVisible(bool(self.body.text()))
        self.tag.setText(self._tag())
        self._look_failed(tool_failed(message))
        thoughts = message.thoughts.strip()
        self.thoughts_toggle.setVisible(bool(thoughts))
        self.thoughts.setText(thoughts)
        self.thoughts.setVisible(bool(thoughts) and self.thoughts_toggle.isChecked())
        links = ", ".join(source_link(s.uri, s.title) for s in message.sources)
        self.sources.setText(self.tr("Sources: {links}").format(links=links) if links else "")
        self.sources.setVisible(bool(links))
        # Why the links are there: what Google Search was asked.
        self.searched.setText(
            self.tr("Searched: {queries}").format(queries=" · ".join(message.search_queries))
        )
        self.setAccessibleName(self.spoken())
        self.searched.setVisible(bool(message.search_queries))

    def set_live(self, live: bool) -> None:
        """Open messages say "speaking…" only while connected: a paused or lost connection
        leaves them open in the record without anyone speaking."""
        self.live = live
        self.tag.setText(self._tag())

    def spoken(self) -> str:
        """The message as a screen reader says it: who, the words, and how it ended."""
        tag = self._tag().removeprefix("— ")
        text = self.tr("{speaker}: {text}").format(speaker=self.speaker.text(), text=self.text)
        return f"{text} ({tag})" if tag else text

    def _look_failed(self, failed: bool) -> None:
        """A failed call looks like the error banner: tool-tip colours, which every style
        pairs for contrast, so the look follows a light or dark palette."""
        background = QPalette.ColorRole.ToolTipBase if failed else BACKGROUND[self.message.role]
        text = QPalette.ColorRole.ToolTipText if failed else QPalette.ColorRole.WindowText
        self.setBackgroundRole(background)
        for label in (self.speaker, self.body):
            label.setForegroundRole(text)

    def _tag(self) -> str:
        return message_tag(self.message, live=self.live)

    def _show_thoughts(self, shown: bool) -> None:
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.thoughts_toggle.setArrowType(arrow)
        self.thoughts.setVisible(shown)


class ConversationView(RollingColumn):
    """Shows messages as they are recorded, and keeps the newest words in sight while the
    user is at the bottom; scrolling up to re-read stops the auto-scroll until they return.

    The live window keeps the newest `limit` rows (see `rolling.py`); the history browser
    shows a saved conversation whole (`limit=None`): it is read, not grown for hours.

    With `announce`, each message the other side completes (an answer, a tool call, a
    notice) is announced to assistive technology once, whole, and emitted as `announced`;
    the user's own words are not read back to them.
    """

    announced = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        limit: int | None = ROWS_KEPT,
        announce: bool = False,
    ) -> None:
        super().__init__(parent, limit=limit)
        self.setObjectName("conversation")
        describe(
            self,
            self.tr("Conversation"),
            self.tr("What you and Gemini said, newest at the bottom"),
        )
        self._announce = announce
        self._announced: set[tuple[str, int]] = set()
        self._column.setContentsMargins(6, 6, 6, 6)
        self._column.setSpacing(6)
        self._placeholder = QLabel(placeholder, self.widget())
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._column.insertWidget(0, self._placeholder)
        self._entries: dict[tuple[str, int], EntryWidget] = {}
        self._conversation_id: str | None = None
        self._deleted_through = 0  # the newest message of this conversation no longer shown
        self._live = False

    def entries(self) -> list[EntryWidget]:
        return list(self._entries.values())

    def texts(self, role: str) -> list[str]:
        return [e.text for e in self._entries.values() if e.message.role == role]

    def show_message(self, conversation_id: str, message: Message) -> None:
        """Add the message, or update it in place if it is already shown."""
        key = (conversation_id, message.seq)
        entry = self._entries.get(key)
        if entry is not None:
            entry.refresh(message)
            self._maybe_announce(key, entry)
            return
        if conversation_id == self._conversation_id and message.seq <= self._deleted_through:
            return  # a late change to a message only the history shows now
        if self._conversation_id not in (None, conversation_id):
            self._add(self._separator(self.tr("New conversation")))
            self._deleted_through = 0
        self._conversation_id = conversation_id
        entry = self._entries[key] = EntryWidget(conversation_id, message)
        entry.set_live(self._live)
        self._add(entry)
        self._maybe_announce(key, entry)

    def _maybe_announce(self, key: tuple[str, int], entry: EntryWidget) -> None:
        message = entry.message
        if (
            not self._announce
            or message.role == "user"
            or message.ended_at is None
            or key in self._announced
        ):
            return
        self._announced.add(key)
        if len(self._announced) > 4 * ROWS_KEPT:  # only recent keys can complete again
            self._announced = {k for k in self._announced if k in self._entries}
        text = entry.spoken()
        announce(self, text)
        self.announced.emit(text)

    def show_conversation(self, conversation: Conversation) -> None:
        """Replace what is shown with a saved conversation (the history browser)."""
        self.clear()
        for message in conversation.messages:
            self.show_message(conversation.info.id, message)

    def clear(self) -> None:
        self._clear_rows()
        self._conversation_id = None
        self._deleted_through = 0
        self._placeholder.show()

    def set_live(self, live: bool) -> None:
        self._live = live
        for entry in self._entries.values():
            entry.set_live(live)

    def _add(self, row: QWidget) -> None:
        self._placeholder.hide()
        self._add_row(row)

    def _forget(self, row: QWidget) -> None:
        if isinstance(row, EntryWidget):
            del self._entries[(row.conversation_id, row.message.seq)]
            if row.conversation_id == self._conversation_id:
                self._deleted_through = row.message.seq

    def _separator(self, text: str) -> QLabel:
        label = QLabel(f"— {text} —")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label


def source_link(uri: str, title: str) -> str:
    """A search source as a link, only when it is a web page: the server (and what the model
    read) chooses these, and a `file:`, `smb:` or custom-handler link would open whatever
    the system hands it to. Anything else is shown as plain text."""
    label = html.escape(title or uri)
    if not uri.lower().startswith(("http://", "https://")):  # exactly: no leading tricks
        return label
    return f'<a href="{html.escape(uri)}">{label}</a>'
