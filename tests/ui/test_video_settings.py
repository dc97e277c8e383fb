"""The adaptive video's settings in the dialog: named for assistive technology, offered where
the model takes them, and saved as chosen."""

from __future__ import annotations

from desktop_app.settings import Settings
from desktop_app.ui.forms import select
from desktop_app.ui.settings_dialog import SettingsDialog

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
    assert dialog.turn_coverage.currentData() == "activity"
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
