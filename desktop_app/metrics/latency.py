"""The latency panel's figures, from typed events: how long the user waits, turn by turn.

For each model turn (a generation):

- **answer**: from the end of the user's turn to the first sample of the answer at the
  speaker. The end of the user's turn is the client's own moment (`media.speech`): the end
  of the last voiced audio the mic captured, the release of the push-to-talk key, or the
  sending of typed text. The server's signals (its end of the input transcription, say)
  come later and would hide part of the wait. The first sample at the speaker is the
  player's DAC time for that turn, rebased to `time.monotonic()`.
- **arrival**: from the same moment to the first chunk of the answer reaching the app
  (network and model), and **playout**: from that chunk to the speaker (the app's share).
- **cut**: for an answer the user interrupted, `interrupted` → silence at the speaker, as
  the player measured it.

And per connection: **setup** (opening the connection → `setupComplete`, measured by the
session) and **reconnect gaps** (the link lost → the next `setupComplete`).

A user turn that ends while no answer has begun yet is the one the next answer answers; a
later one replaces it (the user paused, then went on; or spoke, then let the push-to-talk key
go), and one reported after an answer began, for a moment before it, is ignored. An answer
with no user turn before it (the model spoke first, or went on after a tool call) has no
answer or arrival time: there is nothing to count from; its playout is still measured.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop_app.live import events as ev
from desktop_app.media.events import FirstAudioPlayed
from desktop_app.media.speech import UserTurnEnded

MAX_TURNS = 500  # the panel and the history keep this many turns of a long conversation
_ENDING = (ev.ConnectionState.CLOSED, ev.ConnectionState.FAILED)
_LOST = (ev.ConnectionState.RECONNECTING, ev.ConnectionState.CONNECTING)


@dataclass(frozen=True, slots=True)
class TurnLatency:
    """One model turn's figures in seconds; None where there is nothing to measure."""

    generation: int
    user_end: str | None  # how the user's turn ended ("voice", "push_to_talk", "typed")
    answer_s: float | None = None  # user's end → first sample at the speaker
    arrival_s: float | None = None  # user's end → first chunk in the app
    playout_s: float | None = None  # first chunk in the app → first sample at the speaker
    cut_s: float | None = None  # interrupted → silence at the speaker
    interrupted: bool = False


@dataclass(frozen=True, slots=True)
class LatencySnapshot:
    turns: tuple[TurnLatency, ...] = ()
    setups_s: tuple[float, ...] = ()
    reconnect_gaps_s: tuple[float, ...] = ()

    @property
    def last_answer_s(self) -> float | None:
        return next((t.answer_s for t in reversed(self.turns) if t.answer_s is not None), None)

    @property
    def median_answer_s(self) -> float | None:
        answers = [t.answer_s for t in self.turns if t.answer_s is not None]
        return statistics.median(answers) if answers else None

    def to_dict(self) -> dict[str, object]:
        """For the history: plain JSON values, milliseconds rounded to 0.1."""
        return {
            "turns": [
                {
                    "generation": t.generation,
                    "user_end": t.user_end,
                    "answer_ms": _ms(t.answer_s),
                    "arrival_ms": _ms(t.arrival_s),
                    "playout_ms": _ms(t.playout_s),
                    "cut_ms": _ms(t.cut_s),
                    "interrupted": t.interrupted,
                }
                for t in self.turns
            ],
            "setup_ms": [_ms(s) for s in self.setups_s],
            "reconnect_gap_ms": [_ms(s) for s in self.reconnect_gaps_s],
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> LatencySnapshot:
        turns = tuple(
            TurnLatency(
                int(t["generation"]),
                t.get("user_end"),
                _s(t.get("answer_ms")),
                _s(t.get("arrival_ms")),
                _s(t.get("playout_ms")),
                _s(t.get("cut_ms")),
                bool(t.get("interrupted")),
            )
            for t in data.get("turns") or ()  # type: ignore[union-attr]
        )
        return cls(
            turns,
            tuple(s for s in map(_s, data.get("setup_ms") or ()) if s is not None),  # type: ignore[arg-type]
            tuple(s for s in map(_s, data.get("reconnect_gap_ms") or ()) if s is not None),  # type: ignore[arg-type]
        )


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 1)


def _s(ms: object) -> float | None:
    return None if ms is None else float(ms) / 1000  # type: ignore[arg-type]


class LatencyTracker:
    """Consumes session and media events (`handle`), keeps the figures (`snapshot`)."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        on_change: Callable[[LatencySnapshot], None] | None = None,
    ) -> None:
        self._clock = clock
        self._on_change = on_change
        self._turns: dict[int, TurnLatency] = {}
        self._arrived: dict[int, float] = {}  # generation → first chunk's arrival
        self._user_end: UserTurnEnded | None = None  # not yet answered
        self._answer_began = -math.inf  # when the newest answer's first chunk came
        self._pending_sound: dict[int, float] = {}  # first sound heard before its chunk was seen
        self._setups: list[float] = []
        self._gaps: list[float] = []
        self._live = False
        self._lost_at: float | None = None
        self._ended = False

    # ------------------------------------------------------------------ events
    def handle(self, event: object) -> None:
        if isinstance(event, UserTurnEnded):
            self._user_ended(event)
        elif isinstance(event, FirstAudioPlayed):
            self.first_sound(event.generation, event.played_at)
        elif isinstance(event, ev.ModelAudio | ev.ModelText):
            if isinstance(event, ev.ModelText) and event.thought:
                return
            if event.generation not in self._turns:
                self._begin(event.generation)
        elif isinstance(event, ev.Interrupted):
            turn = self._turns.get(event.generation)
            if turn is not None:
                self._put(replace(turn, interrupted=True))
        elif isinstance(event, ev.SetupComplete):
            self._connected(event)
        elif isinstance(event, ev.StateChanged):
            self._state(event)

    def first_sound(self, generation: int, at: float) -> None:
        """The first sample of `generation` reached the speaker at `at` (monotonic)."""
        turn = self._turns.get(generation)
        if turn is None:
            self._pending_sound[generation] = at
            return
        if turn.playout_s is not None:
            return  # only the first sound counts
        arrived = self._arrived[generation]
        answer = None if turn.arrival_s is None else turn.arrival_s + (at - arrived)
        self._put(replace(turn, playout_s=at - arrived, answer_s=answer))

    def silenced(self, generation: int, latency_s: float) -> None:
        """The player silenced interrupted `generation` `latency_s` after it was asked to."""
        turn = self._turns.get(generation)
        if turn is not None and turn.cut_s is None:
            self._put(replace(turn, cut_s=latency_s, interrupted=True))

    # ------------------------------------------------------------------ figures
    def snapshot(self) -> LatencySnapshot:
        return LatencySnapshot(
            tuple(self._turns.values()), tuple(self._setups), tuple(self._gaps)
        )

    def reset(self) -> None:
        self._turns.clear()
        self._arrived.clear()
        self._pending_sound.clear()
        self._user_end = None
        self._answer_began = -math.inf
        self._setups.clear()
        self._gaps.clear()
        self._lost_at = None
        self._ended = False

    # ------------------------------------------------------------------ inside
    def _user_ended(self, event: UserTurnEnded) -> None:
        """The latest moment wins: reports come late (the mic's needs its hangover), so a
        voice end can arrive after the push-to-talk release it came before. One from before
        the newest answer began belongs to a turn already answered."""
        if event.at < self._answer_began:
            return
        if self._user_end is None or event.at >= self._user_end.at:
            self._user_end = event

    def _begin(self, generation: int) -> None:
        now = self._clock()
        self._arrived[generation] = now
        self._answer_began = now
        user, self._user_end = self._user_end, None
        arrival = None if user is None or user.at > now else now - user.at
        self._put(
            TurnLatency(generation, user.how if arrival is not None else None, arrival_s=arrival)
        )
        while len(self._turns) > MAX_TURNS:
            oldest = next(iter(self._turns))
            del self._turns[oldest]
            self._arrived.pop(oldest, None)
        heard = self._pending_sound.pop(generation, None)
        if heard is not None:
            self.first_sound(generation, heard)

    def _connected(self, event: ev.SetupComplete) -> None:
        if event.setup_s is not None:
            self._setups.append(event.setup_s)
        if self._lost_at is not None:
            self._gaps.append(self._clock() - self._lost_at)
            self._lost_at = None
        self._live = True
        self._notify()

    def _state(self, event: ev.StateChanged) -> None:
        if event.state in _ENDING or event.state is ev.ConnectionState.PAUSED:
            self._live = False
            self._lost_at = None
            self._ended = self._ended or event.state in _ENDING
        elif event.state in _LOST:
            if self._ended and event.state is ev.ConnectionState.CONNECTING:
                self.reset()  # a new conversation
            elif self._live and self._lost_at is None:
                self._lost_at = self._clock()
            self._live = False

    def _put(self, turn: TurnLatency) -> None:
        self._turns[turn.generation] = turn
        self._notify()

    def _notify(self) -> None:
        if self._on_change is not None:
            self._on_change(self.snapshot())
