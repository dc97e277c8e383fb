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
