"""Single-producer / single-consumer rings in shared memory, between the app and the engine.

Audio crosses the process boundary through these rings rather than a pipe: nothing is
pickled, nothing is copied twice, and neither side ever waits for the other. The layout is a
header of two 64-bit indices on separate cache lines, then the data:

    offset 0    write index (bytes ever written; only the producer stores it)
    offset 64   read index  (bytes ever read; only the consumer stores it)
    offset 128  capacity bytes of data; byte i of the stream lives at 128 + i % capacity

The indices only grow (2^63 bytes is centuries of audio), so "full" and "empty" are never
ambiguous: readable = write - read, writable = capacity - readable. Each index is an aligned
int64 stored by a single numpy element assignment, which is one 8-byte store on x86-64 and
ARM64 (a reader sees the old or the new value, never half of each). The producer copies the
data first and publishes the write index last; the consumer copies out first and publishes
the read index last. On x86-64 stores are not reordered with older stores, so that order is
what the other process observes; ARM64 gives no such promise in hardware, and a Python
bytecode boundary between the copy and the store is in practice far wider than the store
buffer, but that is an argument, not a fence (noted in docs/performance.md).

No locks and no allocation beyond numpy's view objects: `read_into` fills a caller's array,
so an audio callback can use a ring directly.

`MessageRing` frames variable-sized records (a 4-byte length, then the payload) on a
`ByteRing`, written all-or-nothing, for PCM chunks that carry a small header.
"""

from __future__ import annotations

import contextlib
import struct
from multiprocessing import shared_memory

import numpy as np

HEADER = 128
_W = 0  # int64 slot of the write index
_R = 8  # int64 slot of the read index (byte offset 64)
_LEN = struct.Struct("<I")


class ByteRing:
    """One end (or both, in a test) of a byte ring in a named shared-memory block.

    `create` makes the block (its owner unlinks it on `close`); `attach` opens it by name in
    the other process.
    """

    def __init__(self, shm: shared_memory.SharedMemory, capacity: int, owner: bool) -> None:
        self._shm = shm
        self._owner = owner
        self.capacity = capacity
        self._idx = np.ndarray((16,), np.int64, shm.buf, 0)
        self._data = np.ndarray((capacity,), np.uint8, shm.buf, HEADER)

    @classmethod
    def create(cls, capacity: int) -> ByteRing:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        shm = shared_memory.SharedMemory(create=True, size=HEADER + capacity)
        ring = cls(shm, capacity, owner=True)
        ring._idx[:] = 0
        return ring

    @classmethod
    def attach(cls, name: str, capacity: int) -> ByteRing:
        shm = shared_memory.SharedMemory(name=name)
        return cls(shm, capacity, owner=False)

    @property
    def name(self) -> str:
        return self._shm.name

    def close(self) -> None:
        """Releases this process's mapping; the owner also removes the block."""
        self._idx = self._data = None  # type: ignore[assignment]  # views pin the buffer
        self._shm.close()
        if self._owner:
            with contextlib.suppress(FileNotFoundError):
                self._shm.unlink()

    # --- either side ----------------------------------------------------------------------
    def readable(self) -> int:
        return int(self._idx[_W] - self._idx[_R])

    def writable(self) -> int:
        return self.capacity - self.readable()

    # --- producer -------------------------------------------------------------------------
    def write(self, data: bytes | bytearray | memoryview | np.ndarray) -> int:
        """Copies as much of `data` as fits; returns how many bytes that was."""
        src = np.frombuffer(data, np.uint8) if not isinstance(data, np.ndarray) else \
            data.view(np.uint8).reshape(-1)
        w = int(self._idx[_W])
        n = min(src.size, self.capacity - (w - int(self._idx[_R])))
        if n <= 0:
            return 0
        self._copy_in(w, src[:n])
        self._idx[_W] = w + n  # published last
        return n

    def write_all(self, *parts: bytes | memoryview) -> bool:
        """Writes every part, back to back, or nothing at all if they do not fit together."""
        total = sum(len(p) for p in parts)
        w = int(self._idx[_W])
        if total > self.capacity - (w - int(self._idx[_R])):
            return False
        at = w
        for part in parts:
            self._copy_in(at, np.frombuffer(part, np.uint8))
            at += len(part)
        self._idx[_W] = at  # published last
        return True

    def _copy_in(self, at: int, src: np.ndarray) -> None:
        start = at % self.capacity
        first = min(src.size, self.capacity - start)
        self._data[start:start + first] = src[:first]
        self._data[:src.size - first] = src[first:]

    # --- consumer -------------------------------------------------------------------------
    def read_into(self, out: np.ndarray) -> int:
        """Fills `out` (any dtype, C-contiguous) from the ring as far as whole items allow;
        returns how many items. No allocation: fit for an audio callback."""
        dst = out.view(np.uint8).reshape(-1)
        r = int(self._idx[_R])
        item = out.itemsize
        n = min(dst.size, int(self._idx[_W]) - r) // item * item
        if n <= 0:
            return 0
        self._copy_out(r, dst[:n])
        self._idx[_R] = r + n  # published last
        return n // item

    def read(self, limit: int | None = None) -> bytes:
        """Up to `limit` bytes (all that is readable by default)."""
        r = int(self._idx[_R])
        n = int(self._idx[_W]) - r
        if limit is not None:
            n = min(n, limit)
        if n <= 0:
            return b""
        out = np.empty(n, np.uint8)
        self._copy_out(r, out)
        self._idx[_R] = r + n
        return out.tobytes()

    def peek(self, n: int) -> bytes | None:
        """The next `n` bytes without consuming them, or None if fewer are readable."""
        r = int(self._idx[_R])
        if int(self._idx[_W]) - r < n:
            return None
        out = np.empty(n, np.uint8)
        self._copy_out(r, out)
        return out.tobytes()

    def skip(self, n: int) -> None:
        self._idx[_R] = int(self._idx[_R]) + n

    def _copy_out(self, at: int, dst: np.ndarray) -> None:
        start = at % self.capacity
        first = min(dst.size, self.capacity - start)
        dst[:first] = self._data[start:start + first]
        dst[first:] = self._data[:dst.size - first]


class MessageRing:
    """Length-prefixed records on a `ByteRing`: a record is written whole or not at all."""

    def __init__(self, ring: ByteRing) -> None:
        self.ring = ring

    def put(self, *parts: bytes | memoryview) -> bool:
        """One record made of `parts`; False (and nothing written) if the ring is too full."""
        size = sum(len(p) for p in parts)
        return self.ring.write_all(_LEN.pack(size), *parts)

    def get(self) -> bytes | None:
        """The next record, or None if there is none yet."""
        head = self.ring.peek(_LEN.size)
        if head is None:
            return None
        (size,) = _LEN.unpack(head)
        if self.ring.readable() < _LEN.size + size:  # cannot happen: written whole
            return None
        self.ring.skip(_LEN.size)
        return self.ring.read(size)
