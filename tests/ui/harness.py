"""Builds the whole app (`LiveDesk`) the way `python -m desktop_app` does, with the command
line's overrides pointing it at an `EmulatorThread`; nothing is mocked."""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from desktop_app.app import Launch, LiveDesk
from desktop_app.emulator import EmulatorThread

KEY = "ui-test-key"
WAIT_MS = 20_000


def user_env(home: Path) -> dict[str, str]:
    """The environment of a fresh user for a subprocess in the test X display: own
    config/data/log dirs, no key in the environment or the keyring."""
    env = dict(os.environ)
    for name in ("GEMINI_API_KEY", "GOOGLE_API_KEY"):
        env.pop(name, None)
    env.update(
        DISPLAY=os.environ["LIVEDESK_X_DISPLAY"],
        QT_QPA_PLATFORM="xcb",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


def emulator_overrides(emu: EmulatorThread, **more: Any) -> dict[str, Any]:
    """What `--endpoint URL --ca-file PEM` plus a key in the environment would give."""
    base = {
        "endpoint": emu.base_url,
        "ca_file": str(emu.cert_path),
        "api_key": KEY,
        "model": "gemini-3.8-live",
        "video_source": "none",
    }
    base.update(more)
    return base


@contextlib.asynccontextmanager
async def running_app(
    tmp_path: Path, overrides: dict[str, Any], **launch: Any
) -> AsyncIterator[LiveDesk]:
    launch.setdefault("data_dir", tmp_path / "data")
    desk = LiveDesk(Launch(config_dir=tmp_path / "config", overrides=overrides, **launch))
    desk.start()
    try:
        yield desk
    finally:
        await desk.shutdown()


async def until(predicate: Callable[[], object], timeout_ms: int = WAIT_MS, what: str = "") -> None:
    """`qtbot.waitUntil` for async tests: polls while the qasync loop keeps running.

    (`qtbot.waitUntil` spins a nested Qt loop inside the test's coroutine, where the
    session's asyncio tasks cannot run, so a condition they bring about never comes true.)
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_ms} ms waiting for {what or predicate}")
        await asyncio.sleep(0.02)
