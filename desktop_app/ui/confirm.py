"""Asking the user before the model acts on their desktop (opening a web page, say).

The question must not freeze the conversation: the box is shown with `open()` (window-modal,
non-blocking) and the answer awaited as a future, so audio and transcripts keep flowing on
the same loop while the user decides. Closing the box counts as "no".

The question quotes what the model chose (a URL), so it is shown as plain text: Qt's
automatic format would render markup in it, and a link or a picture the model made up must
not look like part of the app's own question.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class Confirmation:
    """`await Confirmation(window)(question)` → True if the user agreed."""

    def __init__(self, parent: QWidget, title: str = "Gemini asks") -> None:
        self._parent = parent
        self._title = title
        self.box: QMessageBox | None = None  # the question on screen, if any

    async def __call__(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self._title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._parent,
        )
        box.setObjectName("confirmation")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def finished(_result: int) -> None:
            if not answer.done():
                answer.set_result(box.clickedButton() is box.button(QMessageBox.StandardButton.Yes))

        box.finished.connect(finished)
        self.box = box
        box.open()
        try:
            return await answer
        finally:
            self.box = None
            box.hide()
            box.deleteLater()
