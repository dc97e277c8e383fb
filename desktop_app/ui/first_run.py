"""The first-run dialog: a friendly way in when there is no API key yet.

A new user should not meet a stack trace or a silent window. They can paste a key (with a
link to where keys come from; it goes to the OS keyring, never to a file), or try the
built-in offline mode first, which needs nothing and shows that mic, speaker and camera work.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.forms import secret_field
from desktop_app.ui.settings_dialog import KEY_LINK

_INTRO = (
    "<h3>Welcome to LiveDesk</h3>"
    "<p>Talk with Gemini in real time, with your voice, your camera or your screen.</p>"
    "<p>LiveDesk needs a Gemini API key. It is free to create one; the key is kept in "
    "your system's keyring, never in a file or a log.</p>"
)


class FirstRunDialog(QDialog):
    key_entered = Signal(str)
    offline_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to LiveDesk")
        self.setObjectName("first-run")
        intro = QLabel(_INTRO, self)
        intro.setWordWrap(True)
        link = QLabel(KEY_LINK, self)
        link.setOpenExternalLinks(True)
        self.key, key_row = secret_field(self, "first-run-key", "Paste your API key here")
        offline_note = QLabel(
            "No key yet? Offline mode talks to a small built-in stand-in for the service: "
            "it answers with a fixed sentence, and shows that your microphone, speaker and "
            "camera work.",
            self,
        )
        offline_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.use_key = self.buttons.addButton("Use this key", accept)
        self.use_key.setObjectName("use-key")
        self.use_key.setEnabled(False)
        self.offline = QPushButton("Try offline mode", self)
        self.offline.setObjectName("try-offline")
        self.buttons.addButton(self.offline, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.key.textChanged.connect(lambda text: self.use_key.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self._use_key)
        self.buttons.rejected.connect(self.reject)
        self.offline.clicked.connect(self._offline)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(link)
        layout.addLayout(key_row)
        layout.addWidget(offline_note)
        layout.addWidget(self.buttons)

    def _use_key(self) -> None:
        key = self.key.text().strip()
        if key:
            self.key_entered.emit(key)
            self.accept()

    def _offline(self) -> None:
        self.offline_chosen.emit()
        self.accept()
