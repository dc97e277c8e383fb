"""How long the speaker waits before it starts a turn: learned from how the audio arrives.

A jitter buffer that starts playing at once runs dry as soon as a chunk comes later than the
audio before it lasts; one that always waits (the player waited 80 ms at every turn start,
docs/performance.md) makes every answer that much later, although Gemini usually sends faster
than real time and such a turn needs no wait at all. So the wait is measured.

For one turn, let chunk i arrive at a_i carrying audio from position D_i (seconds into the
turn). Played from a start s, sample D_i is due at s + D_i, so the turn plays without a gap
if and only if s ≥ a_i − D_i for every chunk: the wait after the first chunk (arriving at
a_0) must be at least

    need = max_i (a_i − a_0 − D_i)

over the chunks after the first (which is there when playing starts): how far the arrivals
ever fell behind real-time consumption, negative when they keep ahead of it. Chunks of 40 ms
sent 1.2 times faster than real time need −6.7 ms; bursts of 200 ms that come up to 50 ms
late need 50 ms. `StartWait` measures `need` for every turn as its chunks arrive and waits
the largest of the last few turns' plus a margin. The margin is for the device and the
loop, not the network: the output callback does not consume in real time but in runs of
blocks ahead of it (through ALSA's pulse plugin with the player's 160-frame blocks, two to
four blocks at once at irregular 10–30 ms intervals), so a chunk can be needed ~20 ms
before its place in real time, more on a loaded machine. How much more is learned as well:
each underrun raises the margin by `margin_step_s` (up to `max_margin_s`), and each turn
that plays without one lowers it by a tenth of a step, down to `margin_s`. Until a turn has
shown how this connection delivers, it waits `initial_s` (the old fixed wait). The current
turn counts as soon as its chunks arrive, so a turn that turns out burstier than the ones
before raises the wait for its own restart after running dry, not only for the next turn.

A gap much longer than any jitter buffer would absorb (the model pausing mid-turn, a stall
of the network for a second) is not jitter: the turn is measured afresh from the chunk after
it, so one hiccup does not make every later answer wait a second. Old turns fall out of the
window, so a burst of bad delivery stops costing after `turns` good ones.

Pure and clock-agnostic (any clock in seconds), so it is unit-tested without a device.
"""

from __future__ import annotations

from collections import deque


class StartWait:
    def __init__(
        self,
        *,
        initial_s: float = 0.080,
        margin_s: float = 0.015,
        margin_step_s: float = 0.010,
        max_margin_s: float = 0.060,
        max_s: float = 0.320,
        turns: int = 8,
        min_turn_s: float = 0.4,
    ) -> None:
        """`max_s` caps the wait; a lateness above it is a pause, not jitter. A turn counts
        as evidence once it has delivered `min_turn_s` of audio (a lone chunk shows nothing
        about how the next ones come)."""
        self._initial = initial_s
        self._base_margin = self._margin = margin_s
        self._margin_step = margin_step_s
        self._max_margin = max_margin_s
        self._turn_underran = False
        self._max = max_s
        self._history: deque[float] = deque(maxlen=turns)
        self._min_turn = min_turn_s
        self._anchor = 0.0  # a_0 of the current stretch (the turn's first chunk, or after a pause)
        self._media = 0.0  # seconds of audio that arrived since the anchor
        self._turn_media = 0.0  # seconds of audio in the current turn
        self._need = 0.0  # the current turn's need so far
        self._in_turn = False

    def reset(self) -> None:
        """Forgets what was learned (a new connection may deliver differently)."""
        self._history.clear()
        self._in_turn = False
        self._margin = self._base_margin

    def underrun(self) -> None:
        """The buffer ran dry inside a turn: the device or the loop needs more margin."""
        self._margin = min(self._max_margin, self._margin + self._margin_step)
        self._turn_underran = True

    @property
    def margin_s(self) -> float:
        return self._margin

    def arrival(self, now: float, seconds: float, *, new_turn: bool) -> None:
        """A chunk of `seconds` of audio arrived at `now`; `new_turn` for a turn's first."""
        if new_turn or not self._in_turn:
            self._close_turn()
            self._in_turn = True
            self._anchor, self._media, self._turn_media, self._need = now, 0.0, 0.0, -self._max
        late = now - self._anchor - self._media
        if late > self._max:  # a pause, not jitter: measure again from here
            self._anchor, self._media = now, 0.0
        elif self._media > 0:  # the first chunk is there when playing starts: no need
            self._need = max(self._need, late)
        self._media += seconds
        self._turn_media += seconds

    @property
    def wait_s(self) -> float:
        """How long a turn's first queued sample should wait before playing starts."""
        known = list(self._history)
        if self._in_turn and (known or self._turn_media >= self._min_turn):
            known.append(self._need)
        if not known:
            return self._initial
        return min(self._max, max(0.0, max(known) + self._margin))

    @property
    def learned(self) -> bool:
        """Whether the wait comes from measured turns rather than the initial guess."""
        return bool(self._history) or (self._in_turn and self._turn_media >= self._min_turn)

    def _close_turn(self) -> None:
        if self._in_turn and self._turn_media >= self._min_turn:
            self._history.append(self._need)
            if not self._turn_underran:
                self._margin = max(self._base_margin, self._margin - self._margin_step / 10)
        self._in_turn = False
        self._turn_underran = False
