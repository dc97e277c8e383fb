"""The packaging helpers live in packaging/, a folder that must not become a Python package
(it would shadow the `packaging` library PyInstaller and pip import), so they are loaded from
their files here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    """packaging/<name>.py as a module (cached in sys.modules under that name)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "bundle: builds the PyInstaller bundle first (about a minute); "
        "-m 'not bundle' leaves it out of a quick run")


@pytest.fixture(scope="session")
def cfg() -> ModuleType:
    return load("bundle_config")
