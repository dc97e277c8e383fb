"""Every field of every server message becomes a typed event, bundled fields included."""

from __future__ import annotations

from google.genai import types

from desktop_app.live import events as ev
from desktop_app.live.unpack import MessageUnpacker, parse_duration


def msg(**kw) -> types.LiveServerMessage:
    return types.LiveServerMessage.model_validate(kw)


def test_bundled_message_yields_everything_content_first():
    t = MessageUnpacker()
    out = t.unpack(
        msg(
            server_content={
                "model_turn": {
                    "parts": [
                        {"inline_data": {"mime_type": "audio/pcm;rate=24000", "data": b"\x01\x02"}},
                        {"text": "planning", "thought": True},
                    ]
                },
                "output_transcription": {"text": "Hel"},
                "input_transcription": {"text": "hi", "finished": True},
                "turn_complete": True,
                "turn_complete_reason": "NEED_MORE_INPUT",
                "waiting_for_input": True,
            },
            usage_metadata={
                "prompt_token_count": 3,
                "response_token_count": 4,
                "total_token_count": 7,
                "response_tokens_details": [{"modality": "AUDIO", "token_count": 4}],
                "prompt_tokens_details": [
                    {"modality": "TEXT", "token_count": 1},
                    {"modality": "AUDIO", "token_count": 2},
                ],
            },
        )
    )
    assert out == [
        ev.ModelAudio(b"\x01\x02", 24000, 1),
        ev.ModelText("planning", 1, thought=True),
        ev.InputTranscript("hi", finished=True),
        ev.OutputTranscript("Hel", 1),
        ev.Usage(3, 4, 7, None, (("AUDIO", 4),), (("TEXT", 1), ("AUDIO", 2))),
        ev.TurnComplete(1, "NEED_MORE_INPUT", True),
    ]
    assert t.generation == 2


AUDIO = {"model_turn": {"parts": [{"inline_data": {"mime_type": "audio/pcm", "data": b"\0\0"}}]}}


def test_a_late_turn_complete_after_interrupted_belongs_to_the_cut_turn():
    t = MessageUnpacker()
    assert t.unpack(msg(server_content=AUDIO)) == [ev.ModelAudio(b"\0\0", 24000, 1)]
    assert t.unpack(msg(server_content={"interrupted": True})) == [ev.Interrupted(1)]
    assert t.unpack(msg(server_content={"turn_complete": True})) == [ev.TurnComplete(1)]
    assert t.unpack(msg(server_content=AUDIO)) == [ev.ModelAudio(b"\0\0", 24000, 2)]
    assert t.unpack(msg(server_content={"turn_complete": True})) == [ev.TurnComplete(2)]
    assert t.generation == 3


def test_the_next_answer_is_a_new_generation_when_the_cut_turn_never_completes():
    t = MessageUnpacker()
    t.unpack(msg(server_content=AUDIO))
    assert t.unpack(msg(server_content={"interrupted": True})) == [ev.Interrupted(1)]
    # What the user said comes in; the cut turn's turnComplete never does.
    heard = t.unpack(msg(server_content={"input_transcription": {"text": "wait"}}))
    assert heard == [ev.InputTranscript("wait")]
    assert t.unpack(msg(server_content=AUDIO)) == [ev.ModelAudio(b"\0\0", 24000, 2)]
    assert t.unpack(msg(server_content={"turn_complete": True})) == [ev.TurnComplete(2)]
    assert t.generation == 3


def test_interrupted_and_turn_complete_in_one_message():
    t = MessageUnpacker()
    out = t.unpack(msg(server_content={"interrupted": True, "turn_complete": True}))
    assert out == [ev.Interrupted(1), ev.TurnComplete(1)]
    assert t.generation == 2


def test_control_messages():
    t = MessageUnpacker()
    assert t.unpack(msg(go_away={"time_left": "50s"})) == [ev.GoAway(50.0)]
    assert t.unpack(msg(session_resumption_update={"new_handle": "h1", "resumable": True})) == [
        ev.ResumptionUpdate("h1", True)
    ]
    assert t.unpack(msg(session_resumption_update={"resumable": False})) == [
        ev.ResumptionUpdate(None, False)
    ]
    calls = t.unpack(
        msg(tool_call={"function_calls": [{"id": "fc-1", "name": "now", "args": {"tz": "UTC"}}]})
    )
    assert calls == [ev.ToolCall((ev.FunctionCall("fc-1", "now", {"tz": "UTC"}),))]
    assert t.unpack(msg(tool_call_cancellation={"ids": ["fc-1"]})) == [
        ev.ToolCallCancellation(("fc-1",))
    ]
    assert t.unpack(msg(server_content={"generation_complete": True})) == [
        ev.GenerationComplete(1)
    ]


def test_grounding_sources():
    t = MessageUnpacker()
    out = t.unpack(
        msg(
            server_content={
                "grounding_metadata": {
                    "grounding_chunks": [{"web": {"uri": "https://example.org/a", "title": "A"}}],
                    "web_search_queries": ["weather paris"],
                }
            }
        )
    )
    assert out == [
        ev.Grounding(1, (ev.GroundingSource("A", "https://example.org/a"),), ("weather paris",))
    ]


def test_durations():
    assert parse_duration("0.5s") == 0.5
    assert parse_duration("") is None
    assert parse_duration("soon") is None


def test_new_connection_starts_a_fresh_generation():
    t = MessageUnpacker()
    t.new_connection()
    assert t.unpack(msg(server_content={"interrupted": True})) == [ev.Interrupted(2)]
