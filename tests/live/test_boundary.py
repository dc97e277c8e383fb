"""`ServerBoundary` on its own: what it lets through, what it skips, and that a message whose
unpacking raises costs that message only."""

from __future__ import annotations

import logging

from google.genai import types

from desktop_app.live import events as ev
from desktop_app.live.boundary import ServerBoundary
from desktop_app.live.unpack import MessageUnpacker


def message(**fields) -> types.LiveServerMessage:
    return types.LiveServerMessage.model_validate(fields)


def test_a_go_away_with_a_nonsense_time_still_says_go_away():
    boundary = ServerBoundary()
    [event] = boundary.events(message(goAway={"timeLeft": "-30s"}))
    assert event == ev.GoAway(None)
    assert boundary.events(message(goAway={"timeLeft": "50s"})) == [ev.GoAway(50.0)]


def test_a_tool_call_keeps_its_usable_calls_only():
    boundary = ServerBoundary()
    calls = [{"id": "a", "name": "get_current_time"}, {"name": "no_id"}]
    [event] = boundary.events(message(toolCall={"functionCalls": calls}))
    assert event == ev.ToolCall((ev.FunctionCall("a", "get_current_time"),))


def test_a_message_the_unpacker_cannot_handle_is_skipped_and_logged_once(caplog):
    class Broken(MessageUnpacker):
        def unpack(self, msg):
            raise OverflowError("cannot convert float infinity to integer")

    boundary = ServerBoundary(Broken())
    with caplog.at_level(logging.WARNING):
        assert boundary.events(message(goAway={"timeLeft": "1s"})) == []
        assert boundary.events(message(goAway={"timeLeft": "1s"})) == []
    assert boundary.skipped["message it cannot unpack (OverflowError)"] == 2
    assert len(caplog.records) == 1
    boundary.new_connection()
    with caplog.at_level(logging.WARNING):
        boundary.events(message(goAway={"timeLeft": "1s"}))
    assert len(caplog.records) == 2, "once per connection"
