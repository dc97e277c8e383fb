"""Asking the user before the model acts outside the app (a page, the clipboard, a screenshot).

The question must not freeze the conversation: the dialog is shown with `open()`
(window-modal, non-blocking) and the answer awaited as a future, so audio and transcripts keep
flowing on the same loop while the user decides. Closing it counts as "no", and "No" is the
default button.

It shows exactly what will happen: a page's host in large type above the whole URL, the text
that would be copied, the picture that would be sent. What the model chose is only ever
plain text (Qt's automatic format would render markup, and a link or a picture the model made
up must not look like part of the app's own question), in a read-only box that scrolls, so
nothing can be pushed out of sight below the question.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.tools.consent import Answer, Request
from desktop_app.ui.access import describe

HEADLINE_SCALE = 2.0  # the host, twice the usual size
IMAGE_MAX = 480  # the screenshot preview's longer side, in pixels


class ConfirmDialog(QDialog):
    """One question. `yes`/`no` are its buttons, `always` the "don't ask again" box."""

    def __init__(self, request: Request, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("confirmation")
        self.setWindowTitle(title or self.tr("Gemini asks"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        describe(self, self.windowTitle(), request.question)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(request.question))
        self.headline = _plain_label(request.headline)
        self.headline.setObjectName("headline")
        font = self.headline.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * HEADLINE_SCALE)
        else:  # a font sized in pixels
            font.setPixelSize(round(font.pixelSize() * HEADLINE_SCALE))
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setVisible(bool(request.headline))
        layout.addWidget(self.headline)
        self.detail = QPlainTextEdit(request.detail)
        self.detail.setObjectName("detail")
        self.detail.setReadOnly(True)
        describe(self.detail, self.tr("Details"), self.tr("Exactly what would be used or sent"))
        self.detail.setVisible(bool(request.detail))
        layout.addWidget(self.detail)
        self.image = _plain_label("")
        self.image.setObjectName("image")
        if request.image is not None:
            pixmap = QPixmap()
            pixmap.loadFromData(request.image)
            self.image.setPixmap(
                pixmap.scaled(
                    IMAGE_MAX,
                    IMAGE_MAX,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.image.setVisible(request.image is not None)
        layout.addWidget(self.image)
        self.always = QCheckBox(
            self.tr("&Always allow {tool} in this conversation").format(tool=request.tool)
        )
        self.always.setObjectName("always")
        describe(
            self.always,
            self.always.text().replace("&", ""),
            self.tr("Do not ask again about this until the conversation ends"),
        )
        layout.addWidget(self.always)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
        )
        self.yes = buttons.button(QDialogButtonBox.StandardButton.Yes)
        self.no = buttons.button(QDialogButtonBox.StandardButton.No)
        self.yes.setAutoDefault(False)
        self.no.setDefault(True)
        describe(self.yes, self.yes.text().replace("&", ""), self.tr("Allow it this time"))
        describe(self.no, self.no.text().replace("&", ""), self.tr("Refuse (the default)"))
        self.yes.clicked.connect(self.accept)
        self.no.clicked.connect(self.reject)
        layout.addWidget(buttons)


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class Confirmation:
    """`await Confirmation(window)(request)` → the user's `Answer` (the UI's `Ask`)."""

    def __init__(self, parent: QWidget, title: str = "") -> None:
        self._parent = parent
        self._title = title
        self.box: ConfirmDialog | None = None  # the question on screen, if any

    async def __call__(self, request: Request) -> Answer:
        box = ConfirmDialog(request, self._parent, self._title)
        answer: asyncio.Future[Answer] = asyncio.get_running_loop().create_future()

        def finished(result: int) -> None:
            if not answer.done():
                allowed = result == QDialog.DialogCode.Accepted.value
                answer.set_result(Answer(allowed, allowed and box.always.isChecked()))

        box.finished.connect(finished)
        self.box = box
        box.open()
        try:
            return await answer
        finally:
            self.box = None
            box.hide()
            box.deleteLater()
