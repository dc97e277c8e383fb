"""The README's screenshot can always be remade: the staging script runs the real app in a
real X window (Xvfb) with real audio and captures it mid-answer."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from tests.ui.harness import run_staging_script

pytestmark = [pytest.mark.audio, pytest.mark.display]


def test_the_screenshot_script_captures_the_window_mid_conversation(tmp_path):
    out = tmp_path / "shot.png"
    run_staging_script("tests.ui.screenshot", out, tmp_path / "home")
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    colours = {image.pixelColor(x, y).name() for x in range(0, 1000, 50) for y in range(0, 600, 50)}
    assert len(colours) > 8, "a real window, not a blank capture"


def test_a_high_dpi_dark_screenshot_in_french(tmp_path):
    """The options the docs' other pictures are made with: twice the pixels (a high-DPI
    screen), the dark scheme, the French interface."""
    out = tmp_path / "shot.png"
    options = ("--scale", "2", "--dark", "--language", "fr")
    run_staging_script("tests.ui.screenshot", out, tmp_path / "home", options=options)
    image = QImage(str(out))
    assert image.width() >= 2000 and image.height() >= 1200, "twice the logical size"
    right = image.width() // 2  # the conversation side (the left is the camera's picture)
    samples = [
        image.pixelColor(x, y)
        for x in range(right, image.width(), 40)
        for y in range(0, image.height(), 40)
    ]
    dark = sum(c.lightness() < 100 for c in samples)
    assert dark > len(samples) * 3 // 4, "mostly dark: the dark scheme"
    assert len({c.name() for c in samples}) > 4, "a window with text, not a blank"
