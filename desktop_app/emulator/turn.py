"""One model turn on the wire, in the order the service sends it.

    sessionResumptionUpdate {resumable: false}        (when resumption is on)
    inputTranscription pieces                         (audio turns, when enabled)
    a thought part {text, thought: true}              (when thoughts are requested)
    audio chunks, with outputTranscription fragments  (or text parts for TEXT)
    groundingMetadata                                 (when Google Search grounded it)
    generationComplete
    turnComplete + usageMetadata                      (when the audio has played out)
    sessionResumptionUpdate {resumable: true, newHandle}

The model generates faster than real time but the service holds `turnComplete`
until the audio would have finished playing by the wall clock; until then the user
can barge in. An interrupted turn ends with `interrupted` then `turnComplete`, with no
`generationComplete`.

As on the service (`quirks.py`, docs/live-service-quirks.md): the input transcription
comes in pieces cut anywhere and never says `finished`, and part of it may come after the
first audio; an interrupted turn's `turnComplete` may be late or never come. `usageMetadata`
uses each backend's field names, and a model that reasons in the background sends
`interactionStatus` with each `turnComplete`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from . import answers
from .answers import ModelAnswer
from .conduct import Conduct
from .options import SessionOptions
from .quirks import Dice, words
from .records import AudioDelivery
from .state import SharedState
from .video import FRAME_MODALITY
from .voice import OUTPUT_RATE, synthesize
from .wire import encode_bytes

Send = Callable[[dict[str, Any]], Awaitable[None]]

AUDIO_MIME_TYPE = f"audio/pcm;rate={OUTPUT_RATE}"
TEXT_FRAGMENT_INTERVAL_S = 0.03
_BYTES_PER_SAMPLE = 2


class ModelTurn:
    """Speaks one answer; `interrupt()` cuts it short while it is still audible."""

    def __init__(
        self,
        send: Send,
        options: SessionOptions,
        state: SharedState,
        conversation: int,
        answer: ModelAnswer,
        *,
        speech_seconds: float | None,
        delivery: AudioDelivery,
        conduct: Conduct,
        dice: Dice,
        transcribe: bool = True,
        video_tokens: int = 0,
        thought: str | None = None,
        grounding: dict[str, Any] | None = None,
        more_to_come: bool = False,
        first_audio_due: float | None = None,
    ) -> None:
        """`first_audio_due` (time.monotonic()): the answer's first audio (or text) leaves
        no earlier, whatever it took to prepare it."""
        self._send = send
        self._options = options
        self._state = state
        self._conversation = conversation
        self._answer = answer
        self._speech_seconds = speech_seconds
        self._delivery = delivery
        self._conduct = conduct
        self._quirks = conduct.quirks  # as they are when the turn starts
        self._dice = dice
        self._transcribe = transcribe
        self._video_tokens = video_tokens
        self._thought = thought
        self._grounding = grounding
        self._more_to_come = more_to_come
        self._first_audio_due = first_audio_due
        self._late_pieces: list[dict[str, Any]] = []  # input transcription held back
        self._loop = asyncio.get_running_loop()
        self._body: asyncio.Task[None] | None = None
        self._spoken: list[str] = []  # transcript fragments sent so far
        self._audio_seconds_sent = 0.0

    def interrupt(self) -> None:
        """Stop the answer if it is still audible; the turn then ends as interrupted."""
        if self._body is not None:
            self._body.cancel()  # a no-op once the answer has played out

    async def run(self) -> bool:
        """Send the whole turn; returns after its final resumption update, True if the
        user cut it off."""
        self._body = asyncio.create_task(self._speak())
        try:
            await asyncio.wait({self._body})
        finally:
            self._body.cancel()  # only matters when run() itself is cancelled
        interrupted = self._body.cancelled()
        if not interrupted:
            self._body.result()  # re-raise a send that failed (connection gone)
        # The records change before the client hears of it, so a test that reacts to
        # the frame already reads the new counts.
        usage = self._usage()
        self._state.add_history(self._conversation, "model", "".join(self._spoken))
        self._state.end_turn(self._conversation, interrupted=interrupted)
        if interrupted:
            await self._send({"serverContent": {"interrupted": True}})
            await self._send_late_transcription()
        if await self._turn_complete_due(interrupted):
            content: dict[str, Any] = {"turnComplete": True}
            if self._options.background_reasoning:
                content["interactionStatus"] = "IN_PROGRESS" if self._more_to_come else "IDLE"
            await self._send({"serverContent": content, "usageMetadata": usage})
        if self._options.resumption:
            handle = self._state.issue_handle(self._conversation)
            self._conduct.handle_issued(handle)
            await self._send({"sessionResumptionUpdate": {"resumable": True, "newHandle": handle}})
        return interrupted

    async def _turn_complete_due(self, interrupted: bool) -> bool:
        """Whether to send `turnComplete` (after waiting when it comes late): an
        interrupted turn's may come late, or never (docs/live-service-quirks.md)."""
        if not interrupted:
            return True
        quirks = self._quirks
        fate = self._dice.pick((quirks.missing_turn_complete, quirks.late_turn_complete))
        if fate == 1:
            await asyncio.sleep(quirks.late_turn_complete_s)
        return fate != 0

    async def _speak(self) -> None:
        if self._options.resumption:
            await self._send({"sessionResumptionUpdate": {"resumable": False}})
        spoken = self._speech_seconds is not None and self._options.input_transcription
        if spoken and self._transcribe:
            heard = self._answer.heard or answers.speech_summary(self._speech_seconds or 0.0)
            await self._send_input_transcription(heard)
        if self._thought is not None:
            part = {"text": self._thought, "thought": True}
            await self._send({"serverContent": {"modelTurn": {"parts": [part]}}})
        if self._options.modality == "AUDIO":
            playback_end = await self._send_audio()
        else:
            await self._send_text()
            playback_end = self._loop.time()
        if self._grounding is not None:
            await self._send({"serverContent": {"groundingMetadata": self._grounding}})
        await self._send({"serverContent": {"generationComplete": True}})
        await asyncio.sleep(max(0.0, playback_end - self._loop.time()))

    async def _send_input_transcription(self, text: str) -> None:
        """In pieces as the service sends them; the ones after a late cut are held back
        until the answer's first audio (or text)."""
        quirks = self._quirks
        pieces = self._dice.pieces(text) if quirks.fragmented_transcription else words(text)
        messages: list[dict[str, Any]] = []
        for index, piece in enumerate(pieces):
            transcription: dict[str, Any] = {"text": piece}
            if quirks.input_transcription_finished:
                transcription["finished"] = index == len(pieces) - 1
            messages.append({"serverContent": {"inputTranscription": transcription}})
        cut = len(messages)
        if messages and self._dice.chance(quirks.late_input_transcription):
            cut = self._dice.below(len(messages))
        self._late_pieces = messages[cut:]
        for message in messages[:cut]:
            await self._send(message)

    async def _send_late_transcription(self) -> None:
        """The input transcription held back, once the model has started answering."""
        late, self._late_pieces = self._late_pieces, []
        for message in late:
            await self._send(message)

    async def _hold_first(self) -> None:
        if self._first_audio_due is not None:
            await asyncio.sleep(max(0.0, self._first_audio_due - time.monotonic()))

    async def _send_text(self) -> None:
        """TEXT modality: the answer as model-turn text parts, a fragment at a time."""
        await self._hold_first()
        for piece in answers.fragments(self._answer.text):
            await self._send({"serverContent": {"modelTurn": {"parts": [{"text": piece}]}}})
            self._spoken.append(piece)
            await self._send_late_transcription()
            await asyncio.sleep(TEXT_FRAGMENT_INTERVAL_S)

    async def _send_audio(self) -> float:
        """Stream the voice with its transcript; return when playback will end (loop time)."""
        seed = self._state.conversation(self._conversation).turns + 1
        pcm = synthesize(self._answer.seconds, seed=seed)
        chunk_bytes = OUTPUT_RATE * self._delivery.chunk_ms // 1000 * _BYTES_PER_SAMPLE
        chunks = [pcm[i : i + chunk_bytes] for i in range(0, len(pcm), chunk_bytes)]
        texts = answers.fragments(self._answer.text) if self._options.output_transcription else []
        # Fragment j goes out just before chunk j·n/m, so the transcript keeps pace.
        text_at: dict[int, list[str]] = {}
        for j, piece in enumerate(texts):
            text_at.setdefault(j * len(chunks) // len(texts), []).append(piece)

        await self._hold_first()
        start = self._loop.time()
        first_chunk_at: float | None = None
        for index, chunk in enumerate(chunks):
            for piece in text_at.get(index, []):
                await self._send({"serverContent": {"outputTranscription": {"text": piece}}})
                self._spoken.append(piece)
            await asyncio.sleep(max(0.0, start + self._due(index, len(chunks)) - self._loop.time()))
            await self._send(
                {
                    "serverContent": {
                        "modelTurn": {
                            "parts": [
                                {
                                    "inlineData": {
                                        "mimeType": AUDIO_MIME_TYPE,
                                        "data": encode_bytes(chunk),
                                    }
                                }
                            ]
                        }
                    }
                }
            )
            if first_chunk_at is None:
                first_chunk_at = self._loop.time()
                await self._send_late_transcription()
            self._audio_seconds_sent += len(chunk) / _BYTES_PER_SAMPLE / OUTPUT_RATE
        assert first_chunk_at is not None  # synthesize() never returns empty audio
        return max(first_chunk_at + self._answer.seconds, self._loop.time())

    def _due(self, index: int, count: int) -> float:
        """When chunk `index` of `count` is sent, in seconds after the first one."""
        delivery = self._delivery
        interval = delivery.chunk_ms / 1000 / delivery.speed
        if delivery.mode == "burst":
            return 0.0
        if delivery.mode == "stall" and index >= count // 2:
            return count // 2 * interval + delivery.stall_s
        return index * interval

    def _usage(self) -> dict[str, Any]:
        history = self._state.conversation(self._conversation).history
        prompt_text = answers.text_tokens(self._options.system_instruction) + sum(
            answers.text_tokens(text) for _, text in history
        )
        prompt_audio = answers.audio_tokens(self._speech_seconds or 0.0)
        if self._options.modality == "AUDIO":
            response = answers.audio_tokens(self._audio_seconds_sent)
        else:
            response = answers.text_tokens("".join(self._spoken))
        prompt_details = [{"modality": "TEXT", "tokenCount": prompt_text}]
        if prompt_audio:
            prompt_details.append({"modality": "AUDIO", "tokenCount": prompt_audio})
        if self._video_tokens:  # the frames the turn took (video.py)
            prompt_details.append({"modality": FRAME_MODALITY, "tokenCount": self._video_tokens})
        prompt = prompt_text + prompt_audio + self._video_tokens
        thoughts = answers.text_tokens(self._thought or "")
        # Vertex AI names the response "candidates", the Gemini API "response" (the SDK
        # maps one onto the other: google-genai's _UsageMetadata_from_vertex).
        response_name = "candidates" if self._options.vertex else "response"
        usage = {
            "promptTokenCount": prompt,
            f"{response_name}TokenCount": response,
            "totalTokenCount": prompt + response + thoughts,
            "promptTokensDetails": prompt_details,
            f"{response_name}TokensDetails": [
                {"modality": self._options.modality, "tokenCount": response}
            ],
        }
        if thoughts:
            usage["thoughtsTokenCount"] = thoughts
        return usage
