"""The suite's one way to wait (tests/support/waiting.py), and the rule that goes with it:
tests wait for events, not for time, so no test sleeps a fixed stretch longer than 0.2 s
(benchmarks in bench/ may)."""

from __future__ import annotations

import ast
import asyncio
import threading
from pathlib import Path

import pytest

from tests.support.waiting import until, wait_until

TESTS = Path(__file__).resolve().parent
LONGEST_SLEEP_S = 0.2


def test_wait_until_returns_the_first_true_value() -> None:
    values = iter([0, None, "", "ready"])
    assert wait_until(lambda: next(values), timeout=5, poll=0.001) == "ready"


def test_wait_until_sees_what_another_thread_does() -> None:
    done = threading.Event()
    threading.Timer(0.05, done.set).start()
    assert wait_until(done.is_set, timeout=5, what="the timer") is True


def test_a_timeout_names_what_was_awaited_and_the_last_value() -> None:
    message = r"after 0\.05 s waiting for the door \(last value: \[\]\)"
    with pytest.raises(AssertionError, match=message):
        wait_until(lambda: [], timeout=0.05, what="the door")


def test_a_timeout_in_milliseconds_is_refused() -> None:
    with pytest.raises(ValueError, match="seconds"):
        wait_until(lambda: True, 5000)


def test_until_keeps_the_loop_running_while_it_waits() -> None:
    async def scenario() -> str:
        box: list[str] = []
        asyncio.get_running_loop().call_later(0.05, box.append, "filled")
        return (await until(lambda: box, timeout=5, what="the box"))[0]

    assert asyncio.run(scenario()) == "filled"


def test_until_times_out_with_the_same_message() -> None:
    async def scenario() -> None:
        await until(lambda: 0, timeout=0.05, what="nothing")

    with pytest.raises(AssertionError, match=r"waiting for nothing \(last value: 0\)"):
        asyncio.run(scenario())


def long_sleeps(source: str) -> list[tuple[int, float]]:
    """(line, seconds) of each `sleep(<number>)` longer than LONGEST_SLEEP_S in `source`;
    a computed pause (pacing a stream at real time) is not a fixed sleep."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        value = node.args[0].value if isinstance(node.args[0], ast.Constant) else None
        fixed = isinstance(value, int | float) and not isinstance(value, bool)
        if name == "sleep" and fixed and value > LONGEST_SLEEP_S:
            found.append((node.lineno, float(value)))
    return found


def test_no_test_sleeps_longer_than_two_tenths_of_a_second() -> None:
    found = [
        f"{path.relative_to(TESTS.parent)}:{line}: sleep({seconds:g})"
        for path in sorted(TESTS.rglob("*.py"))
        for line, seconds in long_sleeps(path.read_text(encoding="utf-8"))
    ]
    assert not found, "wait for the event instead (tests/support/waiting.py):\n" + "\n".join(found)


def test_the_sleep_scan_sees_a_long_sleep() -> None:
    assert long_sleeps("import time\ntime.sleep(0.5)\n") == [(2, 0.5)]
    assert long_sleeps("async def f():\n    await asyncio.sleep(2)\n") == [(2, 2.0)]
    paced = "async def f():\n    time.sleep(0.2)\n    await asyncio.sleep(chunk / rate)\n"
    assert long_sleeps(paced) == []
