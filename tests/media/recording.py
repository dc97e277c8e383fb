"""A session for media tests that records what the devices give it instead of sending it.

Kept out of `mediatest.py` on purpose: that module is imported by benchmarks whose audio
engine is spawned, and a spawned child imports the benchmark's main module again; the SDK
that `LiveSession` brings would then load into the engine and inflate its start-up and
memory figures (it did: 370 -> 720 ms and 91 -> 118 MiB in `bench/media_player.py --engine`).
"""

from __future__ import annotations

import time

from desktop_app.live.session import LiveSession
from desktop_app.settings import Settings


class RecordingSession(LiveSession):
    """A session that never connects and records, with the time, what it is given to send:
    its own tasks read the devices (`stream_audio`, `stream_frames`), as in the app."""

    def __init__(self) -> None:
        super().__init__(Settings(), lambda _event: None)
        self.sent: list[tuple[str, bytes | None, float]] = []

    def send_audio(self, pcm16k: bytes) -> None:
        self.sent.append(("audio", pcm16k, time.monotonic()))

    def send_frame(self, image: bytes, mime_type: str = "image/jpeg") -> None:
        assert mime_type == "image/jpeg"
        self.sent.append(("frame", image, time.monotonic()))

    def end_audio_stream(self) -> None:
        self.sent.append(("end", None, time.monotonic()))

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.sent]
