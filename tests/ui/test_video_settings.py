"""The adaptive video's settings in the dialog: named for assistive technology, offered where
the model takes them, and saved as chosen; and a typed question in the window sends a fresh
frame."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.live import events as ev
from desktop_app.media.framepolicy import SendReason
from desktop_app.settings import Settings
from desktop_app.ui.forms import select
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.media.mediatest import still_clip
from tests.ui.harness import emulator_overrides, running_app, until

NATIVE_25 = "gemini-2.5-flash-native-audio-preview-12-2025"


def dialog_for(qtbot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    return dialog


def test_the_new_controls_are_named_and_described(qtbot) -> None:
    dialog = dialog_for(qtbot, Settings())
    for widget in (dialog.turn_coverage, dialog.video_still_interval_s, dialog.media_resolution):
        assert widget.accessibleName() and widget.accessibleDescription()
    assert dialog.video_still_interval_s.value() == 10  # the default
    assert dialog.turn_coverage.currentData() == ""  # the model's own
    assert dialog.media_resolution.currentData() == "auto"


def test_turn_coverage_is_offered_as_far_as_the_model_takes_it(qtbot) -> None:
    dialog = dialog_for(qtbot, Settings(model="gemini-3.8-live"))
    all_video = dialog.turn_coverage.findData("activity_and_all_video")
    item = dialog.turn_coverage.model().item(all_video)
    assert dialog.turn_coverage.isEnabled() and item.isEnabled()
    select(dialog.model, NATIVE_25)  # 2.5 predates the all-video coverage
    assert dialog.turn_coverage.isEnabled() and not item.isEnabled()
    select(dialog.model, "gemini-3.5-live-translate-preview")  # audio only: nothing to cover
    assert not dialog.turn_coverage.isEnabled()


def test_the_still_interval_and_coverage_are_saved_as_chosen(qtbot) -> None:
    dialog = dialog_for(qtbot, Settings())
    dialog.video_still_interval_s.setValue(45)
    select(dialog.turn_coverage, "all_input")
    result = dialog.settings()
    assert (result.video_still_interval_s, result.turn_coverage) == (45, "all_input")


@pytest.mark.asyncio
@pytest.mark.qasync
async def test_a_typed_question_sends_the_camera_s_picture_of_now(qtbot, emulator, tmp_path):
    """Typing is a turn too: the window's text goes out with a fresh frame of the camera."""
    clip = still_clip(tmp_path / "wall.avi")
    overrides = emulator_overrides(emulator, video_source="camera", camera=str(clip))
    async with running_app(tmp_path, overrides) as desk:
        window = desk.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        # The camera starts once the devices are up, which with the audio engine can be
        # after the window says Live.
        camera = await until(lambda: desk.devices.video, what="the camera")
        await until(lambda: camera.frames_read >= 30, what="1.5 s")
        first = camera.jpegs.peek()
        assert first is not None and first.reason is SendReason.FIRST
        qtbot.keyClicks(window.text, "what is on the wall?")
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
        await until(lambda: camera.jpegs.peek() is not first, what="the typed turn's frame")
        assert camera.jpegs.peek().reason is SendReason.TURN_START
        conn = emulator.connections()[-1].id
        await until(lambda: len(emulator.received("video", conn)) >= 2, what="both frames")
