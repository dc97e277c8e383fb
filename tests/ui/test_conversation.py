"""Connect, talk and type in the real window against the emulator; see the answer grow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.live import events as ev
from tests.ui.harness import emulator_overrides, running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync]


async def test_connect_type_and_see_the_answer(qtbot, emulator, tmp_path):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE, what="live")
        assert window.status.text.startswith("Live")
        qtbot.keyClicks(window.text, "hello there")
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
        await until(
            lambda: "You said: hello there." in window.conversation.texts("model"),
            what="the model's answer",
        )
        assert window.conversation.texts("user") == ["hello there"]
