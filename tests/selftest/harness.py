"""Running `--self-test` as a user would, and reading its report (shared by the self-test
tests and the bundle tests, which run the same command from the bundle)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

DEADLINE_S = 60.0
PROMPT = "Say something now"
# The speaker's monitor as the mic: what a laptop's mic does with its own speakers.
HEARS_ITSELF = {"PULSE_SOURCE": "vspk.monitor"}


def self_test_env(home: Path, **extra: str) -> dict[str, str]:
    """A fresh user with no display at all: the self-test must not need one."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "QT_QPA_PLATFORM", "GEMINI_API_KEY", "GOOGLE_API_KEY")}
    env.update(
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        **extra,
    )
    return env


def run_self_test(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test", *args],
        env=self_test_env(home, **env), capture_output=True, text=True, timeout=DEADLINE_S,
    )


def checks(stdout: str) -> dict[str, tuple[str, str]]:
    """{check name: (status, detail)} from the printed report."""
    found = re.findall(r"^  (ok|FAIL|skipped)\s+(.+?)\s{2,}(.*)$", stdout, re.MULTILINE)
    return {name: (status, detail) for status, name, detail in found}
