"""What the emulator remembers: everything for tests, only the newest for a long-running server."""

from __future__ import annotations

import pytest

from desktop_app.emulator import LONG_RUN_RECORDS, Emulator
from desktop_app.emulator.models import DEFAULT_MODELS
from desktop_app.emulator.state import SharedState
from desktop_app.offline import BuiltInServer

from .client import API_KEY, session, speech


def test_by_default_every_record_is_kept():
    state = SharedState(DEFAULT_MODELS)
    conversation = state.new_conversation()
    for i in range(1000):
        state.record_received(1, "audio", bytes([i % 256]))
        state.record_sent(1, "audio", {"n": i})
        state.add_history(conversation, "user", f"turn {i}")
        state.record_token_request({}, f"token {i}")
    assert len(state.received()) == len(state.sent()) == len(state.token_requests()) == 1000
    assert len(state.conversation(conversation).history) == 1000


def test_max_records_keeps_only_the_newest_of_each_record():
    state = SharedState(DEFAULT_MODELS, max_records=3)
    conversation = state.new_conversation()
    for i in range(1000):
        state.record_received(1, "audio", bytes([i % 256]))
        state.record_sent(1, "audio", {"n": i})
        state.add_history(conversation, "user", f"turn {i}")
        state.record_token_request({}, f"token {i}")
        state.settle_tool_response(conversation, {"id": f"unknown {i}"})
    assert [r.payload for r in state.received()] == [bytes([i % 256]) for i in (997, 998, 999)]
    assert [s.message["n"] for s in state.sent()] == [997, 998, 999]
    assert [r.token for r in state.token_requests()] == ["token 997", "token 998", "token 999"]
    info = state.conversation(conversation)
    assert info.history == (("user", "turn 997"), ("user", "turn 998"), ("user", "turn 999"))
    assert [r["id"] for r in info.unmatched_tool_responses] == [
        f"unknown {i}" for i in (997, 998, 999)
    ]


def test_max_records_forgets_old_resumption_handles_but_the_newest_still_resume():
    state = SharedState(DEFAULT_MODELS, max_records=3)
    conversation = state.new_conversation()
    handles = [state.issue_handle(conversation) for _ in range(100)]
    assert state.conversation(conversation).handles == tuple(handles[-3:])
    assert all(state.conversation_for_handle(h) == conversation for h in handles[-3:])
    assert not any(state.conversation_for_handle(h) for h in handles[:-3])
    assert len(state._handles) == 3


def test_max_records_must_be_positive():
    with pytest.raises(ValueError):
        SharedState(DEFAULT_MODELS, max_records=0)


@pytest.mark.asyncio
async def test_a_bounded_server_keeps_only_the_newest_audio_it_received(tmp_path):
    pcm = speech(5.0)  # 250 chunks of 20 ms (640 bytes)
    async with (
        Emulator(tls_dir=tmp_path, api_key=API_KEY, max_records=10) as emu,
        session(emu) as client,
    ):
        await client.send_audio(pcm)
        received = await emu.wait_for(
            lambda: (records := emu.received()) and records[-1].payload == pcm[-640:] and records
        )
    assert [r.payload for r in received] == [
        pcm[i : i + 640] for i in range(len(pcm) - 6400, len(pcm), 640)
    ]
    assert not emu.received("setup"), "the setup and the first 240 chunks are forgotten"


def test_offline_mode_keeps_bounded_records_and_the_self_test_keeps_all():
    offline, self_test = BuiltInServer(), BuiltInServer(keep_all=True)
    try:
        for server in (offline, self_test):
            for i in range(LONG_RUN_RECORDS * 3):
                server.emulator._state.record_received(1, "audio", bytes([i % 256]))
        assert len(offline.emulator.received()) == LONG_RUN_RECORDS
        assert len(self_test.emulator.received()) == LONG_RUN_RECORDS * 3
    finally:
        offline.stop()
        self_test.stop()
