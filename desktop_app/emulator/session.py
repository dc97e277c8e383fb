"""One client connection: authentication, setup, input, turns, and faults on request.

The first frame must be `setup`; the credential is checked once it has arrived (so a
client that sends setup and waits for the reply, as the SDK does, sees the close as
the answer to its setup). After `setupComplete`, frames are read in order:
realtime audio feeds voice activity detection, text and `clientContent` end turns at
once, and a queue makes the model answer user turns one after another. Voiced input
while the model is audible interrupts it.

The model calls a declared function when a typed turn names it (or a test scripted a
call): a blocking call makes it wait for the response and then answer with the result;
a NON_BLOCKING one lets it answer at once and speak the result when the response comes,
as its `scheduling` asks. A user turn while the model waits on a blocking call cancels
the call (`toolCallCancellation`), as the service does when the user interrupts it.
Translation models take audio only and translate as the speaker talks: a segment every
couple of seconds of speech, and the rest when the utterance ends.

Beyond the protocol, the session behaves as the service does (`conduct.py`, `quirks.py`):
it draws its untidy habits from its own seeded dice, and meets the faults a test armed
(a setup never answered, a quota or internal error, voice refused after typed turns).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import math
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field, replace
from typing import Any

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from . import answers, schema
from .answers import NON_BLOCKING_FILLER, ModelAnswer
from .auth import Route, credential_error, offered_token, refusal_code
from .conduct import (
    INTERNAL_AFTER_SETUP,
    INTERNAL_MID_TURN,
    QUOTA_EXCEEDED,
    QUOTA_IN_SESSION,
    STALL_SETUP,
    Conduct,
)
from .options import SessionOptions, content_text, read_setup
from .rules import enum_name
from .state import SharedState
from .turn import ModelTurn
from .vad import INPUT_RATE, EnergyVad, pcm_rate, to_input_rate
from .video import FrameLedger
from .wire import (
    CLOSE_INTERNAL,
    CLOSE_INVALID_PAYLOAD,
    CLOSE_POLICY,
    INVALID_ARGUMENT,
    WireError,
    close_reason,
    decode_bytes,
    duration,
    encode_frame,
    message_kind,
    parse_frame,
    server_message_kind,
    snake,
)

log = logging.getLogger(__name__)

LIFETIME_EXPIRED = "Deadline expired before operation could complete."
INTERNAL_ERROR = "Internal error encountered."
UNKNOWN_HANDLE = "Session resumption handle is invalid or has expired."
EXPLICIT_ACTIVITY_REFUSED = (
    "Explicit activity control is not supported when automatic activity detection is enabled."
)
AUDIO_ONLY = "This model takes audio input only."
# A translation model translates this much speech at a time while the speaker talks
# (https://ai.google.dev/gemini-api/docs/live-api/live-translate: "Translates as the speaker
# talks without waiting for turns"); a shorter rest at the end of an utterance, if any.
TRANSLATION_SEGMENT_S = 2.0
MIN_TRANSLATED_REST_S = 0.2
# goAway comes this long before a connection's lifetime ends (at most half of it).
GO_AWAY_LEAD_S = 60.0
_ABNORMAL_CLOSURE = 1006


@dataclass(frozen=True)
class TurnRequest:
    """Why the model is about to speak.

    `user_text` is the user's turn for the history (None when it is already there, or
    when a test made the model speak unprompted); `prompt` is what the user typed and
    `speech_seconds` how long they spoke; `results` are the (name, response) of the
    function calls this turn follows up; `answer` forces the content, else a scripted
    answer is used, else the default for the kind of turn; `video_tokens` are what the
    frames the user's turn took cost.
    """

    user_text: str | None = None
    prompt: str | None = None
    speech_seconds: float | None = None
    answer: ModelAnswer | None = None
    results: tuple[tuple[str, Any], ...] | None = None
    video_tokens: int = 0  # the frames this user turn takes, in tokens (video.py)
    asked_at: float = field(default_factory=time.monotonic)  # when the user's turn ended

    @property
    def from_user(self) -> bool:
        """A typed or spoken turn (not a follow-up, not a turn a test started)."""
        return self.results is None and (self.prompt is not None or self.speech_seconds is not None)


class ServerSession:
    """Serves one WebSocket connection from handshake to close."""

    def __init__(
        self,
        ws: ServerConnection,
        conn_id: int,
        route: Route,
        state: SharedState,
        conduct: Conduct,
        *,
        api_key: str | None,
        lifetime: float | None,
    ) -> None:
        self.id = conn_id
        self._ws = ws
        self._route = route
        self._state = state
        self._conduct = conduct
        self._dice = conduct.dice(conn_id)
        self._typed_turns = 0  # typed user turns on this connection
        self._translated_s = 0.0  # of the open utterance, translated while it went on
        self._api_key = api_key
        self._lifetime = lifetime
        self._options: SessionOptions | None = None
        self._conversation: int | None = None
        self._vad: EnergyVad | None = None
        self._frames: FrameLedger | None = None
        self._activity_samples: int | None = None  # manual mode: samples in the open activity
        self._requests: asyncio.Queue[TurnRequest] = asyncio.Queue()
        self._speaking: ModelTurn | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._call_numbers = itertools.count(1)
        self._waiting: dict[str, str] = {}  # blocking calls the model waits on: id → name
        self._results: list[tuple[str, Any]] = []  # their responses so far
        self._background: dict[str, str] = {}  # NON_BLOCKING calls still running: id → name
        self.frozen = False  # the network under it died (`freeze`)

    # --- lifecycle ---

    async def run(self) -> None:
        """Serve the connection until it closes, then record how it closed."""
        if self._lifetime is not None:
            self._spawn(self._expire(self._lifetime))
        try:
            await self._serve()
        except WireError as error:
            await self._ws.close(error.code, close_reason(error.reason))
        except ConnectionClosed:
            pass
        except Exception:
            log.exception("emulator connection %d failed", self.id)
            await self._ws.close(CLOSE_INTERNAL, INTERNAL_ERROR)
        finally:
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await self._ws.wait_closed()
            code, reason = self._close_frame()
            self._state.update_connection(self.id, open=False, close_code=code, close_reason=reason)

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        """Forget a finished task; a bug in one must not pass silently."""
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("emulator connection %d: task failed", self.id, exc_info=task.exception())

    def _close_frame(self) -> tuple[int, str]:
        """The close frame that started the closing handshake, or 1006 if none did."""
        protocol = self._ws.protocol
        received, sent = protocol.close_rcvd, protocol.close_sent
        first = received if received and (protocol.close_rcvd_then_sent or not sent) else sent
        if first is None:
            return _ABNORMAL_CLOSURE, ""
        return first.code, first.reason

    async def _serve(self) -> None:
        first = await self._ws.recv()
        try:
            message = parse_frame(first)
            kind, parse_error = message_kind(message), None
        except WireError as error:
            message, kind, parse_error = {}, None, error
        self._authorize(_resume_handle(message))
        if parse_error is not None:
            self._state.record_received(self.id, "unknown", first)
            raise parse_error
        if kind != "setup":
            self._state.record_received(self.id, "unknown", message)
            raise WireError(CLOSE_INVALID_PAYLOAD, INVALID_ARGUMENT)
        if self._conduct.take(STALL_SETUP):
            await self._stall(message["setup"])
            return
        await self._setup(message["setup"])
        self._spawn(self._respond())
        async for frame in self._ws:
            self._dispatch(frame)

    def _authorize(self, resume_handle: str | None) -> None:
        info = self._state.connection(self.id)
        resuming = resume_handle is not None and (
            self._state.conversation_for_handle(resume_handle) is not None
        )
        error = credential_error(
            self._route,
            info.headers,
            info.query,
            api_key=self._api_key,
            state=self._state,
            conduct=self._conduct,
            resuming=resuming,
        )
        if error is not None:
            raise WireError(refusal_code(error), error)
        if self._route.constrained:
            left = self._state.token_seconds_left(offered_token(info.headers, info.query))
            if left is not None and (self._lifetime is None or left < self._lifetime):
                self._spawn(self._expire(left))  # the service ends sessions on expired tokens

    async def _setup(self, setup: Any) -> None:
        self._state.record_received(self.id, "setup", setup)
        if isinstance(setup, dict):
            self._state.update_connection(self.id, setup=setup)
        options = read_setup(
            setup,
            api_version=self._route.api_version,
            vertex=self._route.backend == "vertex",
            models=self._state.models,
        )
        if options.resume_handle is None:
            conversation = self._state.new_conversation()
        else:
            found = self._state.conversation_for_handle(options.resume_handle)
            if found is None or self._conduct.handle_expired(options.resume_handle):
                raise WireError(CLOSE_POLICY, UNKNOWN_HANDLE)
            conversation = found
        self._options, self._conversation = options, conversation
        self._vad = EnergyVad(options.voiced_dbfs, options.end_silence_ms)
        self._frames = FrameLedger(options.turn_coverage, options.media_resolution)
        self._state.update_connection(
            self.id, resumed_from=options.resume_handle, conversation=conversation
        )
        await self.send({"setupComplete": {"sessionId": f"emulator-session-{conversation}"}})
        if self._conduct.take(QUOTA_IN_SESSION):
            raise WireError(CLOSE_INTERNAL, QUOTA_EXCEEDED)
        if self._conduct.take(INTERNAL_AFTER_SETUP):
            raise WireError(CLOSE_INTERNAL, INTERNAL_ERROR)

    async def _stall(self, setup: Any) -> None:
        """A relay that took the connection and then hung: setup is read, never answered."""
        self._state.record_received(self.id, "setup", setup)
        async for _ in self._ws:
            pass  # read (so the client's close is answered), never answer

    # --- sending ---

    async def send(self, message: dict[str, Any]) -> None:
        """Send one server message as a binary JSON frame, and log it."""
        await self._unless_frozen()
        kind = server_message_kind(message)
        self._state.record_sent(self.id, kind, message)
        await self._ws.send(encode_frame(message))
        if kind in ("audio", "text") and self._conduct.take(INTERNAL_MID_TURN):
            self._end(CLOSE_INTERNAL, INTERNAL_ERROR)

    async def send_raw(self, data: dict[str, Any] | str | bytes) -> None:
        """Send anything: a dict as the emulator would, str as a text frame, bytes as binary."""
        if isinstance(data, dict):
            await self.send(data)
            return
        await self._unless_frozen()
        self._state.record_sent(self.id, server_message_kind(_json_or_none(data)), data)
        await self._ws.send(data)

    # --- test controls ---

    async def close(self, code: int, reason: str) -> None:
        """Send a close frame without waiting for the client's reply.

        The reply may take long when the client's loop is busy, e.g. blocked in a
        test's synchronous call to this very method through `EmulatorThread`.
        """
        self._end(code, reason)
        await asyncio.sleep(0)  # the new task writes the frame in its first step

    def _end(self, code: int, reason: str) -> None:
        """Start closing from synchronous code; the close frame goes out on the next step."""
        self._spawn(self._ws.close(code, close_reason(reason)))

    def drop(self) -> None:
        """Cut the TCP connection without a close frame (the client sees 1006)."""
        self._ws.transport.abort()

    def freeze(self) -> None:
        """The network under the connection dies while the TCP connection stays open, as
        when a cable is pulled mid-call: nothing more is read (a client's close frame is
        never answered, so its closing handshake can only time out) and nothing more is
        sent (turns in progress stand still)."""
        self.frozen = True
        self._ws.transport.pause_reading()

    async def _unless_frozen(self) -> None:
        """Hold a send forever on a frozen connection (until the connection's tasks are
        cancelled when it ends)."""
        if self.frozen:
            await asyncio.get_running_loop().create_future()

    async def go_away(self, time_left_s: float, close_after_s: float | None) -> None:
        """Warn the client; then close as the service does when the time is up."""
        await self.send({"goAway": {"timeLeft": duration(time_left_s)}})
        delay = time_left_s if close_after_s is None else close_after_s
        if math.isfinite(delay):
            self._spawn(self._close_later(delay))

    async def tool_call(self, calls: list[dict[str, Any]]) -> list[str]:
        """Ask the client to run functions; returns the call ids (made up where missing)."""
        conversation = self._require_conversation()
        numbered = [
            {**call, "id": call.get("id") or f"fc-{self.id}-{next(self._call_numbers)}"}
            for call in calls
        ]
        ids = [call["id"] for call in numbered]
        self._state.add_tool_calls(conversation, ids)
        await self.send({"toolCall": {"functionCalls": numbered}})
        return ids

    async def tool_call_cancellation(self, ids: list[str]) -> None:
        """Tell the client that pending calls are void."""
        self._state.cancel_tool_calls(self._require_conversation(), ids)
        await self.send({"toolCallCancellation": {"ids": list(ids)}})

    def start_model_turn(self, answer: ModelAnswer | None) -> None:
        """Make the model speak unprompted (after any turn already queued)."""
        self._require_conversation()
        self._requests.put_nowait(TurnRequest(answer=answer))

    def user_spoke(self, seconds: float) -> None:
        """The user's voice as voice activity detection reports it, without the audio: it
        interrupts an audible answer and is answered next, like any spoken turn."""
        self._require_conversation()
        self._interrupt_speech()
        self._user_spoke(seconds)

    def _require_conversation(self) -> int:
        if self._conversation is None:
            raise RuntimeError(f"connection {self.id} has not completed setup")
        return self._conversation

    async def _close_later(self, delay: float) -> None:
        await asyncio.sleep(delay)
        await self._ws.close(CLOSE_INTERNAL, LIFETIME_EXPIRED)

    async def _expire(self, lifetime: float) -> None:
        """The service's connection limit: goAway some time before, then close."""
        lead = min(GO_AWAY_LEAD_S, lifetime / 2)
        await asyncio.sleep(lifetime - lead)
        with contextlib.suppress(ConnectionClosed):
            await self.go_away(lead, None)

    # --- input ---

    def _dispatch(self, frame: str | bytes) -> None:
        try:
            message = parse_frame(frame)
            kind = message_kind(message)
            if kind is not None:
                schema.check(message[kind], _BODY_SCHEMAS[kind], snake(kind))
        except WireError:
            self._state.record_received(self.id, "unknown", frame)
            raise
        if kind is None:
            self._state.record_received(self.id, "unknown", message)
            return
        body = message[kind]
        if kind == "setup":
            self._state.record_received(self.id, "setup", body)
            raise WireError(CLOSE_INVALID_PAYLOAD, INVALID_ARGUMENT)
        if kind == "realtimeInput":
            self._realtime_input(body)
        elif kind == "clientContent":
            self._client_content(body)
        elif kind == "toolResponse":
            self._tool_response(body)
        else:
            self._state.record_received(self.id, "context_update", body)

    def _realtime_input(self, body: dict[str, Any]) -> None:
        """Each field of one realtimeInput message, in the order a client would mean them."""
        for index, chunk in enumerate(body.get("mediaChunks") or []):
            self._blob(chunk, f"realtime_input.media_chunks[{index}]")
        if body.get("audio") is not None:
            self._blob(body["audio"], "realtime_input.audio")
        if body.get("video") is not None:
            self._blob(body["video"], "realtime_input.video")
        if body.get("activityStart") is not None:
            self._activity_start()
        if body.get("text") is not None:
            self._state.record_received(self.id, "text", body["text"])
            self._refuse_if_audio_only()
            self._typed_turns += 1
            self._typed_turn(body["text"], user_text=body["text"])
        if body.get("activityEnd") is not None:
            self._activity_end()
        if body.get("audioStreamEnd"):
            self._state.record_received(self.id, "audio_stream_end", None)
            assert self._vad is not None and self._options is not None
            # 3.8 ignores it: a turn in progress ends only once its trailing quiet arrives
            # (docs/live-service-quirks.md).
            event = self._vad.flush() if self._options.stream_end_ends_turn else None
            if event is not None:
                self._user_spoke(event.speech_seconds)

    def _blob(self, blob: dict[str, Any], field: str) -> None:
        mime_type = blob.get("mimeType")
        data = decode_bytes(blob.get("data", ""), f"{field}.data")
        if not (mime_type or "audio/").startswith("audio/"):
            self._state.record_received(self.id, "video", data, mime_type)
            self._refuse_if_audio_only()
            assert self._frames is not None and self._vad is not None
            active = self._activity_samples is not None if self._manual else self._vad.active
            self._frames.frame(during_activity=active)
            return
        self._state.record_received(self.id, "audio", data, mime_type)
        rate = pcm_rate(mime_type)
        if rate is None:
            return  # a container format: recorded, not listened to
        samples = to_input_rate(data, rate)
        if self._manual:
            if self._activity_samples is not None:
                self._activity_samples += samples.size
            return
        assert self._vad is not None
        for event in self._vad.feed(samples):
            if event.kind == "onset":
                self._interrupt_speech()
            else:
                self._user_spoke(event.speech_seconds)
        self._translate_as_spoken()

    def _translate_as_spoken(self) -> None:
        """A translation model's segments of the utterance still going on."""
        assert self._options is not None and self._vad is not None
        if not (self._options.translates and self._conduct.quirks.streaming_translation):
            return
        while self._vad.speech_seconds - self._translated_s >= TRANSLATION_SEGMENT_S:
            self._translated_s += TRANSLATION_SEGMENT_S
            self._spoken_turn(TRANSLATION_SEGMENT_S)

    @property
    def _manual(self) -> bool:
        assert self._options is not None
        return self._options.manual_activity

    def _activity_start(self) -> None:
        self._state.record_received(self.id, "activity_start", None)
        if not self._manual:
            raise WireError(CLOSE_INVALID_PAYLOAD, EXPLICIT_ACTIVITY_REFUSED)
        self._activity_samples = 0
        self._interrupt_speech()

    def _activity_end(self) -> None:
        self._state.record_received(self.id, "activity_end", None)
        if not self._manual:
            raise WireError(CLOSE_INVALID_PAYLOAD, EXPLICIT_ACTIVITY_REFUSED)
        if self._activity_samples is not None:
            self._user_spoke(self._activity_samples / INPUT_RATE)
            self._activity_samples = None

    def _refuse_if_audio_only(self) -> None:
        assert self._options is not None
        if self._options.translates:
            raise WireError(CLOSE_INVALID_PAYLOAD, AUDIO_ONLY)

    def _client_content(self, body: dict[str, Any]) -> None:
        self._state.record_received(self.id, "client_content", body)
        self._refuse_if_audio_only()
        conversation = self._require_conversation()
        turns = body.get("turns") or []
        for turn in turns:
            self._state.add_history(conversation, turn.get("role") or "user", content_text(turn))
        if body.get("turnComplete"):
            user_turns = [t for t in turns if (t.get("role") or "user") == "user"]
            prompt = content_text(user_turns[-1]) if user_turns else ""
            self._typed_turns += 1
            self._typed_turn(prompt, user_text=None)

    def _tool_response(self, body: dict[str, Any]) -> None:
        self._state.record_received(self.id, "tool_response", body)
        conversation = self._require_conversation()
        for response in body.get("functionResponses") or []:
            self._state.settle_tool_response(conversation, response)
            self._model_call_answered(response)

    def _model_call_answered(self, response: dict[str, Any]) -> None:
        """A response to a call the model made: once every blocking call it waits on has
        answered, it speaks the results; a NON_BLOCKING result is spoken as scheduled."""
        call_id, result = response.get("id"), response.get("response")
        if call_id in self._waiting:
            self._results.append((self._waiting.pop(call_id), result))
            if not self._waiting:
                results, self._results = tuple(self._results), []
                self._requests.put_nowait(TurnRequest(results=results))
        elif call_id in self._background:
            name = self._background.pop(call_id)
            scheduling = enum_name(response.get("scheduling") or 0, schema.SCHEDULING)
            if scheduling == "SILENT":
                self._state.add_history(self._require_conversation(), "tool", str(result))
                return
            if scheduling == "INTERRUPT":
                self._interrupt_speech()
            self._requests.put_nowait(TurnRequest(results=((name, result),)))

    # --- turns ---

    def _interrupt_speech(self) -> None:
        """Cut the model off if it is audible and may be cut."""
        assert self._options is not None
        if self._speaking is not None and self._options.interruptible:
            self._speaking.interrupt()

    def _typed_turn(self, prompt: str, *, user_text: str | None) -> None:
        """A typed turn interrupts an audible answer and is answered next."""
        self._interrupt_speech()
        self._requests.put_nowait(
            TurnRequest(user_text=user_text, prompt=prompt, video_tokens=self._video_tokens())
        )

    def _user_spoke(self, seconds: float) -> None:
        """An utterance of `seconds` ended: answer it (or its rest, when a translation model
        has translated its start already)."""
        if self._typed_turns and self._conduct.voice_after_text_refused:
            # pipecat-ai/pipecat#4403: typed turns, then the first spoken one, close the
            # session; a new connection resuming it takes the voice.
            self._end(CLOSE_INVALID_PAYLOAD, INVALID_ARGUMENT)
            return
        translated, self._translated_s = self._translated_s, 0.0
        if translated and seconds - translated < MIN_TRANSLATED_REST_S:
            return
        self._spoken_turn(seconds - translated)

    def _spoken_turn(self, seconds: float) -> None:
        self._requests.put_nowait(
            TurnRequest(user_text=answers.speech_summary(seconds), speech_seconds=seconds,
                        video_tokens=self._video_tokens())
        )

    def _video_tokens(self) -> int:
        """The frames the user turn now ending takes, in tokens, as its coverage says."""
        return self._frames.take() if self._frames is not None else 0

    async def _respond(self) -> None:
        """Answer queued turns one at a time, for as long as the connection lives."""
        assert self._options is not None and self._conversation is not None
        while True:
            request = await self._requests.get()
            if request.user_text is not None:
                self._state.add_history(self._conversation, "user", request.user_text)
            if request.from_user:
                await self._cancel_waiting_calls()
                call = self._function_call_for(request)
                if call is not None:
                    if await self._call_function(*call):
                        continue  # the answer comes with the results
                    if request.answer is None:
                        request = replace(request, answer=ModelAnswer(NON_BLOCKING_FILLER))
            answer = self._answer_for(request)
            reasons_first = self._options.background_reasoning and request.from_user
            try:
                if reasons_first and not self._background:
                    # The extended-thinking model speaks a filler while it reasons, then
                    # answers: two turns for one request (docs/live-service-quirks.md).
                    filler = ModelAnswer(answers.REASONING_FILLER)
                    if await self._speak(request, filler, filler=True, transcribe=True):
                        continue  # cut off: the user's next turn is what matters now
                    await self._speak(request, answer, filler=False, transcribe=False)
                else:
                    await self._speak(request, answer, filler=False, transcribe=True)
            except ConnectionClosed:
                return

    def _first_audio_due(self, request: TurnRequest) -> float | None:
        """When the answer delay a test set (`SharedControls.set_answer_delay`) lets the
        first audio of the answer to a user's turn leave: that long after the turn ended
        here, so a client's time-to-first-audio can be checked against a known figure. Not
        a behaviour of the service: its own thinking time varies and is not published."""
        delay = self._state.answer_delay
        return request.asked_at + delay if delay > 0 and request.from_user else None

    async def _speak(
        self, request: TurnRequest, answer: ModelAnswer, *, filler: bool, transcribe: bool
    ) -> bool:
        """Speak one model turn for `request`; True if the user cut it off.

        A `filler` turn says more is coming (`interactionStatus: IN_PROGRESS` on a model
        that reports it) and carries no thought or search results; `transcribe` sends the
        input transcription of a spoken request with it.
        """
        assert self._options is not None and self._conversation is not None
        self._speaking = ModelTurn(
            self.send,
            self._options,
            self._state,
            self._conversation,
            answer,
            speech_seconds=request.speech_seconds,
            delivery=self._state.delivery,
            conduct=self._conduct,
            dice=self._dice,
            transcribe=transcribe,
            video_tokens=request.video_tokens if transcribe else 0,  # counted once a request
            thought=None if filler else self._thought_for(request, answer),
            grounding=None if filler else self._grounding_for(request, answer),
            more_to_come=filler or bool(self._background),
            first_audio_due=self._first_audio_due(request),
        )
        try:
            return await self._speaking.run()
        finally:
            self._speaking = None

    def _answer_for(self, request: TurnRequest) -> ModelAnswer:
        answer = self._content_for(request)
        seconds = self._state.answer_seconds
        if answer.audio_seconds is None and seconds is not None:
            return replace(answer, audio_seconds=seconds)
        return answer

    def _content_for(self, request: TurnRequest) -> ModelAnswer:
        assert self._options is not None
        answer = request.answer or self._state.next_scripted_answer()
        if answer is not None:
            return answer
        if request.results is not None:
            return answers.tool_results_answer(list(request.results))
        if request.speech_seconds is not None and self._options.translation_target:
            heard = answers.speech_summary(request.speech_seconds)
            return ModelAnswer(answers.translation_answer(heard, self._options.translation_target))
        if request.prompt is None:
            return ModelAnswer(answers.AUDIO_TURN_ANSWER)
        return answers.text_turn_answer(request.prompt)

    def _thought_for(self, request: TurnRequest, answer: ModelAnswer) -> str | None:
        assert self._options is not None
        if not self._options.thoughts:
            return None
        return answer.thought or answers.default_thought(request.prompt)

    def _grounding_for(self, request: TurnRequest, answer: ModelAnswer) -> dict[str, Any] | None:
        """Google Search grounds some answers to the user's turns when the setup enables it
        (the model decides when to search); an answer a test gave sources always is."""
        assert self._options is not None
        if not (self._options.google_search and request.from_user):
            return None
        if not (answer.sources or self._dice.chance(self._conduct.quirks.grounding)):
            return None
        query = (
            request.prompt or answer.heard or answers.speech_summary(request.speech_seconds or 0)
        )
        return answers.grounding_metadata(query, answer.sources or answers.default_sources(query))

    def _function_call_for(self, request: TurnRequest) -> tuple[str, dict[str, Any]] | None:
        """The call a test scripted for this turn, else a declared function it names."""
        assert self._options is not None
        scripted = self._state.next_scripted_call()
        if scripted is not None or request.prompt is None:
            return scripted
        return answers.requested_call(request.prompt, self._options.functions)

    async def _call_function(self, name: str, args: dict[str, Any]) -> bool:
        """Send the model's call; True if it is blocking (the model now waits for it)."""
        assert self._options is not None
        (call_id,) = await self.tool_call([{"name": name, "args": args}])
        if self._options.functions.get(name, False):
            self._background[call_id] = name
            return False
        self._waiting[call_id] = name
        return True

    async def _cancel_waiting_calls(self) -> None:
        """The user spoke while the model waited on its calls: they are void now."""
        if self._waiting:
            ids = list(self._waiting)
            self._waiting.clear()
            self._results.clear()
            await self.tool_call_cancellation(ids)


def _resume_handle(message: dict[str, Any]) -> str | None:
    """The resumption handle in a (possibly malformed) first message, if any."""
    setup = message.get("setup")
    resumption = setup.get("sessionResumption") if isinstance(setup, dict) else None
    handle = resumption.get("handle") if isinstance(resumption, dict) else None
    return handle if isinstance(handle, str) and handle else None


def _json_or_none(data: str | bytes) -> Any:
    """What a client's JSON parser would make of raw data (None when it is not JSON)."""
    try:
        return json.loads(data)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError both are
        return None


_BODY_SCHEMAS: dict[str, schema.ProtoMessage] = {
    "setup": schema.ProtoMessage(open=True),  # checked in full by read_setup, or refused
    "realtimeInput": schema.REALTIME_INPUT,
    "clientContent": schema.CLIENT_CONTENT,
    "toolResponse": schema.TOOL_RESPONSE,
    "contextUpdate": schema.CONTEXT_UPDATE,
}
