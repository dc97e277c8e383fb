"""The audio engine killed under a running conversation: the app starts a new one, the status
line says so, and the conversation goes on (the next answer is played)."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import Qt

from desktop_app.live import events as ev
from tests.ui.harness import emulator_overrides, running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync, pytest.mark.audio]


async def test_a_killed_engine_is_restarted_and_the_status_line_says_so(qtbot, emulator,
                                                                         tmp_path):
    emulator.set_answer_seconds(0.5)
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE, what="the Live state")
        engine = await until(lambda: desk.devices.engine, what="the audio engine")
        await until(lambda: engine.running, what="the engine up")
        first_pid = engine.pid
        os.kill(first_pid, signal.SIGKILL)
        await until(lambda: "audio engine was restarted" in window.status.text,
                    what="the restart on the status line")
        await until(lambda: engine.running and engine.pid != first_pid, what="a new engine")
        assert window.state is ev.ConnectionState.LIVE, "the conversation goes on"
        turns = len(desk.figures.snapshot().latency.turns)
        qtbot.keyClicks(window.text, "are you still there")
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
        await until(lambda: any(t.answer_s is not None
                                for t in desk.figures.snapshot().latency.turns[turns:]),
                    what="the next answer heard through the new engine")
