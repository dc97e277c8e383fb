"""Turns every field of every `LiveServerMessage` into typed events.

One server message may carry several things at once (3.x models bundle audio, transcript and
`turnComplete`; `usageMetadata` rides along with anything), so nothing here returns early:
each field present yields its event, in the order a listener needs them (content before the
end-of-turn markers). The unpacker also numbers model turns ("generations") so that late
audio of an interrupted turn can be recognised and dropped downstream.

A turn the user cut (`interrupted`) ends there: whatever the model says next is a new
generation, whether or not the cut turn's `turnComplete` ever comes (the service sometimes
sends it late, sometimes not at all: livekit/livekit#4484). A `turnComplete` that does come
before the next answer begins is the cut turn's.
"""

from __future__ import annotations

import logging
import re

from google.genai import types

from desktop_app.live import events as ev

log = logging.getLogger(__name__)

_RATE = re.compile(r"rate=(\d+)")
_DURATION = re.compile(r"^\s*(-?\d+(?:\.\d+)?)s\s*$")


def parse_duration(value: str | None) -> float | None:
    """Proto `Duration` JSON ("50s", "0.5s") to seconds."""
    if not value:
        return None
    match = _DURATION.match(value)
    return float(match.group(1)) if match else None


def audio_rate(mime_type: str | None, default: int = 24000) -> int:
    match = _RATE.search(mime_type or "")
    return int(match.group(1)) if match else default


class MessageUnpacker:
    """Stateful only in the generation counter; one per conversation, kept across reconnects."""

    def __init__(self) -> None:
        self.generation = 1
        self._cut: int | None = None  # an interrupted generation whose turnComplete may come

    def new_connection(self) -> None:
        """A turn cut by a lost connection never completes: start a fresh generation."""
        self.generation += 1
        self._cut = None

    def unpack(self, msg: types.LiveServerMessage) -> list[ev.Event]:
        out: list[ev.Event] = []
        if msg.server_content is not None:
            self._server_content(msg.server_content, out)
        if msg.tool_call is not None:
            calls = tuple(
                ev.FunctionCall(id=c.id or "", name=c.name or "", args=dict(c.args or {}))
                for c in msg.tool_call.function_calls or ()
            )
            out.append(ev.ToolCall(calls))
        if msg.tool_call_cancellation is not None:
            out.append(ev.ToolCallCancellation(tuple(msg.tool_call_cancellation.ids or ())))
        if msg.go_away is not None:
            out.append(ev.GoAway(parse_duration(msg.go_away.time_left)))
        if msg.session_resumption_update is not None:
            update = msg.session_resumption_update
            out.append(ev.ResumptionUpdate(update.new_handle or None, bool(update.resumable)))
        if msg.voice_activity is not None and msg.voice_activity.voice_activity_type:
            out.append(ev.VoiceActivity(str(msg.voice_activity.voice_activity_type.value)))
        if msg.usage_metadata is not None:
            out.append(_usage(msg.usage_metadata))
        # End-of-turn markers come last so listeners see the turn's content first.
        if msg.server_content is not None:
            self._turn_markers(msg.server_content, out)
        return out

    def _server_content(self, content: types.LiveServerContent, out: list[ev.Event]) -> None:
        gen = self.generation
        before = len(out)
        if content.model_turn is not None:
            for part in content.model_turn.parts or ():
                if part.inline_data is not None and part.inline_data.data:
                    blob = part.inline_data
                    if (blob.mime_type or "audio/").startswith("audio/"):
                        out.append(ev.ModelAudio(blob.data, audio_rate(blob.mime_type), gen))
                if part.text:
                    out.append(ev.ModelText(part.text, gen, thought=bool(part.thought)))
        if content.input_transcription is not None and content.input_transcription.text:
            t = content.input_transcription
            out.append(ev.InputTranscript(t.text or "", finished=bool(t.finished)))
        interim = content.interim_input_transcription
        if interim is not None and interim.text:
            out.append(ev.InputTranscript(interim.text, finished=False, interim=True))
        if content.output_transcription is not None and content.output_transcription.text:
            t = content.output_transcription
            out.append(ev.OutputTranscript(t.text or "", gen, finished=bool(t.finished)))
        if content.grounding_metadata is not None:
            grounding = _grounding(content.grounding_metadata, gen)
            if grounding is not None:
                out.append(grounding)
        if any(not isinstance(e, ev.InputTranscript) for e in out[before:]):
            self._cut = None  # the next answer has begun: the cut turn's end will not come

    def _turn_markers(self, content: types.LiveServerContent, out: list[ev.Event]) -> None:
        if content.interrupted:
            out.append(ev.Interrupted(self.generation))
            self._cut = self.generation
            self.generation += 1
        gen = self._cut if self._cut is not None else self.generation
        if content.generation_complete:
            out.append(ev.GenerationComplete(gen))
        if content.turn_complete:
            reason = content.turn_complete_reason
            out.append(
                ev.TurnComplete(
                    gen,
                    reason=str(reason.value) if reason is not None else None,
                    waiting_for_input=content.waiting_for_input,
                )
            )
            if self._cut is None:
                self.generation += 1
            self._cut = None


def _usage(usage: types.UsageMetadata) -> ev.Usage:
    return ev.Usage(
        prompt_tokens=usage.prompt_token_count,
        response_tokens=usage.response_token_count,
        total_tokens=usage.total_token_count,
        thoughts_tokens=usage.thoughts_token_count,
        details=_by_modality(usage.response_tokens_details),
        prompt_details=_by_modality(usage.prompt_tokens_details),
    )


def _by_modality(
    details: list[types.ModalityTokenCount] | None,
) -> tuple[tuple[str, int], ...]:
    return tuple(
        (str(d.modality.value) if d.modality else "UNKNOWN", int(d.token_count or 0))
        for d in details or ()
    )


def _grounding(meta: types.GroundingMetadata, gen: int) -> ev.Grounding | None:
    sources = tuple(
        ev.GroundingSource(title=c.web.title or c.web.uri or "", uri=c.web.uri or "")
        for c in meta.grounding_chunks or ()
        if c.web is not None and c.web.uri
    )
    queries = tuple(meta.web_search_queries or ())
    if not sources and not queries:
        return None
    return ev.Grounding(gen, sources, queries)
