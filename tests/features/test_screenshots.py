"""The feature screenshots in docs/ can always be remade: the staging script runs the real app
in a real X window (Xvfb) with real audio, and captures a tool call with its result and
speech translation side by side, and the diagnostics panel's latency and cost figures."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from tests.ui.harness import run_staging_script

pytestmark = [pytest.mark.audio, pytest.mark.display]


def test_the_feature_screenshots_are_staged_and_captured(tmp_path):
    run_staging_script("tests.features.screenshots", tmp_path, tmp_path / "home", timeout=180)
    for name in ("tool-call.png", "translation.png", "diagnostics.png"):
        image = QImage(str(tmp_path / name)).convertToFormat(QImage.Format.Format_RGB32)
        assert image.width() >= 1000 and image.height() >= 600, name
        pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
        assert len(np.unique(pixels)) > 50, f"{name}: a real window with text, not a blank"
