"""Every value from the server checked once, where it enters the app.

The SDK checks a message's shape, not its values: a chunk of `audio/pcm;rate=0` divides by
zero in the resampler, `rate=1` makes it allocate gigabytes, a 50 MB transcript fragment or a
tool call without an id would reach the player, the window, the history and the tool runner
as they are. `ServerBoundary` turns each message into events (through the unpacker) and lets
through only events whose values are in the ranges the Live API documents; anything else —
and a message whose unpacking raises — is skipped, and logged once per kind of problem and
connection (a bad stream sends the same fault with every chunk), never with its content. The
connection goes on: one bad value is not a reason to drop the conversation.
"""

from __future__ import annotations

import json
import logging
import math
from collections import Counter
from dataclasses import replace

from google.genai import types

from desktop_app.live import events as ev
from desktop_app.live.unpack import MessageUnpacker

log = logging.getLogger(__name__)

MIN_AUDIO_RATE = 8_000
MAX_AUDIO_RATE = 48_000
MAX_AUDIO_BYTES = 4 * 1024 * 1024  # ~87 s at 24 kHz; real chunks are a few kB
MAX_TEXT_CHARS = 100_000
MAX_ID_CHARS = 256  # function call ids and names
MAX_ARGS_BYTES = 1024 * 1024  # a call's arguments, JSON-encoded
MAX_HANDLE_CHARS = 8_192
MAX_SOURCES = 64
MAX_URI_CHARS = 4_096
MAX_GO_AWAY_S = 24 * 3600.0
MAX_TOKENS = 2**53


class ServerBoundary:
    """Server messages in, checked events out; one per conversation, like the unpacker."""

    def __init__(self, unpacker: MessageUnpacker | None = None) -> None:
        self.unpacker = unpacker or MessageUnpacker()
        self.skipped: Counter[str] = Counter()  # problem → how many values were skipped
        self._logged: set[str] = set()

    def new_connection(self) -> None:
        self.unpacker.new_connection()
        self._logged.clear()

    def events(self, message: types.LiveServerMessage) -> list[ev.Event]:
        try:
            events = self.unpacker.unpack(message)
        except Exception as exc:  # a value the SDK let through and unpacking cannot use
            self._skip(f"message it cannot unpack ({type(exc).__name__})")
            return []
        checked = (self._checked(event) for event in events)
        return [event for event in checked if event is not None]

    def _skip(self, problem: str) -> None:
        self.skipped[problem] += 1
        if problem not in self._logged:
            self._logged.add(problem)
            log.warning("server sent %s; skipped (logged once per connection)", problem)

    def _checked(self, event: ev.Event) -> ev.Event | None:
        problem = _problem(event)
        if problem is None:
            return event
        if isinstance(event, ev.ToolCall):
            calls = tuple(c for c in event.calls if _call_problem(c) is None)
            self._skip(problem)
            return ev.ToolCall(calls) if calls else None
        if isinstance(event, ev.GoAway):  # still a reason to switch; the time is unknown
            self._skip(problem)
            return replace(event, time_left_s=None)
        self._skip(problem)
        return None


def _problem(event: ev.Event) -> str | None:
    """What is wrong with `event`'s values, or None."""
    match event:
        case ev.ModelAudio(data=data, sample_rate=rate):
            if not MIN_AUDIO_RATE <= rate <= MAX_AUDIO_RATE:
                return "audio at a sample rate out of range"
            if len(data) > MAX_AUDIO_BYTES:
                return "an oversized audio chunk"
        case ev.ModelText(text=text) | ev.InputTranscript(text=text) | ev.OutputTranscript(
            text=text
        ):
            if not isinstance(text, str) or len(text) > MAX_TEXT_CHARS:
                return "an oversized or non-text text part"
        case ev.ToolCall(calls=calls):
            for call in calls:
                problem = _call_problem(call)
                if problem is not None:
                    return problem
        case ev.ToolCallCancellation(ids=ids):
            if not all(_is_id(i) for i in ids):
                return "a tool call cancellation with a bad id"
        case ev.GoAway(time_left_s=left):
            if left is not None and not (math.isfinite(left) and 0 <= left <= MAX_GO_AWAY_S):
                return "a goAway time out of range"
        case ev.ResumptionUpdate(handle=handle):
            if handle is not None and len(handle) > MAX_HANDLE_CHARS:
                return "an oversized resumption handle"
        case ev.Grounding(sources=sources, queries=queries):
            if len(sources) + len(queries) > MAX_SOURCES or any(
                len(s.uri) > MAX_URI_CHARS or len(s.title) > MAX_URI_CHARS for s in sources
            ):
                return "oversized grounding metadata"
        case ev.Usage(prompt_tokens=p, response_tokens=r, total_tokens=t, thoughts_tokens=th):
            if any(n is not None and not 0 <= n < MAX_TOKENS for n in (p, r, t, th)):
                return "token counts out of range"
    return None


def _call_problem(call: ev.FunctionCall) -> str | None:
    if not _is_id(call.id) or not _is_id(call.name):
        return "a function call without a usable id or name"
    try:
        size = len(json.dumps(call.args))
    except (TypeError, ValueError, RecursionError):
        return "function call arguments that are not JSON"
    if size > MAX_ARGS_BYTES:
        return "oversized function call arguments"
    return None


def _is_id(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_ID_CHARS
