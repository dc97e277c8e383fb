"""When a captured frame goes to the model: the adaptive video policy, without any I/O.

At one frame a second a camera or a shared screen sends 60 pictures a minute whether anything
moves or not, and each one is billed (the 3.x models' default turn coverage takes every frame,
docs/performance.md). Most of those pictures say nothing new. The policy sends a frame:

- never closer than `min_interval_s` to the previous one (the Live API takes ~1 frame/s);
- when the user's turn starts (or started since the last frame), so the model never answers
  from a picture older than `min_interval_s`;
- while the user speaks, at the full rate: what they point at while talking is what they mean;
- when the picture changed since the last frame sent (`change` ≥ `change_threshold`, a score
  the capture computes on a small grey thumbnail, see `frames.change_score`);
- and otherwise one every `still_interval_s`, so a still scene is still seen.

Pure: time, the change score and the user's activity come in, a decision goes out. The capture
thread calls it once per captured frame; a benchmark or a test can drive it with any clock.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

# A fraction of the thumbnail's pixels that must have changed. Sensor noise moves no pixel
# past the thumbnail's own threshold (frames.PIXEL_DELTA) once averaged into a thumbnail cell;
# a blinking cursor changes one cell of ~2,500; a line of typing about 1 %, a slide or a
# moving head far more than 2 %.
DEFAULT_CHANGE_THRESHOLD = 0.02


class SendReason(enum.Enum):
    """Why a frame was sent (benchmarks and tests count them)."""

    FIRST = "first"  # nothing was sent yet
    TURN_START = "turn start"  # the user's turn started since the last frame
    SPEECH = "speech"  # the user is speaking
    CHANGE = "change"  # the picture changed
    STILL = "still"  # nothing happened for `still_interval_s`


@dataclass(frozen=True, slots=True)
class FramePolicyConfig:
    still_interval_s: float = 10.0  # a still scene: one frame this often
    min_interval_s: float = 1.0  # never more often than this
    change_threshold: float = DEFAULT_CHANGE_THRESHOLD

    def __post_init__(self) -> None:
        if not self.min_interval_s > 0:
            raise ValueError("min_interval_s must be positive")
        if self.still_interval_s < self.min_interval_s:
            raise ValueError("still_interval_s cannot be shorter than min_interval_s")
        if not 0.0 <= self.change_threshold <= 1.0:
            raise ValueError("change_threshold is a fraction of the picture, 0 to 1")

    @classmethod
    def fixed(cls, interval_s: float = 1.0) -> FramePolicyConfig:
        """Every frame at `interval_s` whatever happens: the behaviour before adaptive video,
        and the benchmark's baseline."""
        return cls(still_interval_s=interval_s, min_interval_s=interval_s, change_threshold=1.0)


class FramePolicy:
    """The decision for each captured frame; one instance per capture, used by one thread.

    `config` may be replaced from another thread (a settings change): the policy reads it
    once per decision, and a frozen dataclass is replaced in one assignment.
    """

    def __init__(self, config: FramePolicyConfig | None = None) -> None:
        self.config = config or FramePolicyConfig()
        self._last_sent: float | None = None
        self._turn_pending = False
        self._was_speaking = False

    @property
    def last_sent(self) -> float | None:
        """When the last frame that was sent had been captured (None: none yet)."""
        return self._last_sent

    def due(self, now: float) -> bool:
        """Whether a frame captured at `now` could be sent at all; when False, `decide` is
        None whatever the change score, so the capture need not compute it."""
        last = self._last_sent
        # A tolerance for float sums of 1/fps: a 30 fps source lands 1e-12 short of 1 s.
        return last is None or now - last >= self.config.min_interval_s - 1e-6

    def urgent_at(self) -> float | None:
        """When a frame is wanted as soon as one may be sent (a turn is waiting for its
        fresh frame, or the user speaks), the time it may be; None when nothing is urgent.
        A source that captures slowly (a screen every few seconds) captures then instead of
        waiting for its own pace."""
        if self._last_sent is None or not (self._turn_pending or self._was_speaking):
            return None
        return self._last_sent + self.config.min_interval_s

    def decide(self, now: float, *, change: float = 0.0, speaking: bool = False,
               turn_started: bool = False) -> SendReason | None:
        """Whether the frame captured at `now` goes to the model, and why (None: it does not).

        `change` is the score of this frame against the last one sent (0: identical, 1: all
        of it changed); `speaking` whether the user speaks now; `turn_started` whether a turn
        started since the previous call (push-to-talk pressed, or local voice activity began).
        The start of speech counts as a turn start too, so a caller that knows only
        `speaking` gets the fresh frame as well. A sent frame is recorded as sent.
        """
        config = self.config
        if turn_started or (speaking and not self._was_speaking):
            self._turn_pending = True
        self._was_speaking = speaking
        reason = self._reason(now, change, speaking, config)
        if reason is not None:
            self._last_sent = now
            self._turn_pending = False
        return reason

    def _reason(self, now: float, change: float, speaking: bool,
                config: FramePolicyConfig) -> SendReason | None:
        if self._last_sent is None:
            return SendReason.FIRST
        if not self.due(now):
            return None
        if self._turn_pending:
            return SendReason.TURN_START
        if speaking:
            return SendReason.SPEECH
        if change >= config.change_threshold:
            return SendReason.CHANGE
        if now - self._last_sent >= config.still_interval_s - 1e-6:
            return SendReason.STILL
        return None
