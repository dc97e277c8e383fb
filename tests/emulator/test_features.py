"""What the emulated model does with the Live API's features, where a client can tell:
thought summaries, Google Search grounding, function calls (blocking, NON_BLOCKING with each
scheduling, cancelled by the user), speech translation, and its token URL."""

from __future__ import annotations

import asyncio
import json
import ssl
import urllib.request

import pytest

from .client import (
    CONSTRAINED_PATH,
    GEMINI_PATH,
    closed_info,
    connected,
    kind,
    session,
    setup,
    silence,
    speech,
)

pytestmark = pytest.mark.asyncio


@pytest.fixture(autouse=True)
def short_answers(emu):
    """What is said matters here, not for how long."""
    emu.set_answer_seconds(0.3)


NATIVE_25 = "models/gemini-2.5-flash-native-audio-preview-12-2025"
TRANSLATE = "models/gemini-3.5-live-translate-preview"
V1ALPHA = GEMINI_PATH.format(v="v1alpha")


def kinds(messages):
    return [kind(m) for m in messages]


def said(messages) -> str:
    return "".join(
        m["serverContent"]["outputTranscription"]["text"]
        for m in messages
        if kind(m) == "outputTranscription"
    )


def heard(messages) -> str:
    return "".join(
        m["serverContent"]["inputTranscription"]["text"]
        for m in messages
        if kind(m) == "inputTranscription"
    )


def functions(*declarations: dict) -> list[dict]:
    return [{"functionDeclarations": list(declarations)}]


async def typed(c, text: str) -> None:
    await c.send({"realtimeInput": {"text": text}})


async def respond(c, call_id: str, response: dict, scheduling: str | None = None) -> None:
    answer = {"id": call_id, "name": "f", "response": response}
    if scheduling:
        answer["scheduling"] = scheduling
    await c.send({"toolResponse": {"functionResponses": [answer]}})


# --- thoughts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("thinking", "expected"),
    [
        ({"thinkingBudget": 256, "includeThoughts": True}, True),
        ({"thinkingBudget": 0, "includeThoughts": True}, False),  # thinking turned off
        ({"thinkingBudget": 256}, False),  # thoughts not asked for
    ],
)
async def test_thought_summaries_come_first_and_only_on_request(emu, thinking, expected):
    emu.script_answer("Sunny.", thought="**Weather**\nThey want the forecast.")
    generation = {"responseModalities": ["AUDIO"], "thinkingConfig": thinking}
    async with session(emu, model=NATIVE_25, generationConfig=generation) as c:
        await typed(c, "weather?")
        turn = await c.turn()
    thoughts = [m for m in turn if kind(m) == "thought"]
    assert bool(thoughts) is expected
    if expected:
        assert thoughts[0]["serverContent"]["modelTurn"]["parts"][0]["text"].startswith("**Weather")
        assert kinds(turn).index("thought") < kinds(turn).index("audio")
        usage = next(m["usageMetadata"] for m in turn if kind(m) == "turnComplete")
        assert usage["thoughtsTokenCount"] > 0
    assert said(turn) == "Sunny.", "thoughts are never in the transcript"


# --- Google Search ----------------------------------------------------------------------


async def test_google_search_grounds_answers_with_sources(emu):
    sources = (("Met Office", "https://example.org/forecast"),)
    emu.set_quirks(grounding=1.0)  # every answer searched (by default some are)
    emu.script_answer("Rain later.", sources=sources)
    async with session(emu, tools=[{"googleSearch": {}}]) as c:
        await typed(c, "weather in Leeds")
        grounded = await c.turn()
        await typed(c, "and tomorrow")
        default = await c.turn()
    meta = next(m for m in grounded if kind(m) == "groundingMetadata")["serverContent"]
    chunks = meta["groundingMetadata"]["groundingChunks"]
    assert meta["groundingMetadata"]["webSearchQueries"] == ["weather in Leeds"]
    assert chunks == [{"web": {"uri": "https://example.org/forecast", "title": "Met Office"}}]
    assert kinds(grounded).index("groundingMetadata") < kinds(grounded).index("generationComplete")
    assert (
        len(
            next(m for m in default if kind(m) == "groundingMetadata")["serverContent"][
                "groundingMetadata"
            ]["groundingChunks"]
        )
        == 2
    )


async def test_no_grounding_without_google_search(emu):
    async with session(emu) as c:
        await typed(c, "weather in Leeds")
        turn = await c.turn()
    assert "groundingMetadata" not in kinds(turn)


# --- function calls ---------------------------------------------------------------------

CLOCK = {"name": "get_time", "behavior": "BLOCKING"}


async def test_a_typed_turn_naming_a_function_calls_it_and_the_answer_waits(emu):
    async with session(emu, tools=functions(CLOCK)) as c:
        await typed(c, 'please get_time {"zone": "UTC"} now')
        (message,) = await c.until_kind("toolCall")
        call = message["toolCall"]["functionCalls"][0]
        assert (call["name"], call["args"]) == ("get_time", {"zone": "UTC"})
        await c.send_audio(silence(0.4), realtime=1.0)  # 0.4 s of quiet while the call is open
        await respond(c, call["id"], {"output": {"time": "12:00"}})
        turn = await c.turn()
    assert said(turn) == 'get_time returned {"time": "12:00"}.'
    # Blocking: the model sent nothing between its call and the response.
    called_at = emu.sent(kind="tool_call")[-1].t
    answered_at = emu.received("tool_response")[-1].t
    assert answered_at - called_at > 0.4
    assert [s.kind for s in emu.sent() if called_at < s.t < answered_at] == []
    assert emu.conversation().pending_tool_calls == ()


async def test_an_error_response_is_read_back_as_a_failure(emu):
    async with session(emu, tools=functions(CLOCK)) as c:
        await typed(c, "get_time")
        call = (await c.until_kind("toolCall"))[-1]["toolCall"]["functionCalls"][0]
        await respond(c, call["id"], {"error": "clock broken"})
        turn = await c.turn()
    assert said(turn) == "get_time failed: clock broken."


async def test_a_user_turn_cancels_the_call_the_model_waits_on(emu):
    async with session(emu, tools=functions(CLOCK)) as c:
        await typed(c, "get_time")
        call = (await c.until_kind("toolCall"))[-1]["toolCall"]["functionCalls"][0]
        await typed(c, "never mind")
        read = await c.turn()
        await respond(c, call["id"], {"output": "late"})  # too late: no answer follows
        await typed(c, "still there?")
        after = await c.turn()
    assert read[0] == {"toolCallCancellation": {"ids": [call["id"]]}}
    assert said(read) == "You said: never mind."
    assert said(after) == "You said: still there?."
    assert [r["id"] for r in emu.conversation().unmatched_tool_responses] == [call["id"]]


@pytest.mark.parametrize("scheduling", ["WHEN_IDLE", "SILENT", "INTERRUPT"])
async def test_non_blocking_results_are_spoken_as_scheduled(emu, scheduling):
    page = {"name": "open_page", "behavior": "NON_BLOCKING"}
    if scheduling == "INTERRUPT":
        emu.set_answer_seconds(5.0)  # a filler long enough to be surely still playing
    async with session(emu, tools=functions(page)) as c:
        await typed(c, "open_page")
        call = (await c.until_kind("toolCall"))[-1]["toolCall"]["functionCalls"][0]
        emu.set_answer_seconds(0.3)
        await respond(c, call["id"], {"output": "opened"}, scheduling)
        filler = await c.turn()
        if scheduling != "SILENT":
            result = await c.turn()
        await typed(c, "next")
        last = await c.turn()
    if scheduling == "INTERRUPT":
        assert "interrupted" in kinds(filler)
    else:
        assert said(filler) == "I'm on it." and "interrupted" not in kinds(filler)
    if scheduling != "SILENT":
        assert said(result) == 'open_page returned "opened".'
    assert said(last) == "You said: next."


async def test_38_functions_are_non_blocking_unless_declared_blocking(emu):
    async with session(emu, tools=functions({"name": "lookup"})) as c:
        await typed(c, "lookup")
        answer = await c.turn()  # the model goes on talking while the call runs
    assert kinds(answer)[0] == "toolCall" and said(answer) == "I'm on it."


async def test_a_scripted_call_answers_a_spoken_turn(emu):
    emu.script_tool_call("take_screenshot", {"monitor": 1})
    async with session(
        emu, tools=functions({"name": "take_screenshot", "behavior": "BLOCKING"})
    ) as c:
        await c.send_audio(speech(0.8) + silence(0.7))
        call = (await c.until_kind("toolCall"))[-1]["toolCall"]["functionCalls"][0]
    assert (call["name"], call["args"]) == ("take_screenshot", {"monitor": 1})


# --- speech translation -----------------------------------------------------------------

TRANSLATION = {
    "model": TRANSLATE,
    "generationConfig": {
        "responseModalities": ["AUDIO"],
        "translationConfig": {"targetLanguageCode": "fr-FR"},
    },
}


async def test_a_translation_model_gives_source_and_translated_text_and_audio(emu):
    emu.script_answer("Où est la gare ?", heard="Where is the station?")
    async with session(emu, **TRANSLATION) as c:
        await c.send_audio(speech(1.0) + silence(0.7))
        scripted = await c.turn()
        await c.send_audio(speech(0.8) + silence(0.7))
        default = await c.turn()
    assert heard(scripted) == "Where is the station?"
    assert said(scripted) == "Où est la gare ?"
    assert "audio" in kinds(scripted)
    assert said(default) == f"[fr-FR] {heard(default)}" and heard(default).endswith("of speech)")


async def test_a_translation_model_translates_while_the_speaker_talks(emu):
    async with session(emu, **TRANSLATION) as c:
        talking = asyncio.create_task(c.send_audio(speech(4.5) + silence(0.7), realtime=1.0))
        first = await c.turn()
        assert not talking.done(), "the first translation comes while the speaker talks"
        await talking
        second, rest = await c.turn(), await c.turn()
    assert [heard(t) for t in (first, second)] == ["(2.0 s of speech)"] * 2
    assert said(first) == "[fr-FR] (2.0 s of speech)" and "audio" in kinds(first)
    assert heard(rest).endswith("s of speech)") and said(rest) == f"[fr-FR] {heard(rest)}"


async def test_a_tidy_translation_model_translates_once_per_utterance(emu):
    emu.set_quirks(streaming_translation=False)
    async with session(emu, **TRANSLATION) as c:
        await c.send_audio(speech(4.5) + silence(0.7))
        turn = await c.turn()
        ended_at = emu.sent(kind="turn_complete")[-1].t
        # Half a second more of quiet input, all of it read by the emulator: no second
        # translation came meanwhile.
        heard_chunks = len(emu.received("audio")) + 25
        await c.send_audio(silence(0.5), realtime=1.0)
        await emu.wait_for(lambda: len(emu.received("audio")) >= heard_chunks)
    assert heard(turn).startswith("(4.") and said(turn) == f"[fr-FR] {heard(turn)}"
    later = [s.kind for s in emu.sent() if s.t > ended_at]
    assert not {"audio", "output_transcription", "input_transcription"} & set(later), later


@pytest.mark.parametrize(
    "message",
    [
        {"realtimeInput": {"text": "hello"}},
        {"clientContent": {"turns": [{"parts": [{"text": "hi"}]}], "turnComplete": True}},
        {"realtimeInput": {"video": {"mimeType": "image/jpeg", "data": "AAAA"}}},
    ],
    ids=["text", "client-content", "video"],
)
async def test_a_translation_model_takes_audio_only(emu, message):
    async with session(emu, **TRANSLATION) as c:
        await c.send(message)
        closed = await c.closed()
    assert closed.rcvd.code == 1007 and "audio input only" in closed.rcvd.reason


# --- ephemeral tokens -------------------------------------------------------------------


def fetch(emu, query: str = "") -> tuple[int, dict]:
    context = ssl.create_default_context(cafile=str(emu.cert_path))
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), urllib.request.HTTPSHandler(context=context)
    )
    try:
        with opener.open(f"{emu.token_url}{query}", timeout=5) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def token_headers(token: str) -> dict[str, str]:
    return {"authorization": f"Token {token}", "x-goog-api-key": token}


async def test_the_token_url_mints_tokens_for_the_constrained_endpoint(emu):
    status, body = await asyncio.to_thread(fetch, emu, "?model=gemini-3.8-live")
    assert status == 200 and body["token"].startswith("auth_tokens/")
    assert body["expireTime"].endswith("Z")
    assert emu.token_requests()[-1].query == {"model": "gemini-3.8-live"}
    async with connected(emu, CONSTRAINED_PATH, headers=token_headers(body["token"])) as c:
        await c.send(setup())
        assert kind(await c.recv()) == "setupComplete"
    async with connected(emu, CONSTRAINED_PATH, headers=token_headers(body["token"])) as c:
        await c.send(setup())
        assert (await c.closed()).rcvd.code == 1008, "one use only"


async def test_the_token_url_can_refuse(emu):
    emu.set_token_policy(status=403)
    status, _ = await asyncio.to_thread(fetch, emu)
    assert status == 403 and emu.token_requests()[-1].token is None


async def test_a_session_ends_when_its_token_expires(emu):
    token = emu.mint_token(uses=1, lifetime_s=1.0)
    async with connected(emu, CONSTRAINED_PATH, headers=token_headers(token)) as c:
        await c.send(setup())
        assert kind(await c.recv()) == "setupComplete"
        go_away = await c.until_kind("goAway", timeout=3)
        closed = await c.closed(timeout=3)
    assert 0.4 <= float(go_away[-1]["goAway"]["timeLeft"].rstrip("s")) <= 0.5
    assert closed.rcvd.code == 1011
    assert (await closed_info(emu)).close_code == 1011


@pytest.mark.parametrize("spent_on_resume", [False, True])
async def test_resuming_on_a_used_token_follows_the_policy(emu, spent_on_resume):
    emu.set_token_policy(spent_on_resume=spent_on_resume)
    token = emu.mint_token(uses=1)
    async with connected(emu, CONSTRAINED_PATH, headers=token_headers(token)) as c:
        await c.send(setup())
        await c.recv()
        await typed(c, "hello")
        turn = await c.turn()
    handle = turn[-1]["sessionResumptionUpdate"]["newHandle"]
    async with connected(emu, CONSTRAINED_PATH, headers=token_headers(token)) as c:
        await c.send(setup(sessionResumption={"handle": handle}))
        if spent_on_resume:
            assert (await c.closed()).rcvd.code == 1008
        else:
            assert kind(await c.recv()) == "setupComplete"


# --- the extended-thinking model (https://ai.google.dev/gemini-api/docs/live-api/thinking) ---

EXTENDED = "models/gemini-3.8-live-extended-thinking"


def statuses(messages) -> list[str]:
    return [m["serverContent"]["interactionStatus"] for m in messages if kind(m) == "turnComplete"]


async def test_extended_thinking_answers_in_two_turns_with_their_status(emu):
    async with session(emu, model=EXTENDED) as c:
        await typed(c, "plan a trip")
        filler = await c.turn()
        answer = await c.turn()
    assert statuses(filler) == ["IN_PROGRESS"] and said(filler) == "Let me think that through."
    assert statuses(answer) == ["IDLE"] and said(answer) == "You said: plan a trip."
    assert emu.turn_count() == 2


async def test_extended_thinking_calls_functions_in_the_background(emu):
    async with session(emu, model=EXTENDED, tools=functions({"name": "lookup"})) as c:
        await typed(c, "lookup")
        call = (await c.until_kind("toolCall"))[-1]["toolCall"]["functionCalls"][0]
        filler = await c.turn()
        await respond(c, call["id"], {"output": "found"})
        result = await c.turn()
    assert statuses(filler) == ["IN_PROGRESS"] and said(filler) == "I'm on it."
    assert statuses(result) == ["IDLE"] and said(result) == 'lookup returned "found".'


async def test_other_models_send_no_interaction_status(emu):
    async with session(emu) as c:
        await typed(c, "hello")
        turn = await c.turn()
    assert said(turn) == "You said: hello."
    assert not any("interactionStatus" in m.get("serverContent", {}) for m in turn)
