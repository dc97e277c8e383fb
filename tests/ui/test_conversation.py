"""The real window, session and history against the emulator: connect, type and see the
answer grow from fragments, tool calls and thoughts shown apart from speech, pause/resume."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.live import events as ev
from tests.ui.harness import emulator_overrides, running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync]


def is_live(desk) -> bool:
    return desk.window.state is ev.ConnectionState.LIVE


async def connect(qtbot, desk) -> None:
    qtbot.mouseClick(desk.window.connect_button, Qt.MouseButton.LeftButton)
    await until(lambda: is_live(desk), what="the Live state")


async def test_type_a_message_and_see_the_answer_grow(qtbot, emulator, tmp_path):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        assert window.status.text.startswith("Not connected")
        await connect(qtbot, desk)
        assert window.status.text.startswith("Live")
        assert not window.connect_button.isEnabled() and window.pause_button.isEnabled()

        shown: list[str] = []  # every state of the model's message the window displayed
        desk.bridge.message.connect(lambda _cid, m: m.role == "model" and shown.append(m.text))
        qtbot.keyClicks(window.text, "hello there")
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
        assert window.text.text() == ""
        assert window.conversation.texts("user") == ["hello there"]  # shown at once

        answer = "You said: hello there."
        await until(lambda: answer in window.conversation.texts("model"), what="the answer")
        grown = [t for t in dict.fromkeys(shown) if t]
        assert len(grown) >= 3, "the answer appeared fragment by fragment"
        assert all(answer.startswith(t) for t in grown)
        entry = next(e for e in window.conversation.entries() if e.message.role == "model")
        await until(lambda: entry.message.ended_at is not None, what="the answer to close")
        assert entry.tag.text() == ""  # neither "speaking…" nor "interrupted"
        await until(lambda: "tokens" in window.status.usage.text(), what="the token count")


async def test_tool_calls_and_thoughts_are_shown_apart_from_speech(qtbot, emulator, tmp_path):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        await connect(qtbot, desk)
        emulator.tool_call([{"name": "get_weather", "args": {"city": "Paris"}}])
        await until(lambda: window.conversation.texts("tool"), what="the tool call")
        assert window.conversation.texts("tool")[0].startswith('get_weather(city="Paris")')

        thought = "The user probably wants a short answer."
        emulator.send_raw(
            {"serverContent": {"modelTurn": {"parts": [{"text": thought, "thought": True}]}}}
        )
        emulator.start_model_turn(text="Sunny and mild.")
        await until(lambda: "Sunny and mild." in window.conversation.texts("model"))
        entry = next(e for e in window.conversation.entries() if e.message.thoughts)
        assert thought not in entry.text, "thoughts are never shown as speech"
        assert entry.thoughts_toggle.isVisibleTo(window) and not entry.thoughts.isVisibleTo(window)
        qtbot.mouseClick(entry.thoughts_toggle, Qt.MouseButton.LeftButton)
        assert entry.thoughts.isVisibleTo(window) and entry.thoughts.text() == thought


async def test_pause_keeps_the_conversation_and_end_closes_it(qtbot, emulator, tmp_path):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        await connect(qtbot, desk)
        qtbot.keyClicks(window.text, "remember me")
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
        await until(lambda: desk.session.resumption_handle, what="a resumable handle")
        handle = desk.session.resumption_handle

        qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.PAUSED, what="paused")
        assert window.connect_button.text().replace("&", "") == "Resume"
        assert window.status.text.startswith("Paused")
        connections = len(emulator.connections())
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: is_live(desk) and len(emulator.connections()) > connections)
        resumed = emulator.connections()[-1]
        assert resumed.resumed_from == handle, "Resume continues the same conversation"

        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.CLOSED, what="ended")
        assert desk.session.resumption_handle is None
        assert not window.end_button.isEnabled() and window.connect_button.isEnabled()


async def test_the_history_browser_shows_searches_and_exports_what_was_said(
    qtbot, emulator, tmp_path, monkeypatch
):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        await connect(qtbot, desk)
        for words in ("the blue lighthouse", "a red bicycle"):
            qtbot.keyClicks(window.text, words)
            qtbot.keyClick(window.text, Qt.Key.Key_Return)
            answer = f"You said: {words}."
            await until(lambda a=answer: a in window.conversation.texts("model"), what=answer)
        desk.store.flush()

        window.act_history.trigger()
        history = desk.history
        assert history is not None and history.isVisible()
        await until(lambda: history.list.count() == 1 and row_text(history, 0), what="the list")
        history.list.setCurrentRow(0)
        view = history.view
        await until(lambda: history.conversation is not None, what="the conversation")
        assert view.texts("user") == ["the blue lighthouse", "a red bicycle"]
        assert view.texts("model") == ["You said: the blue lighthouse.", "You said: a red bicycle."]
        assert "You said: a red bicycle." in view.toPlainText()
        assert "the blue lighthouse" in history.title.text()

        history.search.setText("bicycle")
        await until(
            lambda: "<b>bicycle</b>" in row_text(history, 0), what="highlighted search hits"
        )
        hits = [row_text(history, i) for i in range(history.list.count())]
        assert len(hits) == 2, "the user's words and the answer both match"
        assert not any("lighthouse" in hit.split("<br>")[1] for hit in hits)

        exported: list = []
        history.exported.connect(exported.append)
        history.export(tmp_path / "talk.md")
        await until(lambda: exported, what="the Markdown export")
        exported_text = (tmp_path / "talk.md").read_text(encoding="utf-8")
        assert "the blue lighthouse" in exported_text
        assert "You said: a red bicycle." in exported_text
        history.export(tmp_path / "talk.json")
        await until(lambda: len(exported) == 2, what="the JSON export")
        assert '"format": "livedesk.conversation"' in (tmp_path / "talk.json").read_text()

        from PySide6.QtWidgets import QMessageBox

        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        history.search.clear()
        history.refresh()
        await until(lambda: row_text(history, 0), what="the list again")
        history.list.setCurrentRow(0)
        await until(lambda: history.conversation is not None, what="the conversation again")
        history.delete_selected()
        await until(lambda: history.list.item(0).text() == "No conversations yet.")
        assert desk.store.list_conversations() == []
        history.close()


def row_text(history, row: int) -> str:
    """A conversation's or a hit's row as shown, or "" for none (yet)."""
    item = history.list.item(row)
    label = history.list.itemWidget(item) if item is not None else None
    return label.text() if label is not None else ""
