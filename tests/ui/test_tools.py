"""Functions the model may call, through the real window: the user chooses them in the
settings, the model's call is answered (with its id) and shown with its result, and a call
that acts on the desktop asks the user first without stopping the conversation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop_app.live import events as ev
from tests.ui.harness import emulator_overrides, running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync]


def responses(emulator, conn: int) -> list[dict]:
    out = []
    for received in emulator.received("tool_response", conn):
        out += received.payload.get("functionResponses", [])
    return out


def declared(setup: dict) -> list[str]:
    return [
        d["name"] for tool in setup.get("tools", []) for d in tool.get("functionDeclarations", [])
    ]


async def test_the_user_enables_a_function_and_the_model_gets_it_answered(
    qtbot, emulator, tmp_path
):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        window.act_settings.trigger()
        dialog = window.settings_dialog
        shown = {
            dialog.tools.item(i).text(): dialog.tools.item(i) for i in range(dialog.tools.count())
        }
        assert {"Tell the time", "Open a web page — asks you first"} <= set(shown)
        assert "Copy text to your clipboard — asks you first" in shown
        assert not any("_" in label for label in shown), "what they do, not identifiers"
        item = shown["Tell the time"]
        assert item.toolTip().startswith("get_current_time: "), "the identifier in the tooltip"
        item.setCheckState(Qt.CheckState.Checked)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert desk.settings.tools == ["get_current_time"]

        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        conn = emulator.connections()[-1]
        assert declared(conn.setup) == ["get_current_time"], "only what the user enabled"

        [call_id] = emulator.tool_call([{"name": "get_current_time", "args": {}}])
        await until(lambda: responses(emulator, conn.id), what="the answer to the call")
        [answer] = responses(emulator, conn.id)
        assert answer["id"] == call_id and "local_time" in answer["response"]["output"]
        await until(lambda: "→" in "".join(window.conversation.texts("tool")))
        [shown] = window.conversation.texts("tool")
        local_time = answer["response"]["output"]["local_time"]
        assert shown.startswith(f"get_current_time() → local time: {local_time}, weekday: ")
        assert "output" not in shown and "{" not in shown, "the answer, not its wire format"


async def test_a_failed_call_is_shown_as_a_failure_in_the_palette_s_colours(
    qtbot, emulator, tmp_path
):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        palette = window.palette()
        palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fff3cd"))
        palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#5c3b00"))
        window.setPalette(palette)
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        emulator.tool_call([{"name": "get_weather", "args": {"city": "Paris"}}])
        await until(lambda: "failed" in "".join(window.conversation.texts("tool")))
        [entry] = [e for e in window.conversation.entries() if e.message.role == "tool"]
        assert entry.text == (
            "get_weather(city=\"Paris\") failed: There is no function named 'get_weather' here."
        )
        assert entry.tag.text() == "— failed"
        assert entry.palette().color(entry.backgroundRole()) == QColor("#fff3cd")
        assert entry.body.palette().color(entry.body.foregroundRole()) == QColor("#5c3b00")


async def test_opening_a_page_asks_first_and_a_no_is_the_answer(qtbot, emulator, tmp_path):
    overrides = emulator_overrides(emulator, tools=["open_web_page"])
    async with running_app(tmp_path, overrides) as desk:
        window = desk.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        conn = emulator.connections()[-1].id
        emulator.tool_call([{"name": "open_web_page", "args": {"url": "https://example.org/"}}])
        await until(lambda: desk.confirm.box is not None, what="the question to the user")
        box = desk.confirm.box
        assert box.headline.text() == "example.org"
        assert box.detail.toPlainText() == "https://example.org/"

        # The conversation goes on while the question is open.
        qtbot.keyClicks(window.text, "still talking")
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
        await until(lambda: "You said: still talking." in window.conversation.texts("model"))
        assert not responses(emulator, conn)

        assert box.no.isDefault(), "Enter means no"
        qtbot.mouseClick(box.no, Qt.MouseButton.LeftButton)
        await until(lambda: responses(emulator, conn), what="the answer to the call")
        output = responses(emulator, conn)[0]["response"]["output"]
        assert output["opened"] is False and "did not allow" in output["reason"]


async def test_the_page_is_shown_by_its_host_in_large_type_and_as_plain_text(
    qtbot, emulator, tmp_path
):
    url = 'https://example.org/<b>free</b><img/src="https://evil.example/prize.png">'
    async with running_app(tmp_path, emulator_overrides(emulator, tools=["open_web_page"])) as desk:
        window = desk.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        emulator.tool_call([{"name": "open_web_page", "args": {"url": url}}])
        await until(lambda: desk.confirm.box is not None, what="the question to the user")
        box = desk.confirm.box
        assert box.headline.text() == "example.org"
        assert box.headline.textFormat() == Qt.TextFormat.PlainText
        assert box.headline.font().pointSizeF() >= 1.5 * box.font().pointSizeF()
        shown = box.detail.toPlainText()
        assert shown.startswith("https://example.org/%3Cb%3Efree") and "<" not in shown
        assert all(
            label.textFormat() == Qt.TextFormat.PlainText for label in box.findChildren(QLabel)
        ), "markup is shown, not rendered"
        box.no.click()


async def test_always_for_the_clipboard_stops_asking_in_this_conversation_only(
    qtbot, emulator, tmp_path
):
    overrides = emulator_overrides(emulator, tools=["copy_to_clipboard"])
    async with running_app(tmp_path, overrides) as desk:
        window = desk.window
        clipboard = QGuiApplication.clipboard()
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        conn = emulator.connections()[-1].id
        emulator.tool_call([{"name": "copy_to_clipboard", "args": {"text": "first\nline"}}])
        await until(lambda: desk.confirm.box is not None, what="the question to the user")
        box = desk.confirm.box
        assert box.detail.toPlainText() == "first\nline"
        box.always.setChecked(True)
        box.yes.click()
        await until(lambda: len(responses(emulator, conn)) == 1, what="the first answer")
        assert clipboard.text() == "first\nline"

        emulator.tool_call([{"name": "copy_to_clipboard", "args": {"text": "second"}}])
        await until(lambda: len(responses(emulator, conn)) == 2, what="the second answer")
        assert clipboard.text() == "second" and desk.confirm.box is None

        window.end_requested.emit()
        await until(lambda: window.state is ev.ConnectionState.CLOSED)
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        emulator.tool_call([{"name": "copy_to_clipboard", "args": {"text": "third"}}])
        await until(lambda: desk.confirm.box is not None, what="a new conversation asks")
        desk.confirm.box.no.click()
        await until(lambda: emulator.conversation().pending_tool_calls == ())
        assert clipboard.text() == "second"
