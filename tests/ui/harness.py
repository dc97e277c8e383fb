"""Builds the whole app (`LiveDesk`) the way `python -m desktop_app` does, with the command
line's overrides pointing it at an `EmulatorThread`; nothing is mocked."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

from desktop_app.app import Launch, LiveDesk
from desktop_app.emulator import EmulatorThread
from tests.support.waiting import until

__all__ = ["KEY", "emulator_overrides", "running_app", "until", "user_env"]

KEY = "ui-test-key"


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


def run_staging(stage: Callable[[Path, Path], Awaitable[None]], out: Path, prefix: str) -> int:
    """Main of a screenshot script: runs `stage(out, work_dir)` on a qasync loop, the app's."""
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix=prefix) as work, loop:
        loop.run_until_complete(stage(out.resolve(), Path(work)))
    return 0


def run_staging_script(
    module: str, out: Path, home: Path, timeout: float = 100, options: tuple[str, ...] = ()
) -> None:
    """Runs a screenshot script as a new user would (own profile, the test X display) and
    fails with its progress lines when it stalls or fails."""
    proc = subprocess.Popen(
        [sys.executable, "-m", module, *options, str(out)],
        env=user_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
        raise AssertionError(f"the screenshot script stalled; its progress:\n{err}") from None
    assert proc.returncode == 0, err
    assert "Traceback" not in err
