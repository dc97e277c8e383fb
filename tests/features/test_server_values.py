"""Values from the server checked at the boundary: nonsense is logged once and skipped, and
the conversation goes on on the same connection."""

from __future__ import annotations

import base64
import logging
from typing import Any

import pytest

from desktop_app.live import events as ev
from tests.features.session import open_session, settings_for
from tests.support.events import EventLog

pytestmark = pytest.mark.asyncio


def audio(mime: str, data: bytes = b"\x00\x01" * 480) -> dict[str, Any]:
    blob = {"mimeType": mime, "data": base64.b64encode(data).decode()}
    return {"serverContent": {"modelTurn": {"parts": [{"inlineData": blob}]}}}


def text(words: str) -> dict[str, Any]:
    return {"serverContent": {"modelTurn": {"parts": [{"text": words}]}}}


HOSTILE = [
    audio("audio/pcm;rate=0"),
    audio("audio/pcm;rate=1"),
    audio("audio/pcm;rate=99999999999999999999"),
    {"toolCall": {"functionCalls": [{"name": "open_web_page", "args": {"url": "x"}}]}},
    {"toolCall": {"functionCalls": [{"id": "i" * 5000, "name": "n"}]}},
    {"toolCallCancellation": {"ids": [""]}},
    {"usageMetadata": {"totalTokenCount": -5}},
    {"sessionResumptionUpdate": {"newHandle": "h" * 100_000, "resumable": True}},
]


async def test_nonsense_values_are_skipped_logged_once_and_the_connection_stays(emulator, caplog):
    log = EventLog()
    session = await open_session(settings_for(emulator), log)
    try:
        with caplog.at_level(logging.WARNING, logger="desktop_app.live.boundary"):
            for _ in range(3):  # a stream repeats its fault with every chunk
                for message in HOSTILE:
                    emulator.send_raw(message)
            emulator.send_raw(audio("audio/pcm;rate=24000"))
            emulator.send_raw(text("still here"))
            await log.wait_for(ev.ModelText, lambda e: e.text == "still here")
        assert [a.sample_rate for a in log.of(ev.ModelAudio)] == [24000]
        assert log.of(ev.ToolCall) == [] and log.of(ev.ToolCallCancellation) == []
        assert log.of(ev.Usage) == [] and log.of(ev.ResumptionUpdate) == []
        rate_lines = [r for r in caplog.records if "sample rate" in r.getMessage()]
        assert len(rate_lines) == 1, "logged once, not per chunk"
        assert session.connections == 1 and session.state is ev.ConnectionState.LIVE
        assert session.resumption_handle != "h" * 100_000
    finally:
        await session.stop()
