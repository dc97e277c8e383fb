"""The quiet gate: the mic's audio goes to the server only while it hears something.

Listening costs the whole app most of its idle CPU in sending: 25 audio messages a second,
each through the SDK's validation, JSON, base64, TLS (and, with the audio engine, the ring,
its doorbell and the app's reader), when the room is silent most of the time. The gate stops
the uplink once the mic has heard only quiet for `hold_ms`, and the session then sends
`audioStreamEnd`: Google's guide asks for it when a stream pauses for more than a second,
to flush the audio the server holds, and says audio may resume at any time (Live API
capabilities guide, "Automatic VAD", https://ai.google.dev/gemini-api/docs/live-guide; the
SDK's reference: "The client can reopen the stream by sending an audio message"). The first
loud frame opens the gate again, and the last `preroll_ms` before it go out first, so the
server's own voice activity detection hears the start of the word and its lead-in, as if
the stream had never paused.

Why a hold of seconds, not a moment: some Live models do not end the user's turn on
`audioStreamEnd`; their detector ends speech only from trailing silence it actually receives
(googleapis/python-genai#1328 on gemini-live-2.5-flash-preview; openclaw/openclaw#152830 on
the 3.8 models). So the gate keeps sending quiet well past the server's end-of-speech wait
(`hold_for`), and the turn ends from audio on every model; `audioStreamEnd` only follows.

While the model speaks the mic keeps the gate open (`Mic`): a barge-in then takes exactly
the path it took without a gate, and the server's VAD hears what the echo canceller leaves,
as before. The gate saves the time when neither side speaks, which is most of a session.

"Loud" is deliberately sensitive (`open_dbfs`, 10 dB below the client's own speech
threshold in media/speech.py): a false opening costs a few messages, a missed word costs the
conversation. A mic whose noise floor is above it (no noise suppression, a loud fan) keeps
the gate open, and the app sends everything, as without a gate.

Plain numpy on the asyncio loop, one call per device block; never in an audio callback.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from desktop_app.media.levels import frame_energy

RATE = 16000
FRAME = RATE // 100  # 10 ms
OPEN_DBFS = -50.0
PREROLL_MS = 500
# A generous margin over the server's default end-of-speech wait, which Google does not
# document (answers usually begin within a second of the user falling silent), and longer
# than a pause for thought within a sentence.
HOLD_MS = 2000

# What `admit` returns: frames to send with their capture times, and PAUSE where the stream
# pauses (the session's `audioStreamEnd`).
Admitted = list[tuple[np.ndarray, float] | None]
PAUSE = None


def hold_for(silence_duration_ms: int) -> int:
    """How long the gate holds: HOLD_MS, or a second past a longer end-of-speech wait the
    user configured (`silence_duration_ms`, 0 for the server's default)."""
    return max(HOLD_MS, silence_duration_ms + 1000)


class QuietGate:
    """Admits 10 ms frames while the mic hears something; `hold_ms` 0 admits everything."""

    def __init__(self, hold_ms: int, *, open_dbfs: float = OPEN_DBFS,
                 preroll_ms: int = PREROLL_MS) -> None:
        self._threshold = frame_energy(open_dbfs, FRAME)
        self._hold = hold_ms // 10
        self._preroll: deque[tuple[np.ndarray, float]] = deque(maxlen=preroll_ms // 10)
        self._quiet = 0  # quiet frames since the last loud one, while open
        self.open = self._hold == 0
        self.pauses = 0  # how often the stream paused (for tests and the bench)

    def admit(self, frames: list[np.ndarray], t0: float, *, keep_open: bool = False) -> Admitted:
        """What to send of `frames` (consecutive 10 ms frames, the first captured at `t0`):
        all of them while open; when a loud frame opens the gate, the pre-roll before it.
        `keep_open` counts every frame as loud (the model is speaking: see `Mic`)."""
        times = [t0 + index * FRAME / RATE for index in range(len(frames))]
        if self._hold == 0:
            return list(zip(frames, times, strict=True))
        if keep_open:
            loud = np.ones(len(frames), bool)
        else:
            block = np.stack(frames).astype(np.float32)
            loud = np.einsum("ij,ij->i", block, block) >= self._threshold
        out: Admitted = []
        for frame, t, is_loud in zip(frames, times, loud, strict=True):
            if is_loud:
                self._quiet = 0
                if not self.open:
                    self.open = True
                    out.extend(self._preroll)
                    self._preroll.clear()
            elif self.open:
                self._quiet += 1
            if not self.open:
                self._preroll.append((frame, t))
                continue
            out.append((frame, t))
            if self._quiet >= self._hold:
                self.open, self._quiet = False, 0
                self.pauses += 1
                out.append(PAUSE)
        return out

    def reset(self) -> None:
        """The mic stopped hearing (muted): nothing it heard before may go out later, and the
        next sound opens the gate afresh."""
        self._preroll.clear()
        self._quiet = 0
        self.open = self._hold == 0
