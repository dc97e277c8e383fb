"""What the user sees when things go wrong: a refused key with the server's close code and
reason (and the app keeps running), a dropped connection with a reconnect countdown, and a
first run with no key at all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from tests.ui.harness import KEY, emulator_overrides, running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync]


async def test_a_wrong_key_is_shown_with_1007_and_the_reason_and_can_be_fixed(
    qtbot, emulator, tmp_path
):
    overrides = emulator_overrides(emulator, api_key="not-the-key")
    async with running_app(tmp_path, overrides) as desk:
        window = desk.window
        connections = len(emulator.connections())
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.FAILED, what="the failure")

        message = window.banner_text.text()
        assert window.banner.isVisible()
        # 1007, as the service closes on a bad key (docs/live-service-quirks.md)
        assert "1007" in message and "API key not valid" in message
        assert "Check the API key" in message, "it says what to change"
        assert window.status.text.startswith("Stopped.") and "1007" in window.status.text
        assert len(emulator.connections()) == connections + 1, "a fatal close is not retried"
        assert window.isVisible() and window.connect_button.isEnabled()

        # The app keeps running: fix the key in the settings and connect.
        window.act_settings.trigger()
        dialog = window.settings_dialog
        dialog.api_key.setText(KEY)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE, what="the fixed key")
        assert "1008" not in window.banner_text.text(), "a solved problem leaves the banner"


async def test_a_dropped_connection_says_reconnecting_and_comes_back(qtbot, emulator, tmp_path):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        seen: list[str] = []
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        connections = len(emulator.connections())
        emulator.drop()

        def watch() -> bool:
            seen.append(window.status.text)
            return (
                window.state is ev.ConnectionState.LIVE
                and len(emulator.connections()) > connections
            )

        await until(watch, what="the reconnection")
        reconnecting = [t for t in seen if t.startswith("Connection lost")]
        assert reconnecting, f"the status line said what happened: {set(seen)}"
        assert any("Reconnecting in" in t for t in reconnecting)
        assert window.status.text.startswith("Live")


async def test_first_run_without_a_key_offers_offline_mode(qtbot, tmp_path):
    async with running_app(tmp_path, {"video_source": "none"}) as desk:
        dialog = desk.first_run
        assert dialog is not None and dialog.isVisible(), "no key: the first-run dialog"
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert any("https://aistudio.google.com/apikey" in text for text in labels)
        assert not dialog.use_key.isEnabled(), "nothing to use before a key is pasted"
        qtbot.mouseClick(dialog.offline, Qt.MouseButton.LeftButton)
        await until(lambda: desk.window.state is ev.ConnectionState.LIVE, what="offline mode")
        assert isinstance(desk.emulator, EmulatorThread)
        assert desk.settings.endpoint == desk.emulator.base_url
        qtbot.keyClicks(desk.window.text, "are you there")
        qtbot.keyClick(desk.window.text, Qt.Key.Key_Return)
        await until(lambda: "You said: are you there." in desk.window.conversation.texts("model"))


async def test_an_unusable_history_is_said_and_the_conversation_still_works(
    qtbot, emulator, tmp_path
):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the history directory should be")
    desk_dir = tmp_path / "desk"
    async with running_app(desk_dir, emulator_overrides(emulator), data_dir=blocked) as desk:
        window = desk.window
        assert window.banner.isVisible()
        assert "history could not be opened" in window.banner_text.text()
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        qtbot.keyClicks(window.text, "still here")
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
        await until(lambda: "You said: still here." in window.conversation.texts("model"))


async def test_first_run_takes_a_pasted_key_and_connects(qtbot, emulator, tmp_path):
    overrides = emulator_overrides(emulator)
    del overrides["api_key"]
    async with running_app(tmp_path, overrides) as desk:
        dialog = desk.first_run
        assert dialog is not None and dialog.isVisible()
        qtbot.keyClicks(dialog.key, KEY)
        assert dialog.key.echoMode() == dialog.key.EchoMode.Password
        qtbot.mouseClick(dialog.use_key, Qt.MouseButton.LeftButton)
        await until(lambda: desk.window.state is ev.ConnectionState.LIVE, what="connected")
        assert emulator.connections()[-1].headers["x-goog-api-key"] == KEY
        saved = tmp_path / "config" / "settings.json"
        assert not saved.exists() or KEY not in saved.read_text(), "keys go to the keyring only"
