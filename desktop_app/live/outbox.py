"""What the client says to the server: queued in order across reconnects, then sent, each
message by the SDK call that puts it on the wire.

The user keeps talking while a connection is being replaced, so outgoing messages wait here
rather than being sent straight to a socket: `Outbox.send_all` drains the outbox into one
connection, and what a failed send could not deliver goes back to the front. Audio is bounded
(oldest dropped first, and counted) so a long outage cannot eat memory. Video frames are a
separate stream that the API does not order against audio: only the newest one waits ("latest
wins").

A resumption handle stands for the conversation as the server had it when it issued the
handle; whatever the client sent after that is not in a session resumed from it, and audio
written into a socket just before it died may never have arrived at all. So what was sent
since the newest handle is kept ("unconfirmed") and replayed, first, on the next connection.
Tool responses and frames are not replayed: a resumed session does not know the old calls,
and a newer frame will come.

Which SDK call each message becomes (which keyword, which MIME type, typed text through
`realtimeInput` or `clientContent` depending on the model), and which messages a model takes
at all (`accepts`), reads in one place at the end of this module: `deliver` also serves the
voice preview (preview.py), which sends its one prompt without an outbox.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque

from google.genai import types
from google.genai.live import AsyncSession

from desktop_app.live.capabilities import ModelCapabilities
from desktop_app.live.uplink import (
    REPLAYED,
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

log = logging.getLogger(__name__)

INPUT_RATE = 16000
INPUT_MIME = f"audio/pcm;rate={INPUT_RATE}"

# A backlog (after an outage, or a replay) goes out in messages of up to 250 ms of 16 kHz
# audio instead of one per 40 ms chunk: the per-message cost is what makes catching up slow,
# and the API advises against much longer chunks.
MERGED_AUDIO_BYTES = 8000


class Outbox:
    def __init__(self, max_audio_bytes: int, max_replay_bytes: int | None = None) -> None:
        self._items: deque[UplinkMessage] = deque()
        self._unconfirmed: deque[UplinkMessage] = deque()
        self._unconfirmed_audio = 0
        self._max_replay_bytes = max_audio_bytes if max_replay_bytes is None else max_replay_bytes
        self._frame: VideoFrame | None = None
        self._audio_bytes = 0
        self._max_audio_bytes = max_audio_bytes
        self._ready = asyncio.Event()
        self.dropped_audio_bytes = 0

    def __len__(self) -> int:
        return len(self._items) + (self._frame is not None)

    @property
    def audio_bytes(self) -> int:
        return self._audio_bytes

    def put(self, item: UplinkMessage) -> None:
        if isinstance(item, VideoFrame):
            self._frame = item
        else:
            self._items.append(item)
            if isinstance(item, AudioChunk):
                self._audio_bytes += len(item.pcm)
                self._trim_audio()
        self._ready.set()

    def push_front(self, item: UplinkMessage) -> None:
        """Give back an item whose send failed, so it goes first on the next connection."""
        if isinstance(item, VideoFrame):
            if self._frame is None:
                self._frame = item
        else:
            self._items.appendleft(item)
            if isinstance(item, AudioChunk):
                self._audio_bytes += len(item.pcm)
        self._ready.set()

    async def get(self) -> UplinkMessage:
        while True:
            if self._frame is not None:
                frame, self._frame = self._frame, None
                return frame
            if self._items:
                item = self._items.popleft()
                if isinstance(item, AudioChunk):
                    item = self._merge_following_audio(item)
                    self._audio_bytes -= len(item.pcm)
                return item
            self._ready.clear()
            await self._ready.wait()

    async def send_all(self, session: AsyncSession, caps: ModelCapabilities | None, *,
                       manual_activity: bool) -> None:
        """Sends what waits, and whatever comes, on one connection (`session`, set up for a
        model with `caps` and, if `manual_activity`, push-to-talk) until a send fails or the
        caller cancels. The message a failed send could not deliver goes back to the front for
        the next connection, and the error goes on to the caller; what a model does not take
        is dropped here, with a line in the log."""
        text_input = caps.text_input if caps else "realtime"
        while True:
            item = await self.get()
            if not accepts(caps, item, manual_activity=manual_activity):
                log.info("%s dropped: %s does not take it", type(item).__name__,
                         caps and caps.label)
                continue
            try:
                await deliver(session, item, text_input=text_input)
            except BaseException:
                self.push_front(item)
                raise
            self.sent(item)

    def _merge_following_audio(self, first: AudioChunk) -> AudioChunk:
        if not self._items or not isinstance(self._items[0], AudioChunk):
            return first
        parts = [first.pcm]
        size = len(first.pcm)
        while self._items and isinstance(following := self._items[0], AudioChunk):
            if size + len(following.pcm) > MERGED_AUDIO_BYTES:
                break
            self._items.popleft()
            parts.append(following.pcm)
            size += len(following.pcm)
        return AudioChunk(b"".join(parts), first.queued_at)

    def sent(self, item: UplinkMessage) -> None:
        """`item` went into the socket; keep it until a handle covers it."""
        if not isinstance(item, REPLAYED):
            return
        self._unconfirmed.append(item)
        if isinstance(item, AudioChunk):
            self._unconfirmed_audio += len(item.pcm)
            while self._unconfirmed_audio > self._max_replay_bytes:
                old = self._unconfirmed.popleft()
                if isinstance(old, AudioChunk):
                    self._unconfirmed_audio -= len(old.pcm)

    def confirm(self) -> None:
        """The server issued a resumable handle: everything sent so far is in its state."""
        self._unconfirmed.clear()
        self._unconfirmed_audio = 0

    def replay_unconfirmed(self) -> int:
        """Put what was sent since the newest handle back in front of the queue, in order."""
        count = len(self._unconfirmed)
        while self._unconfirmed:
            self.push_front(self._unconfirmed.pop())
        self._unconfirmed_audio = 0
        self._trim_audio()
        return count

    def clear(self) -> None:
        self._items.clear()
        self._frame = None
        self._audio_bytes = 0
        self.confirm()

    def _trim_audio(self) -> None:
        if self._audio_bytes <= self._max_audio_bytes:
            return
        kept: deque[UplinkMessage] = deque()
        for item in self._items:
            if isinstance(item, AudioChunk) and self._audio_bytes > self._max_audio_bytes:
                self._audio_bytes -= len(item.pcm)
                self.dropped_audio_bytes += len(item.pcm)
                continue
            kept.append(item)
        self._items = kept


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
