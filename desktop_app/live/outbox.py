"""What the client has to say to the server, in order, surviving reconnects.

The user keeps talking while a connection is being replaced, so outgoing messages wait here
rather than being sent straight to a socket: a sender task per connection drains the outbox,
and what a failed send could not deliver goes back to the front. Audio is bounded (oldest
dropped first, and counted) so a long outage cannot eat memory. Video frames are a separate
stream that the API does not order against audio: only the newest one waits ("latest wins").

A resumption handle stands for the conversation as the server had it when it issued the
handle; whatever the client sent after that is not in a session resumed from it, and audio
written into a socket just before it died may never have arrived at all. So what was sent
since the newest handle is kept ("unconfirmed") and replayed, first, on the next connection.
Tool responses and frames are not replayed: a resumed session does not know the old calls,
and a newer frame will come.
"""

from __future__ import annotations

import asyncio
from collections import deque

from desktop_app.live.uplink import REPLAYED, AudioChunk, UplinkMessage, VideoFrame

# A backlog (after an outage, or a replay) goes out in messages of up to 250 ms of 16 kHz
# audio instead of one per 20 ms chunk: the per-message cost is what makes catching up slow,
# and the API advises against much longer chunks.
MERGED_AUDIO_BYTES = 8000


class Outbox:
    def __init__(self, max_audio_bytes: int, max_replay_bytes: int | None = None) -> None:
        self._items: deque[UplinkMessage] = deque()
        self._unconfirmed: deque[UplinkMessage] = deque()
        self._unconfirmed_audio = 0
        self._max_replay_bytes = max_audio_bytes if max_replay_bytes is None else max_replay_bytes
        self._frame: VideoFrame | None = None
        self._audio_bytes = 0
        self._max_audio_bytes = max_audio_bytes
        self._ready = asyncio.Event()
        self.dropped_audio_bytes = 0

    def __len__(self) -> int:
        return len(self._items) + (self._frame is not None)

    @property
    def audio_bytes(self) -> int:
        return self._audio_bytes

    def put(self, item: UplinkMessage) -> None:
        if isinstance(item, VideoFrame):
            self._frame = item
        else:
            self._items.append(item)
            if isinstance(item, AudioChunk):
                self._audio_bytes += len(item.pcm)
                self._trim_audio()
        self._ready.set()

    def push_front(self, item: UplinkMessage) -> None:
        """Give back an item whose send failed, so it goes first on the next connection."""
        if isinstance(item, VideoFrame):
            if self._frame is None:
                self._frame = item
        else:
            self._items.appendleft(item)
            if isinstance(item, AudioChunk):
                self._audio_bytes += len(item.pcm)
        self._ready.set()

    async def get(self) -> UplinkMessage:
        while True:
            if self._frame is not None:
                frame, self._frame = self._frame, None
                return frame
            if self._items:
                item = self._items.popleft()
                if isinstance(item, AudioChunk):
                    item = self._merge_following_audio(item)
                    self._audio_bytes -= len(item.pcm)
                return item
            self._ready.clear()
            await self._ready.wait()

    def _merge_following_audio(self, first: AudioChunk) -> AudioChunk:
        if not self._items or not isinstance(self._items[0], AudioChunk):
            return first
        parts = [first.pcm]
        size = len(first.pcm)
        while self._items and isinstance(following := self._items[0], AudioChunk):
            if size + len(following.pcm) > MERGED_AUDIO_BYTES:
                break
            self._items.popleft()
            parts.append(following.pcm)
            size += len(following.pcm)
        return AudioChunk(b"".join(parts), first.queued_at)

    def sent(self, item: UplinkMessage) -> None:
        """`item` went into the socket; keep it until a handle covers it."""
        if not isinstance(item, REPLAYED):
            return
        self._unconfirmed.append(item)
        if isinstance(item, AudioChunk):
            self._unconfirmed_audio += len(item.pcm)
            while self._unconfirmed_audio > self._max_replay_bytes:
                old = self._unconfirmed.popleft()
                if isinstance(old, AudioChunk):
                    self._unconfirmed_audio -= len(old.pcm)

    def confirm(self) -> None:
        """The server issued a resumable handle: everything sent so far is in its state."""
        self._unconfirmed.clear()
        self._unconfirmed_audio = 0

    def replay_unconfirmed(self) -> int:
        """Put what was sent since the newest handle back in front of the queue, in order."""
        count = len(self._unconfirmed)
        while self._unconfirmed:
            self.push_front(self._unconfirmed.pop())
        self._unconfirmed_audio = 0
        self._trim_audio()
        return count

    def clear(self) -> None:
        self._items.clear()
        self._frame = None
        self._audio_bytes = 0
        self.confirm()

    def _trim_audio(self) -> None:
        if self._audio_bytes <= self._max_audio_bytes:
            return
        kept: deque[UplinkMessage] = deque()
        for item in self._items:
            if isinstance(item, AudioChunk) and self._audio_bytes > self._max_audio_bytes:
                self._audio_bytes -= len(item.pcm)
                self.dropped_audio_bytes += len(item.pcm)
                continue
            kept.append(item)
        self._items = kept
