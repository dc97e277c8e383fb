"""Which uplink messages a connection takes: what keeps a send from closing it with 1007."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.live import uplink as up
from desktop_app.live.capabilities import capabilities_for, known_models
from desktop_app.live.outbox import accepts

ANSWER = up.ToolResponses((up.FunctionResult("fc-1", "now", {"result": "12:00"}),))
EVERY_KIND = (up.AudioChunk(b"x"), up.VideoFrame(b"f"), up.TypedText("hi"), ANSWER)


def test_activity_marks_only_with_push_to_talk_and_stream_end_only_without():
    for manual in (False, True):
        assert accepts(None, up.ActivityStart(), manual_activity=manual) is manual
        assert accepts(None, up.ActivityEnd(), manual_activity=manual) is manual
        assert accepts(None, up.AudioStreamEnd(), manual_activity=manual) is not manual


def test_a_model_that_takes_no_video_or_text_gets_neither():
    caps = replace(capabilities_for(known_models()[0]), video_input=False, text_input="none")
    took = [accepts(caps, item, manual_activity=False) for item in EVERY_KIND]
    assert took == [True, False, False, True]
    everything = replace(caps, video_input=True, text_input="realtime")
    assert all(accepts(everything, item, manual_activity=False) for item in EVERY_KIND)
    assert all(accepts(None, item, manual_activity=False) for item in EVERY_KIND)
