"""One listener of the session's events that raises is logged, and the others (the history,
the window) still get every event."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt

from desktop_app.live import events as ev
from desktop_app.routing import dispatch
from tests.ui.harness import emulator_overrides, running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync]


async def test_a_raising_listener_is_logged_and_the_next_one_still_runs(caplog):
    got: list[object] = []

    def broken(_event: object) -> None:
        raise RuntimeError("bug")

    with caplog.at_level(logging.ERROR):
        dispatch(ev.ModelText("private words", 1), (broken, got.append))
    assert got == [ev.ModelText("private words", 1)]
    [record] = caplog.records
    assert "broken" in record.getMessage() and "ModelText" in record.getMessage()
    assert "private words" not in caplog.text, "the event's words stay out of the log"


async def test_the_window_and_the_history_get_events_a_broken_listener_raised_on(
    qtbot, emulator, tmp_path, caplog
):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:

        def broken(_event: ev.Event) -> None:
            raise RuntimeError("a listener's bug")

        desk.tool_runner.handle = broken  # the second listener of every event
        window = desk.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE, what="the window sees LIVE")
        qtbot.keyClicks(window.text, "hello")
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
        await until(lambda: "You said: hello." in window.conversation.texts("model"))
        assert "failed on StateChanged" in caplog.text
