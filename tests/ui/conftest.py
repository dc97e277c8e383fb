"""Fixtures for the UI tests: isolation from the user's keyring and environment, the real
services the `audio`/`display` tests need, and an emulator with a key to check.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import numpy as np
import pytest

from desktop_app.emulator import EmulatorThread
from tests.media.mediatest import write_wav
from tests.support.signals import RATE, silence, voiced
from tests.ui.harness import KEY


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    monkeypatch.delenv("GOOGLE_API_KEY", raising=False)


@pytest.fixture(autouse=True)
def _needs_services(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("audio") and not os.environ.get("PULSE_SERVER"):
        pytest.skip("needs the PulseAudio server ./scripts/run-tests starts")
    if request.node.get_closest_marker("display") and not os.environ.get("LIVEDESK_X_DISPLAY"):
        pytest.skip("needs the Xvfb display ./scripts/run-tests starts")


@pytest.fixture(scope="module")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> EmulatorThread:
    with EmulatorThread(tls_dir=tmp_path_factory.mktemp("tls"), api_key=KEY) as emu:
        yield emu


@pytest.fixture
def speak(tmp_path: Path):
    """Plays a voiced sound into the virtual mic (vmic → vmic_src, the app's microphone)."""
    procs: list[subprocess.Popen[bytes]] = []

    def play(seconds: float, pause: float = 1.0) -> None:
        pcm = np.frombuffer(voiced(seconds) + silence(pause), np.int16)
        path = write_wav(tmp_path / f"speech{len(procs)}.wav", pcm, RATE)
        procs.append(subprocess.Popen(["paplay", "-d", "vmic", "--latency-msec=20", str(path)]))

    yield play
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(5)
