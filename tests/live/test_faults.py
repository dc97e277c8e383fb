"""Fault injection: hundreds of faults in one conversation, every one recovered.

One LiveSession talks to the emulator while the test injects, at random moments, dropped TCP
connections, `goAway` + close, 1011 closes and garbage frames. Throughout, the "user" keeps
speaking: every 20 ms chunk carries a unique marker, quiet enough that the emulator's voice
activity detector takes it for silence. At the end every marker must have reached the server
(the ones spoken while no connection was up included), every completed answer's transcript
must be whole, and the conversation must still work.
"""

from __future__ import annotations

import asyncio
import random

import numpy as np
import pytest

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession, RetryPolicy
from desktop_app.settings import Settings
from tests.support.events import EventLog

pytestmark = pytest.mark.asyncio

FAULTS = 200
CHUNK_SAMPLES = 320
MAGIC = 97  # first sample of every marker chunk; all samples stay far below speech level


def marker(n: int) -> bytes:
    samples = np.full(CHUNK_SAMPLES, 3, dtype="<i2")
    samples[0], samples[1], samples[2] = MAGIC, n % 200, n // 200
    return samples.tobytes()


def markers_in(pcm: bytes) -> list[int]:
    samples = np.frombuffer(pcm, dtype="<i2")
    found = []
    for start in range(0, len(samples) - CHUNK_SAMPLES + 1, CHUNK_SAMPLES):
        if samples[start] == MAGIC:
            found.append(int(samples[start + 1]) + 200 * int(samples[start + 2]))
    return found


def is_live(e: ev.StateChanged) -> bool:
    return e.state is ev.ConnectionState.LIVE


async def test_two_hundred_faults_all_recovered(tmp_path):
    rng = random.Random(20261127)
    log = EventLog()
    with EmulatorThread(tls_dir=tmp_path) as emu:
        settings = Settings(
            api_key="k", endpoint=emu.base_url, ca_file=str(emu.cert_path), model="gemini-3.8-live"
        )
        retry = RetryPolicy(
            initial_s=0.01, factor=2.0, cap_s=0.2, stable_after_s=0.5, min_connect_interval_s=0.02
        )
        session = LiveSession(settings, log, retry=retry)
        session.start()
        await log.wait_for(ev.StateChanged, is_live)

        sent = 0

        async def talk(seconds: float) -> None:
            nonlocal sent
            for _ in range(max(1, int(seconds / 0.02))):
                session.send_audio(marker(sent))
                sent += 1
                await asyncio.sleep(0.02)

        kinds = {"drop": 0, "go_away": 0, "close_1011": 0, "garbage": 0}
        questions: list[str] = []
        for i in range(FAULTS):
            if i % 20 == 0:
                question = f"question number {i}"
                questions.append(question)
                session.send_text(question)
            await talk(rng.uniform(0.02, 0.12))
            kind = rng.choice(list(kinds))
            kinds[kind] += 1
            mark = log.mark()
            conn = emu.connections()[-1].id
            if kind == "garbage":
                emu.send_garbage(b"\x00\x01 not json at all", conn=conn)
                await log.wait_for(ev.ProtocolNotice, after=mark)
                continue
            if kind == "drop":
                emu.drop(conn)
            elif kind == "close_1011":
                emu.close(1011, "Internal error encountered.", conn=conn)
            else:
                emu.go_away(time_left_s=0.2, close_after_s=0.5, conn=conn)
            await talk(0.04)  # spoken while the connection is going away
            await log.wait_for(ev.SetupComplete, after=mark)
            await log.wait_for(ev.StateChanged, is_live, after=mark)

        # A last exchange must work, whole, after all of that.
        session.send_text("final question")
        final = await log.wait_for(
            ev.TurnComplete,
            lambda e: (
                "final question"
                in "".join(
                    t.text for t in log.of(ev.OutputTranscript) if t.generation == e.generation
                )
            ),
            timeout=30,
        )
        await talk(0.1)
        expected = list(range(sent))
        await emu.wait_for_async(lambda: set(expected) <= set(markers_in(emu.received_audio())), 20)
        await session.stop()

    assert sum(kinds.values()) == FAULTS and all(kinds.values()), kinds
    assert not [e for e in log.of(ev.SessionError) if e.fatal]
    assert len(log.of(ev.ProtocolNotice)) == kinds["garbage"]
    connection_faults = FAULTS - kinds["garbage"]
    assert len(log.of(ev.SetupComplete)) == 1 + connection_faults

    # Every marker the user "spoke" reached the server, gaps included.
    assert set(markers_in(emu.received_audio())) == set(expected)

    # Transcripts: each answer completed without interruption arrived whole, once, in its
    # own generation.
    answers = {f"You said: {q}." for q in [*questions, "final question"]}
    completed = [e.generation for e in log.of(ev.TurnComplete)]
    assert len(completed) == len(set(completed))
    interrupted = {e.generation for e in log.of(ev.Interrupted)}
    for generation in completed:
        if generation in interrupted:
            continue
        text = "".join(t.text for t in log.of(ev.OutputTranscript) if t.generation == generation)
        assert text in answers, text
    assert final.generation in completed
