"""The local preview of what the model sees: the camera or the shared screen.

The capture thread keeps its newest frame (RGB, already fitted to this pane's pixels) in a
slot; the window polls it and hands new ones here, so a slow paint never queues stale
pictures. The widget paints the frame with its aspect ratio kept: pixel for pixel when it
fits, so painting a frame is a copy, not a smooth rescale. With no video it says why
("Video off", "Camera not found: ..."), so an empty box never leaves the user guessing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


def rgb_to_image(rgb: np.ndarray) -> QImage:
    """An H×W×3 uint8 array as a QImage that owns its pixels (the array may be reused)."""
    height, width = rgb.shape[:2]
    data = np.ascontiguousarray(rgb)
    return QImage(data.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class VideoPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("video-preview")
        self.setAccessibleName(self.tr("Video preview"))
        self.setAccessibleDescription(self.tr("What the model sees"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints all of itself
        self.image: QImage | None = None
        self.placeholder = self.tr("Video off")
        self.frames_shown = 0

    def pixel_size(self) -> tuple[int, int]:
        """The pane's size in device pixels: what a frame is fitted to before it comes."""
        ratio = self.devicePixelRatioF()
        return round(self.width() * ratio), round(self.height() * ratio)

    def show_frame(self, rgb: np.ndarray) -> None:
        self.image = rgb_to_image(rgb)
        self.image.setDevicePixelRatio(self.devicePixelRatioF())
        self.frames_shown += 1
        self.update()

    def show_placeholder(self, text: str) -> None:
        """No picture (off, failed, not started yet): say so instead of a stale frame."""
        self.image = None
        self.placeholder = text
        self.setAccessibleDescription(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        palette = self.palette()
        if self.image is not None and not self.image.isNull():
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Shadow))  # letterbox
            own = self.image.deviceIndependentSize().toSize()
            size = own.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            if abs(size.width() - own.width()) <= 1 and abs(size.height() - own.height()) <= 1:
                size = own  # fitted already (give or take rounding): no rescale
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(self.rect().center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self.image)
        else:  # words, in the pair of roles every palette keeps readable
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), flags, self.placeholder)
        painter.end()
