"""Settings → LiveConnectConfig: what reaches the wire depends on the model's capabilities."""

from __future__ import annotations

import pytest
from google.genai import types

from desktop_app.live.capabilities import capabilities_for, known_models, offered
from desktop_app.live.client import ConfigurationError
from desktop_app.live.config import build_setup
from desktop_app.resources import languages, load_json, voice_names
from desktop_app.settings import Settings

NATIVE_25 = "gemini-2.5-flash-native-audio-preview-12-2025"


def dump(setup) -> dict:
    return setup.config.model_dump(exclude_none=True, mode="json")


def test_always_on_fields():
    cfg = dump(build_setup(Settings(model="gemini-3.8-live", voice="Kore")))
    assert cfg["response_modalities"] == ["AUDIO"]
    assert cfg["input_audio_transcription"] == {}
    assert cfg["output_audio_transcription"] == {}
    assert "sliding_window" in cfg["context_window_compression"]
    assert cfg["session_resumption"] == {}
    assert cfg["speech_config"]["voice_config"]["prebuilt_voice_config"]["voice_name"] == "Kore"


def test_resumption_handle_is_carried():
    setup = build_setup(Settings(), resumption_handle="h-42")
    assert setup.config.session_resumption.handle == "h-42"


def test_output_transcription_can_be_turned_off():
    assert "output_audio_transcription" not in dump(
        build_setup(Settings(output_transcription=False))
    )


def test_affective_and_proactive_need_v1alpha_on_25():
    setup = build_setup(Settings(model=NATIVE_25, affective_dialog=True, proactive_audio=True))
    cfg = dump(setup)
    assert setup.api_version == "v1alpha"
    assert cfg["enable_affective_dialog"] is True
    assert cfg["proactivity"] == {"proactive_audio": True}


def test_38_never_gets_affective_proactive_or_thinking_level():
    s = Settings(
        model="gemini-3.8-live",
        affective_dialog=True,
        proactive_audio=True,
        thinking="level",
        thinking_level="HIGH",
    )
    setup = build_setup(s)
    cfg = dump(setup)
    assert setup.api_version == "v1beta"
    for key in ("enable_affective_dialog", "proactivity", "thinking_config"):
        assert key not in cfg


def test_thinking_budget_vs_level():
    budget = dump(build_setup(Settings(model=NATIVE_25, thinking="budget", thinking_budget=512)))
    assert budget["thinking_config"] == {"thinking_budget": 512}
    off = dump(build_setup(Settings(model=NATIVE_25, thinking="off")))
    assert off["thinking_config"] == {"thinking_budget": 0}
    level = dump(
        build_setup(
            Settings(
                model="gemini-3.1-flash-live-preview",
                thinking="level",
                thinking_level="medium",
                include_thoughts=True,
            )
        )
    )
    assert level["thinking_config"] == {"thinking_level": "MEDIUM", "include_thoughts": True}


def test_language_pins_through_the_system_instruction():
    cfg = dump(build_setup(Settings(language="fr-FR", system_instruction="Be brief.")))
    text = cfg["system_instruction"]
    assert "Be brief." in text and "fr-FR" in text and "French" in text
    # native-audio models ignore speechConfig.languageCode; it is not sent to them
    assert "language_code" not in cfg["speech_config"]


def test_vad_and_push_to_talk():
    cfg = dump(
        build_setup(Settings(push_to_talk=True, start_sensitivity="low", silence_duration_ms=800))
    )
    aad = cfg["realtime_input_config"]["automatic_activity_detection"]
    assert aad == {
        "disabled": True,
        "start_of_speech_sensitivity": "START_SENSITIVITY_LOW",
        "silence_duration_ms": 800,
    }
    assert "realtime_input_config" not in dump(build_setup(Settings(turn_coverage="")))


def test_tools_gated_by_model():
    decl = types.FunctionDeclaration(name="now", description="Current time")
    enabled = Settings(google_search=True, tools=["now"])
    cfg = dump(build_setup(enabled, function_declarations=[decl]))
    assert cfg["tools"] == [
        {"function_declarations": [{"name": "now", "description": "Current time"}]},
        {"google_search": {}},
    ]
    translate = dump(
        build_setup(
            Settings(
                model="gemini-3.5-live-translate-preview",
                google_search=True,
                system_instruction="x",
                translation_target="es",
                tools=["now"],
            ),
            function_declarations=[decl],
        )
    )
    assert "tools" not in translate and "system_instruction" not in translate
    assert translate["translation_config"] == {
        "target_language_code": "es",
        "echo_target_language": False,
    }


def test_only_enabled_functions_are_declared_and_behavior_only_where_the_model_takes_it():
    offered = [
        types.FunctionDeclaration(name="now", behavior=types.Behavior.BLOCKING),
        types.FunctionDeclaration(name="open", behavior=types.Behavior.NON_BLOCKING),
        types.FunctionDeclaration(name="copy", behavior=types.Behavior.BLOCKING),
    ]
    chosen = Settings(model="gemini-3.8-live", tools=["open", "now"])
    (tool,) = dump(build_setup(chosen, function_declarations=offered))["tools"]
    assert tool["function_declarations"] == [
        {"name": "now", "behavior": "BLOCKING"},
        {"name": "open", "behavior": "NON_BLOCKING"},
    ]
    sync_only = chosen.replace(model="gemini-3.1-flash-live-preview")
    (tool,) = dump(build_setup(sync_only, function_declarations=offered))["tools"]
    assert tool["function_declarations"] == [{"name": "now"}, {"name": "open"}]
    assert "tools" not in dump(build_setup(Settings(), function_declarations=offered))


def test_a_model_that_takes_asynchronous_calls_only_gets_every_function_non_blocking():
    offered = [
        types.FunctionDeclaration(name="now", behavior=types.Behavior.BLOCKING),
        types.FunctionDeclaration(name="open", behavior=types.Behavior.NON_BLOCKING),
    ]
    chosen = Settings(model="gemini-3.8-live-extended-thinking", tools=["open", "now"])
    assert not capabilities_for(chosen.model).blocking_tools
    (tool,) = dump(build_setup(chosen, function_declarations=offered))["tools"]
    assert tool["function_declarations"] == [
        {"name": "now", "behavior": "NON_BLOCKING"},
        {"name": "open", "behavior": "NON_BLOCKING"},
    ]


def test_a_translation_model_without_a_target_is_not_connected():
    with pytest.raises(ConfigurationError, match="Translate into"):
        build_setup(Settings(model="gemini-3.5-live-translate-preview"))


def test_s2st_uses_speech_language_code():
    cfg = dump(
        build_setup(Settings(model="gemini-2.5-flash-s2st-exp-11-2025", translation_target="cmn"))
    )
    assert cfg["speech_config"] == {"language_code": "cmn"}


def test_unknown_model_gets_the_safe_subset():
    caps = capabilities_for("gemini-9-live-future")
    assert not caps.known and not caps.tools and caps.thinking == "none"
    cfg = dump(
        build_setup(
            Settings(
                model="gemini-9-live-future",
                google_search=True,
                affective_dialog=True,
                thinking="budget",
            )
        )
    )
    assert {"tools", "enable_affective_dialog", "thinking_config"}.isdisjoint(cfg)


def test_capabilities_accept_prefixed_names():
    assert capabilities_for("models/gemini-3.8-live").known
    assert capabilities_for("publishers/google/models/gemini-live-2.5-flash-native-audio").known


def test_data_tables():
    assert len(voice_names()) == 30 and len(set(voice_names())) == 30
    assert len(languages()) == 24
    assert "gemini-3.8-live" in known_models()


def test_every_model_in_the_table_says_where_its_facts_come_from():
    for model in load_json("models.json")["models"]:
        sources = capabilities_for(model).sources
        assert sources and all(s.startswith("https://") for s in sources), model


def test_text_only_transcription_models_are_known_but_not_offered():
    caps = capabilities_for("gemini-3.5-transcribe-live")
    assert caps.known and caps.kind == "transcription" and not caps.picker
    assert "gemini-3.5-transcribe-live" not in known_models()
    assert not offered("gemini-3.5-transcribe-live")
    assert offered("gemini-3.8-live") and offered("a-model-the-table-does-not-know")


@pytest.mark.parametrize("model", known_models())
def test_every_known_model_builds(model):
    setup = build_setup(Settings(model=model, translation_target="es"))
    assert setup.api_version in {"v1beta", "v1alpha"}
