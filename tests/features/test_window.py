"""The features in the real window (the whole app, offscreen), against the emulator: a token
URL instead of a key, search sources as links under what was searched, thought summaries
kept apart, and speech translation side by side, by a model that hears only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.live import events as ev
from desktop_app.ui.forms import select
from desktop_app.ui.main_window import HEARS_ONLY
from tests.features.conftest import KEY
from tests.media.mediatest import make_video
from tests.support.signals import chunks, silence, voiced
from tests.ui.harness import running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync]

TRANSLATE = "gemini-3.5-live-translate-preview"


@pytest.fixture(autouse=True)
def _no_user_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing from the user's keyring or environment reaches these apps."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    monkeypatch.delenv("GOOGLE_API_KEY", raising=False)


def overrides(emulator, **more: Any) -> dict[str, Any]:
    base = {
        "endpoint": emulator.base_url,
        "ca_file": str(emulator.cert_path),
        "api_key": KEY,
        "model": "gemini-3.8-live",
        "video_source": "none",
    }
    return {**base, **more}


async def connect(qtbot, desk) -> None:
    qtbot.mouseClick(desk.window.connect_button, Qt.MouseButton.LeftButton)
    await until(lambda: desk.window.state is ev.ConnectionState.LIVE, what="live")


async def type_text(qtbot, window, text: str) -> None:
    qtbot.keyClicks(window.text, text)
    qtbot.keyClick(window.text, Qt.Key.Key_Return)


async def test_a_token_url_replaces_the_key(qtbot, emulator, tmp_path):
    settings = overrides(emulator, api_key="", ephemeral_token_url=emulator.token_url)
    async with running_app(tmp_path, settings) as desk:
        assert desk.first_run is None, "no key is asked for"
        await connect(qtbot, desk)
        info = emulator.connections()[-1]
        assert info.path.endswith("v1alpha.GenerativeService.BidiGenerateContentConstrained")
        assert info.headers["authorization"] == f"Token {emulator.token_requests()[-1].token}"
        await type_text(qtbot, desk.window, "hello")
        await until(lambda: "You said: hello." in desk.window.conversation.texts("model"))


async def test_search_sources_are_links_under_the_answer(qtbot, emulator, tmp_path):
    sources = (("Met Office", "https://example.org/met"), ("BBC", "https://example.com/bbc"))
    emulator.script_answer("Rain later.", sources=sources)
    async with running_app(tmp_path, overrides(emulator, google_search=True)) as desk:
        await connect(qtbot, desk)
        await type_text(qtbot, desk.window, "weather in Leeds")
        await until(lambda: any(e.message.sources for e in desk.window.conversation.entries()))
        entry = next(e for e in desk.window.conversation.entries() if e.message.sources)
        assert entry.text == "Rain later."
        links = entry.sources.text()
        assert '<a href="https://example.org/met">Met Office</a>' in links
        assert '<a href="https://example.com/bbc">BBC</a>' in links
        assert entry.sources.openExternalLinks()
        assert entry.searched.text() == "Searched: weather in Leeds", "why the links are there"
        assert entry.searched.isVisibleTo(desk.window)
        layout = entry.layout()
        assert layout.indexOf(entry.searched) < layout.indexOf(entry.sources)
        asked = next(e for e in desk.window.conversation.entries() if e.message.role == "user")
        assert not asked.searched.isVisibleTo(desk.window)


async def test_thought_summaries_are_asked_for_and_kept_apart(qtbot, emulator, tmp_path):
    emulator.script_answer("Sunny.", thought="**Weather**\nLook at the forecast.")
    settings = overrides(
        emulator,
        model="gemini-2.5-flash-native-audio-preview-12-2025",
        thinking="budget",
        include_thoughts=True,
    )
    async with running_app(tmp_path, settings) as desk:
        await connect(qtbot, desk)
        await type_text(qtbot, desk.window, "weather?")
        await until(lambda: "Sunny." in desk.window.conversation.texts("model"))
        entry = next(e for e in desk.window.conversation.entries() if e.message.role == "model")
        assert entry.text == "Sunny." and entry.thoughts.text().startswith("**Weather**")
        assert not entry.thoughts.isVisibleTo(desk.window), "collapsed until asked"


async def test_translation_mode_shows_both_sides_and_plays_the_voice(qtbot, emulator, tmp_path):
    emulator.script_answer("Où est la gare ?", heard="Where is the station?")
    settings = overrides(emulator, model=TRANSLATE, translation_target="fr-FR")
    async with running_app(tmp_path, settings) as desk:
        window = desk.window
        assert window.translation.isVisibleTo(window)
        assert not window.conversation.isVisibleTo(window)
        assert window.translation.target_header.text() == "Translation — French (France)"
        assert not window.text.isEnabled(), "a translation model takes speech only"
        heard: list[ev.ModelAudio] = []
        desk.bridge.event.connect(lambda e: isinstance(e, ev.ModelAudio) and heard.append(e))
        await connect(qtbot, desk)
        for chunk in chunks(voiced(1.0) + silence(0.8)):  # what the mic would send
            desk.session.send_audio(chunk)
        await until(
            lambda: window.translation.rows() == [("Where is the station?", "Où est la gare ?")],
            what="the translated row",
        )
        assert heard, "the translated voice reached the player's path"


async def test_a_translation_model_hears_only_and_is_translating(qtbot, emulator, tmp_path):
    emulator.script_answer("Où est la gare ?", heard="Where is the station?")
    clip = make_video(tmp_path / "camera.avi", (320, 240))
    settings = overrides(
        emulator,
        model=TRANSLATE,
        translation_target="fr-FR",
        video_source="camera",
        camera=str(clip),
    )
    async with running_app(tmp_path, settings) as desk:
        window = desk.window
        assert not window.video_source.isEnabled()
        assert "hears only" in window.video_source.toolTip()
        assert window.video.placeholder == HEARS_ONLY
        statuses: list[tuple[object, str]] = []  # each event the window got, and the status
        desk.bridge.event.connect(lambda event: statuses.append((event, window.status.text)))
        await connect(qtbot, desk)
        for chunk in chunks(voiced(1.0) + silence(0.8)):
            desk.session.send_audio(chunk)
        await until(
            lambda: any(isinstance(event, ev.TurnComplete) for event, _ in statuses),
            what="the translation, spoken to its end",
        )
        said = [text for event, text in statuses if isinstance(event, ev.ModelAudio)]
        assert said and all(text.startswith("Live: translating.") for text in said)
        assert not [text for _, text in statuses if "interrupt" in text]
        assert window.translation.rows() == [("Where is the station?", "Où est la gare ?")]
        assert desk.devices.running and desk.devices.video is None, "no camera runs for it"
        assert window.video.image is None and window.video.placeholder == HEARS_ONLY
        window.act_mute.trigger()
        assert "muted" in window.status.text and "type" not in window.status.text


async def test_switching_to_a_translation_model_stops_the_camera(qtbot, emulator, tmp_path):
    clip = make_video(tmp_path / "camera.avi", (320, 240))
    settings = overrides(emulator, video_source="camera", camera=str(clip))
    async with running_app(tmp_path, settings) as desk:
        window = desk.window
        assert window.video_source.isEnabled()
        await connect(qtbot, desk)
        await until(lambda: window.video.frames_shown > 0, what="the camera preview")
        camera = desk.devices.video
        window.act_settings.trigger()
        dialog = window.settings_dialog
        select(dialog.model, TRANSLATE)
        select(dialog.translation_target, "fr-FR")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        await until(lambda: desk.devices.video is None, what="the camera to stop")
        assert not camera.running, "the camera is released"
        assert not window.video_source.isEnabled()
        assert window.video.image is None and window.video.placeholder == HEARS_ONLY
        await until(
            lambda: (
                window.state is ev.ConnectionState.LIVE
                and emulator.connections()[-1].setup is not None
                and emulator.connections()[-1].setup["model"].endswith(TRANSLATE)
            ),
            what="the conversation going on with the translation model",
        )
