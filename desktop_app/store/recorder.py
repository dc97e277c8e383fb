"""`ConversationRecorder`: turns the session's events into saved messages as they happen.

Transcripts arrive as fragments of a few characters. The recorder keeps the open user and
model messages in memory, appends each fragment, and hands the store a snapshot of the
message that changed; the store's writer keeps only the newest snapshot of each message per
commit, so a long answer is not rewritten on disk once per fragment. `handle()` only
updates memory and queues: it is safe to call on the asyncio loop for every event,
including the many audio chunks it ignores.

The rules follow the Live API's order of events
(https://ai.google.dev/gemini-api/docs/live-guide; docs/live-service-quirks.md says where
the service strays from it):
- a user message closes when the server marks its transcript `finished`, or when the model
  starts a message of its own. Input transcription has no ordering guarantee, so words that
  arrive within `LATE_INPUT_GRACE_S` after the model started (and before its answer is
  complete) still join that message rather than appearing as a new one after the answer;
- a model message is one generation. It closes on GenerationComplete or TurnComplete, or
  when a tool call or another generation starts; Interrupted marks it interrupted (also
  after GenerationComplete, since the user can still cut off the playback);
- the output transcript is what was said. Non-thought text parts only count when there is
  no transcript (TEXT modality): on native-audio models they may be reasoning, which must
  never be recorded as speech. Thought parts go to `thoughts`.
- a message longer than `MESSAGE_CHARS` goes on in a new message of the same role and turn
  (the first one closed), so that no fragment costs more than a bounded message (below);
- a conversation begins with its first message (connecting and leaving silently records
  nothing) and ends when the connection is closed or failed for good, or on
  `end_conversation()`. Reconnections and resumptions stay in the same conversation.

Every fragment makes a new snapshot of its message, and a snapshot holds the whole text (one
string, shared by the window, the store and its search index). Were a message unbounded,
each fragment would copy everything said before it, so a long monologue would cost time
quadratic in its length, in the recorder, the window's label and the index alike. Bounding a
message bounds a fragment's cost, and the text is assembled in time linear in its length.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from desktop_app.live.events import (
    ConnectionState,
    Event,
    GenerationComplete,
    Grounding,
    InputTranscript,
    Interrupted,
    ModelText,
    OutputTranscript,
    SessionError,
    StateChanged,
    ToolCall,
    ToolCallCancellation,
    TurnComplete,
    Usage,
)
from desktop_app.store.model import ConversationInfo, Message, Role, ToolCallRecord
from desktop_app.store.store import HistoryStore
from desktop_app.store.text import clip

log = logging.getLogger(__name__)

LATE_INPUT_GRACE_S = 1.0
# About four minutes of speech: most answers fit in one message, and copying this much per
# fragment is a few microseconds. A message goes on in a new one at the first word boundary
# past it, or at once past 5/4 of it (a language written without spaces).
MESSAGE_CHARS = 4000
TITLE_CHARS = 60
_ENDING_STATES = (ConnectionState.CLOSED, ConnectionState.FAILED)


class ConversationRecorder:
    """Records one conversation at a time into `store`. Use it from one thread (the loop).

    `model` and `voice` are written on the next conversation the recorder starts.
    `on_message(conversation_id, message)` is called with every message as it is saved, so a
    view can show exactly what is recorded (the stitching rules exist once, here).
    """

    def __init__(
        self,
        store: HistoryStore,
        *,
        model: str = "",
        voice: str = "",
        clock: Callable[[], float] = time.time,
        on_message: Callable[[str, Message], None] | None = None,
    ) -> None:
        self.model = model
        self.voice = voice
        self._store = store
        self._on_message = on_message
        self._clock = clock
        self._conversation: ConversationInfo | None = None
        self._next_seq = 1
        self._title_seq: int | None = None  # the user message the title is taken from
        self._user: Message | None = None  # the open user message, or the last closed one
        self._user_grace_until = 0.0
        self._model: Message | None = None  # the latest model message, open or closed
        self._model_spoken = False  # whether its text comes from the output transcript
        self._tools: dict[str, Message] = {}  # calls still waiting for their result
        self._figures: dict[str, Any] | None = None  # the conversation's latest figures
        self._handlers: dict[type, Callable[[Any], None]] = {
            InputTranscript: self._on_input,
            OutputTranscript: self._on_output,
            ModelText: self._on_model_text,
            Grounding: self._on_grounding,
            GenerationComplete: self._on_generation_end,
            TurnComplete: self._on_generation_end,
            Interrupted: self._on_interrupted,
            ToolCall: self._on_tool_call,
            ToolCallCancellation: self._on_tool_cancellation,
            Usage: self._on_usage,
            SessionError: self._on_error,
            StateChanged: self._on_state,
        }

    @property
    def conversation_id(self) -> str | None:
        """The conversation being recorded, None between conversations."""
        return self._conversation.id if self._conversation else None

    def handle(self, event: Event) -> None:
        """Record what `event` changes. Never blocks on the disk."""
        handler = self._handlers.get(type(event))
        if handler is not None:
            handler(event)

    def record_tool_result(self, call_id: str, result: Any) -> None:
        """Save what the app answered to a tool call (the events do not carry it).

        `result` should be JSON-encodable; anything else is saved as its `str()`.
        """
        message = self._tools.pop(call_id, None)
        if message is None or message.tool is None:
            log.debug("history: result for unknown or finished tool call %s", call_id)
            return
        now = self._clock()
        self._save(
            replace(
                message, tool=replace(message.tool, result=result), updated_at=now, ended_at=now
            )
        )

    def record_user_text(self, text: str) -> None:
        """What the user typed: a finished user message of its own (the server never echoes
        typed text, so no transcript will bring it)."""
        if not text:
            return
        now = self._clock()
        self._close_user(now, by_model=False)
        user = self._new("user", now, text=text, ended_at=now)
        self._user = self._save(user)
        self._user_grace_until = 0.0
        self._update_title(user)

    def record_figures(self, figures: dict[str, Any]) -> None:
        """The conversation's answer times, tokens and cost as they are now (plain JSON):
        kept with it, the latest replacing the earlier."""
        self._figures = figures
        if self._conversation is not None:
            self._conversation = replace(self._conversation, figures=figures)
            self._store.save_conversation(self._conversation)

    def end_conversation(self) -> None:
        """Close the open messages and the conversation; the next message starts a new one."""
        if self._conversation is None:
            return
        now = self._clock()
        self._close_user(now, by_model=False)
        self._close_model(now)
        for message in self._tools.values():
            self._save(replace(message, ended_at=now))
        self._store.save_conversation(replace(self._conversation, ended_at=now))
        self._conversation = None
        self._figures = None
        self._title_seq = self._user = self._model = None
        self._tools.clear()

    def close(self, timeout: float | None = 5.0) -> bool:
        """End the conversation and wait until all of it is committed (at app exit).

        False if `timeout` passed first. The store stays open: it belongs to the app.
        """
        self.end_conversation()
        return self._store.flush(timeout)

    # --- messages -----------------------------------------------------------------------

    def _new(self, role: Role, now: float, **fields: Any) -> Message:
        if self._conversation is None:
            self._conversation = ConversationInfo(
                id=uuid.uuid4().hex,
                started_at=now,
                model=self.model,
                voice=self.voice,
                figures=self._figures,
            )
            self._next_seq = 1
            self._store.save_conversation(self._conversation)
        message = Message(seq=self._next_seq, role=role, started_at=now, updated_at=now, **fields)
        self._next_seq += 1
        return message

    def _save(self, message: Message) -> Message:
        assert self._conversation is not None, "messages are created with their conversation"
        self._store.save_message(self._conversation.id, message)
        if self._on_message is not None:
            self._on_message(self._conversation.id, message)
        return message

    def _is_latest(self, message: Message) -> bool:
        return message.seq == self._next_seq - 1

    def _close_user(self, now: float, *, by_model: bool) -> None:
        if self._user is not None and self._user.ended_at is None:
            self._user = self._save(replace(self._user, ended_at=now))
            self._user_grace_until = now + LATE_INPUT_GRACE_S if by_model else 0.0

    def _close_model(self, now: float) -> None:
        if self._model is not None and self._model.ended_at is None:
            self._model = self._save(replace(self._model, ended_at=now))
            self._user_grace_until = 0.0  # once the answer is over, the user says something new

    def _model_message(self, generation: int, now: float) -> Message:
        """The message of `generation`: the current one, or a new one (closing the old)."""
        model = self._model
        if (
            model is not None
            and model.generation == generation
            and (model.ended_at is None or self._is_latest(model))
        ):
            return model
        self._close_model(now)
        self._close_user(now, by_model=True)
        self._model_spoken = False
        return self._new("model", now, generation=generation)

    def _grown(self, message: Message, field: str, fragment: str, now: float) -> Message:
        """`message` with `fragment` added to its `field` ("text" or "thoughts"), or, once
        that field is `MESSAGE_CHARS` long, a new message of the same role and turn with the
        fragment (this one saved closed). The caller saves what is returned."""
        text = getattr(message, field)
        if _goes_on(text, fragment):
            ended_at = None if message.ended_at is None else now
            self._save(replace(message, updated_at=now, ended_at=now))
            message = self._new(message.role, now, generation=message.generation, ended_at=ended_at)
            text, fragment = "", fragment.lstrip()
        return replace(message, **{field: text + fragment, "updated_at": now})

    def _update_title(self, user: Message) -> None:
        assert self._conversation is not None
        if self._title_seq not in (None, user.seq):
            return
        title = clip(user.text, TITLE_CHARS)
        if title and title != self._conversation.title:
            self._title_seq = user.seq
            self._conversation = replace(self._conversation, title=title)
            self._store.save_conversation(self._conversation)

    # --- event handlers -----------------------------------------------------------------

    def _on_input(self, event: InputTranscript) -> None:
        if event.interim:  # a guess the server will replace with the final words
            return
        if not event.text and not event.finished:
            return
        now = self._clock()
        user = self._user
        joins = user is not None and (user.ended_at is None or now < self._user_grace_until)
        if user is None or not joins:
            if not event.text:
                return
            user = self._new("user", now)
        user = self._grown(user, "text", event.text, now)
        ended_at = now if event.finished else user.ended_at
        self._user = user = self._save(replace(user, ended_at=ended_at))
        if event.finished:
            self._user_grace_until = 0.0
        self._update_title(user)

    def _on_output(self, event: OutputTranscript) -> None:
        if not event.text:
            return
        now = self._clock()
        model = self._model_message(event.generation, now)
        if not self._model_spoken:  # what was said replaces the text parts
            model = replace(model, text="")
        self._model_spoken = True
        self._model = self._save(self._grown(model, "text", event.text, now))

    def _on_model_text(self, event: ModelText) -> None:
        if not event.text:
            return
        now = self._clock()
        model = self._model_message(event.generation, now)
        if event.thought:
            model = self._grown(model, "thoughts", event.text, now)
        elif self._model_spoken:
            return  # the transcript already says what was said
        else:
            model = self._grown(model, "text", event.text, now)
        self._model = self._save(model)

    def _on_grounding(self, event: Grounding) -> None:
        now = self._clock()
        model = self._model_message(event.generation, now)
        known = {source.uri for source in model.sources}
        sources = model.sources + tuple(s for s in event.sources if s.uri not in known)
        queries = model.search_queries + tuple(
            q for q in event.queries if q not in model.search_queries
        )
        self._model = self._save(
            replace(model, sources=sources, search_queries=queries, updated_at=now)
        )

    def _on_generation_end(self, event: GenerationComplete | TurnComplete) -> None:
        if self._model is not None and self._model.generation == event.generation:
            self._close_model(self._clock())

    def _on_interrupted(self, event: Interrupted) -> None:
        model = self._model
        if model is None or model.generation != event.generation:
            return
        now = self._clock()
        ended_at = now if model.ended_at is None else model.ended_at
        self._model = self._save(
            replace(model, interrupted=True, updated_at=now, ended_at=ended_at)
        )

    def _on_tool_call(self, event: ToolCall) -> None:
        now = self._clock()
        self._close_model(now)  # what the model says after the call belongs after it
        self._close_user(now, by_model=True)
        for call in event.calls:
            record = ToolCallRecord(call_id=call.id, name=call.name, args=dict(call.args))
            self._tools[call.id] = self._save(self._new("tool", now, tool=record))

    def _on_tool_cancellation(self, event: ToolCallCancellation) -> None:
        now = self._clock()
        for call_id in event.ids:
            message = self._tools.pop(call_id, None)
            if message is not None:
                self._save(replace(message, interrupted=True, updated_at=now, ended_at=now))

    def _on_usage(self, event: Usage) -> None:
        # Usage rides on the server message that ends the turn: it belongs to the latest answer.
        if self._model is not None:
            self._model = self._save(replace(self._model, usage=event, updated_at=self._clock()))

    def _on_error(self, event: SessionError) -> None:
        if self._conversation is None:  # failing to connect is not a conversation
            return
        details = [f"code {event.code}" if event.code else "", event.reason, event.hint]
        text = event.message + "".join(f" — {d}" for d in details if d)
        now = self._clock()
        self._save(self._new("system", now, text=text, ended_at=now))

    def _on_state(self, event: StateChanged) -> None:
        if event.state in _ENDING_STATES:
            self.end_conversation()


def _goes_on(text: str, fragment: str) -> bool:
    """Whether `fragment` starts a new message instead of growing `text` past its bound."""
    if len(text) < MESSAGE_CHARS or not fragment.strip():
        return False
    between_words = text[-1:].isspace() or fragment[:1].isspace()
    return between_words or len(text) >= MESSAGE_CHARS * 5 // 4
