"""A whole conversation by keyboard only, against the emulator: connect, type a message,
send it, hear the answer announced, mute, pause and end, each with its key; and Tab reaches
every control of the window in a sensible order.

Only key events reach the window here (QTest on the offscreen platform), sent to whatever
has the focus, as a keyboard would: no clicks, no `setFocus` by the test.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.live import events as ev
from desktop_app.settings import Settings
from desktop_app.ui.main_window import MainWindow
from tests.ui.harness import emulator_overrides, running_app, until

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """One key, to the widget that has the keyboard focus (the window if none has)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, key, modifier)


@pytest.mark.asyncio
@pytest.mark.qasync
async def test_a_whole_conversation_by_keyboard(qtbot, emulator, tmp_path):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        with qtbot.waitActive(window):
            window.activateWindow()
        heard: list[str] = []
        window.conversation.announced.connect(heard.append)

        press(qtbot, Qt.Key.Key_F5)  # connect
        await until(lambda: window.state is ev.ConnectionState.LIVE, what="live")

        press(qtbot, Qt.Key.Key_L, CTRL)  # to the message box
        assert QApplication.focusWidget() is window.text
        qtbot.keyClicks(QApplication.focusWidget(), "hello")
        press(qtbot, Qt.Key.Key_Return)  # send
        await until(
            lambda: "You said: hello." in window.conversation.texts("model"), what="the answer"
        )
        await until(lambda: heard, what="the answer announced")
        assert heard == ["Gemini: You said: hello."], "once, whole, when complete"
        assert window.text.text() == "", "sent"

        press(qtbot, Qt.Key.Key_M, CTRL)  # mute
        assert window.act_mute.isChecked() and desk.devices.muted
        assert window.status.muted

        press(qtbot, Qt.Key.Key_F6)  # pause
        await until(lambda: window.state is ev.ConnectionState.PAUSED, what="paused")
        assert window.act_connect.text().replace("&", "") == "Resume"

        press(qtbot, Qt.Key.Key_F5, SHIFT)  # end
        await until(
            lambda: window.state in (ev.ConnectionState.CLOSED, ev.ConnectionState.IDLE),
            what="ended",
        )
        assert window.act_connect.text().replace("&", "") == "Connect"


def test_tab_reaches_every_control_of_the_window(qtbot):
    window = MainWindow(Settings(push_to_talk=True, video_source="screen"))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.text.setFocus()  # where Ctrl+L puts the user
    seen: list[QWidget] = []
    for _ in range(40):
        press(qtbot, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget in seen:
            break
        seen.append(widget)
    wanted = {
        window.text,
        window.send,
        window.video_source,
        window.monitor,
        window.connect_button,
        window.mute_button,
        window.talk_button,
    }
    assert wanted <= set(seen), [w.objectName() for w in seen]
    # the order follows the screen: the message box, then its Send button
    assert seen.index(window.send) < seen.index(window.connect_button) or seen[0] is window.send


def test_labels_have_mnemonics(qtbot):
    """Alt+letter reaches the main controls: every menu and button label has one."""
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    for action in (
        window.act_connect,
        window.act_pause,
        window.act_end,
        window.act_mute,
        window.act_type,
        window.act_settings,
        window.act_history,
    ):
        assert "&" in action.text(), action.text()
    assert "&" in window.send.text()
