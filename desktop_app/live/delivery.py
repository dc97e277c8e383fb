"""One `Outgoing` message → the SDK call that puts it on the wire.

Kept apart from the session so the mapping (which SDK keyword, which MIME type, text through
`realtimeInput` or `clientContent` depending on the model) reads in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from google.genai import types
from google.genai.live import AsyncSession

from desktop_app.live.capabilities import ModelCapabilities
from desktop_app.live.outbox import Outgoing

INPUT_RATE = 16000
INPUT_MIME = f"audio/pcm;rate={INPUT_RATE}"


@dataclass(frozen=True)
class FunctionResult:
    """The answer to one function call, sent back with the call's id."""

    id: str
    name: str
    response: dict[str, object]
    scheduling: str | None = None  # INTERRUPT / WHEN_IDLE / SILENT for NON_BLOCKING tools


def _function_response(result: FunctionResult) -> types.FunctionResponse:
    return types.FunctionResponse(
        id=result.id,
        name=result.name,
        response=dict(result.response),
        scheduling=types.FunctionResponseScheduling(result.scheduling)
        if result.scheduling
        else None,
    )


def accepts(caps: ModelCapabilities | None, item: Outgoing, *, manual_activity: bool) -> bool:
    """Whether the connection takes this kind of input at all. Translation models hear
    audio only: a frame or typed text would close the connection with 1007, so it is not
    sent (the camera may well be on when the user switches to a translation model).

    `manual_activity` is whether the connection's setup turned automatic activity detection
    off (push-to-talk). Only then may `activityStart`/`activityEnd` be sent (with detection
    on the server closes with 1007, "Explicit activity control is not supported when
    automatic activity detection is enabled"), and only without it `audioStreamEnd` ("only
    sent when automatic activity detection is enabled",
    https://ai.google.dev/api/live#BidiGenerateContentRealtimeInput). The push-to-talk
    setting can change before the connection that follows it is up.
    """
    if item.kind in ("activity_start", "activity_end"):
        return manual_activity
    if item.kind == "audio_stream_end":
        return not manual_activity
    if caps is None:
        return True
    if item.kind == "frame":
        return caps.video_input
    if item.kind == "text":
        return caps.text_input != "none"
    return True


async def deliver(session: AsyncSession, item: Outgoing, *, text_input: str) -> None:
    """Send one message. `text_input` is the model's way of taking typed text:
    "client_content" (a user turn) or "realtime" (`realtimeInput.text`)."""
    kind = item.kind
    if kind == "audio":
        await session.send_realtime_input(audio=types.Blob(data=item.payload, mime_type=INPUT_MIME))
    elif kind == "frame":
        data, mime = item.payload
        await session.send_realtime_input(video=types.Blob(data=data, mime_type=mime))
    elif kind == "text":
        if text_input == "client_content":
            await session.send_client_content(
                turns=types.Content(role="user", parts=[types.Part(text=item.payload)]),
                turn_complete=True,
            )
        else:
            await session.send_realtime_input(text=item.payload)
    elif kind == "tool_response":
        await session.send_tool_response(
            function_responses=[_function_response(r) for r in item.payload]
        )
    elif kind == "audio_stream_end":
        await session.send_realtime_input(audio_stream_end=True)
    elif kind == "activity_start":
        await session.send_realtime_input(activity_start=types.ActivityStart())
    elif kind == "activity_end":
        await session.send_realtime_input(activity_end=types.ActivityEnd())
    else:
        raise ValueError(f"unknown outgoing message kind {kind!r}")
