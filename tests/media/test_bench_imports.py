"""What the benchmarks load: a spawned audio engine imports its parent's main module again,
so whatever a benchmark imports is in the engine it measures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_engine_benchmarks_do_not_load_the_sdk() -> None:
    """A spawned engine imports its parent's main module again: a benchmark that loaded the
    SDK at import (through a test helper) put it into the engine it measured, and the engine's
    start-up and memory figures doubled and grew by a quarter without the app's changing."""
    probe = ("import sys, bench.media_player, bench.echo_cancel; "
             "print(sorted(m for m in sys.modules if m.startswith(('google.genai', 'PySide6'))))")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
