"""The status line: one sentence that always says what is happening.

Users of other Live clients see a silent window when a connection drops or the server closes
with 1007/1008/1011; here every state has words: connecting, live and who is
talking, reconnecting with a countdown, and the server's close code, reason and what to do.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.live import events as ev
from desktop_app.live.capabilities import ModelCapabilities
from desktop_app.media.events import AudioEngineNotice
from desktop_app.ui.access import announce, describe

NOTICE_MS = 6000

_STATE_TEXT = {
    ev.ConnectionState.IDLE: QT_TRANSLATE_NOOP(
        "StatusLine", "Not connected. Press Connect (F5) to start talking."
    ),
    ev.ConnectionState.CONNECTING: QT_TRANSLATE_NOOP("StatusLine", "Connecting…"),
    ev.ConnectionState.PAUSED: QT_TRANSLATE_NOOP(
        "StatusLine", "Paused. Resume (F5) continues the same conversation."
    ),
    ev.ConnectionState.CLOSED: QT_TRANSLATE_NOOP(
        "StatusLine", "Conversation ended. Connect (F5) starts a new one."
    ),
}


def describe_error(error: ev.SessionError) -> str:
    """The message with the close code, the server's reason and the hint, each said once."""
    text = error.message.rstrip(".")
    if error.code is not None and str(error.code) not in text:
        code = QCoreApplication.translate("StatusLine", "{text} (code {code})")
        text = code.format(text=text, code=error.code)
    if error.reason and error.reason not in text:
        text = f"{text}: {error.reason}"
    if error.hint and error.hint not in text:
        text = f"{text}. {error.hint}"
    return text


class StatusLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-line")
        self.label = QLabel(self)
        self.label.setObjectName("status")
        self.label.setWordWrap(True)
        describe(self.label, self.tr("Status"), self.tr("What is happening now"))
        self.usage = QLabel(self)
        self.usage.setObjectName("usage")
        describe(self.usage, self.tr("Answer time, tokens and cost"),
                 self.tr("The last answer's wait, the tokens this conversation has used "
                         "and their cost where known (View, Diagnostics for more)"))
        self._announced_state: ev.ConnectionState | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.usage)
        self.state = ev.ConnectionState.IDLE
        self.error: ev.SessionError | None = None
        self.speaking = False
        self.muted = False
        self.push_to_talk = False
        self.talking = False
        self.translating = False  # a translation model: it keeps up, it is not interrupted
        self.can_type = True
        self._detail = ""
        self._notice = ""
        self._retry_at = 0.0
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._render)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._clear_notice)
        self._render()

    @property
    def text(self) -> str:
        return self.label.text()

    # ------------------------------------------------------------------ inputs
    def handle(self, event: ev.Event | AudioEngineNotice) -> None:
        if isinstance(event, ev.StateChanged):
            self._state(event)
        elif isinstance(event, ev.SessionError):
            self.error = event
        elif isinstance(event, ev.GoAway):
            if event.time_left_s is not None:
                notice = self.tr("The server ends this connection in {seconds} s; switching over.")
                self.show_notice(notice.format(seconds=f"{event.time_left_s:.0f}"))
            else:
                self.show_notice(self.tr("The server ends this connection soon; switching over."))
        elif isinstance(event, ev.ProtocolNotice | AudioEngineNotice):
            self.show_notice(event.message)
        elif isinstance(event, ev.ModelAudio | ev.OutputTranscript):
            self.speaking = True
        elif isinstance(event, ev.Interrupted | ev.TurnComplete):
            self.speaking = False
        else:
            return
        self._render()

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        self._render()

    def set_model(self, caps: ModelCapabilities) -> None:
        """What the model does decides the words: a translator's voice is "translating"
        (the speaker does not interrupt it), and a model that takes no text offers none."""
        self.translating = caps.is_translation
        self.can_type = caps.text_input != "none"
        self._render()

    def set_push_to_talk(self, enabled: bool, talking: bool) -> None:
        self.push_to_talk = enabled
        self.talking = talking
        self._render()

    # ------------------------------------------------------------------ rendering
    def _state(self, event: ev.StateChanged) -> None:
        self.state = event.state
        self._detail = event.detail
        self.speaking = False
        if event.state in (ev.ConnectionState.CONNECTING, ev.ConnectionState.LIVE):
            self.error = None
        if event.state is ev.ConnectionState.RECONNECTING and event.retry_in_s:
            self._retry_at = time.monotonic() + event.retry_in_s
            self._countdown.start()
        else:
            self._retry_at = 0.0
            self._countdown.stop()

    def show_notice(self, text: str) -> None:
        """A passing remark (a device opened, a frame ignored), shown for a few seconds."""
        self._notice = text
        self._notice_timer.start(NOTICE_MS)
        self._render()

    def _clear_notice(self) -> None:
        self._notice = ""
        self._render()

    def _render(self) -> None:
        text = self._sentence()
        if self._notice and self.state is not ev.ConnectionState.FAILED:
            text = f"{text} {self._notice}"
        self.label.setText(text)
        self.label.setToolTip(text)
        if self.state is not self._announced_state:  # a new state is said once, not each tick
            self._announced_state = self.state
            announce(self.label, text)

    def _sentence(self) -> str:
        state = self.state
        if state is ev.ConnectionState.LIVE:
            return self.tr("Live: {activity}.").format(activity=self._activity())
        if state is ev.ConnectionState.RECONNECTING:
            return self._reconnecting()
        if state is ev.ConnectionState.FAILED:
            error = describe_error(self.error) if self.error else self._detail
            return self.tr("Stopped. {error}").format(error=error)
        return QCoreApplication.translate("StatusLine", _STATE_TEXT[state])

    def _activity(self) -> str:
        if self.speaking:
            if self.translating:
                return self.tr("translating")
            return self.tr("Gemini is speaking (talk to interrupt)")
        if self.muted:
            if self.can_type:
                return self.tr("microphone muted (Ctrl+M to unmute); type below")
            return self.tr("microphone muted (Ctrl+M to unmute)")
        if self.push_to_talk:
            return self.tr("talking") if self.talking else self.tr("hold Space to talk")
        return self.tr("listening")

    def _reconnecting(self) -> str:
        why = f" ({describe_error(self.error)})" if self.error else ""
        if self._retry_at:
            left = math.ceil(self._retry_at - time.monotonic())
            if left > 0:
                text = self.tr("Connection lost{why}. Reconnecting in {seconds} s…")
                return text.format(why=why, seconds=left)
            self._countdown.stop()
            return self.tr("Connection lost{why}. Reconnecting…").format(why=why)
        return f"{self._detail}…" if self._detail else self.tr("Reconnecting…")
