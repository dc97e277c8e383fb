"""Reading client frames and writing server frames, as Google's front end does.

Google parses client JSON with the proto3 JSON parser, which accepts lowerCamel and
snake_case field names and both base64 alphabets, padded or not; the SDK relies on that
(it sends mixed casing and URL-safe base64). The emulator
normalises every field name to lowerCamel once, here, so the rest of it reads one
spelling. Server frames go out as camelCase JSON in binary frames, as Google sends them.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any

# Close codes the service uses (RFC 6455 numbers).
CLOSE_NORMAL = 1000
CLOSE_INVALID_PAYLOAD = 1007
CLOSE_POLICY = 1008
CLOSE_INTERNAL = 1011

INVALID_ARGUMENT = "Request contains an invalid argument."
INVALID_JSON = "Invalid JSON payload received."

# RFC 6455 §5.5: a control frame carries at most 125 bytes, 2 of them the close code.
MAX_CLOSE_REASON_BYTES = 123

CLIENT_MESSAGE_KINDS = ("setup", "clientContent", "realtimeInput", "toolResponse", "contextUpdate")

# Fields whose values are the caller's own data (function arguments and results,
# JSON schemas, labels): their keys are names chosen by the app, not proto fields,
# so they are kept exactly as sent. (A function declaration's `response` schema is
# kept as sent too; the emulator never reads it.)
_VERBATIM_FIELDS = frozenset(
    {"args", "response", "labels", "parametersJsonSchema", "responseJsonSchema"}
)
# Fields that map names chosen by the app to proto messages (schema properties):
# the keys are kept, the values are normalised.
_MAP_FIELDS = frozenset({"properties"})

_SNAKE = re.compile(r"_([a-z0-9])")
_URLSAFE_ALPHABET = re.compile(r"[A-Za-z0-9_-]*")


class WireError(Exception):
    """A client error the service answers by closing the WebSocket with `code` and `reason`."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"{code} {reason}")
        self.code = code
        self.reason = reason


def camel(name: str) -> str:
    """`start_of_speech_sensitivity` → `startOfSpeechSensitivity`; camelCase is unchanged."""
    return _SNAKE.sub(lambda m: m.group(1).upper(), name)


def snake(name: str) -> str:
    """`startOfSpeechSensitivity` → `start_of_speech_sensitivity`, for error messages."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def normalise(value: Any) -> Any:
    """Every proto field name in `value` as lowerCamel, the app's own keys left alone."""
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if not isinstance(value, dict):
        return value
    result: dict[str, Any] = {}
    for key, item in value.items():
        name = camel(key)
        if name in _VERBATIM_FIELDS:
            result[name] = item
        elif name in _MAP_FIELDS and isinstance(item, dict):
            result[name] = {k: normalise(v) for k, v in item.items()}
        else:
            result[name] = normalise(item)
    return result


def parse_frame(data: str | bytes) -> dict[str, Any]:
    """One client frame (text or binary, UTF-8 JSON) as a normalised JSON object."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        message = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WireError(CLOSE_INVALID_PAYLOAD, f"{INVALID_JSON} Unexpected token.") from exc
    if not isinstance(message, dict):
        raise WireError(
            CLOSE_INVALID_PAYLOAD,
            f'{INVALID_JSON} Unknown name "": Root element must be a message.',
        )
    return normalise(message)


def message_kind(message: dict[str, Any]) -> str | None:
    """The client message's one top-level field, or None for an empty message.

    An unknown top-level field or two fields at once is rejected, as the proto parser
    rejects an unknown field or a second member of a oneof.
    """
    unknown = [key for key in message if key not in CLIENT_MESSAGE_KINDS]
    if unknown:
        raise WireError(
            CLOSE_INVALID_PAYLOAD, f'{INVALID_JSON} Unknown name "{unknown[0]}": Cannot find field.'
        )
    if len(message) > 1:
        raise WireError(CLOSE_INVALID_PAYLOAD, INVALID_ARGUMENT)
    return next(iter(message), None)


def decode_bytes(value: Any, field: str) -> bytes:
    """Base64 as the proto3 JSON parser reads it: either alphabet, padding optional."""
    if not isinstance(value, str):
        raise WireError(
            CLOSE_INVALID_PAYLOAD,
            f"{INVALID_JSON} Invalid value at '{field}' (TYPE_BYTES), {json.dumps(value)}",
        )
    text = value.rstrip("=").replace("+", "-").replace("/", "_")
    if _URLSAFE_ALPHABET.fullmatch(text) is None or len(text) % 4 == 1:
        raise WireError(
            CLOSE_INVALID_PAYLOAD,
            f"{INVALID_JSON} Invalid value at '{field}' (TYPE_BYTES), Base64 decoding failed",
        )
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode_bytes(data: bytes) -> str:
    """Server-side base64: the standard padded alphabet, as Google's encoder writes it."""
    return base64.b64encode(data).decode("ascii")


def encode_frame(message: dict[str, Any]) -> bytes:
    """A server message as the UTF-8 JSON payload of a binary frame."""
    return json.dumps(message, separators=(",", ":")).encode("utf-8")


def close_reason(reason: str) -> str:
    """`reason` cut to what a close frame can carry, never splitting a UTF-8 sequence."""
    data = reason.encode("utf-8")
    if len(data) <= MAX_CLOSE_REASON_BYTES:
        return reason
    return data[:MAX_CLOSE_REASON_BYTES].decode("utf-8", errors="ignore")


def duration(seconds: float) -> str:
    """A proto `Duration` in its JSON form: `50s`, `0.250s`."""
    text = f"{seconds:.3f}".rstrip("0").rstrip(".")
    return f"{text}s"


_SERVER_CONTENT_KINDS = (
    ("interrupted", "interrupted"),
    ("inputTranscription", "input_transcription"),
    ("outputTranscription", "output_transcription"),
    ("generationComplete", "generation_complete"),
    ("turnComplete", "turn_complete"),
)
_TOP_LEVEL_KINDS = (
    ("setupComplete", "setup_complete"),
    ("toolCall", "tool_call"),
    ("toolCallCancellation", "tool_call_cancellation"),
    ("goAway", "go_away"),
    ("sessionResumptionUpdate", "session_resumption_update"),
)


def server_message_kind(message: Any) -> str:
    """A short name for what a server message is, for the emulator's `sent()` log.

    `audio` and `text` are model-turn parts; `garbage` is anything but a JSON object;
    `unknown` is a JSON object with no field a client would recognise.
    """
    if not isinstance(message, dict):
        return "garbage"
    for field, kind in _TOP_LEVEL_KINDS:
        if field in message:
            return kind
    content = message.get("serverContent")
    if not isinstance(content, dict):
        return "unknown"
    parts = (content.get("modelTurn") or {}).get("parts") or []
    if any("inlineData" in part for part in parts):
        return "audio"
    if any(part.get("thought") for part in parts):
        return "thought"
    if parts:
        return "text"
    if content.get("groundingMetadata"):
        return "grounding"
    for field, kind in _SERVER_CONTENT_KINDS:
        if content.get(field):
            return kind
    return "unknown"
