"""The shared-memory rings between the app and the audio engine: every byte arrives, in
order, once, whatever the sizes of the writes and reads, also across two processes."""

from __future__ import annotations

import multiprocessing as mp

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.media.engine.ring import ByteRing, MessageRing


def stream(n: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, n, dtype=np.uint8)


@given(capacity=st.integers(1, 64),
       ops=st.lists(st.tuples(st.booleans(), st.integers(0, 80)), max_size=200))
def test_interleaved_writes_and_reads_keep_order(capacity: int, ops) -> None:
    ring = ByteRing.create(capacity)
    try:
        source = stream(20000, capacity)
        sent = got = 0
        received = bytearray()
        for is_write, n in ops:
            if is_write:
                wrote = ring.write(source[sent:sent + n])
                assert wrote == min(n, capacity - (sent - got))
                sent += wrote
            else:
                out = np.zeros(n, np.uint8)
                k = ring.read_into(out)
                assert k == min(n, sent - got)
                received += out[:k].tobytes()
                got += k
            assert ring.readable() == sent - got
        received += ring.read()
        assert bytes(received) == source[:sent].tobytes()
    finally:
        ring.close()


def test_read_into_takes_whole_items_only() -> None:
    ring = ByteRing.create(16)
    try:
        assert ring.write(b"\x01\x00\x02\x00\x03") == 5
        out = np.zeros(4, np.int16)
        assert ring.read_into(out) == 2
        assert out[:2].tolist() == [1, 2]
        assert ring.readable() == 1
    finally:
        ring.close()


@given(sizes=st.lists(st.integers(0, 40), max_size=60))
def test_messages_are_whole_or_absent(sizes: list[int]) -> None:
    ring = MessageRing(ByteRing.create(64))
    try:
        queued: list[bytes] = []
        for i, size in enumerate(sizes):
            payload = bytes([i % 256]) * size
            if ring.put(payload[:size // 2], payload[size // 2:]):
                queued.append(payload)
            elif queued:  # full: take one out, which must be the oldest
                assert ring.get() == queued.pop(0)
        while queued:
            assert ring.get() == queued.pop(0)
        assert ring.get() is None
    finally:
        ring.ring.close()


def _produce(name: str, capacity: int, total: int, seed: int, chunk: int) -> None:
    ring = ByteRing.attach(name, capacity)
    data = stream(total, seed)
    rng = np.random.default_rng(seed + 1)
    sent = 0
    while sent < total:
        sent += ring.write(data[sent:sent + int(rng.integers(1, chunk + 1))])
    ring.close()


@settings(max_examples=4, deadline=None)
@given(capacity=st.sampled_from([7, 256, 4093]), chunk=st.sampled_from([1, 100, 5000]),
       seed=st.integers(0, 1000))
def test_two_processes_every_byte_in_order(capacity: int, chunk: int, seed: int) -> None:
    total = min(1_000_000, 300 * capacity + 5000)  # a tiny ring wraps thousands of times
    ring = ByteRing.create(capacity)
    try:
        producer = mp.get_context("spawn").Process(
            target=_produce, args=(ring.name, capacity, total, seed, chunk))
        producer.start()
        received = np.zeros(total, np.uint8)
        got = 0
        rng = np.random.default_rng(seed + 2)
        while got < total:
            n = min(total - got, int(rng.integers(1, 3 * chunk + 2)))
            got += ring.read_into(received[got:got + n])
            if not producer.is_alive() and ring.readable() == 0 and got < total:
                pytest.fail(f"producer ended (exit {producer.exitcode}) after {got} bytes")
        producer.join(10)
        assert producer.exitcode == 0
        assert np.array_equal(received, stream(total, seed))
        assert ring.readable() == 0
    finally:
        ring.close()
