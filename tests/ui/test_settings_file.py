"""A settings file with wrong values: each bad field falls back to its default with a note
in the window naming it, the file is kept aside as settings.json.bad, and the app connects."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from desktop_app.live import events as ev
from desktop_app.settings import Settings, load_settings
from tests.ui.harness import emulator_overrides, running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync]

BAD = {
    "silence_duration_ms": "x",
    "voice": 5,
    "temperature": "hot",
    "monitor": -3,
    "tools": "open_web_page",
    "push_to_talk": "yes",
    "video_source": "everything",
    "headphones": True,  # a good one among them
    "future_option": 1,  # unknown keys are ignored, not errors
}


async def test_each_bad_field_falls_back_and_is_named(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps(BAD))
    settings, notes = load_settings(tmp_path)
    defaults = Settings()
    for name in ("silence_duration_ms", "voice", "temperature", "monitor", "tools"):
        assert getattr(settings, name) == getattr(defaults, name)
    assert settings.headphones is True
    [note] = notes
    for name in (
        "silence_duration_ms",
        "voice",
        "temperature",
        "monitor",
        "tools",
        "push_to_talk",
        "video_source",
    ):
        assert name in note
    assert "headphones" not in note and "future_option" not in note
    assert json.loads((tmp_path / "settings.json.bad").read_text()) == BAD


async def test_an_unreadable_file_is_kept_aside_and_said_so(tmp_path):
    (tmp_path / "settings.json").write_text("{not json")
    settings, [note] = load_settings(tmp_path)
    assert settings == Settings() and "could not be read" in note
    assert (tmp_path / "settings.json.bad").read_text() == "{not json"


async def test_the_window_names_the_bad_fields_and_the_app_still_connects(
    qtbot, emulator, tmp_path
):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(json.dumps(BAD))
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        assert window.banner.isVisibleTo(window)
        assert "silence_duration_ms" in window.banner_text.text()
        assert "voice" in window.banner_text.text()
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        assert len(emulator.connections()) >= 1


async def test_a_save_that_fails_says_so_and_the_settings_still_apply(
    qtbot, emulator, tmp_path, monkeypatch
):
    def disk_full(_settings, _directory) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop_app.app.save_settings", disk_full)
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        window.settings_applied.emit(desk.settings.replace(voice="Kore", headphones=True))
        await until(lambda: "could not be saved" in window.banner_text.text(), what="the note")
        assert window.banner.isVisibleTo(window)
        assert "No space left" in window.banner_text.text()
        assert desk.settings.voice == "Kore" and desk.settings.headphones is True
        await until(lambda: desk.session.settings.voice == "Kore", what="the session's settings")
