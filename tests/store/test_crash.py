"""Killing the app mid-conversation loses at most the last second of it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop_app.store import HistoryStore

CHILD = Path(__file__).with_name("crash_child.py")
REPO = Path(__file__).resolve().parents[2]
FEED_SECONDS = 2.75
DURABLE_AFTER_S = 1.0


def test_sigkill_loses_nothing_fed_more_than_a_second_before(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert child.stdout is not None
    fed = []
    try:
        for line in child.stdout:
            fed.append(json.loads(line))
            if fed[-1]["t"] - fed[0]["t"] >= FEED_SECONDS:
                break
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        rest, _ = child.communicate(timeout=10)
    assert child.returncode == -signal.SIGKILL
    fed += [json.loads(line) for line in rest.splitlines() if line.strip()]

    # The newest fragment of each message fed more than a second before the kill.
    durable: dict[int, str] = {}
    for entry in fed:
        if entry["t"] < killed_at - DURABLE_AFTER_S:
            durable[entry["seq"]] = entry["text"]
    assert sum(e["t"] < killed_at - DURABLE_AFTER_S for e in fed) >= 20  # a real test

    with HistoryStore(tmp_path) as store:
        [summary] = store.list_conversations()
        conversation = store.load_conversation(summary.info.id)
    assert conversation is not None
    assert summary.info.ended_at is None  # it never got to close
    saved = {m.seq: m.text for m in conversation.messages}
    for seq, text in durable.items():
        assert saved.get(seq, "").startswith(text), (seq, text, saved.get(seq))
