"""Checking a `setup` message the way Google's proto3 JSON parser does.

The real service rejects a setup with an unknown field name, a value of the wrong JSON
type or an enum value that does not exist, closing with 1007 and a reason that names
the field. The emulator does the same, so a client bug such as a misplaced
`responseModalities` fails in tests as it would in production. Messages whose field
list the SDK knows in full are strict; the others (tools, transcription and avatar
options, content parts) only have their known fields checked, so a newer SDK field there
is not refused by mistake.

Field names are lowerCamel here because `wire.normalise` has already run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .wire import CLOSE_INVALID_PAYLOAD, INVALID_JSON, WireError, decode_bytes, snake


@dataclass(frozen=True)
class Scalar:
    """A proto scalar: `proto_type` is how the parser's error message names it."""

    proto_type: str


@dataclass(frozen=True)
class ProtoEnum:
    """A proto enum: its JSON form is a value name, or the value's number."""

    name: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class ProtoMessage:
    """A proto message; with `open`, fields not listed here are let through unchecked."""

    fields: Mapping[str, Spec] = field(default_factory=dict)
    open: bool = False


@dataclass(frozen=True)
class Repeated:
    """A repeated field: a JSON list of `item`."""

    item: Spec


@dataclass(frozen=True)
class Value:
    """A `google.protobuf.Value`: any JSON at all (schemas, function arguments)."""


Spec = Scalar | ProtoEnum | ProtoMessage | Repeated | Value

STRING = Scalar("TYPE_STRING")
BOOL = Scalar("TYPE_BOOL")
INT = Scalar("TYPE_INT32")
FLOAT = Scalar("TYPE_FLOAT")
BYTES = Scalar("TYPE_BYTES")
ANY_MESSAGE = ProtoMessage(open=True)

MODALITY = ProtoEnum("Modality", ("MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO", "VIDEO"))
MEDIA_RESOLUTION = ProtoEnum(
    "MediaResolution",
    (
        "MEDIA_RESOLUTION_UNSPECIFIED",
        "MEDIA_RESOLUTION_LOW",
        "MEDIA_RESOLUTION_MEDIUM",
        "MEDIA_RESOLUTION_HIGH",
    ),
)
START_SENSITIVITY = ProtoEnum(
    "StartSensitivity",
    ("START_SENSITIVITY_UNSPECIFIED", "START_SENSITIVITY_HIGH", "START_SENSITIVITY_LOW"),
)
END_SENSITIVITY = ProtoEnum(
    "EndSensitivity",
    ("END_SENSITIVITY_UNSPECIFIED", "END_SENSITIVITY_HIGH", "END_SENSITIVITY_LOW"),
)
ACTIVITY_HANDLING = ProtoEnum(
    "ActivityHandling",
    ("ACTIVITY_HANDLING_UNSPECIFIED", "START_OF_ACTIVITY_INTERRUPTS", "NO_INTERRUPTION"),
)
TURN_COVERAGE = ProtoEnum(
    "TurnCoverage",
    (
        "TURN_COVERAGE_UNSPECIFIED",
        "TURN_INCLUDES_ONLY_ACTIVITY",
        "TURN_INCLUDES_ALL_INPUT",
        "TURN_INCLUDES_AUDIO_ACTIVITY_AND_ALL_VIDEO",
    ),
)
THINKING_LEVEL = ProtoEnum(
    "ThinkingLevel", ("THINKING_LEVEL_UNSPECIFIED", "MINIMAL", "LOW", "MEDIUM", "HIGH", "XHIGH")
)
BEHAVIOR = ProtoEnum("Behavior", ("UNSPECIFIED", "BLOCKING", "NON_BLOCKING"))
SCHEDULING = ProtoEnum(
    "FunctionResponseScheduling", ("SCHEDULING_UNSPECIFIED", "SILENT", "WHEN_IDLE", "INTERRUPT")
)

BLOB = ProtoMessage({"mimeType": STRING, "data": BYTES, "displayName": STRING}, open=True)
PART = ProtoMessage({"text": STRING, "thought": BOOL, "inlineData": BLOB}, open=True)
CONTENT = ProtoMessage({"role": STRING, "parts": Repeated(PART)})
FUNCTION_DECLARATION = ProtoMessage(
    {"name": STRING, "description": STRING, "behavior": BEHAVIOR, "parameters": ANY_MESSAGE},
    open=True,
)
TOOL = ProtoMessage({"functionDeclarations": Repeated(FUNCTION_DECLARATION)}, open=True)

SPEECH_CONFIG = ProtoMessage(
    {
        "voiceConfig": ProtoMessage(
            {"prebuiltVoiceConfig": ProtoMessage({"voiceName": STRING}, open=True)}, open=True
        ),
        "languageCode": STRING,
    },
    open=True,
)

GENERATION_CONFIG = ProtoMessage(
    {
        "responseModalities": Repeated(MODALITY),
        "temperature": FLOAT,
        "topP": FLOAT,
        "topK": FLOAT,
        "maxOutputTokens": INT,
        "candidateCount": INT,
        "seed": INT,
        "presencePenalty": FLOAT,
        "frequencyPenalty": FLOAT,
        "stopSequences": Repeated(STRING),
        "responseLogprobs": BOOL,
        "logprobs": INT,
        "responseMimeType": STRING,
        "responseSchema": ANY_MESSAGE,
        "responseJsonSchema": Value(),
        "responseFormat": Value(),
        "mediaResolution": MEDIA_RESOLUTION,
        "speechConfig": SPEECH_CONFIG,
        "thinkingConfig": ProtoMessage(
            {"includeThoughts": BOOL, "thinkingBudget": INT, "thinkingLevel": THINKING_LEVEL},
            open=True,
        ),
        "enableAffectiveDialog": BOOL,
        "enableEnhancedCivicAnswers": BOOL,
        "audioTimestamp": BOOL,
        "translationConfig": ProtoMessage(
            {"targetLanguageCode": STRING, "echoTargetLanguage": BOOL}, open=True
        ),
        "audioTranscriptionConfig": ANY_MESSAGE,
        "modelSelectionConfig": ANY_MESSAGE,
        "routingConfig": ANY_MESSAGE,
    }
)

REALTIME_INPUT_CONFIG = ProtoMessage(
    {
        "automaticActivityDetection": ProtoMessage(
            {
                "disabled": BOOL,
                "startOfSpeechSensitivity": START_SENSITIVITY,
                "endOfSpeechSensitivity": END_SENSITIVITY,
                "prefixPaddingMs": INT,
                "silenceDurationMs": INT,
            }
        ),
        "activityHandling": ACTIVITY_HANDLING,
        "turnCoverage": TURN_COVERAGE,
        "interimTranscriptTimestampEnabled": BOOL,
    }
)

SETUP = ProtoMessage(
    {
        "model": STRING,
        "generationConfig": GENERATION_CONFIG,
        "systemInstruction": CONTENT,
        "tools": Repeated(TOOL),
        "sessionResumption": ProtoMessage({"handle": STRING, "transparent": BOOL}),
        "inputAudioTranscription": ANY_MESSAGE,
        "outputAudioTranscription": ANY_MESSAGE,
        "realtimeInputConfig": REALTIME_INPUT_CONFIG,
        "contextWindowCompression": ProtoMessage(
            {"triggerTokens": INT, "slidingWindow": ProtoMessage({"targetTokens": INT})}
        ),
        "proactivity": ProtoMessage({"proactiveAudio": BOOL, "proactiveVideo": BOOL}, open=True),
        "historyConfig": ProtoMessage({"initialHistoryInClientContent": BOOL}, open=True),
        "avatarConfig": ANY_MESSAGE,
        "safetySettings": Repeated(ANY_MESSAGE),
        "explicitVadSignal": BOOL,
        "labels": Value(),
    }
)

# Messages after setup. Realtime input is strict: a misspelt field there would
# otherwise be dropped silently, and the model would never hear the audio.
REALTIME_INPUT = ProtoMessage(
    {
        "mediaChunks": Repeated(BLOB),
        "audio": BLOB,
        "video": BLOB,
        "text": STRING,
        "activityStart": ANY_MESSAGE,
        "activityEnd": ANY_MESSAGE,
        "audioStreamEnd": BOOL,
    }
)
CLIENT_CONTENT = ProtoMessage({"turns": Repeated(CONTENT), "turnComplete": BOOL})
FUNCTION_RESPONSE = ProtoMessage(
    {
        "id": STRING,
        "name": STRING,
        "response": Value(),
        "willContinue": BOOL,
        "scheduling": SCHEDULING,
    },
    open=True,
)
TOOL_RESPONSE = ProtoMessage({"functionResponses": Repeated(FUNCTION_RESPONSE)})
CONTEXT_UPDATE = ProtoMessage({"systemInstruction": CONTENT, "tools": Repeated(TOOL)}, open=True)

_INTEGER_STRING = re.compile(r"-?\d+")


def check(value: Any, spec: Spec, path: str) -> None:
    """Raise `WireError(1007)` unless `value` parses as `spec`; `path` names it in errors."""
    if value is None or isinstance(spec, Value):
        return  # JSON null means "not set" for any proto field
    if isinstance(spec, ProtoMessage):
        _check_message(value, spec, path)
    elif isinstance(spec, Repeated):
        if not isinstance(value, list):
            raise _invalid(path, "list", value)
        for index, item in enumerate(value):
            check(item, spec.item, f"{path}[{index}]")
    elif isinstance(spec, ProtoEnum):
        if not _is_enum(value, spec):
            raise _invalid(path, f"type.googleapis.com/{spec.name}", value)
    elif not _is_scalar(value, spec, path):
        raise _invalid(path, spec.proto_type, value)


def _check_message(value: Any, spec: ProtoMessage, path: str) -> None:
    if not isinstance(value, dict):
        raise _invalid(path, "message", value)
    for name, item in value.items():
        field_spec = spec.fields.get(name)
        if field_spec is None:
            if spec.open:
                continue
            raise WireError(
                CLOSE_INVALID_PAYLOAD,
                f"{INVALID_JSON} Unknown name \"{snake(name)}\" at '{path}': Cannot find field.",
            )
        check(item, field_spec, f"{path}.{snake(name)}")


def _is_enum(value: Any, spec: ProtoEnum) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return 0 <= value < len(spec.values)
    return value in spec.values


def _is_scalar(value: Any, spec: Scalar, path: str) -> bool:
    if spec is STRING:
        return isinstance(value, str)
    if spec is BOOL:
        return isinstance(value, bool)
    if spec is BYTES:
        decode_bytes(value, path)
        return True
    if isinstance(value, bool):
        return False
    if spec is INT:
        if isinstance(value, str):
            return _INTEGER_STRING.fullmatch(value) is not None
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if isinstance(value, str):  # FLOAT: numbers may be quoted, NaN and infinities are
        try:
            float(value)
        except ValueError:
            return False
        return True
    return isinstance(value, int | float)


def _invalid(path: str, type_name: str, value: Any) -> WireError:
    shown = json.dumps(value) if not isinstance(value, dict | list) else type(value).__name__
    return WireError(
        CLOSE_INVALID_PAYLOAD, f"{INVALID_JSON} Invalid value at '{path}' ({type_name}), {shown}"
    )
