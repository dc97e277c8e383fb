"""The settings dialog on the real window: a change reaches the next setup the server sees
(by reconnecting with the resumption handle), is saved, and the capability table decides
which options a model offers."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.settings import Settings
from desktop_app.ui.forms import select
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.ui.harness import KEY, emulator_overrides, running_app, until

qasync_test = [pytest.mark.asyncio, pytest.mark.qasync]


def voice_of(setup: dict) -> str:
    return setup["generationConfig"]["speechConfig"]["voiceConfig"]["prebuiltVoiceConfig"][
        "voiceName"
    ]


@pytest.mark.asyncio
@pytest.mark.qasync
async def test_changing_the_voice_reconnects_with_it_and_keeps_the_context(
    qtbot, emulator, tmp_path
):
    async with running_app(tmp_path, emulator_overrides(emulator, voice="Puck")) as desk:
        window = desk.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        assert voice_of(emulator.connections()[-1].setup) == "Puck"
        qtbot.keyClicks(window.text, "first")
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
        await until(lambda: desk.session.resumption_handle, what="a resumable handle")
        handle = desk.session.resumption_handle
        connections = len(emulator.connections())

        window.act_settings.trigger()
        dialog = window.settings_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.voice.currentData() == "Puck"
        select(dialog.voice, "Kore")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

        await until(
            lambda: (
                len(emulator.connections()) > connections
                and emulator.connections()[-1].setup is not None
                and window.state is ev.ConnectionState.LIVE
            ),
            what="the reconnection",
        )
        latest = emulator.connections()[-1]
        assert voice_of(latest.setup) == "Kore"
        assert latest.resumed_from == handle, "the conversation goes on with its context"
        saved = json.loads((tmp_path / "config" / "settings.json").read_text())
        assert saved["voice"] == "Kore", "a change in the dialog is saved"
        assert "endpoint" not in saved or saved["endpoint"] == "", "overrides stay unsaved"
        assert "api_key" not in saved and "ui-test-key" not in json.dumps(saved)


def dialog_for(qtbot, model: str) -> SettingsDialog:
    dialog = SettingsDialog(Settings(model=model))
    qtbot.addWidget(dialog)
    return dialog


def test_the_capability_table_decides_which_options_a_model_offers(qtbot):
    dialog = dialog_for(qtbot, "gemini-2.5-flash-native-audio-preview-12-2025")
    assert dialog.affective_dialog.isEnabled() and dialog.proactive_audio.isEnabled()
    # (isHidden: the dialog opens on another tab, so nothing here is "visible" yet)
    assert not dialog.thinking_budget.isHidden() and dialog.thinking_level.isHidden()

    select(dialog.model, "gemini-3.8-live")
    assert not dialog.affective_dialog.isEnabled()
    assert "Not supported" in dialog.affective_dialog.toolTip()
    assert not dialog.proactive_audio.isEnabled()
    assert "Always on" in dialog.proactive_audio.toolTip()
    assert not dialog.thinking.isEnabled()

    select(dialog.model, "gemini-3.1-flash-live-preview")
    assert dialog.thinking.isEnabled() and not dialog.thinking_level.isHidden()
    levels = [dialog.thinking_level.itemText(i) for i in range(dialog.thinking_level.count())]
    assert levels == ["MINIMAL", "LOW", "MEDIUM", "HIGH"]

    select(dialog.model, "gemini-3.5-live-translate-preview")
    assert not dialog.voice.isEnabled() and not dialog.system_instruction.isEnabled()
    assert dialog.translation_target.isEnabled()


def test_an_unknown_model_can_be_typed_kept_in_the_list_and_gets_the_safe_subset(qtbot):
    dialog = dialog_for(qtbot, "gemini-3.8-live")
    dialog.model.setEditText("gemini-9-live-experimental")
    assert "does not know" in dialog.capability_note.text()
    assert not dialog.google_search.isEnabled()
    add = next(
        b for b in dialog.findChildren(type(dialog.remove_model)) if b.text() == "Add to list"
    )
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    chosen = dialog.settings()
    assert chosen.model == "gemini-9-live-experimental"
    assert chosen.extra_models == ["gemini-9-live-experimental"]
    # Reopened with those settings, the added model is still offered, and can be removed.
    again = SettingsDialog(chosen)
    qtbot.addWidget(again)
    assert again.model.findData("gemini-9-live-experimental") >= 0
    assert again.remove_model.isEnabled()
    qtbot.mouseClick(again.remove_model, Qt.MouseButton.LeftButton)
    assert again.settings().extra_models == []


def test_a_listed_transcription_model_is_not_offered_in_the_picker(qtbot):
    dialog = dialog_for(qtbot, "gemini-3.8-live")
    assert dialog.model.findData("gemini-3.5-transcribe-live") < 0
    dialog.show_listed_models(["gemini-3.5-transcribe-live", "gemini-listed-live"])
    assert dialog.model.findData("gemini-listed-live") >= 0
    assert dialog.model.findData("gemini-3.5-transcribe-live") < 0, "text only: no voice"


def test_every_setting_round_trips_through_the_dialog(qtbot):
    changed = Settings(
        backend="vertex",
        api_key="k-123",
        vertex_project="proj",
        vertex_location="europe-west4",
        endpoint="https://relay.example:8443",
        ca_file="/tmp/ca.pem",
        api_version="v1alpha",
        ephemeral_token_url="https://tokens.example/mint",
        model="gemini-2.5-flash-native-audio-preview-12-2025",
        extra_models=["my-model"],
        voice="Kore",
        language="de-DE",
        ui_language="fr",
        system_instruction="Be brief.",
        output_transcription=False,
        media_resolution="low",
        temperature=0.4,
        push_to_talk=True,
        start_sensitivity="low",
        end_sensitivity="high",
        silence_duration_ms=900,
        prefix_padding_ms=200,
        turn_coverage="all_input",
        affective_dialog=True,
        proactive_audio=True,
        thinking="budget",
        thinking_budget=2048,
        include_thoughts=True,
        google_search=True,
        allow_local_pages=True,
        translation_target="fr-FR",
        video_source="screen",
        camera="/tmp/clip.mp4",
        monitor=1,
        video_still_interval_s=30,
        input_device="USB",
        output_device="Speakers",
        headphones=True,
        noise_suppression=False,
        quiet_gate=False,
    )
    defaults = Settings()
    untouched = {n for n in changed.to_dict() if getattr(changed, n) == getattr(defaults, n)}
    assert untouched <= {"tools", "thinking_level", "monitor"}, "the test covers every field"
    dialog = SettingsDialog(changed)
    qtbot.addWidget(dialog)
    result = dialog.settings()
    assert result.to_dict() == changed.to_dict()
    assert result.api_key == "k-123"


@pytest.mark.asyncio
@pytest.mark.qasync
async def test_a_device_only_change_does_not_reconnect(qtbot, emulator, tmp_path):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        connections = len(emulator.connections())
        window.act_settings.trigger()
        dialog = window.settings_dialog
        dialog.headphones.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert desk.settings.headphones and desk.session.settings.headphones
        qtbot.keyClicks(window.text, "no gap")
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
        await until(lambda: "You said: no gap." in window.conversation.texts("model"))
        assert len(emulator.connections()) == connections, "the connection was kept"


@pytest.mark.asyncio
@pytest.mark.qasync
async def test_ask_the_server_adds_its_live_models_to_the_picker(qtbot, tmp_path):
    listing = ["gemini-listed-live", "gemini-3.8-live"]  # what this server serves
    with EmulatorThread(tls_dir=tmp_path / "tls", api_key=KEY, models=listing) as server:
        async with running_app(tmp_path, emulator_overrides(server)) as desk:
            desk.window.act_settings.trigger()
            dialog = desk.window.settings_dialog
            assert dialog.model.findData("gemini-listed-live") < 0
            ask = dialog.findChild(QPushButton, "ask-models")
            qtbot.mouseClick(ask, Qt.MouseButton.LeftButton)
            await until(lambda: "lists 2 Live models" in dialog.model_list_note.text())
            assert "1 were new" in dialog.model_list_note.text()
            assert dialog.model.findData("gemini-listed-live") >= 0
            assert dialog.model.findData("gemini-2.5-flash") < 0, "only Live-capable models"

            # A key the server refuses: said in the dialog, and the list stays as it was.
            dialog.api_key.setText("not-the-key")
            count = dialog.model.count()
            qtbot.mouseClick(ask, Qt.MouseButton.LeftButton)
            await until(lambda: "Could not list" in dialog.model_list_note.text())
            assert "API key not valid" in dialog.model_list_note.text()
            assert dialog.model.count() == count
            dialog.reject()
