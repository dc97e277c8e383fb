"""One uplink message → the SDK call that puts it on the wire.

Kept apart from the session so the mapping (which SDK keyword, which MIME type, text through
`realtimeInput` or `clientContent` depending on the model) reads in one place.
"""

from __future__ import annotations

from google.genai import types
from google.genai.live import AsyncSession

from desktop_app.live.capabilities import ModelCapabilities
from desktop_app.live.uplink import (
    ActivityEnd,
    ActivityStart,
    AudioChunk,
    AudioStreamEnd,
    FunctionResult,
    ToolResponses,
    TypedText,
    UplinkMessage,
    VideoFrame,
)

INPUT_RATE = 16000
INPUT_MIME = f"audio/pcm;rate={INPUT_RATE}"

__all__ = ["INPUT_MIME", "INPUT_RATE", "FunctionResult", "accepts", "deliver"]


def _function_response(result: FunctionResult) -> types.FunctionResponse:
    return types.FunctionResponse(
        id=result.id,
        name=result.name,
        response=dict(result.response),
        scheduling=types.FunctionResponseScheduling(result.scheduling)
        if result.scheduling
        else None,
    )


def accepts(caps: ModelCapabilities | None, item: UplinkMessage, *, manual_activity: bool) -> bool:
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
    match item:
        case ActivityStart() | ActivityEnd():
            return manual_activity
        case AudioStreamEnd():
            return not manual_activity
        case VideoFrame():
            return caps is None or caps.video_input
        case TypedText():
            return caps is None or caps.text_input != "none"
        case _:
            return True


async def deliver(session: AsyncSession, item: UplinkMessage, *, text_input: str) -> None:
    """Send one message. `text_input` is the model's way of taking typed text:
    "client_content" (a user turn) or "realtime" (`realtimeInput.text`)."""
    match item:
        case AudioChunk(pcm=pcm):
            await session.send_realtime_input(audio=types.Blob(data=pcm, mime_type=INPUT_MIME))
        case VideoFrame(image=image, mime_type=mime_type):
            await session.send_realtime_input(video=types.Blob(data=image, mime_type=mime_type))
        case TypedText(text=text) if text_input == "client_content":
            await session.send_client_content(
                turns=types.Content(role="user", parts=[types.Part(text=text)]),
                turn_complete=True,
            )
        case TypedText(text=text):
            await session.send_realtime_input(text=text)
        case ToolResponses(results=results):
            await session.send_tool_response(
                function_responses=[_function_response(r) for r in results]
            )
        case AudioStreamEnd():
            await session.send_realtime_input(audio_stream_end=True)
        case ActivityStart():
            await session.send_realtime_input(activity_start=types.ActivityStart())
        case ActivityEnd():
            await session.send_realtime_input(activity_end=types.ActivityEnd())
        case _:
            raise TypeError(f"not an uplink message: {item!r}")
