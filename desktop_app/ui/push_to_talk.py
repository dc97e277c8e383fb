"""Push to talk: hold a key (Space) to talk, release to let the model answer.

A `QShortcut` only reports presses, and holding a key repeats them, so this is an event
filter on the application that reports the first press and the real release. Space keeps
its ordinary meaning wherever text is typed (the message box, the settings fields), and
buttons that have focus do not get "clicked" by it while push to talk is on. The filter is
installed only while push to talk is on: a filter on the application sees every event of
every object, each a call into Python, and a long conversation makes millions of them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

HOLD_KEY = Qt.Key.Key_Space
HOLD_KEY_NAME = "Space"
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def _typing_into(widget: QWidget | None) -> bool:
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, _TEXT_INPUTS)


class HoldToTalk(QObject):
    """Emits `held(True)` on the first press of the key in `window`, `held(False)` on release."""

    held = Signal(bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._enabled = False
        self.down = False

    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, enabled: bool) -> None:
        app = QApplication.instance()
        if app is not None and enabled != self._enabled:
            (app.installEventFilter if enabled else app.removeEventFilter)(self)
        self._enabled = enabled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if event.key() == HOLD_KEY and self._applies():
                if not event.isAutoRepeat():
                    self.set_down(kind == QEvent.Type.KeyPress)
                return True
        elif kind == QEvent.Type.WindowDeactivate and watched is self._window:
            self.set_down(False)  # a release the window never sees must not leave the mic open
        return False

    def set_down(self, down: bool) -> None:
        if down != self.down:
            self.down = down
            self.held.emit(down)

    def _applies(self) -> bool:
        if not self.enabled or QApplication.activeWindow() is not self._window:
            return False
        return not _typing_into(QApplication.focusWidget())
