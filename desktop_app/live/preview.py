"""Voice previews: one short sentence in the chosen voice and language, asked of the chosen
model once and kept on disk.

The voice picker lists 30 names with an adjective each; hearing one is how a user chooses.
Google publishes no sample clips, and a voice sounds different from model to model and from
language to language, so the preview is the model itself: a short Live connection of its
own (never the conversation's), one typed turn asking it to introduce itself, the audio it
answers with collected until `turnComplete`, and the connection closed. The clip is cached
per (server, model, voice, language) in the user's cache directory, so each preview costs its
tokens once. Qt-free and device-free: the wiring plays the clip (media/oneshot.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import re
import wave
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.languages import language_name
from desktop_app.live import events as ev
from desktop_app.live.client import Credentials, make_client
from desktop_app.live.config import build_setup, spoken_language
from desktop_app.live.outbox import deliver
from desktop_app.live.unpack import MessageUnpacker
from desktop_app.live.uplink import TypedText
from desktop_app.settings import Settings

PREVIEW_TIMEOUT_S = 30.0  # connect, ask and hear one sentence
MAX_PREVIEW_BYTES = 24_000 * 2 * 20  # 20 s at 24 kHz: more is not "one short sentence"


class PreviewError(Exception):
    """Why no preview could be recorded, in words for the user."""


@dataclass(frozen=True)
class PreviewKey:
    """What makes one clip differ from another. `endpoint` is "" for Google's service (a
    relay or the emulator keep clips of their own); `language` is BCP-47, "" when the model
    chooses."""

    endpoint: str
    model: str
    voice: str
    language: str

    @classmethod
    def for_settings(cls, settings: Settings) -> PreviewKey:
        return cls(settings.endpoint, settings.model, settings.voice, spoken_language(settings))

    def filename(self) -> str:
        """Readable, safe on every file system, and unique (a digest of the whole key)."""
        digest = hashlib.sha256(repr(self).encode()).hexdigest()[:12]
        readable = "-".join(part for part in (self.model, self.voice, self.language) if part)
        return f"{re.sub(r'[^A-Za-z0-9.]+', '_', readable)[:80]}-{digest}.wav"


@dataclass(frozen=True)
class PreviewClip:
    """16-bit mono PCM; `cached` when it came from disk rather than from the model."""

    pcm: bytes
    sample_rate: int
    cached: bool = False

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate


class PreviewCache:
    """Clips as WAV files in `directory`; a clip is written whole or not at all."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    def path(self, key: PreviewKey) -> Path:
        return self.directory / key.filename()

    def get(self, key: PreviewKey) -> PreviewClip | None:
        try:
            with wave.open(str(self.path(key)), "rb") as w:
                if w.getnchannels() != 1 or w.getsampwidth() != 2:
                    return None
                return PreviewClip(w.readframes(w.getnframes()), w.getframerate(), cached=True)
        except (OSError, EOFError, wave.Error):
            return None

    def put(self, key: PreviewKey, clip: PreviewClip) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.path(key)
        partial = target.with_suffix(".partial")
        with wave.open(str(partial), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(clip.sample_rate)
            w.writeframes(clip.pcm)
        os.replace(partial, target)


def prompt_for(key: PreviewKey) -> str:
    """What the model is asked: short, so the answer is one sentence (and, from the
    emulator, which echoes what it is told, a short stand-in)."""
    language = f" in {language_name(key.language)}" if key.language else ""
    return f"Say hello and introduce yourself in one short sentence{language}."


def preview_settings(settings: Settings) -> Settings:
    """The conversation's settings for model, voice, language and connection, without
    anything that could make the answer longer or stop it from coming: no tools, search,
    thoughts or instruction, no proactive audio (which may choose not to answer)."""
    return settings.replace(
        tools=[],
        google_search=False,
        include_thoughts=False,
        system_instruction="",
        proactive_audio=False,
        affective_dialog=False,
        push_to_talk=False,
        translation_target="",
    )


async def record_preview(settings: Settings, credentials: Credentials) -> PreviewClip:
    """Ask the model once, over a connection of its own, and return what it said."""
    chosen = preview_settings(settings)
    setup = build_setup(chosen)
    if setup.capabilities.is_translation or setup.capabilities.text_input == "none":
        raise PreviewError(f"{setup.capabilities.label} has no voice to choose.")
    client = make_client(chosen, setup.api_version, credentials)
    unpacker = MessageUnpacker()
    chunks: list[bytes] = []
    size = 0
    rate = 24_000
    async with client.aio.live.connect(model=setup.model, config=setup.config) as session:
        prompt = TypedText(prompt_for(PreviewKey.for_settings(settings)))
        await deliver(session, prompt, text_input=setup.capabilities.text_input)
        ended = False
        while not ended and size < MAX_PREVIEW_BYTES:
            async for message in session.receive():  # ends after each turnComplete
                for event in unpacker.unpack(message):
                    if isinstance(event, ev.ModelAudio):
                        chunks.append(event.data)
                        size += len(event.data)
                        rate = event.sample_rate
                    elif isinstance(event, ev.TurnComplete):
                        ended = True
                if ended or size >= MAX_PREVIEW_BYTES:
                    break
    if not chunks:
        raise PreviewError("The model answered without sound.")
    return PreviewClip(b"".join(chunks)[:MAX_PREVIEW_BYTES], rate)


Recorder = Callable[[Settings, Credentials], Awaitable[PreviewClip]]


class VoicePreviews:
    """A clip for the settings: from the cache, or recorded once and cached. Requests for a
    clip already being recorded wait for that recording instead of asking again. Without a
    cache (the built-in emulator's stand-in voice), every request records."""

    def __init__(
        self,
        cache: PreviewCache | None,
        record: Recorder = record_preview,
        timeout_s: float = PREVIEW_TIMEOUT_S,
    ) -> None:
        self.cache = cache
        self._record = record
        self._timeout_s = timeout_s
        self._recording: dict[PreviewKey, asyncio.Future[PreviewClip]] = {}

    async def clip(self, settings: Settings, credentials: Credentials) -> PreviewClip:
        key = PreviewKey.for_settings(settings)
        if self.cache is not None and (kept := self.cache.get(key)) is not None:
            return kept
        running = self._recording.get(key)
        if running is not None:
            return await asyncio.shield(running)
        task = asyncio.ensure_future(self._fetch(key, settings, credentials))
        self._recording[key] = task
        return await asyncio.shield(task)  # a caller that gives up leaves it to the others

    async def _fetch(
        self, key: PreviewKey, settings: Settings, credentials: Credentials
    ) -> PreviewClip:
        try:
            async with asyncio.timeout(self._timeout_s):
                clip = await self._record(settings, credentials)
        finally:
            self._recording.pop(key, None)
        if self.cache is not None:
            with contextlib.suppress(OSError):  # played anyway; asked again next time
                self.cache.put(key, clip)
        return clip
