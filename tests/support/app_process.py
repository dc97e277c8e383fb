"""The real app as a subprocess (`python -m desktop_app`) against an in-process emulator, as
the crash, clean-exit and soak tests run it: a private profile, offscreen Qt, a null keyring,
the test run's PulseAudio."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktop_app.emulator import EmulatorThread

T = TypeVar("T")
MODEL = "gemini-3.8-live"


def app_env(home: Path, key: str = "app-test-key") -> dict[str, str]:
    """The environment of an app whose settings, history and log live under `home`."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        GEMINI_API_KEY=key,
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


def app_command(emu: EmulatorThread, profile: Path, *options: str) -> list[str]:
    """`python -m desktop_app` connecting at once to `emu`, with settings in `profile`;
    `options` add to (or, given later, override) the defaults: no video, the test model."""
    return [
        sys.executable, "-m", "desktop_app",
        "--endpoint", emu.base_url, "--ca-file", str(emu.cert_path),
        "--model", MODEL, "--video", "none", "--config-dir", str(profile),
        "--connect", *options,
    ]  # fmt: skip


def wait_until(predicate: Callable[[], T], timeout: float, what: str) -> T:
    """Polls `predicate` from a test thread (the emulator runs in its own); its first true
    value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")
