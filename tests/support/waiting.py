"""Waiting for a condition in an async test while the loop keeps running."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

WAIT_MS = 20_000


async def until(predicate: Callable[[], object], timeout_ms: int = WAIT_MS, what: str = "") -> None:
    """`qtbot.waitUntil` for async tests: polls while the loop (qasync or plain asyncio)
    keeps running.

    (`qtbot.waitUntil` spins a nested Qt loop inside the test's coroutine, where the
    session's asyncio tasks cannot run, so a condition they bring about never comes true.)
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_ms} ms waiting for {what or predicate}")
        await asyncio.sleep(0.02)
