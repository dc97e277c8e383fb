"""Energy-based voice activity detection on the user's 16 kHz PCM.

Google's server decides when the user has finished speaking; the app only streams
audio. The emulator approximates that with frame energy, which is all a test needs to
drive turns deterministically with generated speech: 20 ms frames are "voiced" above a
threshold; an utterance of at least 300 ms of voiced frames followed by enough silence
ends the user's turn. Shorter bursts (clicks, coughs) are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

INPUT_RATE = 16_000
FRAME_MS = 20
MIN_SPEECH_MS = 300
# Voiced audio this long while the model speaks counts as the user barging in.
BARGE_IN_MS = 100

_FRAME_SAMPLES = INPUT_RATE * FRAME_MS // 1000
_RATE = re.compile(r"rate\s*=\s*(\d+)", re.IGNORECASE)
_PCM_TYPES = ("audio/pcm", "audio/l16", "audio/x-raw")


def pcm_rate(mime_type: str | None) -> int | None:
    """The sample rate of raw PCM16 audio named by `mime_type`, or None if it is not PCM.

    `audio/pcm` without a rate is 16 kHz, the rate the service expects by default.
    """
    if not mime_type:
        return INPUT_RATE
    base = mime_type.split(";", 1)[0].strip().lower()
    if base not in _PCM_TYPES:
        return None
    match = _RATE.search(mime_type)
    return int(match.group(1)) if match else INPUT_RATE


def to_input_rate(pcm: bytes, rate: int) -> np.ndarray:
    """PCM16LE mono at `rate` as float samples in [-1, 1] at 16 kHz (linear resampling)."""
    samples = np.frombuffer(pcm[: len(pcm) // 2 * 2], dtype="<i2").astype(np.float32) / 32768.0
    if rate == INPUT_RATE or samples.size == 0:
        return samples
    count = round(samples.size * INPUT_RATE / rate)
    positions = np.arange(count) * (rate / INPUT_RATE)
    return np.interp(positions, np.arange(samples.size), samples).astype(np.float32)


@dataclass(frozen=True)
class VadEvent:
    """`onset`: the user has spoken BARGE_IN_MS; `end_of_turn`: the utterance is over."""

    kind: str
    speech_seconds: float = 0.0


class EnergyVad:
    """Turns a stream of 16 kHz samples into onset and end-of-turn events."""

    def __init__(self, voiced_dbfs: float, end_silence_ms: int) -> None:
        self._threshold = 10 ** (voiced_dbfs / 20)
        self._end_silence_frames = -(-end_silence_ms // FRAME_MS)
        self._pending = np.zeros(0, dtype=np.float32)
        self._voiced = 0  # voiced frames in the current utterance
        self._span = 0  # frames from the first to the last voiced one
        self._silence = 0  # unvoiced frames since the last voiced one
        self._onset_sent = False

    @property
    def speech_seconds(self) -> float:
        """How long the open utterance has lasted so far, first voiced frame to last."""
        return self._span * FRAME_MS / 1000

    @property
    def active(self) -> bool:
        """True from the first voiced frame of an utterance until it ends (or is dropped as
        too short): the user's activity, as turn coverage counts it."""
        return self._voiced > 0

    @property
    def in_speech(self) -> bool:
        """True while an utterance long enough to be a turn is still open."""
        return self._voiced * FRAME_MS >= MIN_SPEECH_MS

    def feed(self, samples: np.ndarray) -> list[VadEvent]:
        """Consume samples; return the events they complete, in order."""
        data = np.concatenate([self._pending, samples])
        whole = data.size // _FRAME_SAMPLES * _FRAME_SAMPLES
        self._pending = data[whole:]
        frames = data[:whole].reshape(-1, _FRAME_SAMPLES)
        voiced = np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1)) >= self._threshold
        events: list[VadEvent] = []
        for is_voiced in voiced:
            event = self._step(bool(is_voiced))
            if event is not None:
                events.append(event)
        return events

    def flush(self) -> VadEvent | None:
        """End the utterance now (the client sent `audioStreamEnd`), if it is long enough."""
        event = VadEvent("end_of_turn", self.speech_seconds) if self.in_speech else None
        self._reset()
        return event

    def _step(self, voiced: bool) -> VadEvent | None:
        if voiced:
            self._span += self._silence + 1
            self._silence = 0
            self._voiced += 1
            if not self._onset_sent and self._voiced * FRAME_MS >= BARGE_IN_MS:
                self._onset_sent = True
                return VadEvent("onset")
            return None
        if self._voiced == 0:
            return None
        self._silence += 1
        if self._silence < self._end_silence_frames:
            return None
        return self.flush()

    def _reset(self) -> None:
        self._voiced = self._span = self._silence = 0
        self._onset_sent = False
