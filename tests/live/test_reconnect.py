"""The reconnect rules, one test each: inputs in, decisions out, no sleeps, no sockets.

The clock is an argument (`now`), the randomness a seeded `random.Random`, so each rule is
checked exactly.
"""

from __future__ import annotations

import itertools
import random

import pytest

from desktop_app.live.events import SessionError
from desktop_app.live.reconnect import (
    Closed,
    Connected,
    ConnectFailed,
    ConnectPressed,
    EndPressed,
    GiveUp,
    GoAwayReceived,
    HandleIssued,
    Opening,
    Reconnector,
    Resume,
    RetryAfter,
    RetryDue,
    RetryPolicy,
    Rotate,
    SetupTimedOut,
    StartFresh,
    TurnDone,
)

MODEL = "gemini-3.8-live"
POLICY = RetryPolicy(initial_s=1.0, factor=2.0, cap_s=16.0, stable_after_s=10.0, jitter=0.0)

BAD_KEY = SessionError(
    "Server closed the connection (1007)",
    1007,
    "API key not valid. Please pass a valid API key.",
    fatal=True,
)
INVALID_ARGUMENT = SessionError(
    "Server closed the connection (1007)",
    1007,
    "Request contains an invalid argument.",
    fatal=True,
)
HANDLE_REFUSED = SessionError(
    "Server closed the connection (1008)",
    1008,
    "Session resumption handle is invalid or has expired.",
    fatal=True,
)
INTERNAL = SessionError("Server closed the connection (1011)", 1011, "Internal error encountered.")
DROPPED = SessionError("Network error: ConnectionClosedError")
QUOTA_CLOSE = SessionError(
    "Server closed the connection (1011)",
    1011,
    "You exceeded your current quota, please check your plan and billing details.",
)
QUOTA_HANDSHAKE = SessionError("Quota exceeded (HTTP 429)", 429, "RESOURCE_EXHAUSTED")
MIN_LIVED = 1.0  # a clean close after a second is not "closed at once"


def live(
    policy: RetryPolicy = POLICY,
    *,
    handle: str | None = "h1",
    at: float = 0.0,
    rng: random.Random | None = None,
) -> Reconnector:
    """A machine whose conversation is live since `at`, with `handle` when one is given."""
    machine = Reconnector(policy, rng=rng or random.Random(1))
    assert isinstance(machine.feed(ConnectPressed(at, MODEL)), StartFresh)
    machine.feed(Connected(at))
    if handle is not None:
        machine.feed(HandleIssued(at, handle, MODEL))
    return machine


def test_first_connect_starts_fresh_without_a_note():
    machine = Reconnector(POLICY)
    assert machine.feed(ConnectPressed(0.0, MODEL)) == StartFresh("")


def test_setup_time_fatal_codes_are_never_retried():
    for error in (BAD_KEY, INVALID_ARGUMENT, HANDLE_REFUSED):
        machine = Reconnector(POLICY)
        machine.feed(ConnectPressed(0.0, MODEL))
        assert machine.feed(ConnectFailed(0.2, error)) == GiveUp(error)


def test_a_bad_key_while_resuming_gives_up_instead_of_starting_fresh():
    machine = live()
    assert isinstance(machine.feed(Closed(30.0, DROPPED)), RetryAfter)
    assert machine.feed(RetryDue(31.0)) == Resume("h1")
    assert machine.feed(ConnectFailed(31.1, BAD_KEY)) == GiveUp(BAD_KEY)


def test_setup_timeout_is_retried_with_backoff():
    machine = Reconnector(POLICY)
    machine.feed(ConnectPressed(0.0, MODEL))
    decision = machine.feed(SetupTimedOut(15.0))
    assert isinstance(decision, RetryAfter) and decision.seconds == 1.0
    assert "setup" in decision.error.message


def test_mid_session_1007_is_resumed_once_with_the_handle():
    machine = live()
    assert machine.feed(Closed(60.0, INVALID_ARGUMENT)) == Resume("h1")


def test_mid_session_1007_that_recurs_at_once_gives_up():
    machine = live()
    machine.feed(Closed(60.0, INVALID_ARGUMENT))
    machine.feed(Connected(60.1))
    assert machine.feed(Closed(61.5, INVALID_ARGUMENT)) == GiveUp(INVALID_ARGUMENT)
    assert machine.handle is None


def test_mid_session_1007_after_a_completed_turn_is_resumed_again():
    machine = live()
    machine.feed(Closed(60.0, INVALID_ARGUMENT))
    machine.feed(Connected(60.1))
    machine.feed(TurnDone(62.0))
    assert machine.feed(Closed(63.5, INVALID_ARGUMENT)) == Resume("h1")


def test_mid_session_1007_without_a_handle_gives_up():
    machine = live(handle=None)
    assert machine.feed(Closed(60.0, INVALID_ARGUMENT)) == GiveUp(INVALID_ARGUMENT)


def test_backoff_grows_and_is_capped():
    machine = live(at=0.0)
    delays = []
    now = 0.5
    for _ in range(7):
        decision = machine.feed(Closed(now, INTERNAL))
        assert isinstance(decision, RetryAfter)
        delays.append(decision.seconds)
        now += decision.seconds
        assert machine.feed(RetryDue(now)) == Resume("h1")
        machine.feed(Connected(now))
        now += 0.5
    assert delays == [1.0, 2.0, 4.0, 8.0, 16.0, 16.0, 16.0]


def test_stable_connections_reset_the_backoff():
    machine = live(at=0.0)
    for now in (0.5, 2.0, 5.0):
        machine.feed(Closed(now, INTERNAL))
        machine.feed(RetryDue(now + 1.0))
        machine.feed(Connected(now + 1.0))
    decision = machine.feed(Closed(6.0 + POLICY.stable_after_s, INTERNAL))
    assert isinstance(decision, RetryAfter) and decision.attempt == 1
    assert decision.seconds == POLICY.initial_s


def test_a_completed_turn_resets_the_backoff():
    machine = live(at=0.0)
    for now in (0.5, 2.0, 5.0):
        machine.feed(Closed(now, INTERNAL))
        machine.feed(RetryDue(now + 1.0))
        machine.feed(Connected(now + 1.0))
    machine.feed(TurnDone(7.0))
    decision = machine.feed(Closed(7.5, INTERNAL))
    assert isinstance(decision, RetryAfter) and decision.attempt == 1


def test_a_refused_handle_starts_fresh_with_a_note():
    machine = live()
    machine.feed(Closed(30.0, DROPPED))
    assert machine.feed(RetryDue(31.0)) == Resume("h1")
    decision = machine.feed(ConnectFailed(31.2, HANDLE_REFUSED))
    if isinstance(decision, RetryAfter):  # no two connections within a second
        assert decision.error is None
        decision = machine.feed(RetryDue(31.2 + decision.seconds))
    assert isinstance(decision, StartFresh)
    assert "refused to resume" in decision.note and "invalid or has expired" in decision.note
    assert machine.handle is None


def test_a_fresh_session_that_is_refused_too_gives_up():
    machine = live()
    machine.feed(Closed(30.0, DROPPED))
    machine.feed(RetryDue(31.0))
    machine.feed(ConnectFailed(31.2, HANDLE_REFUSED))
    assert isinstance(machine.feed(RetryDue(32.5)), StartFresh)
    assert machine.feed(ConnectFailed(32.6, HANDLE_REFUSED)) == GiveUp(HANDLE_REFUSED)


def test_a_handle_older_than_its_lifetime_starts_fresh():
    policy = RetryPolicy(handle_lifetime_s=100.0, jitter=0.0)
    machine = live(policy)
    machine.feed(Closed(10.0, None))  # paused: a pause keeps the handle; the clock runs on
    decision = machine.feed(ConnectPressed(10.0 + 101.0, MODEL))
    assert isinstance(decision, StartFresh) and "unused" in decision.note


def test_a_handle_within_its_lifetime_resumes():
    policy = RetryPolicy(handle_lifetime_s=100.0, jitter=0.0)
    machine = live(policy)
    machine.feed(Closed(10.0, None))
    assert machine.feed(ConnectPressed(10.0 + 99.0, MODEL)) == Resume("h1")


def test_a_handle_from_another_model_starts_fresh():
    machine = live()
    machine.feed(Closed(20.0, None))
    decision = machine.feed(ConnectPressed(21.0, "gemini-3.1-flash-live-preview"))
    assert isinstance(decision, StartFresh)
    assert "gemini-3.1-flash-live-preview" in decision.note
    assert machine.handle is None


def test_quota_at_the_handshake_backs_off_slowly():
    machine = Reconnector(POLICY)
    machine.feed(ConnectPressed(0.0, MODEL))
    decision = machine.feed(ConnectFailed(0.1, QUOTA_HANDSHAKE))
    assert isinstance(decision, RetryAfter) and decision.seconds >= POLICY.quota_initial_s
    assert decision.error == QUOTA_HANDSHAKE


def test_quota_close_backs_off_slowly_and_more_each_time():
    machine = live()
    now, delays = 5.0, []
    for _ in range(5):
        decision = machine.feed(Closed(now, QUOTA_CLOSE))
        assert isinstance(decision, RetryAfter)
        delays.append(decision.seconds)
        now += decision.seconds
        machine.feed(RetryDue(now))
        machine.feed(Connected(now))
        now += 0.2
    assert delays[0] >= POLICY.quota_initial_s
    assert delays == sorted(delays) and delays[-1] == POLICY.quota_cap_s


def test_backoff_has_jitter_from_the_injected_random():
    policy = RetryPolicy(initial_s=4.0, jitter=0.5)

    def first_delay(seed: int) -> float:
        machine = live(policy, rng=random.Random(seed))
        decision = machine.feed(Closed(1.0, INTERNAL))
        assert isinstance(decision, RetryAfter)
        return decision.seconds

    delays = {first_delay(seed) for seed in range(20)}
    assert len(delays) > 10, "different seeds, different delays"
    assert all(2.0 <= d <= 4.0 for d in delays), "within [base × (1 - jitter), base]"
    assert first_delay(7) == first_delay(7), "the same seed replays the same delay"


def test_go_away_storms_open_at_most_one_connection_a_second():
    machine = live(at=0.0)
    opened: list[float] = []
    now = 0.0
    for i in range(20):  # a goAway on every connection, 100 ms apart
        now = 0.1 * (i + 1)
        decision = machine.feed(GoAwayReceived(now, 0.0))
        assert isinstance(decision, Rotate)
        at = now + decision.not_before_s
        opened.append(at)
        machine.feed(Connected(at))
    gaps = [b - a for a, b in itertools.pairwise(opened)]
    assert min(gaps) >= POLICY.min_connect_interval_s - 1e-9


def test_the_pace_counts_from_when_a_connection_really_opened():
    machine = live(at=0.0)
    decision = machine.feed(GoAwayReceived(0.5, 0.0))
    assert isinstance(decision, Rotate) and decision.not_before_s == 0.5
    machine.feed(Opening(1.2))  # it opened later than planned (1.0)
    machine.feed(Connected(1.3))
    decision = machine.feed(GoAwayReceived(1.4, 0.0))
    assert isinstance(decision, Rotate)
    assert 1.4 + decision.not_before_s == pytest.approx(1.2 + POLICY.min_connect_interval_s)


def test_reconnects_after_clean_closes_open_at_most_one_connection_a_second():
    machine = live(at=0.0)
    now, opened = 0.0, []
    for _ in range(10):
        now += MIN_LIVED
        decision = machine.feed(Closed(now, None))
        while isinstance(decision, RetryAfter):
            assert decision.error is None
            now += decision.seconds
            decision = machine.feed(RetryDue(now))
        assert decision == Resume("h1")
        opened.append(now)
        machine.feed(Connected(now))
    gaps = [b - a for a, b in itertools.pairwise(opened)]
    assert min(gaps) >= POLICY.min_connect_interval_s - 1e-9


def test_go_away_waits_for_the_turn_until_shortly_before_the_deadline():
    machine = live(at=0.0)
    decision = machine.feed(GoAwayReceived(30.0, 50.0))
    assert decision == Rotate("h1", turn_wait_s=45.0, not_before_s=0.0)


def test_go_away_without_a_handle_lets_the_connection_run_out():
    machine = live(handle=None)
    assert machine.feed(GoAwayReceived(30.0, 50.0)) is None


def test_a_clean_close_at_once_is_a_failure():
    machine = live(at=0.0)
    decision = machine.feed(Closed(0.2, None))
    assert isinstance(decision, RetryAfter) and decision.error.code == 1000


@pytest.mark.parametrize("ending", ["give_up", "end"])
def test_the_handle_is_dropped_after_a_fatal_failure_or_end(ending):
    machine = live()
    if ending == "give_up":
        machine.feed(Closed(60.0, HANDLE_REFUSED))
    else:
        machine.feed(EndPressed(60.0))
    assert machine.handle is None
    assert machine.feed(ConnectPressed(70.0, MODEL)) == StartFresh("")
