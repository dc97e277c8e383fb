"""What a validated setup asks of the session, read once into plain fields.

The checks here are the ones the proto parser cannot do (a model is required, one
modality only), the model lookup and what that model refuses (`rules`); all close the
connection as the service does.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from . import rules, schema
from .models import PROFILES, ModelProfile, model_name
from .rules import enum_name
from .video import ONLY_ACTIVITY
from .wire import CLOSE_INVALID_PAYLOAD, CLOSE_POLICY, INVALID_ARGUMENT, WireError

SUPPORTED_MODALITIES = ("AUDIO", "TEXT")

# Energy thresholds (dBFS of a 20 ms frame) for "voiced": the default start-of-speech
# sensitivity is HIGH, i.e. quiet speech counts; LOW needs a louder voice.
VOICED_DBFS_HIGH_SENSITIVITY = -40.0
VOICED_DBFS_LOW_SENSITIVITY = -30.0
MIN_END_SILENCE_MS = 500


@dataclass(frozen=True)
class SessionOptions:
    """The parts of a setup that change what the emulator does."""

    model: str
    vertex: bool  # the backend: Vertex AI, or the Gemini API
    modality: str
    input_transcription: bool
    output_transcription: bool
    manual_activity: bool
    interruptible: bool
    voiced_dbfs: float
    end_silence_ms: int
    resumption: bool
    resume_handle: str | None
    system_instruction: str
    functions: dict[str, bool]  # declared function name → NON_BLOCKING
    google_search: bool
    thoughts: bool  # thought summaries requested (and thinking not turned off)
    translation_target: str | None  # a translation model's target language
    background_reasoning: bool  # answers in several turns, with `interactionStatus`
    turn_coverage: str  # which input a user turn takes (video.py)
    media_resolution: str  # the tokens of each frame (video.py)
    stream_end_ends_turn: bool = True  # False: `audioStreamEnd` is ignored (models.py)

    @property
    def translates(self) -> bool:
        return self.translation_target is not None


def read_setup(
    setup: Any, *, api_version: str, vertex: bool, models: Collection[str]
) -> SessionOptions:
    """Check a normalised `setup` body and return its options, or raise `WireError`."""
    schema.check(setup, schema.SETUP, "setup")
    resource = setup.get("model")
    if not resource:
        raise WireError(CLOSE_INVALID_PAYLOAD, INVALID_ARGUMENT)
    name = model_name(resource, vertex=vertex)
    if name is None or name not in models:
        raise WireError(
            CLOSE_POLICY,
            f"{resource} is not found for API version {api_version}, or is not supported "
            "for bidiGenerateContent. Call ListModels to see the list of available models "
            "and their supported methods.",
        )
    profile = PROFILES.get(name)
    if profile is not None:
        rules.check(setup, profile, api_version=api_version, vertex=vertex)

    generation = setup.get("generationConfig") or {}
    modalities = generation.get("responseModalities") or ["AUDIO"]
    modalities = [enum_name(m, schema.MODALITY) for m in modalities]
    if len(modalities) != 1 or modalities[0] not in SUPPORTED_MODALITIES:
        raise WireError(CLOSE_INVALID_PAYLOAD, INVALID_ARGUMENT)

    realtime = setup.get("realtimeInputConfig") or {}
    detection = realtime.get("automaticActivityDetection") or {}
    low_start = (
        enum_name(detection.get("startOfSpeechSensitivity", 0), schema.START_SENSITIVITY)
        == "START_SENSITIVITY_LOW"
    )
    handling = enum_name(realtime.get("activityHandling", 0), schema.ACTIVITY_HANDLING)
    resumption = setup.get("sessionResumption")
    thinking = generation.get("thinkingConfig") or {}
    translation_target = _translation_target(generation, profile)
    coverage = realtime.get("turnCoverage")
    if coverage is None or enum_name(coverage, schema.TURN_COVERAGE) == "TURN_COVERAGE_UNSPECIFIED":
        coverage = profile.default_turn_coverage if profile is not None else ONLY_ACTIVITY
    resolution = generation.get("mediaResolution", "MEDIA_RESOLUTION_UNSPECIFIED")

    return SessionOptions(
        model=name,
        vertex=vertex,
        modality=modalities[0],
        input_transcription=setup.get("inputAudioTranscription") is not None,
        output_transcription=setup.get("outputAudioTranscription") is not None,
        manual_activity=bool(detection.get("disabled")),
        interruptible=handling != "NO_INTERRUPTION" and translation_target is None,
        voiced_dbfs=VOICED_DBFS_LOW_SENSITIVITY if low_start else VOICED_DBFS_HIGH_SENSITIVITY,
        end_silence_ms=max(MIN_END_SILENCE_MS, int(detection.get("silenceDurationMs") or 0)),
        resumption=resumption is not None,
        resume_handle=(resumption or {}).get("handle") or None,
        system_instruction=content_text(setup.get("systemInstruction")),
        functions=_functions(setup.get("tools") or [], profile),
        google_search=any("googleSearch" in tool for tool in setup.get("tools") or []),
        thoughts=bool(thinking.get("includeThoughts"))
        and thinking.get("thinkingBudget") not in (0, "0"),
        translation_target=translation_target,
        background_reasoning=profile is not None and profile.background_reasoning,
        turn_coverage=enum_name(coverage, schema.TURN_COVERAGE),
        media_resolution=enum_name(resolution, schema.MEDIA_RESOLUTION),
        stream_end_ends_turn=profile is None or profile.ends_turn_on_stream_end,
    )


def _functions(tools: list[dict[str, Any]], profile: ModelProfile | None) -> dict[str, bool]:
    """Declared functions and whether each is NON_BLOCKING (explicitly, or by the model's
    default: 3.8 makes every function non-blocking unless it says BLOCKING)."""
    default = profile.default_behavior if profile is not None else "BLOCKING"
    declared: dict[str, bool] = {}
    for tool in tools:
        for declaration in tool.get("functionDeclarations") or []:
            behavior = declaration.get("behavior")
            name = enum_name(behavior, schema.BEHAVIOR) if behavior is not None else default
            if declaration.get("name"):
                declared[declaration["name"]] = name == "NON_BLOCKING"
    return declared


def _translation_target(generation: dict[str, Any], profile: ModelProfile | None) -> str | None:
    if profile is None or not profile.translates:
        return None
    if profile.translation == "translation_config":
        return str(generation["translationConfig"]["targetLanguageCode"])
    return str(generation["speechConfig"]["languageCode"])


def content_text(content: Any) -> str:
    """The text parts of a `Content` (or of a list of them), joined by spaces."""
    if isinstance(content, list):
        return " ".join(filter(None, (content_text(item) for item in content)))
    if not isinstance(content, dict):
        return ""
    parts = content.get("parts") or []
    return " ".join(p["text"] for p in parts if isinstance(p, dict) and p.get("text"))
