"""Level meters for the microphone and the model's voice.

A meter answers "is my mic working?" and "is the model talking?" at a glance, which users of
other clients cannot tell. The audio layer already smooths its levels (fast
attack, slow release) and any thread may read them, so the window simply polls ~30 times a
second (less often once nothing moves); the meter draws the RMS on a dB scale, because speech
spans ~40 dB and a linear bar would sit near zero. A new level repaints only the stretch of
the bar between the old and the new fill, and nothing at all when the fill would not move.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

FLOOR_DB = -60.0


def level_to_fraction(rms: float) -> float:
    """RMS (full scale = 1.0) to the bar's fill: 0 at `FLOOR_DB` and below, 1 at 0 dBFS."""
    if rms <= 0.0:
        return 0.0
    db = 20.0 * math.log10(min(rms, 1.0))
    return max(0.0, min(1.0, (db - FLOOR_DB) / -FLOOR_DB))


class LevelMeter(QWidget):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setAccessibleName(label)
        self.setAccessibleDescription(self.tr("How loud it is"))
        self.setToolTip(self.tr("{meter} level").format(meter=label))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.value = 0.0
        """The fraction of the bar filled (0..1)."""

    def set_level(self, rms: float) -> bool:
        """Shows `rms`; whether the bar moved (and so was repainted)."""
        value = level_to_fraction(rms)
        if abs(value - self.value) < 0.005 and (value > 0 or self.value == 0):
            return False
        old, self.value = self.value, value
        width = self.width()
        left = int(width * min(old, value)) - 2  # the rounded ends reach a pixel or two out
        right = int(width * max(old, value)) + 3
        self.update(QRect(left, 0, right - left, self.height()))
        return True

    def sizeHint(self) -> QSize:
        return QSize(120, self.fontMetrics().height() + 6)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 3, 3)
        if self.value > 0:
            fill = QRectF(rect)
            fill.setWidth(rect.width() * self.value)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(fill, 3, 3)
        text_rect = rect.adjusted(6, 0, 0, 0)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, self.label)
        if self.value > 0:  # over the bar, the label in the colour the palette pairs with it
            painter.setClipRect(
                QRectF(rect.x(), rect.y(), rect.width() * self.value, rect.height())
            )
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, self.label)
        painter.end()
