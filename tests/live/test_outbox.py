"""The outbox keeps order, gives failed sends back first, bounds audio and keeps one frame."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.live.outbox import Outbox, Outgoing


@pytest.mark.asyncio
async def test_order_frames_and_push_front():
    box = Outbox(max_audio_bytes=1000)
    box.put(Outgoing("audio", b"a" * 10))
    box.put(Outgoing("frame", (b"old", "image/jpeg")))
    box.put(Outgoing("text", "hello"))
    box.put(Outgoing("frame", (b"new", "image/jpeg")))
    first = await box.get()
    assert first.kind == "frame" and first.payload[0] == b"new"  # latest frame wins
    audio = await box.get()
    box.push_front(audio)  # a send failed: it goes first next time
    assert (await box.get()).payload == b"a" * 10
    assert (await box.get()).payload == "hello"
    assert len(box) == 0


@pytest.mark.asyncio
async def test_audio_is_bounded_oldest_first():
    box = Outbox(max_audio_bytes=25)
    for i in range(5):
        box.put(Outgoing("audio", bytes([i]) * 10))
    box.put(Outgoing("text", "keep me"))
    assert box.audio_bytes == 20 and box.dropped_audio_bytes == 30
    got = [await box.get() for _ in range(2)]
    assert [g.payload for g in got] == [b"\x03" * 10 + b"\x04" * 10, "keep me"]


@pytest.mark.asyncio
async def test_get_waits_for_an_item():
    box = Outbox(max_audio_bytes=100)
    waiter = asyncio.ensure_future(box.get())
    await asyncio.sleep(0.01)
    assert not waiter.done()
    box.put(Outgoing("audio_stream_end"))
    assert (await asyncio.wait_for(waiter, 1)).kind == "audio_stream_end"


@pytest.mark.asyncio
async def test_unconfirmed_messages_are_replayed_first_until_a_handle_covers_them():
    box = Outbox(max_audio_bytes=1000)
    for item in (Outgoing("audio", b"1"), Outgoing("text", "hi"), Outgoing("frame", (b"f", "x"))):
        box.sent(item)
    box.put(Outgoing("audio", b"new"))
    assert box.replay_unconfirmed() == 2  # the frame is not replayed
    assert [(await box.get()).payload for _ in range(3)] == [b"1", "hi", b"new"]

    box.sent(Outgoing("audio", b"2"))
    box.confirm()
    assert box.replay_unconfirmed() == 0


@pytest.mark.asyncio
async def test_backlog_audio_goes_out_in_merged_messages():
    box = Outbox(max_audio_bytes=100_000)
    for i in range(30):
        box.put(Outgoing("audio", bytes([i]) * 640))
    box.put(Outgoing("text", "t"))
    first, second = await box.get(), await box.get()
    assert len(first.payload) == 8000 - 8000 % 640 and len(second.payload) == 8000 - 8000 % 640
    third = await box.get()
    assert third.payload == b"".join(bytes([i]) * 640 for i in range(24, 30))
    assert (await box.get()).payload == "t"
    assert box.audio_bytes == 0
