"""The outbox keeps order, gives failed sends back first, bounds audio and keeps one frame."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.live import uplink as up
from desktop_app.live.outbox import Outbox


@pytest.mark.asyncio
async def test_order_frames_and_push_front():
    box = Outbox(max_audio_bytes=1000)
    box.put(up.AudioChunk(b"a" * 10))
    box.put(up.VideoFrame(b"old", "image/jpeg"))
    box.put(up.TypedText("hello"))
    box.put(up.VideoFrame(b"new", "image/jpeg"))
    first = await box.get()
    assert first == up.VideoFrame(b"new", "image/jpeg")  # latest frame wins
    audio = await box.get()
    box.push_front(audio)  # a send failed: it goes first next time
    assert (await box.get()) == up.AudioChunk(b"a" * 10)
    assert (await box.get()) == up.TypedText("hello")
    assert len(box) == 0


@pytest.mark.asyncio
async def test_audio_is_bounded_oldest_first():
    box = Outbox(max_audio_bytes=25)
    for i in range(5):
        box.put(up.AudioChunk(bytes([i]) * 10))
    box.put(up.TypedText("keep me"))
    assert box.audio_bytes == 20 and box.dropped_audio_bytes == 30
    got = [await box.get() for _ in range(2)]
    assert got == [up.AudioChunk(b"\x03" * 10 + b"\x04" * 10), up.TypedText("keep me")]


@pytest.mark.asyncio
async def test_get_waits_for_an_item():
    box = Outbox(max_audio_bytes=100)
    waiter = asyncio.ensure_future(box.get())
    await asyncio.sleep(0.01)
    assert not waiter.done()
    box.put(up.AudioStreamEnd())
    assert (await asyncio.wait_for(waiter, 1)) == up.AudioStreamEnd()


@pytest.mark.asyncio
async def test_unconfirmed_messages_are_replayed_first_until_a_handle_covers_them():
    box = Outbox(max_audio_bytes=1000)
    for item in (up.AudioChunk(b"1"), up.TypedText("hi"), up.VideoFrame(b"f", "x")):
        box.sent(item)
    box.put(up.AudioChunk(b"new"))
    assert box.replay_unconfirmed() == 2  # the frame is not replayed
    replayed = [await box.get() for _ in range(3)]
    assert replayed == [up.AudioChunk(b"1"), up.TypedText("hi"), up.AudioChunk(b"new")]

    box.sent(up.AudioChunk(b"2"))
    box.confirm()
    assert box.replay_unconfirmed() == 0


@pytest.mark.asyncio
async def test_backlog_audio_goes_out_in_merged_messages():
    box = Outbox(max_audio_bytes=100_000)
    for i in range(30):
        box.put(up.AudioChunk(bytes([i]) * 640, queued_at=float(i)))
    box.put(up.TypedText("t"))
    first, second = await box.get(), await box.get()
    assert isinstance(first, up.AudioChunk) and isinstance(second, up.AudioChunk)
    assert len(first.pcm) == 8000 - 8000 % 640 and len(second.pcm) == 8000 - 8000 % 640
    assert (first.queued_at, second.queued_at) == (0.0, 12.0)  # as old as its first chunk
    third = await box.get()
    assert third == up.AudioChunk(b"".join(bytes([i]) * 640 for i in range(24, 30)), 24.0)
    assert (await box.get()) == up.TypedText("t")
    assert box.audio_bytes == 0


@pytest.mark.asyncio
async def test_tool_responses_and_activity_marks_keep_their_place_and_only_marks_replay():
    box = Outbox(max_audio_bytes=1000)
    answer = up.ToolResponses((up.FunctionResult("fc-1", "now", {"result": "12:00"}),))
    for item in (up.ActivityStart(), up.AudioChunk(b"x"), up.ActivityEnd(), answer):
        box.put(item)
    got = [await box.get() for _ in range(4)]
    assert got == [up.ActivityStart(), up.AudioChunk(b"x"), up.ActivityEnd(), answer]
    for item in got:
        box.sent(item)
    assert box.replay_unconfirmed() == 3  # the tool response is not replayed
    replayed = [await box.get() for _ in range(3)]
    assert replayed == [up.ActivityStart(), up.AudioChunk(b"x"), up.ActivityEnd()]
