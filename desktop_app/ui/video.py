"""The local preview of what the model sees: the camera or the shared screen.

The capture thread keeps its newest frame (already fitted to this pane's pixels, and in the
window's own pixel format) in a slot; the window polls it and hands new ones here, so a slow
paint never queues stale pictures. The widget paints the frame with its aspect ratio kept:
pixel for pixel when it fits, so painting a frame is a copy, not a smooth rescale or a
conversion, and only the letterbox bands around it are filled. With no video it says why
("Video off", "Camera not found: ..."), so an empty box never leaves the user guessing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette, QRegion, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


def bgrx_to_image(bgrx: np.ndarray) -> QImage:
    """An H×W×4 array of B, G, R, 255 pixels as a QImage of Qt's RGB32 (0xffRRGGBB words,
    these bytes on the little-endian machines the app runs on), which paints as a copy.

    The image shares the array's memory rather than copying it (a frame's pixels are never
    written again once made): keep the array while the image lives.
    """
    height, width = bgrx.shape[:2]
    return QImage(bgrx.data, width, height, bgrx.strides[0], QImage.Format.Format_RGB32)


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
        self._pixels: np.ndarray | None = None  # the memory `image` paints from
        self._target: QRect | None = None  # where `image` is painted (_frame_rect)
        self.placeholder = self.tr("Video off")
        self.frames_shown = 0

    def pixel_size(self) -> tuple[int, int]:
        """The pane's size in device pixels: what a frame is fitted to before it comes."""
        ratio = self.devicePixelRatioF()
        return round(self.width() * ratio), round(self.height() * ratio)

    def show_frame(self, bgrx: np.ndarray) -> None:
        """Shows a preview frame (B, G, R, 255 per pixel), which must not change afterwards.

        A frame that lands where the last one did repaints only its own rectangle: the
        letterbox bands around it stay as they were painted (on the default window's tall
        pane they are over a third of its pixels)."""
        before = self._target
        self._pixels = np.ascontiguousarray(bgrx)
        self.image = bgrx_to_image(self._pixels)
        self.image.setDevicePixelRatio(self.devicePixelRatioF())
        self.frames_shown += 1
        self._target = self._frame_rect()
        self.update(self._target if self._target == before else self.rect())

    def show_placeholder(self, text: str) -> None:
        """No picture (off, failed, not started yet): say so instead of a stale frame."""
        self.image = self._pixels = self._target = None
        self.placeholder = text
        self.setAccessibleDescription(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def _frame_rect(self) -> QRect:
        """Where the image is painted: centred, aspect kept, pixel for pixel when it was
        fitted to the pane already (give or take rounding)."""
        own = self.image.deviceIndependentSize().toSize()
        size = own.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if abs(size.width() - own.width()) <= 1 and abs(size.height() - own.height()) <= 1:
            size = own
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(self.rect().center())
        return target

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # Qt repaints all of it after a resize
        if self.image is not None:
            self._target = self._frame_rect()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Runs 15 times a second with the camera on, so a frame's repaint (inside its own
        # rectangle) only draws the image: no band geometry, no palette.
        painter = QPainter(self)
        target = self._target
        if self.image is not None and target is not None:
            if not target.contains(event.rect()):
                letterbox = self.palette().color(QPalette.ColorRole.Shadow)
                bands = QRegion(self.rect()).subtracted(QRegion(target)) & event.region()
                for band in bands:  # the frame covers the rest: no overdraw
                    painter.fillRect(band, letterbox)
            if target.size() != self.image.deviceIndependentSize().toSize():
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self.image)
        else:  # words, in the pair of roles every palette keeps readable
            palette = self.palette()
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), flags, self.placeholder)
        painter.end()
