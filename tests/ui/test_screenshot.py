"""The README's screenshot can always be remade: the staging script runs the real app in a
real X window (Xvfb) with real audio and captures it mid-answer."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.ui.harness import user_env

pytestmark = [pytest.mark.audio, pytest.mark.display]


def test_the_screenshot_script_captures_the_window_mid_conversation(tmp_path):
    out = tmp_path / "shot.png"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.screenshot", str(out)],
        env=user_env(tmp_path / "home"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _out, err = proc.communicate(timeout=100)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
        raise AssertionError(f"the screenshot script stalled; its progress:\n{err}") from None
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    colours = {image.pixelColor(x, y).name() for x in range(0, 1000, 50) for y in range(0, 600, 50)}
    assert len(colours) > 8, "a real window, not a blank capture"
