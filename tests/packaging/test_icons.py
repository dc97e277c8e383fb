"""The app icon: the committed files are what packaging/make_icons.py draws, in containers
Windows (.ico) and macOS (.icns) can read."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtGui import QImage

from tests.packaging.conftest import ROOT, load

RESOURCES = ROOT / "resources"


@pytest.fixture(scope="module")
def icons(qapp):
    return load("make_icons")


def decoded(data: bytes) -> QImage:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def test_the_committed_png_is_the_current_drawing(icons):
    committed = decoded((RESOURCES / "livedesk.png").read_bytes())
    assert committed == icons.draw(icons.PNG_SIZE, icons.MARGIN), \
        "run packaging/make_icons.py after changing the drawing"


def test_the_ico_holds_one_png_per_windows_size(icons):
    data = (RESOURCES / "livedesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for i, size in enumerate(icons.ICO_SIZES):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        assert (width, height, planes, bits) == (size % 256, size % 256, 1, 32)
        image = decoded(data[offset:offset + length])
        assert (image.width(), image.height()) == (size, size)
        assert image == icons.draw(size, icons.MARGIN)


def test_the_icns_holds_every_macos_size(icons):
    data = (RESOURCES / "livedesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        kind = data[position:position + 4].decode("ascii")
        length = struct.unpack_from(">I", data, position + 4)[0]
        image = decoded(data[position + 8:position + length])
        found[kind] = image.width()
        assert image == icons.draw(image.width(), icons.MACOS_MARGIN)
        position += length
    assert found == icons.ICNS_TYPES
