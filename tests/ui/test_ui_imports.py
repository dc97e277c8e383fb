"""The window is a view: importing any `desktop_app.ui` module must not load the Live SDK
(`google.genai`) or the device stack (`sounddevice`). Checked in a fresh interpreter, because
this test process has long since imported both for other tests."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import desktop_app.ui

FORBIDDEN = ("google.genai", "sounddevice")

_PROBE = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] == "sounddevice"
                        or m == "google.genai" or m.startswith("google.genai."))))
"""


def _ui_modules() -> list[str]:
    return sorted(
        f"desktop_app.ui.{info.name}" for info in pkgutil.iter_modules(desktop_app.ui.__path__)
    )


def test_every_ui_module_is_found() -> None:
    modules = _ui_modules()
    assert "desktop_app.ui.main_window" in modules
    assert "desktop_app.ui.history" in modules
    assert "desktop_app.ui.settings_dialog" in modules


def test_ui_imports_neither_the_sdk_nor_sounddevice() -> None:
    modules = ["desktop_app.ui", *_ui_modules()]
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *modules], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert not [m for m in loaded if m.startswith(FORBIDDEN)], (
        f"importing desktop_app.ui loads {loaded[:8]}"
    )
