"""Draws LiveDesk's icon with Qt and writes it in the form each platform wants.

    .venv/bin/python packaging/make_icons.py      # rewrites resources/livedesk.{png,ico,icns}

A speech bubble holding a level meter, on a blue-to-teal tile: a conversation you speak.
Every size is drawn afresh rather than scaled down, so small sizes stay sharp. The .ico and
.icns containers are written here directly (both are a header plus PNG images, which Windows
Vista+ and macOS 10.7+ read), so no platform tool is needed and any machine can regenerate
them. The results are committed; run this again only when the drawing changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TOP_LEFT, BOTTOM_RIGHT = QColor("#3D6BF5"), QColor("#12B3A6")
PNG_SIZE = 512
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element type → pixel size (the @2x types hold the same picture at double size).
ICNS_TYPES = {
    "icp4": 16, "icp5": 32, "ic11": 32, "ic12": 64, "ic07": 128,
    "ic13": 256, "ic08": 256, "ic14": 512, "ic09": 512, "ic10": 1024,
}
# Empty border around the tile: Windows and Linux icons fill their square; macOS draws
# icons smaller inside the grid (824 of 1024 px), so its tile gets a wider border.
MARGIN = 0.04
MACOS_MARGIN = 0.1
BAR_HEIGHTS = (0.12, 0.24, 0.34, 0.24, 0.12)  # the level meter, as fractions of the tile


def draw(size: int, margin: float) -> QImage:
    """The icon, `size` pixels square, with the tile inset by `margin` of the size."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = size * margin
    s = size - 2 * inset
    p.translate(inset, inset)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(s, s))
    gradient.setColorAt(0.0, TOP_LEFT)
    gradient.setColorAt(1.0, BOTTOM_RIGHT)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(QRectF(0, 0, s, s), 0.225 * s, 0.225 * s)

    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(0.17 * s, 0.2 * s, 0.66 * s, 0.5 * s), 0.15 * s, 0.15 * s)
    tail = QPainterPath()
    tail.moveTo(0.3 * s, 0.66 * s)
    tail.lineTo(0.47 * s, 0.66 * s)
    tail.lineTo(0.25 * s, 0.84 * s)
    tail.closeSubpath()
    p.setBrush(QColor("white"))
    p.drawPath(bubble.united(tail))

    p.setBrush(gradient)
    bar = 0.062 * s
    for i, height in enumerate(BAR_HEIGHTS):
        x = 0.5 * s + (i - 2) * 0.105 * s - bar / 2
        h = height * s
        p.drawRoundedRect(QRectF(x, 0.45 * s - h / 2, bar, h), bar / 2, bar / 2)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    return bytes(data.data())


def ico(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An .ico holding one PNG per size (ICONDIR, then 16-byte entries, then the images)."""
    offset = 6 + 16 * len(images)
    header = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        side = size % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns(elements: list[tuple[str, bytes]]) -> bytes:
    """An .icns: b"icns" and the total length, then (type, length, PNG) elements."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
                    for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    (RESOURCES / "livedesk.png").write_bytes(png_bytes(draw(PNG_SIZE, MARGIN)))
    (RESOURCES / "livedesk.ico").write_bytes(
        ico([png_bytes(draw(size, MARGIN)) for size in ICO_SIZES], ICO_SIZES))
    (RESOURCES / "livedesk.icns").write_bytes(
        icns([(kind, png_bytes(draw(size, MACOS_MARGIN))) for kind, size in ICNS_TYPES.items()]))
    del app
    print(f"wrote livedesk.png, livedesk.ico and livedesk.icns in {RESOURCES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
