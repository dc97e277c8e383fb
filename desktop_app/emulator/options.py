"""What a validated setup asks of the session, read once into plain fields.

The checks here are the ones the proto parser cannot do (a model is required, one
modality only) and the model lookup; both close the connection as the service does.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from . import schema
from .models import model_name
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

    generation = setup.get("generationConfig") or {}
    modalities = generation.get("responseModalities") or ["AUDIO"]
    modalities = [_enum_name(m, schema.MODALITY) for m in modalities]
    if len(modalities) != 1 or modalities[0] not in SUPPORTED_MODALITIES:
        raise WireError(CLOSE_INVALID_PAYLOAD, INVALID_ARGUMENT)

    realtime = setup.get("realtimeInputConfig") or {}
    detection = realtime.get("automaticActivityDetection") or {}
    low_start = (
        _enum_name(detection.get("startOfSpeechSensitivity", 0), schema.START_SENSITIVITY)
        == "START_SENSITIVITY_LOW"
    )
    handling = _enum_name(realtime.get("activityHandling", 0), schema.ACTIVITY_HANDLING)
    resumption = setup.get("sessionResumption")

    return SessionOptions(
        model=name,
        modality=modalities[0],
        input_transcription=setup.get("inputAudioTranscription") is not None,
        output_transcription=setup.get("outputAudioTranscription") is not None,
        manual_activity=bool(detection.get("disabled")),
        interruptible=handling != "NO_INTERRUPTION",
        voiced_dbfs=VOICED_DBFS_LOW_SENSITIVITY if low_start else VOICED_DBFS_HIGH_SENSITIVITY,
        end_silence_ms=max(MIN_END_SILENCE_MS, int(detection.get("silenceDurationMs") or 0)),
        resumption=resumption is not None,
        resume_handle=(resumption or {}).get("handle") or None,
        system_instruction=content_text(setup.get("systemInstruction")),
    )


def content_text(content: Any) -> str:
    """The text parts of a `Content` (or of a list of them), joined by spaces."""
    if isinstance(content, list):
        return " ".join(filter(None, (content_text(item) for item in content)))
    if not isinstance(content, dict):
        return ""
    parts = content.get("parts") or []
    return " ".join(p["text"] for p in parts if isinstance(p, dict) and p.get("text"))


def _enum_name(value: str | int, enum: schema.Enum) -> str:
    """Enums arrive as names or numbers (both valid proto JSON); compare by name."""
    return enum.values[value] if isinstance(value, int) else value
