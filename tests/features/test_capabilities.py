"""Thinking, thought summaries, Google Search, affective dialog, proactive audio and speech
translation, through LiveSession and the real SDK against the emulator, which refuses (1007)
whatever a model would refuse. The capability table decides what is sent; these tests show
that what it decides is accepted, and that the emulator would have caught it otherwise."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from desktop_app.live import config as live_config
from desktop_app.live import events as ev
from desktop_app.live.capabilities import capabilities_for, known_models
from desktop_app.tools.builtin import current_time, open_web_page
from desktop_app.tools.registry import ToolRegistry
from tests.features.session import new_session, open_session, settings_for
from tests.support.events import EventLog
from tests.support.signals import chunks, silence, voiced

pytestmark = pytest.mark.asyncio

NATIVE_25 = "gemini-2.5-flash-native-audio-preview-12-2025"
TRANSLATE = "gemini-3.5-live-translate-preview"
S2ST = "gemini-2.5-flash-s2st-exp-11-2025"


async def refuse(_url: str) -> bool:
    return False


TOOLS = ToolRegistry([current_time(), open_web_page(refuse)])  # a BLOCKING and a NON_BLOCKING


def everything_on(emulator, model: str, thinking: str):
    """Every feature the user can ask for; what reaches the wire is the table's choice."""
    caps = capabilities_for(model)
    return settings_for(
        emulator,
        model=model,
        backend="vertex" if caps.backends == ("vertex",) else "gemini",
        thinking=thinking,
        thinking_budget=512,
        thinking_level=(caps.thinking_levels or ("LOW",))[0],
        include_thoughts=True,
        affective_dialog=True,
        proactive_audio=True,
        google_search=True,
        tools=TOOLS.names(),
        language="fr-FR",
        system_instruction="Be brief.",
        translation_target="fr-FR",
        media_resolution="low",
    )


async def connects(settings) -> tuple[bool, list[ev.SessionError]]:
    log = EventLog()
    session = new_session(settings, log, function_declarations=TOOLS.declarations())
    session.start()
    try:
        state = await log.wait_for(
            ev.StateChanged,
            lambda e: e.state in (ev.ConnectionState.LIVE, ev.ConnectionState.FAILED),
        )
    finally:
        await session.stop()
    return state.state is ev.ConnectionState.LIVE, log.of(ev.SessionError)


@pytest.mark.parametrize("thinking", ["default", "off", "budget", "level"])
@pytest.mark.parametrize("model", known_models())
async def test_every_model_accepts_what_the_table_sends_with_everything_on(
    emulator, model, thinking
):
    live, errors = await connects(everything_on(emulator, model, thinking))
    assert live, f"{model} refused the setup: {errors}"


@pytest.mark.parametrize(
    ("model", "lie", "refused"),
    [
        ("gemini-3.8-live", {"affective_dialog": True}, "enable_affective_dialog"),
        ("gemini-3.8-live", {"thinking": "level", "thinking_levels": ("LOW",)}, "thinking"),
        ("gemini-3.1-flash-live-preview", {"non_blocking_tools": True}, "NON_BLOCKING"),
        (NATIVE_25, {"thinking": "level", "thinking_levels": ("LOW",)}, "thinking_level"),
        (TRANSLATE, {"tools": True, "google_search": True}, "Tools"),
    ],
)
async def test_a_wrong_table_would_be_caught_by_the_emulator(
    emulator, monkeypatch, model, lie, refused
):
    """The positive test above means something: with one wrong entry, the setup is refused."""
    true_caps = capabilities_for(model)
    monkeypatch.setattr(live_config, "capabilities_for", lambda _m: replace(true_caps, **lie))
    settings = everything_on(emulator, model, "level")
    live, errors = await connects(settings)
    assert not live
    assert errors[-1].code == 1007 and refused in errors[-1].reason and errors[-1].fatal


async def test_thought_summaries_arrive_apart_from_the_speech(emulator):
    emulator.script_answer("Sunny and mild.", thought="**Forecast**\nCheck the weather.")
    log = EventLog()
    settings = settings_for(emulator, model=NATIVE_25, thinking="budget", include_thoughts=True)
    session = await open_session(settings, log)
    try:
        thinking = emulator.connections()[-1].setup["generationConfig"]["thinkingConfig"]
        assert thinking == {"thinkingBudget": 1024, "includeThoughts": True}
        session.send_text("weather?")
        done = await log.wait_for(ev.TurnComplete)
        thoughts = [e.text for e in log.of(ev.ModelText) if e.thought]
        spoken = "".join(e.text for e in log.of(ev.OutputTranscript))
        assert thoughts == ["**Forecast**\nCheck the weather."]
        assert spoken == "Sunny and mild." and "Forecast" not in spoken
        assert all(e.generation == done.generation for e in log.of(ev.ModelText))
        assert log.of(ev.Usage)[-1].thoughts_tokens
    finally:
        await session.stop()


async def test_no_thoughts_unless_asked(emulator):
    log = EventLog()
    session = await open_session(settings_for(emulator, model=NATIVE_25, thinking="budget"), log)
    try:
        session.send_text("weather?")
        await log.wait_for(ev.TurnComplete)
        assert not [e for e in log.of(ev.ModelText) if e.thought]
    finally:
        await session.stop()


async def test_google_search_sources_arrive_with_the_answer(emulator):
    sources = (
        ("BBC Weather", "https://example.org/bbc"),
        ("Met Office", "https://example.org/met"),
    )
    emulator.script_answer("Rain later today.", sources=sources)
    log = EventLog()
    session = await open_session(settings_for(emulator, google_search=True), log)
    try:
        assert {"googleSearch": {}} in emulator.connections()[-1].setup["tools"]
        session.send_text("weather in Leeds")
        done = await log.wait_for(ev.TurnComplete)
        (grounding,) = log.of(ev.Grounding)
        assert grounding.generation == done.generation
        assert [(s.title, s.uri) for s in grounding.sources] == list(sources)
        assert grounding.queries == ("weather in Leeds",)
    finally:
        await session.stop()


async def test_google_search_off_means_no_search_tool(emulator):
    log = EventLog()
    session = await open_session(settings_for(emulator), log)
    try:
        assert "tools" not in emulator.connections()[-1].setup
        session.send_text("weather in Leeds")
        await log.wait_for(ev.TurnComplete)
        assert not log.of(ev.Grounding)
    finally:
        await session.stop()


@pytest.mark.parametrize(
    ("model", "version", "sent"),
    [
        (NATIVE_25, "v1alpha", True),
        ("gemini-3.8-live", "v1beta", False),
        ("gemini-3.1-flash-live-preview", "v1beta", False),
    ],
)
async def test_affective_and_proactive_audio_only_where_accepted(emulator, model, version, sent):
    log = EventLog()
    settings = settings_for(emulator, model=model, affective_dialog=True, proactive_audio=True)
    session = await open_session(settings, log)
    try:
        info = emulator.connections()[-1]
        assert info.api_version == version
        generation = info.setup["generationConfig"]
        assert ("enableAffectiveDialog" in generation) is sent
        assert ("proactivity" in info.setup) is sent
    finally:
        await session.stop()


async def speak(session, seconds: float) -> None:
    for chunk in chunks(voiced(seconds) + silence(0.8)):
        session.send_audio(chunk)
        await asyncio.sleep(0.01)


@pytest.mark.parametrize(
    ("model", "backend"), [(TRANSLATE, "gemini"), (S2ST, "vertex")], ids=["3.5", "s2st"]
)
async def test_translation_gives_both_transcripts_and_the_translated_voice(
    emulator, model, backend
):
    emulator.script_answer("Où est la gare ?", heard="Where is the station?")
    log = EventLog()
    settings = settings_for(
        emulator, model=model, backend=backend, translation_target="fr-FR", voice="Kore"
    )
    session = await open_session(settings, log)
    try:
        generation = emulator.connections()[-1].setup["generationConfig"]
        if model == TRANSLATE:
            assert generation["translationConfig"]["targetLanguageCode"] == "fr-FR"
            assert "speechConfig" not in generation, "no voice: it keeps the speaker's"
        else:
            assert generation["speechConfig"] == {"languageCode": "fr-FR"}
        await speak(session, 1.0)
        done = await log.wait_for(ev.TurnComplete)
        source = "".join(e.text for e in log.of(ev.InputTranscript))
        target = "".join(
            e.text for e in log.of(ev.OutputTranscript) if e.generation == done.generation
        )
        audio = b"".join(e.data for e in log.of(ev.ModelAudio) if e.generation == done.generation)
        assert (source, target) == ("Where is the station?", "Où est la gare ?")
        assert len(audio) > 24000 * 2 * 0.2, "the translated voice"
    finally:
        await session.stop()


async def test_a_translation_model_without_a_target_is_never_connected(emulator):
    before = len(emulator.connections())
    live, errors = await connects(settings_for(emulator, model=TRANSLATE))
    assert not live and errors[-1].fatal and "Translate into" in errors[-1].message
    assert len(emulator.connections()) == before


async def test_a_translation_model_is_never_sent_pictures_or_typed_text(emulator):
    """It hears audio only (anything else closes with 1007): the camera may be on when the
    user switches to translation, so frames and text are dropped, the audio still goes."""
    log = EventLog()
    settings = settings_for(emulator, model=TRANSLATE, translation_target="de-DE")
    session = await open_session(settings, log)
    conn = emulator.connections()[-1].id
    try:
        session.send_frame(b"\xff\xd8 a jpeg")
        session.send_text("typed")
        await speak(session, 0.8)
        done = await log.wait_for(ev.TurnComplete)
        said = "".join(
            e.text for e in log.of(ev.OutputTranscript) if e.generation == done.generation
        )
        assert said.startswith("[de-DE] (")
        assert emulator.received("video", conn) == [] and emulator.received("text", conn) == []
        assert not log.of(ev.SessionError)
    finally:
        await session.stop()
