"""Model turns: what ends the user's turn, and what the model sends back, in order."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.emulator import TIDY
from desktop_app.emulator.answers import ModelAnswer

from .client import decoded_audio, kind, session, silence, speech

pytestmark = pytest.mark.asyncio

TURN_ORDER = ["outputTranscription", "generationComplete", "turnComplete"]


def kinds(messages):
    return [kind(m) for m in messages]


def first_index(messages, wanted):
    return kinds(messages).index(wanted)


def output_text(messages):
    return "".join(
        m["serverContent"]["outputTranscription"]["text"]
        for m in messages
        if kind(m) == "outputTranscription"
    )


async def test_speech_then_silence_gives_a_complete_model_turn_in_order(emu):
    """The order of a turn from a tidy server (the untidy one: test_quirks.py)."""
    emu.set_quirks(TIDY)
    async with session(emu) as c:
        await c.send_audio(speech(1.4) + silence(0.7))
        turn = await c.turn()

    order = kinds(turn)
    # The resumption update marking the turn as not resumable comes first, once.
    assert turn[0] == {"sessionResumptionUpdate": {"resumable": False}}
    assert sum(1 for m in turn if m.get("sessionResumptionUpdate") == {"resumable": False}) == 1

    heard = [
        m["serverContent"]["inputTranscription"] for m in turn if kind(m) == "inputTranscription"
    ]
    assert "".join(h["text"] for h in heard) == "(1.4 s of speech)"
    assert heard[-1]["finished"] is True and not any(h.get("finished") for h in heard[:-1])

    fragments = [
        m["serverContent"]["outputTranscription"]["text"]
        for m in turn
        if kind(m) == "outputTranscription"
    ]
    assert len(fragments) > 1 and all(3 <= len(f) <= 8 for f in fragments)
    assert output_text(turn) == "I heard you."

    audio_at = [i for i, k in enumerate(order) if k == "audio"]
    text_at = [i for i, k in enumerate(order) if k == "outputTranscription"]
    assert text_at[0] < audio_at[-1] and text_at[-1] > audio_at[0], "transcript interleaved"
    assert max(text_at + audio_at) < first_index(turn, "generationComplete")
    assert first_index(turn, "generationComplete") < first_index(turn, "turnComplete")
    assert first_index(turn, "turnComplete") == len(turn) - 2
    assert turn[-1]["sessionResumptionUpdate"]["newHandle"]

    parts = [
        m["serverContent"]["modelTurn"]["parts"][0]["inlineData"]
        for m in turn
        if kind(m) == "audio"
    ]
    assert {p["mimeType"] for p in parts} == {"audio/pcm;rate=24000"}
    assert len(decoded_audio(turn)) >= 24_000 * 2, "at least a second of 24 kHz PCM16"

    usage = turn[-2]["usageMetadata"]
    assert usage["totalTokenCount"] == usage["promptTokenCount"] + usage["responseTokenCount"]
    assert usage["responseTokensDetails"] == [
        {"modality": "AUDIO", "tokenCount": usage["responseTokenCount"]}
    ]
    assert emu.turn_count() == 1
    assert emu.conversation().history == (
        ("user", "(1.4 s of speech)"),
        ("model", "I heard you."),
    )


async def test_model_audio_length_follows_the_answer(emu):
    async with session(emu) as c:
        await c.send({"realtimeInput": {"text": "a short question"}})
        turn = await c.turn()
    answer = "You said: a short question."
    assert output_text(turn) == answer
    assert len(decoded_audio(turn)) == round(ModelAnswer(answer).seconds * 24_000) * 2


async def test_text_input_is_echoed(emu):
    async with session(emu) as c:
        await c.send({"realtime_input": {"text": "what time"}})
        turn = await c.turn()
    assert output_text(turn) == "You said: what time."
    assert "inputTranscription" not in kinds(turn), "nothing was spoken"
    assert emu.received("text")[0].payload == "what time"


async def test_client_content_with_turn_complete_is_a_turn(emu):
    async with session(emu) as c:
        history = {
            "turns": [
                {"role": "user", "parts": [{"text": "my name is Ada"}]},
                {"role": "model", "parts": [{"text": "Hello Ada"}]},
            ]
        }
        await c.send({"clientContent": {**history, "turnComplete": False}})
        await c.send(
            {
                "client_content": {
                    "turns": [{"role": "user", "parts": [{"text": "and you?"}]}],
                    "turn_complete": True,
                }
            }
        )
        turn = await c.turn()
    assert output_text(turn) == "You said: and you?."
    assert [role for role, _ in emu.conversation().history] == ["user", "model", "user", "model"]


async def test_audio_stream_end_ends_the_turn_without_trailing_silence(emu):
    emu.script_answer("Ok.", audio_seconds=0.3)
    async with session(emu, model="models/gemini-3.1-flash-live-preview") as c:
        await c.send_audio(speech(0.6))
        await emu.wait_for(lambda: len(emu.received_audio()) >= len(speech(0.6)))
        assert emu.turn_count() == 0 and not [m for m in c.log if kind(m) != "setupComplete"]
        await c.send({"realtimeInput": {"audioStreamEnd": True}})
        turn = await c.turn()
    assert kinds(turn).count("turnComplete") == 1


async def test_on_38_audio_stream_end_is_ignored_and_trailing_quiet_ends_the_turn(emu):
    """3.8 ignores `audioStreamEnd`: its VAD ends a turn only from the trailing quiet it
    receives (openclaw/openclaw#152830 and #152844, checked against the live API), so a
    client that stops sending mid-turn never gets an answer until it sends quiet."""
    emu.script_answer("Ok.", audio_seconds=0.3)
    async with session(emu, model="models/gemini-3.8-live") as c:
        await c.send_audio(speech(0.6))
        await c.send({"realtimeInput": {"audioStreamEnd": True}})
        # A frame after it: once the emulator has that, it has handled `audioStreamEnd`,
        # which on 3.1 has ended the turn by then (the test above).
        await c.send({"realtimeInput": {"video": {"mimeType": "image/jpeg", "data": "/9j/4A=="}}})
        await emu.wait_for("video")
        assert emu.turn_count() == 0, "the spoken turn is still open"
        assert not [m for m in c.log if kind(m) != "setupComplete"]
        await c.send_audio(silence(1.0))
        turn = await c.turn()
    assert kinds(turn).count("turnComplete") == 1 and emu.turn_count() == 1


async def test_short_noise_does_not_make_a_turn(emu):
    emu.script_answer("Ok.", audio_seconds=0.3)
    async with session(emu) as c:
        await c.send_audio(speech(0.15) + silence(0.8) + speech(0.1) + silence(0.8))
        await c.send({"realtimeInput": {"text": "marker"}})
        turn = await c.turn()
    assert output_text(turn) == "Ok.", "the first turn is the typed one"
    assert emu.conversation().history[0] == ("user", "marker")
    assert emu.turn_count() == 1


async def test_quiet_speech_needs_high_sensitivity(emu):
    quiet = speech(0.8, level=0.05) + silence(0.8)  # 20 ms frames at -51…-32 dBFS
    low = {"automaticActivityDetection": {"startOfSpeechSensitivity": "START_SENSITIVITY_LOW"}}
    for _ in range(2):
        emu.script_answer("Ok.", audio_seconds=0.3)
    async with session(emu, realtimeInputConfig=low) as c:
        await c.send_audio(quiet)
        await c.send({"realtimeInput": {"text": "marker"}})
        await c.turn()
        assert emu.conversation().history[0] == ("user", "marker"), "the speech was not heard"
    async with session(emu) as c:
        await c.send_audio(quiet)
        assert "inputTranscription" in kinds(await c.turn())


async def test_longer_silence_setting_delays_the_end_of_turn(emu):
    slow = {"automaticActivityDetection": {"silenceDurationMs": 1500}}
    for _ in range(2):
        emu.script_answer("Ok.", audio_seconds=0.3)
    async with session(emu, realtimeInputConfig=slow) as c:
        await c.send_audio(speech(0.6) + silence(1.0))
        await emu.wait_for(lambda: len(emu.received("audio")) >= 80)
        await c.send({"realtimeInput": {"text": "marker"}})
        await c.turn()
        assert emu.conversation().history[0] == ("user", "marker"), "1 s was not enough"
        await c.send_audio(silence(0.6))
        assert "inputTranscription" in kinds(await c.turn())


async def test_manual_activity_bounds_the_turn(emu):
    manual = {"automaticActivityDetection": {"disabled": True}}
    emu.script_answer("Ok.", audio_seconds=0.3)
    async with session(emu, realtimeInputConfig=manual) as c:
        await c.send_audio(speech(0.5) + silence(1.0))  # outside an activity: not a turn
        await c.send({"realtimeInput": {"activityStart": {}}})
        await c.send_audio(speech(0.8))
        await c.send({"realtimeInput": {"activityEnd": {}}})
        turn = await c.turn()
    heard = "".join(
        m["serverContent"]["inputTranscription"]["text"]
        for m in turn
        if kind(m) == "inputTranscription"
    )
    assert heard == "(0.8 s of speech)"
    assert [r.kind for r in emu.received() if r.kind.startswith("activity")] == [
        "activity_start",
        "activity_end",
    ]


async def test_explicit_activity_signals_are_refused_with_automatic_detection(emu):
    async with session(emu) as c:
        await c.send({"realtimeInput": {"activityStart": {}}})
        closed = await c.closed()
    assert closed.rcvd.code == 1007 and "automatic activity detection" in closed.rcvd.reason


async def test_scripted_answers_replace_the_default_in_order(emu):
    emu.script_answer("First scripted.", audio_seconds=1.25)
    emu.script_answer("Second scripted.", audio_seconds=0.5)
    async with session(emu) as c:
        await c.send({"realtimeInput": {"text": "one"}})
        first = await c.turn()
        await c.send_audio(speech(0.5) + silence(0.6))
        second = await c.turn()
        await c.send({"realtimeInput": {"text": "three"}})
        third = await c.turn()
    assert output_text(first) == "First scripted."
    assert len(decoded_audio(first)) == 30_000 * 2, "1.25 s of 24 kHz audio as scripted"
    assert output_text(second) == "Second scripted."
    assert len(decoded_audio(second)) == 12_000 * 2
    assert output_text(third) == "You said: three."


async def test_text_modality_answers_with_text_parts(emu):
    async with session(emu, generationConfig={"responseModalities": ["TEXT"]}) as c:
        await c.send({"realtimeInput": {"text": "hello"}})
        turn = await c.turn()
    texts = [m["serverContent"]["modelTurn"]["parts"][0]["text"] for m in turn if kind(m) == "text"]
    assert "".join(texts) == "You said: hello."
    assert "audio" not in kinds(turn) and "outputTranscription" not in kinds(turn)
    assert first_index(turn, "generationComplete") < first_index(turn, "turnComplete")


async def test_transcripts_and_resumption_updates_only_when_asked_for(emu):
    plain = {"model": "models/gemini-3.8-live"}
    emu.script_answer("Ok.", audio_seconds=0.3)
    async with session(
        emu,
        **{
            k: None
            for k in ("inputAudioTranscription", "outputAudioTranscription", "sessionResumption")
        },
        **plain,
    ) as c:
        await c.send_audio(speech(0.5) + silence(0.6))
        turn = await c.until_kind("turnComplete")
    assert set(kinds(turn)) == {"audio", "generationComplete", "turnComplete"}


async def test_burst_and_stall_delivery(emu):
    emu.set_audio_delivery("burst")
    emu.script_answer("Burst.", audio_seconds=0.5)
    emu.script_answer("Stall.", audio_seconds=0.6)
    async with session(emu) as c:
        await c.send({"realtimeInput": {"text": "burst"}})
        turn = await c.turn()
        audio_sent = [s.t for s in emu.sent(kind="audio")]
        assert audio_sent[-1] - audio_sent[0] < 0.3, "all audio at once"
        emu.set_audio_delivery("stall", chunk_ms=40, stall_s=0.5)
        await c.send({"realtimeInput": {"text": "stall"}})
        await c.turn()
        times = [s.t for s in emu.sent(kind="audio")][len(audio_sent) :]
    gaps = np.diff(times)
    assert gaps.max() >= 0.45 and np.count_nonzero(gaps >= 0.45) == 1, "one gap mid-answer"
    assert len(decoded_audio(turn)) == 24_000
    with pytest.raises(ValueError):
        emu.set_audio_delivery("teleport")


async def test_paced_audio_is_a_little_faster_than_real_time(emu):
    async with session(emu) as c:
        await c.send({"realtimeInput": {"text": "pacing check"}})
        turn = await c.turn()
    sent = emu.sent(kind="audio")
    span = sent[-1].t - sent[0].t
    seconds = len(decoded_audio(turn)) / 48_000
    assert 0.5 * seconds < span < seconds, "paced, but ahead of playback"
    complete = emu.sent(kind="turn_complete")[0].t
    assert complete - sent[0].t >= seconds * 0.95, "turnComplete waits for playback to end"


async def test_user_spoke_is_answered_as_a_spoken_turn_and_interrupts_the_model(emu):
    emu.script_answer("A long answer that is still being spoken.", audio_seconds=5.0)
    emu.script_answer("Short.", audio_seconds=0.2, heard="what time is it")
    async with session(emu) as c:
        await emu.start_model_turn()
        await c.until_kind("audio")
        await emu.user_spoke(0.8)
        cut = await c.turn()
        answered = await c.turn()

    assert "interrupted" in kinds(cut)
    heard = [
        m["serverContent"]["inputTranscription"]
        for m in answered
        if kind(m) == "inputTranscription"
    ]
    assert "".join(h["text"] for h in heard) == "what time is it"
    assert not any("finished" in h for h in heard), "the service never says it"
    assert output_text(answered) == "Short."
    assert emu.conversation().history[-2:] == (("user", "(0.8 s of speech)"), ("model", "Short."))


async def test_user_spoke_needs_a_positive_length(emu):
    async with session(emu):
        with pytest.raises(ValueError):
            await emu.user_spoke(0)


async def test_an_answer_delay_holds_the_first_audio_back_by_that_long(emu):
    """`set_answer_delay`: the first audio leaves that long after the user's turn ended."""
    emu.set_quirks(TIDY)
    waits = []
    for delay in (0.0, 0.4):
        emu.set_answer_delay(delay)
        emu.script_answer("Ok.", audio_seconds=0.2)
        async with session(emu) as c:
            await c.send({"realtimeInput": {"text": "hello"}})
            await c.turn()
        conn = emu.connections()[-1].id
        asked = emu.received("text", conn)[0].t
        first_audio = emu.sent(conn, "audio")[0].t
        waits.append(first_audio - asked)
    with pytest.raises(ValueError):
        emu.set_answer_delay(-1)
    emu.set_answer_delay(0.0)
    assert waits[0] < 0.1
    assert waits[1] == pytest.approx(0.4, abs=0.05)
