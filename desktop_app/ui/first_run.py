"""The first-run dialog: a friendly way in when there is no API key yet.

A new user should not meet a stack trace or a silent window. They can paste a key (with a
link to where keys come from; it goes to the OS keyring, never to a file), or try the
built-in offline mode first, which needs nothing and shows that mic, speaker and camera work.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.access import describe
from desktop_app.ui.forms import secret_field
from desktop_app.ui.settings_dialog import key_link

_INTRO = QT_TRANSLATE_NOOP(
    "FirstRunDialog",
    "<h3>Welcome to LiveDesk</h3>"
    "<p>Talk with Gemini in real time, with your voice, your camera or your screen.</p>"
    "<p>LiveDesk needs a Gemini API key. It is free to create one; the key is kept in "
    "your system's keyring, never in a file or a log.</p>",
)


class FirstRunDialog(QDialog):
    key_entered = Signal(str)
    offline_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to LiveDesk"))
        self.setObjectName("first-run")
        intro = QLabel(QCoreApplication.translate("FirstRunDialog", _INTRO), self)
        intro.setWordWrap(True)
        link = QLabel(key_link(), self)
        link.setObjectName("key-link")
        link.setOpenExternalLinks(True)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        describe(link, self.tr("Get a Gemini API key"), self.tr("Opens Google AI Studio"))
        self.key, key_row = secret_field(self, "first-run-key", self.tr("Paste your API key here"))
        offline_note = QLabel(
            self.tr(
                "No key yet? Offline mode talks to a small built-in stand-in for the service: "
                "it answers with a fixed sentence, and shows that your microphone, speaker and "
                "camera work."
            ),
            self,
        )
        offline_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.use_key = self.buttons.addButton(self.tr("&Use this key"), accept)
        self.use_key.setObjectName("use-key")
        describe(
            self.use_key,
            self.tr("Use this key"),
            self.tr("Keep the key in the system keyring and start"),
        )
        self.use_key.setEnabled(False)
        self.offline = QPushButton(self.tr("Try &offline mode"), self)
        self.offline.setObjectName("try-offline")
        describe(
            self.offline,
            self.tr("Try offline mode"),
            self.tr("Talk to the built-in stand-in for the service: no key, no network"),
        )
        self.buttons.addButton(self.offline, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        describe(cancel, cancel.text().replace("&", ""), self.tr("Close without a key"))
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
