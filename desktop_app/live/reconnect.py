"""When and how to connect again: the reconnect decisions, kept apart from the sockets.

Like python-websockets' sans-I/O core, `Reconnector` does no I/O and reads no clock: the
session feeds it what happened (`Connected`, `SetupTimedOut`, `Closed` with the error and the
time, `GoAwayReceived`, `TurnDone`, the user's Connect...), each carrying the monotonic time,
and acts on the answer (`RetryAfter`, `Resume`, `StartFresh`, `Rotate`, `GiveUp`). So every
rule can be tested by feeding inputs, without sleeps or sockets (tests/live/test_reconnect.py).

The rules, and why:
- A failure before `setupComplete` with a fatal code (1007/1008, a 4xx, a bad setting) is not
  retried: the same setup would fail the same way, in a loop.
- Presenting a resumption handle that the server refuses at setup, one older than its
  lifetime (2 hours after the session ended:
  https://ai.google.dev/gemini-api/docs/live-session), or one issued for another model,
  starts a fresh session once, with a note saying so; the conversation cannot go on.
- A 1007 that ends a session which was already live (pipecat#4403: a sequence of client
  messages the server dislikes) is resumed once with the handle; only a 1007 that recurs at
  once (before a turn completes or the connection proves stable) gives up.
- Quota errors (HTTP 429 at the handshake, 1011 "You exceeded your current quota") back off
  slowly, starting at tens of seconds: retrying fast only spends the quota again.
- Other failures back off exponentially, capped, with jitter (so many clients cut by one
  outage do not return in step); a connection that stayed up, or completed a turn, resets it.
- However the connections end (goAway storms included), no two open within a second.
- After giving up, and after End, the handle is forgotten: the next Connect starts fresh.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from desktop_app.live.errors import is_quota
from desktop_app.live.events import SessionError

# A connection that ends "cleanly" sooner than this is treated as a failure (backoff), so a
# relay that accepts and closes at once cannot make us spin.
MIN_CLEAN_LIFETIME_S = 1.0
# After a goAway, give up waiting for the turn to end this long before the server's deadline.
ROTATION_MARGIN_S = 5.0
# https://ai.google.dev/gemini-api/docs/live-session: "valid for 2 hours after the last
# session termination".
HANDLE_LIFETIME_S = 2 * 3600.0


@dataclass(frozen=True)
class RetryPolicy:
    """Reconnect pacing: `initial_s * factor**(n-1)` capped at `cap_s`, each delay shortened
    by up to `jitter` of itself at random; `n` resets once a connection has stayed up
    `stable_after_s` or completed a turn. Quota errors follow the same curve from
    `quota_initial_s` up to `quota_cap_s`."""

    initial_s: float = 0.5
    factor: float = 2.0
    cap_s: float = 15.0
    stable_after_s: float = 10.0
    jitter: float = 0.5
    quota_initial_s: float = 30.0
    quota_cap_s: float = 300.0
    min_connect_interval_s: float = 1.0
    setup_timeout_s: float = 15.0  # the SDK itself waits for setupComplete forever
    handle_lifetime_s: float = HANDLE_LIFETIME_S
    max_buffered_audio_s: float = 60.0  # what the user says while no connection is up
    max_replayed_audio_s: float = 15.0  # what was sent since the newest handle (an utterance)


# ---------------------------------------------------------------------------------- inputs
@dataclass(frozen=True)
class ConnectPressed:
    """The user pressed Connect/Resume, or new settings need a new connection."""

    now: float
    model: str


@dataclass(frozen=True)
class RetryDue:
    """The wait of a `RetryAfter` is over."""

    now: float


@dataclass(frozen=True)
class Opening:
    """A connection starts to open now (what was decided earlier happens a little later:
    the pace of connections is kept from when they really open)."""

    now: float


@dataclass(frozen=True)
class Connected:
    """`setupComplete` arrived: the connection is live."""

    now: float


@dataclass(frozen=True)
class SetupTimedOut:
    """The server accepted the WebSocket but sent no `setupComplete` in time."""

    now: float


@dataclass(frozen=True)
class ConnectFailed:
    """The connection was refused or closed before `setupComplete`."""

    now: float
    error: SessionError


@dataclass(frozen=True)
class Closed:
    """A live connection ended; `error` is None for a clean close (1000)."""

    now: float
    error: SessionError | None


@dataclass(frozen=True)
class HandleIssued:
    """The server sent a resumable handle for a session of `model`."""

    now: float
    handle: str
    model: str


@dataclass(frozen=True)
class GoAwayReceived:
    now: float
    time_left_s: float | None


@dataclass(frozen=True)
class TurnDone:
    """The model completed a turn: the connection carries a conversation."""

    now: float


@dataclass(frozen=True)
class EndPressed:
    now: float


Input = (
    ConnectPressed
    | RetryDue
    | Opening
    | Connected
    | SetupTimedOut
    | ConnectFailed
    | Closed
    | HandleIssued
    | GoAwayReceived
    | TurnDone
    | EndPressed
)


# ------------------------------------------------------------------------------- decisions
@dataclass(frozen=True)
class RetryAfter:
    """Wait `seconds`, then feed `RetryDue`. `error` is why (None: only pacing)."""

    seconds: float
    error: SessionError | None
    attempt: int


@dataclass(frozen=True)
class Resume:
    """Connect now, presenting `handle`."""

    handle: str


@dataclass(frozen=True)
class StartFresh:
    """Connect now without a handle. `note` says what was lost ("" when nothing was)."""

    note: str = ""


@dataclass(frozen=True)
class Rotate:
    """After a goAway: open the next connection with `handle` while the old one still works,
    after `not_before_s`, waiting up to `turn_wait_s` for the model's turn to end."""

    handle: str
    turn_wait_s: float
    not_before_s: float


@dataclass(frozen=True)
class GiveUp:
    error: SessionError


Decision = RetryAfter | Resume | StartFresh | Rotate | GiveUp


class Reconnector:
    """The decisions of one conversation; `feed` every input, act on what it answers."""

    def __init__(self, policy: RetryPolicy | None = None, *, rng: random.Random | None = None):
        self.policy = policy or RetryPolicy()
        self._rng = rng or random.Random()
        self.handle: str | None = None
        self._handle_model = ""
        self._handle_at = 0.0  # issued, or last used by a connection that ended
        self._model = ""
        self._attempt = 0
        self._quota_attempt = 0
        self._connected_at: float | None = None
        self._resuming = False
        self._after_live_1007 = False  # resumed once after a mid-session 1007
        self._last_open = -math.inf
        self._note = ""  # why the next fresh start lost the conversation

    def feed(self, event: Input) -> Decision | None:
        """What to do about `event` (None: nothing, carry on)."""
        match event:
            case ConnectPressed(now, model):
                self._model, self._attempt, self._quota_attempt = model, 0, 0
                return self._next_connection(now)
            case RetryDue(now):
                return self._next_connection(now)
            case Opening(now):
                self._last_open = now
                return None
            case Connected(now):
                self._connected_at = now
                return None
            case SetupTimedOut(now):
                error = SessionError(
                    f"No answer to the session setup in {self.policy.setup_timeout_s:.0f} s"
                )
                return self._back_off(error)
            case ConnectFailed(now, error):
                return self._setup_failed(now, error)
            case Closed(now, error):
                return self._closed(now, error)
            case HandleIssued(now, handle, model):
                self.handle, self._handle_model, self._handle_at = handle, model, now
                return None
            case GoAwayReceived(now, time_left_s):
                return self._rotate(now, time_left_s)
            case TurnDone():
                self._stable()
                return None
            case EndPressed():
                self._forget_handle()
                self._connected_at = None
                return None
        raise TypeError(f"not a reconnect input: {event!r}")

    # ------------------------------------------------------------------ rules
    def _next_connection(self, now: float) -> Decision:
        wait = self._last_open + self.policy.min_connect_interval_s - now
        if wait > 0:
            return RetryAfter(wait, None, self._attempt)
        self._last_open = now
        self._drop_stale_handle(now)
        self._resuming = self.handle is not None
        if self.handle is not None:
            return Resume(self.handle)
        note, self._note = self._note, ""
        return StartFresh(note)

    def _drop_stale_handle(self, now: float) -> None:
        if self.handle is None:
            return
        if self._handle_model != self._model:
            self._lose_conversation(f"The model changed to {self._model}")
        elif now - self._handle_at > self.policy.handle_lifetime_s:
            hours = self.policy.handle_lifetime_s / 3600
            self._lose_conversation(f"The session was left unused for more than {hours:g} h")

    def _setup_failed(self, now: float, error: SessionError) -> Decision:
        if is_quota(error):
            return self._quota(error)
        if not error.fatal:
            return self._back_off(error)
        if self._resuming and not _credentials_problem(error):
            reason = error.reason or error.message
            self._lose_conversation(f"The server refused to resume the session ({reason})")
            return self._next_connection(now)
        return self._give_up(error)

    def _closed(self, now: float, error: SessionError | None) -> Decision:
        lived = now - (self._connected_at if self._connected_at is not None else now)
        self._connected_at = None
        if self.handle is not None:
            self._handle_at = now  # the handle's lifetime counts from the session's end
        if lived >= self.policy.stable_after_s:
            self._stable()
        if error is None:
            if lived >= MIN_CLEAN_LIFETIME_S:
                return self._next_connection(now)
            error = SessionError("The server closed the connection at once", 1000)
        if is_quota(error):
            return self._quota(error)
        if error.code == 1007 and self.handle is not None and not self._after_live_1007:
            self._after_live_1007 = True
            return self._next_connection(now)
        if error.fatal:
            return self._give_up(error)
        return self._back_off(error)

    def _rotate(self, now: float, time_left_s: float | None) -> Decision | None:
        if self.handle is None:
            return None  # nothing to resume with: let this connection run out, then reconnect
        wait = max(0.0, self._last_open + self.policy.min_connect_interval_s - now)
        self._last_open = now + wait
        turn_wait = max(0.0, (time_left_s or 0.0) - ROTATION_MARGIN_S - wait)
        return Rotate(self.handle, turn_wait, wait)

    def _stable(self) -> None:
        self._attempt = self._quota_attempt = 0
        self._after_live_1007 = False

    def _back_off(self, error: SessionError) -> RetryAfter:
        self._attempt += 1
        p = self.policy
        base = min(p.cap_s, p.initial_s * p.factor ** (self._attempt - 1))
        return RetryAfter(self._jittered(base), error, self._attempt)

    def _quota(self, error: SessionError) -> RetryAfter:
        self._quota_attempt += 1
        p = self.policy
        base = min(p.quota_cap_s, p.quota_initial_s * p.factor ** (self._quota_attempt - 1))
        return RetryAfter(self._jittered(base), error, self._quota_attempt)

    def _jittered(self, base: float) -> float:
        return base * (1.0 - self.policy.jitter * self._rng.random())

    def _give_up(self, error: SessionError) -> GiveUp:
        self._forget_handle()
        return GiveUp(error)

    def _lose_conversation(self, why: str) -> None:
        self._forget_handle()
        self._note = f"{why}; a new session started. Gemini does not remember what was said before."

    def _forget_handle(self) -> None:
        self.handle = None
        self._resuming = self._after_live_1007 = False


def _credentials_problem(error: SessionError) -> bool:
    """A refusal about the key or the settings, which a fresh session would meet again."""
    return (
        error.code is None
        or error.code in (401, 403)
        or "api key" in error.reason.lower()
        or "api key" in error.message.lower()
    )
