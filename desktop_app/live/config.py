"""Settings → `types.LiveConnectConfig`, shaped by what the chosen model accepts.

The Live API fixes everything here at connect time and answers a field the model does not
take with a 1007 close, so every optional field is gated by the capability table. Always on:
AUDIO responses, input transcription, context-window compression (sessions would otherwise end
after ~15 min of audio or ~2 min with video) and session resumption (connections end every
~10 min).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from google.genai import types

from desktop_app.languages import language_name
from desktop_app.live.capabilities import ModelCapabilities, capabilities_for
from desktop_app.live.client import ConfigurationError
from desktop_app.resources import languages
from desktop_app.settings import FOLLOW_INTERFACE, Settings, interface_language

_SENSITIVITY_START = {
    "high": types.StartSensitivity.START_SENSITIVITY_HIGH,
    "low": types.StartSensitivity.START_SENSITIVITY_LOW,
}
_SENSITIVITY_END = {
    "high": types.EndSensitivity.END_SENSITIVITY_HIGH,
    "low": types.EndSensitivity.END_SENSITIVITY_LOW,
}
_TURN_COVERAGE = {
    "activity": types.TurnCoverage.TURN_INCLUDES_ONLY_ACTIVITY,
    "all_input": types.TurnCoverage.TURN_INCLUDES_ALL_INPUT,
    "activity_and_all_video": types.TurnCoverage.TURN_INCLUDES_AUDIO_ACTIVITY_AND_ALL_VIDEO,
}
_MEDIA_RESOLUTION = {
    "low": types.MediaResolution.MEDIA_RESOLUTION_LOW,
    "medium": types.MediaResolution.MEDIA_RESOLUTION_MEDIUM,
    "high": types.MediaResolution.MEDIA_RESOLUTION_HIGH,
}


@dataclass(frozen=True, slots=True)
class DeclaredFunction:
    """A function the model was told about on a connection, in plain terms for the tools."""

    name: str
    non_blocking: bool  # declared NON_BLOCKING: the model goes on talking while it runs


@dataclass(frozen=True)
class LiveSetup:
    """Everything `client.aio.live.connect` needs, derived once per connection."""

    model: str
    config: types.LiveConnectConfig
    api_version: str
    capabilities: ModelCapabilities

    @property
    def manual_activity(self) -> bool:
        """Whether automatic activity detection is off: the client marks speech itself."""
        realtime = self.config.realtime_input_config
        detection = realtime.automatic_activity_detection if realtime else None
        return bool(detection and detection.disabled)

    @property
    def functions(self) -> dict[str, DeclaredFunction]:
        """The functions this setup declares, by name."""
        declared: dict[str, DeclaredFunction] = {}
        for tool in self.config.tools or []:
            if isinstance(tool, types.Tool):
                for function in tool.function_declarations or []:
                    if function.name:
                        non_blocking = function.behavior == types.Behavior.NON_BLOCKING
                        declared[function.name] = DeclaredFunction(function.name, non_blocking)
        return declared


def needs_v1alpha(settings: Settings, caps: ModelCapabilities) -> bool:
    return (
        (settings.affective_dialog and caps.affective_dialog)
        or (settings.proactive_audio and caps.proactive_audio == "optional")
        or bool(settings.ephemeral_token_url)
    )


VERTEX_API_VERSION = "v1beta1"  # Vertex AI serves Live (and its preview fields) on v1beta1


def api_version_for(settings: Settings, caps: ModelCapabilities) -> str:
    if settings.api_version:
        return settings.api_version
    if settings.backend == "vertex":
        return VERTEX_API_VERSION
    return "v1alpha" if needs_v1alpha(settings, caps) else caps.api_version


def spoken_language(settings: Settings) -> str:
    """The language the model is asked to speak (BCP-47), or "" to let it choose.

    By default (`FOLLOW_INTERFACE`) that is the interface's language, when the Live API
    speaks it: the first code of resources/languages.json (the languages Google lists for
    Live speech, https://ai.google.dev/gemini-api/docs/live-guide) with that language (the
    French interface → fr-FR). An English interface, which is also what users of a language
    LiveDesk is not translated into see, leaves the choice to the model, as before."""
    if settings.language != FOLLOW_INTERFACE:
        return settings.language
    ui = interface_language()
    if not ui or ui == "en":
        return ""
    for lang in languages():
        if lang["code"].split("-")[0] == ui:
            return str(lang["code"])
    return ""


def build_setup(
    settings: Settings,
    *,
    resumption_handle: str | None = None,
    function_declarations: Sequence[types.FunctionDeclaration] = (),
) -> LiveSetup:
    """The setup for `settings`. A setting the SDK's types refuse is our own configuration's
    fault, so it is a `ConfigurationError` (fatal, shown to the user) and never something a
    reconnection could fix."""
    try:
        return _build_setup(settings, resumption_handle, function_declarations)
    except ConfigurationError:
        raise
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        what = " ".join(str(exc).split()[:12]) or type(exc).__name__
        raise ConfigurationError(f"A setting cannot be used ({what:.200}).") from exc


def _build_setup(
    settings: Settings,
    resumption_handle: str | None,
    function_declarations: Sequence[types.FunctionDeclaration],
) -> LiveSetup:
    caps = capabilities_for(settings.model)
    if caps.is_translation and not settings.translation_target:
        # The model would close with 1007; say what to change instead.
        raise ConfigurationError(
            f"{caps.label} translates: choose the language to translate into "
            "(Settings → Model and voice → Translate into)."
        )
    config = types.LiveConnectConfig(
        response_modalities=[types.Modality.AUDIO],
        input_audio_transcription=types.AudioTranscriptionConfig(),
        context_window_compression=types.ContextWindowCompressionConfig(
            sliding_window=types.SlidingWindow(),
        ),
        session_resumption=types.SessionResumptionConfig(handle=resumption_handle or None),
    )
    if settings.output_transcription or caps.is_translation:
        config.output_audio_transcription = types.AudioTranscriptionConfig()
    config.speech_config = _speech_config(settings, caps)
    if caps.system_instruction:
        instruction = _system_instruction(settings)
        if instruction:
            config.system_instruction = instruction
    if caps.translation == "translation_config" and settings.translation_target:
        config.translation_config = types.TranslationConfig(
            target_language_code=settings.translation_target, echo_target_language=False
        )
    if not caps.is_translation:
        config.realtime_input_config = _realtime_input_config(settings, caps)
    resolution = media_resolution(settings)
    if resolution in _MEDIA_RESOLUTION and caps.media_resolution and caps.video_input:
        config.media_resolution = _MEDIA_RESOLUTION[resolution]
    if settings.temperature is not None:
        config.temperature = settings.temperature
    thinking = _thinking_config(settings, caps)
    if thinking is not None:
        config.thinking_config = thinking
    if settings.affective_dialog and caps.affective_dialog:
        config.enable_affective_dialog = True
    if settings.proactive_audio and caps.proactive_audio == "optional":
        config.proactivity = types.ProactivityConfig(proactive_audio=True)
    tools = _tools(settings, caps, function_declarations)
    if tools:
        config.tools = tools
    return LiveSetup(settings.model, config, api_version_for(settings, caps), caps)


def _speech_config(settings: Settings, caps: ModelCapabilities) -> types.SpeechConfig | None:
    if caps.translation == "speech_language_code":
        return types.SpeechConfig(language_code=settings.translation_target or None)
    if caps.is_translation:
        return None
    speech = types.SpeechConfig(
        voice_config=types.VoiceConfig(
            prebuilt_voice_config=types.PrebuiltVoiceConfig(voice_name=settings.voice)
        )
    )
    language = spoken_language(settings)
    if language and caps.speech_language_code:
        speech.language_code = language
    return speech


def _system_instruction(settings: Settings) -> str:
    """Native-audio models choose the language themselves; pinning it takes an instruction."""
    parts = [settings.system_instruction.strip()] if settings.system_instruction.strip() else []
    language = spoken_language(settings)
    if language:
        name = language_name(language)
        parts.append(f"Always speak and respond in {name} ({language}).")
    return "\n\n".join(parts)


def media_resolution(settings: Settings) -> str:
    """The resolution `settings` ask for ("" for the model's default). "auto" is low for the
    camera (64 tokens a frame instead of 256: a face, a desk, an object read fine) and medium
    for a shared screen, whose small text low cannot read (docs/performance.md). It is fixed
    at connect time: switching between camera and screen mid-session keeps the connection's."""
    if settings.media_resolution != "auto":
        return settings.media_resolution
    return "medium" if settings.video_source == "screen" else "low"


def _realtime_input_config(
    settings: Settings, caps: ModelCapabilities
) -> types.RealtimeInputConfig | None:
    """Only what the user changed, and the turn coverage where the model takes the value
    asked for: server defaults are tuned per model."""
    detection = types.AutomaticActivityDetection(disabled=settings.push_to_talk or None)
    if settings.start_sensitivity in _SENSITIVITY_START:
        detection.start_of_speech_sensitivity = _SENSITIVITY_START[settings.start_sensitivity]
    if settings.end_sensitivity in _SENSITIVITY_END:
        detection.end_of_speech_sensitivity = _SENSITIVITY_END[settings.end_sensitivity]
    if settings.silence_duration_ms > 0:
        detection.silence_duration_ms = settings.silence_duration_ms
    if settings.prefix_padding_ms > 0:
        detection.prefix_padding_ms = settings.prefix_padding_ms
    coverage = _TURN_COVERAGE.get(settings.turn_coverage)
    if coverage is not None and coverage.value not in caps.turn_coverage:
        coverage = None
    if not detection.model_dump(exclude_none=True):
        if coverage is None:
            return None
        detection = None
    return types.RealtimeInputConfig(automatic_activity_detection=detection,
                                     turn_coverage=coverage)


def _thinking_config(settings: Settings, caps: ModelCapabilities) -> types.ThinkingConfig | None:
    include = settings.include_thoughts and caps.include_thoughts
    if caps.thinking == "budget":
        if settings.thinking == "off":
            return types.ThinkingConfig(thinking_budget=0)
        if settings.thinking == "budget":
            return types.ThinkingConfig(
                thinking_budget=max(0, settings.thinking_budget), include_thoughts=include or None
            )
    elif caps.thinking == "level":
        level = settings.thinking_level.upper()
        if settings.thinking == "off" and "MINIMAL" in caps.thinking_levels:
            level = "MINIMAL"
        elif settings.thinking != "level" or level not in caps.thinking_levels:
            level = ""
        if level:
            return types.ThinkingConfig(
                thinking_level=types.ThinkingLevel(level), include_thoughts=include or None
            )
    if include:
        return types.ThinkingConfig(include_thoughts=True)
    return None


def _tools(
    settings: Settings,
    caps: ModelCapabilities,
    function_declarations: Sequence[types.FunctionDeclaration],
) -> list[types.Tool]:
    """The functions the user enabled (`settings.tools` names them; the session is given
    every function the app offers) and Google Search, where the model takes tools.

    A declaration's `behavior` (BLOCKING / NON_BLOCKING) is sent only to models that take
    non-blocking functions; the others refuse the field's NON_BLOCKING value, and call every
    function blocking anyway. A model that takes asynchronous calls only (the table's
    `blocking_tools: false`) gets every function as NON_BLOCKING.
    """
    tools: list[types.Tool] = []
    enabled = [d for d in function_declarations if d.name in settings.tools]
    if enabled and caps.tools:
        if not caps.non_blocking_tools:
            enabled = [d.model_copy(update={"behavior": None}) for d in enabled]
        elif not caps.blocking_tools:  # asynchronous calls only: BLOCKING is refused (1007)
            non_blocking = {"behavior": types.Behavior.NON_BLOCKING}
            enabled = [d.model_copy(update=non_blocking) for d in enabled]
        tools.append(types.Tool(function_declarations=enabled))
    if settings.google_search and caps.google_search:
        tools.append(types.Tool(google_search=types.GoogleSearch()))
    return tools
