"""Fixtures for the tests of the Live API's features (tools, search, thinking, affective and
proactive audio, translation, ephemeral tokens): one emulator per module, reset per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.emulator import EmulatorThread

KEY = "features-key"


@pytest.fixture(scope="module")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorThread]:
    with EmulatorThread(tls_dir=tmp_path_factory.mktemp("tls"), api_key=KEY) as emu:
        yield emu


@pytest.fixture(autouse=True)
def _fresh_policies(request: pytest.FixtureRequest) -> None:
    """Short answers (what is said matters here, not for how long) and the default token
    policy, whatever the previous test set."""
    if "emulator" in request.fixturenames:
        emu = request.getfixturevalue("emulator")
        emu.set_answer_seconds(0.3)
        emu.set_token_policy()
