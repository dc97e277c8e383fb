"""The real app as a subprocess (`python -m desktop_app`) against an in-process emulator, as
the crash, clean-exit and soak tests run it: a private profile, offscreen Qt, a null keyring,
the test run's PulseAudio."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app.emulator import EmulatorThread
from tests.support.waiting import wait_until

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



def wait_for_log_line(log: Path, text: str, proc: subprocess.Popen[str], timeout: float) -> None:
    """Until the app's log file holds `text`; fails at once if the app exits first."""

    def logged() -> bool:
        if proc.poll() is not None:
            raise AssertionError(f"the app exited ({proc.returncode}) before logging {text!r}")
        return log.exists() and text in log.read_text(encoding="utf-8")

    wait_until(logged, timeout, f"{text!r} in {log}", poll=0.1)
