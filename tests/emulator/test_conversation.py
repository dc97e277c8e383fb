"""Barge-in, resumption by handle, and tool calls across a conversation."""

from __future__ import annotations

import pytest

from desktop_app.emulator import TIDY

from .client import connected, kind, session, setup, silence, speech

pytestmark = pytest.mark.asyncio

LONG_ANSWER = "Once upon a time there was a very long story. " * 4


def kinds(messages):
    return [kind(m) for m in messages]


async def test_speaking_over_the_model_interrupts_it(emu):
    emu.set_quirks(TIDY)  # every cut turn completes (the untidy service: test_quirks.py)
    async with session(emu) as c:
        await emu.start_model_turn(text=LONG_ANSWER)
        await c.until_kind("audio")
        await c.send_audio(speech(0.3), realtime=1.0)
        cut = await c.turn()
        assert kinds(cut)[-3:] == ["interrupted", "turnComplete", "sessionResumptionUpdate"]
        assert "generationComplete" not in kinds(cut)
        # The user's speech that cut in becomes the next turn.
        emu.script_answer("Ok.", audio_seconds=0.3)
        await c.send_audio(speech(0.3) + silence(0.6))
        nxt = await c.turn()
    assert "inputTranscription" in kinds(nxt) and "generationComplete" in kinds(nxt)
    assert emu.interruption_count() == 1 and emu.turn_count() == 2
    spoken, heard = emu.conversation().history[0][1], emu.conversation().history[1][1]
    assert LONG_ANSWER.startswith(spoken) and len(spoken) < len(LONG_ANSWER), "cut short"
    assert heard.startswith("(") and heard.endswith("s of speech)")


async def test_interrupted_audio_stops_while_it_would_still_be_playing(emu):
    emu.set_quirks(TIDY)
    emu.set_audio_delivery("burst")
    async with session(emu) as c:
        await emu.start_model_turn(text="Burst answer that plays for a couple of seconds.")
        await c.until_kind("generationComplete")  # all audio sent, still playing
        await c.send_audio(speech(0.3))
        cut = await c.until_kind("turnComplete")
    assert kinds(cut) == ["interrupted", "turnComplete"]


async def test_no_interruption_lets_the_model_finish(emu):
    config = {"activityHandling": "NO_INTERRUPTION"}
    async with session(emu, realtimeInputConfig=config) as c:
        await emu.start_model_turn(text="Heard in full.", audio_seconds=0.6)
        await c.until_kind("audio")
        await c.send_audio(speech(0.5) + silence(0.6))
        first = await c.turn()
        second = await c.turn()
    assert "interrupted" not in kinds(first + second)
    assert "generationComplete" in kinds(first) and "inputTranscription" in kinds(second)
    assert emu.interruption_count() == 0


async def test_activity_start_interrupts_in_manual_mode(emu):
    manual = {"automaticActivityDetection": {"disabled": True}}
    async with session(emu, realtimeInputConfig=manual) as c:
        await emu.start_model_turn(text=LONG_ANSWER)
        await c.until_kind("audio")
        await c.send({"realtimeInput": {"activityStart": {}}})
        cut = await c.turn()
    assert "interrupted" in kinds(cut) and "generationComplete" not in kinds(cut)


async def test_typed_text_interrupts_and_is_answered_next(emu):
    async with session(emu) as c:
        await emu.start_model_turn(text=LONG_ANSWER)
        await c.until_kind("audio")
        await c.send({"realtimeInput": {"text": "stop"}})
        cut = await c.turn()
        nxt = await c.turn()
    assert "interrupted" in kinds(cut)
    said = "".join(
        m["serverContent"]["outputTranscription"]["text"]
        for m in nxt
        if kind(m) == "outputTranscription"
    )
    assert said == "You said: stop."


async def test_resuming_with_an_issued_handle_continues_the_conversation(emu):
    for _ in range(2):
        emu.script_answer("Ok.", audio_seconds=0.3)
    async with session(emu) as c:
        await c.send({"realtimeInput": {"text": "remember me"}})
        first = await c.turn()
    handle = first[-1]["sessionResumptionUpdate"]["newHandle"]
    first_usage = next(m["usageMetadata"] for m in first if "usageMetadata" in m)

    async with connected(emu) as c:
        await c.send(setup(sessionResumption={"handle": handle}))
        assert kind(await c.recv()) == "setupComplete"
        await c.send({"realtimeInput": {"text": "still there?"}})
        second = await c.turn()
    second_usage = next(m["usageMetadata"] for m in second if "usageMetadata" in m)

    one, two = emu.connections()
    assert two.resumed_from == handle and one.resumed_from is None
    assert two.conversation == one.conversation
    assert emu.turn_count(two.id) == 2
    assert second_usage["promptTokenCount"] > first_usage["promptTokenCount"], "history grew"
    assert second[-1]["sessionResumptionUpdate"]["newHandle"] != handle


async def test_an_unknown_handle_closes_1008(emu):
    async with connected(emu) as c:
        await c.send(setup(sessionResumption={"handle": "never-issued"}))
        closed = await c.closed()
    assert closed.rcvd.code == 1008 and "handle" in closed.rcvd.reason


async def test_empty_resumption_config_starts_a_new_conversation(emu):
    async with session(emu, sessionResumption={}):
        pass
    async with session(emu, sessionResumption={}):
        pass
    one, two = emu.connections()
    assert one.conversation != two.conversation and two.resumed_from is None


async def test_tool_call_and_its_response_are_matched(emu):
    async with session(emu) as c:
        ids = await emu.tool_call(
            [
                {"id": "fc-1", "name": "get_weather", "args": {"city": "Paris"}},
                {"name": "get_time", "args": {}},
            ]
        )
        call = (await c.until_kind("toolCall"))[-1]["toolCall"]["functionCalls"]
        assert [f["id"] for f in call] == ids and ids[0] == "fc-1" and ids[1]
        assert call[0]["args"] == {"city": "Paris"}
        assert emu.conversation().pending_tool_calls == tuple(ids)

        await c.send(
            {
                "tool_response": {
                    "function_responses": [
                        {"id": "fc-1", "name": "get_weather", "response": {"temp_c": 21}},
                        {"id": "nope", "name": "get_time", "response": {}},
                    ]
                }
            }
        )
        await emu.wait_for("tool_response")
        await emu.tool_call_cancellation([ids[1]])
        cancelled = (await c.until_kind("toolCallCancellation"))[-1]
    assert cancelled == {"toolCallCancellation": {"ids": [ids[1]]}}
    conversation = emu.conversation()
    assert conversation.pending_tool_calls == ()
    assert [r["id"] for r in conversation.unmatched_tool_responses] == ["nope"]
    assert emu.received("tool_response")[0].payload["functionResponses"][0]["response"] == {
        "temp_c": 21
    }
