"""An hour's conversation in about a minute: the whole app must survive it with flat memory.

`scenario.py` runs the app (window, session, recorder, player, echo canceller, a camera
playing a file) against the emulator for 280 spoken turns at `ACCELERATED` pace: some 11,500
transcript fragments, a tool call every tenth turn, a goAway every 25th and a dropped
connection every 40th, while the camera sends a frame a second. The test fails if the app
dies, quits with a failure, misses part of the conversation, grows by more than 60 MB over
the run (issue 14's bound), or if its memory, Python objects or live Qt objects keep growing
once warmed up.

Warm-up lasts until the window's live views hold as many rows as they ever keep
(`WARM_UP_TURNS`). From then on the window costs the same whatever the length of the
conversation, so every figure must stay flat (`growth`: the floor of the last third of the
remaining samples against the first's).
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.soak.scenario import ACCELERATED, WARM_UP_TURNS, SoakRun, growth

pytestmark = pytest.mark.audio

TURNS = 280
MIN_FRAGMENTS = 10_000
MIN_WARM_SAMPLES = 15  # a fast machine holds more turns until there are this many
MAX_RUN_GROWTH_MB = 60.0
# Over the last 70 turns, the first third's floor against the last's: some 47 turns and
# 2,000 fragments apart. Measured over 900 flat turns in windows of 10-20 samples: RSS within
# ±4 MB (allocator arenas, SQLite's page cache, audio buffers), Python objects within ±950
# (cycles awaiting the collector), Qt objects within ±19 (a tool call's row is bigger than a
# spoken one). So 6 MB catches a leak of 3 kB a fragment, 1,500 Python objects one object
# kept per fragment, and 30 Qt objects one widget kept per answer.
MAX_RSS_GROWTH_MB = 6.0
MAX_PY_OBJECT_GROWTH = 1_500
MAX_QT_OBJECT_GROWTH = 30


def test_an_hour_of_conversation_leaves_memory_and_qt_objects_flat():
    assert TURNS - WARM_UP_TURNS >= TURNS // 4, "too few turns after warm-up to see a trend"
    started = time.monotonic()
    with SoakRun(ACCELERATED) as run:
        run.converse(TURNS)
        run.converse(until=lambda: len(_warm(run.samples())) >= MIN_WARM_SAMPLES)
        counts = run.wait_until_app_has(turns=run.turns_done)
        samples = run.samples()
        status = run.stop()
        stderr = run.stderr.read_text(errors="replace")
    elapsed = time.monotonic() - started

    connected = [s for s in samples if s["events"].get("SetupComplete")]
    warm = _warm(samples)
    run_growth = connected[-1]["rss_mb"] - connected[0]["rss_mb"]
    rss = growth([s["rss_mb"] for s in warm])
    py_objects = growth([s["py_objects"] for s in warm])
    qt_objects = growth([s["qt_objects"] for s in warm])
    report = (
        f"{elapsed:.0f} s, {counts}; RSS {connected[0]['rss_mb']:.0f} → "
        f"{connected[-1]['rss_mb']:.0f} MB; {len(warm)} samples after warm-up, growth: RSS "
        f"{rss:+.1f} MB ({warm[0]['rss_mb']:.0f} → {warm[-1]['rss_mb']:.0f}), Python objects "
        f"{py_objects:+.0f} ({warm[-1]['py_objects']}), Qt objects {qt_objects:+.0f} "
        f"({warm[-1]['qt_objects']})"
    )
    print(report)
    assert status == 0, f"exit status {status}; stderr:\n{stderr[-4000:]}"
    assert counts.turns >= TURNS and counts.fragments >= MIN_FRAGMENTS, report
    assert counts.tool_calls >= TURNS // ACCELERATED.tool_every, report
    assert counts.go_aways >= TURNS // ACCELERATED.go_away_every, report
    replaced = sum(map(ACCELERATED.ends_connection, range(1, TURNS + 1)))
    assert counts.reconnects >= replaced, report
    assert counts.frames >= 20, report
    assert run_growth <= MAX_RUN_GROWTH_MB, report
    assert rss <= MAX_RSS_GROWTH_MB, report
    assert py_objects <= MAX_PY_OBJECT_GROWTH, report
    assert qt_objects <= MAX_QT_OBJECT_GROWTH, report


def _warm(samples: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The samples taken once the views are full."""
    return [s for s in samples if s["events"].get("TurnComplete", 0) >= WARM_UP_TURNS]
