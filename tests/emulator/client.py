"""A raw WebSocket client for testing the emulator without the SDK.

It writes the wire by hand (its own JSON, its own base64), so the emulator's tests do
not lean on the emulator's encoders or on the app's: each side reads the other cold.
"""

from __future__ import annotations

import asyncio
import base64
import json
import ssl
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import numpy as np
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

API_KEY = "emulator-test-key"
MODEL = "models/gemini-3.8-live"
GEMINI_PATH = "/ws/google.ai.generativelanguage.{v}.GenerativeService.BidiGenerateContent"
V1BETA = GEMINI_PATH.format(v="v1beta")
CONSTRAINED_PATH = (
    "/ws/google.ai.generativelanguage.v1alpha.GenerativeService.BidiGenerateContentConstrained"
)
VERTEX_PATH = "/ws/google.cloud.aiplatform.{v}.LlmBidiService/BidiGenerateContent"
VERTEX_MODEL = (
    "projects/p/locations/us-central1/publishers/google/models/gemini-live-2.5-flash-native-audio"
)
WAIT_S = 10.0


def setup(**fields: Any) -> dict[str, Any]:
    """A setup message for an audio conversation with transcripts and resumption on."""
    body: dict[str, Any] = {
        "model": MODEL,
        "generationConfig": {"responseModalities": ["AUDIO"]},
        "inputAudioTranscription": {},
        "outputAudioTranscription": {},
        "sessionResumption": {},
    }
    body.update(fields)
    return {"setup": body}


def kind(message: dict[str, Any]) -> str:
    """What a server message is, read independently of the emulator's own classifier."""
    content = message.get("serverContent", {})
    for part in content.get("modelTurn", {}).get("parts", []):
        if part.get("thought"):
            return "thought"
        return "audio" if "inlineData" in part else "text"
    for name in (
        "groundingMetadata",
        "interrupted",
        "inputTranscription",
        "outputTranscription",
        "generationComplete",
        "turnComplete",
    ):
        if name in content:
            return name
    return next(iter(message))


def kinds(messages: list[dict[str, Any]]) -> list[str]:
    return [kind(m) for m in messages]


class Client:
    """One raw connection with a log of every server message it has read."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.log: list[dict[str, Any]] = []

    async def send(self, message: dict[str, Any], *, binary: bool = False) -> None:
        text = json.dumps(message)
        await self.ws.send(text.encode() if binary else text)

    async def recv(self, timeout: float = WAIT_S) -> dict[str, Any]:
        frame = await asyncio.wait_for(self.ws.recv(), timeout)
        assert isinstance(frame, bytes), "the service sends binary frames"
        message = json.loads(frame)
        self.log.append(message)
        return message

    async def until(
        self, done: Callable[[dict[str, Any]], bool], timeout: float = WAIT_S
    ) -> list[dict[str, Any]]:
        """Read until a message satisfies `done`; return everything read, that one last."""
        read: list[dict[str, Any]] = []
        try:
            async with asyncio.timeout(timeout):
                while True:
                    message = await self.recv()
                    read.append(message)
                    if done(message):
                        return read
        except TimeoutError:
            last = kind(read[-1]) if read else "nothing"
            raise AssertionError(
                f"timed out after {timeout:g} s reading for {getattr(done, '__qualname__', done)}"
                f" ({len(read)} messages read, the last: {last})"
            ) from None

    async def until_kind(self, wanted: str, timeout: float = WAIT_S) -> list[dict[str, Any]]:
        return await self.until(lambda m: kind(m) == wanted, timeout)

    async def turn(self, timeout: float = WAIT_S) -> list[dict[str, Any]]:
        """Everything up to and including the resumable update that closes a model turn."""
        return await self.until(
            lambda m: m.get("sessionResumptionUpdate", {}).get("resumable") is True, timeout
        )

    async def send_audio(
        self,
        pcm: bytes,
        *,
        rate: int = 16_000,
        chunk_ms: int = 20,
        encode: Callable[[bytes], bytes] = base64.urlsafe_b64encode,
        realtime: float = 0.0,
    ) -> None:
        """Stream PCM in chunks; `realtime` paces them (1.0 = real time, 0 = at once)."""
        step = rate * chunk_ms // 1000 * 2
        for i in range(0, len(pcm), step):
            data = encode(pcm[i : i + step]).decode()
            await self.send(
                {"realtime_input": {"audio": {"data": data, "mime_type": f"audio/pcm;rate={rate}"}}}
            )
            if realtime:
                await asyncio.sleep(chunk_ms / 1000 * realtime)

    async def closed(self, timeout: float = WAIT_S) -> ConnectionClosed:
        """Read until the server closes; return the exception carrying its close frame."""
        try:
            async with asyncio.timeout(timeout):
                while True:
                    await self.recv()
        except ConnectionClosed as closed:
            return closed
        raise AssertionError("unreachable")


@asynccontextmanager
async def connected(
    emu: Any,
    path: str = V1BETA,
    *,
    headers: dict[str, str] | None = None,
    query: str = "",
) -> AsyncIterator[Client]:
    """A raw connection to `emu` that trusts only its certificate."""
    context = ssl.create_default_context(cafile=str(emu.cert_path))
    url = f"{emu.url}{path}{'?' + query if query else ''}"
    auth = {"x-goog-api-key": API_KEY} if headers is None else headers
    async with connect(url, ssl=context, additional_headers=auth, proxy=None) as ws:
        yield Client(ws)


@asynccontextmanager
async def session(
    emu: Any, *, headers: dict[str, str] | None = None, **setup_fields: Any
) -> AsyncIterator[Client]:
    """A connection whose setup has been accepted."""
    async with connected(emu, headers=headers) as client:
        await client.send(setup(**setup_fields))
        assert kind(await client.recv()) == "setupComplete"
        yield client


async def closed_info(emu: Any, conn: int | None = None) -> Any:
    """The emulator's record of a connection (default: the newest) once it has closed."""

    def closed() -> Any:
        connections = emu.connections()
        info = connections[-1] if conn is None else connections[conn - 1]
        return None if info.open else info

    return await emu.wait_for(closed, WAIT_S)


def speech(seconds: float, rate: int = 16_000, level: float = 0.3) -> bytes:
    """A voiced signal: harmonics of a gliding 110–160 Hz pitch with a 4 Hz syllable
    envelope that never quite closes (so it reads as one utterance)."""
    t = np.arange(int(seconds * rate)) / rate
    phase = 2 * np.pi * np.cumsum(135 + 25 * np.sin(2 * np.pi * 0.8 * t)) / rate
    source = sum(np.sin(k * phase) / k for k in range(1, 8))
    envelope = 0.55 + 0.45 * np.sin(2 * np.pi * 4 * t)
    signal = source * envelope
    return (level * signal / np.max(np.abs(signal)) * 32767).astype("<i2").tobytes()


def silence(seconds: float, rate: int = 16_000) -> bytes:
    return bytes(int(seconds * rate) * 2)


def decoded_audio(messages: list[dict[str, Any]]) -> bytes:
    """The model audio in `messages`, decoded with the standard library's base64."""
    return b"".join(
        base64.b64decode(part["inlineData"]["data"])
        for m in messages
        for part in m.get("serverContent", {}).get("modelTurn", {}).get("parts", [])
        if "inlineData" in part
    )
