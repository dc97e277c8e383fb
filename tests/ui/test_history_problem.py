"""A disk that refuses the history's writes: the window says the history is not being saved
and why, the conversation goes on, and once the disk allows, everything said is saved and
the banner goes."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from desktop_app.live import events as ev
from tests.ui.harness import emulator_overrides, running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync]


def saved_texts(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM messages ORDER BY id")]
    finally:
        conn.close()


async def test_a_full_disk_is_said_in_the_window_and_nothing_is_lost(qtbot, emulator, tmp_path):
    emulator.set_answer_seconds(0.5)  # what the model says does not matter here
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        assert desk.store.flush(5)
        writer = desk.store._writer._conn
        pages = writer.execute("PRAGMA page_count").fetchone()[0]
        writer.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here on
        for words in ("first question " * 300, "second question " * 300):
            qtbot.keyClicks(window.text, words.strip())
            qtbot.keyClick(window.text, Qt.Key.Key_Return)
        await until(
            lambda: "not being saved" in window.banner_text.text(), what="the banner says so"
        )
        assert window.banner.isVisibleTo(window) and "full" in window.banner_text.text()
        assert window.state is ev.ConnectionState.LIVE, "the conversation goes on"

        writer.execute("PRAGMA max_page_count = 1073741823")
        await until(
            lambda: "not being saved" not in window.banner_text.text(), what="the note goes"
        )
        texts = saved_texts(desk.store.path)
        assert "first question " * 299 + "first question" in texts
        assert "second question " * 299 + "second question" in texts
