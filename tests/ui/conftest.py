"""Fixtures for the UI tests: isolation from the user's keyring and environment, the real
services the `audio`/`display` tests need, and an emulator with a key to check.
"""

from __future__ import annotations

import os

import pytest

from desktop_app.emulator import EmulatorThread
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
