"""The status line: one sentence that always says what is happening.

Users of other Live clients see a silent window when a connection drops or the server closes
with 1007/1008/1011; here every state has words: connecting, live and who is
talking, reconnecting with a countdown, and the server's close code, reason and what to do.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.live import events as ev
from desktop_app.live.capabilities import ModelCapabilities

NOTICE_MS = 6000

_STATE_TEXT = {
    ev.ConnectionState.IDLE: "Not connected. Press Connect (F5) to start talking.",
    ev.ConnectionState.CONNECTING: "Connecting…",
    ev.ConnectionState.PAUSED: "Paused. Resume (F5) continues the same conversation.",
    ev.ConnectionState.CLOSED: "Conversation ended. Connect (F5) starts a new one.",
}


def describe_error(error: ev.SessionError) -> str:
    """The message with the close code, the server's reason and the hint, each said once."""
    text = error.message.rstrip(".")
    if error.code is not None and str(error.code) not in text:
        text = f"{text} (code {error.code})"
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
        self.usage = QLabel(self)
        self.usage.setObjectName("usage")
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
    def handle(self, event: ev.Event) -> None:
        if isinstance(event, ev.StateChanged):
            self._state(event)
        elif isinstance(event, ev.SessionError):
            self.error = event
        elif isinstance(event, ev.GoAway):
            left = f" in {event.time_left_s:.0f} s" if event.time_left_s is not None else " soon"
            self.show_notice(f"The server ends this connection{left}; switching over.")
        elif isinstance(event, ev.ProtocolNotice):
            self.show_notice(event.message)
        elif isinstance(event, ev.ModelAudio | ev.OutputTranscript):
            self.speaking = True
        elif isinstance(event, ev.Interrupted | ev.TurnComplete):
            self.speaking = False
        elif isinstance(event, ev.Usage) and event.total_tokens:
            self.usage.setText(f"{event.total_tokens:,} tokens")
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

    def _sentence(self) -> str:
        state = self.state
        if state is ev.ConnectionState.LIVE:
            return f"Live: {self._activity()}."
        if state is ev.ConnectionState.RECONNECTING:
            return self._reconnecting()
        if state is ev.ConnectionState.FAILED:
            error = describe_error(self.error) if self.error else self._detail
            return f"Stopped. {error}"
        return _STATE_TEXT[state]

    def _activity(self) -> str:
        if self.speaking:
            return "translating" if self.translating else "Gemini is speaking (talk to interrupt)"
        if self.muted:
            typing = "; type below" if self.can_type else ""
            return f"microphone muted (Ctrl+M to unmute){typing}"
        if self.push_to_talk:
            return "talking" if self.talking else "hold Space to talk"
        return "listening"

    def _reconnecting(self) -> str:
        why = f" ({describe_error(self.error)})" if self.error else ""
        if self._retry_at:
            left = math.ceil(self._retry_at - time.monotonic())
            if left > 0:
                return f"Connection lost{why}. Reconnecting in {left} s…"
            self._countdown.stop()
            return f"Connection lost{why}. Reconnecting…"
        return f"{self._detail or 'Reconnecting'}…"
