"""Fixtures for the UI tests: isolation from the user's keyring and environment, the real
services the `audio`/`display` tests need, and an emulator with a key to check.
"""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.emulator import EmulatorThread
from tests.support.signals import RATE, silence, voiced
from tests.ui.harness import KEY


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    monkeypatch.delenv("GOOGLE_API_KEY", raising=False)


@pytest.fixture(scope="module")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> EmulatorThread:
    with EmulatorThread(tls_dir=tmp_path_factory.mktemp("tls"), api_key=KEY) as emu:
        yield emu


@pytest.fixture
def speak(play_into_mic):
    """Plays a voiced sound, then a pause, into the virtual mic (the app's microphone)."""

    def play(seconds: float, pause: float = 1.0) -> None:
        play_into_mic(np.frombuffer(voiced(seconds) + silence(pause), np.int16), RATE)

    return play
