"""Finds the data files in `resources/` (voices, languages, the model capability table, icons).

They sit beside the package in a checkout and under `sys._MEIPASS` in a PyInstaller bundle;
keeping them as data means a new model or voice is an edit to a JSON file, not to code.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any


def resources_dir() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    return resources_dir() / name


@cache
def load_json(name: str) -> Any:
    with resource_path(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def voices() -> list[dict[str, str]]:
    return list(load_json("voices.json")["voices"])


def voice_names() -> list[str]:
    return [v["name"] for v in voices()]


def default_voice() -> str:
    return str(load_json("voices.json")["default"])


def languages() -> list[dict[str, str]]:
    return list(load_json("languages.json")["languages"])
