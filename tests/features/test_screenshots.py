"""The feature screenshots in docs/ can always be remade: the staging script runs the real app
in a real X window (Xvfb) with real audio, and captures a tool call with its result and
speech translation side by side."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtGui import QImage

from tests.ui.harness import user_env

pytestmark = [pytest.mark.audio, pytest.mark.display]


def test_the_feature_screenshots_are_staged_and_captured(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.features.screenshots", str(tmp_path)],
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
    for name in ("tool-call.png", "translation.png"):
        image = QImage(str(tmp_path / name)).convertToFormat(QImage.Format.Format_RGB32)
        assert image.width() >= 1000 and image.height() >= 600, name
        pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
        assert len(np.unique(pixels)) > 50, f"{name}: a real window with text, not a blank"
