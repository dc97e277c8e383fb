"""Fixtures for the history store tests: a store in a temporary directory, a manual clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.store import ConversationRecorder, HistoryStore


class ManualClock:
    """Wall-clock time the test sets, so closing rules that depend on time are exact."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def store(tmp_path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "history") as opened:
        yield opened


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def recorder(store, clock) -> ConversationRecorder:
    return ConversationRecorder(store, model="gemini-test", voice="Puck", clock=clock)
