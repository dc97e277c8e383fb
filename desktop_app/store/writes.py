"""What the writer thread can be asked to do: save a snapshot, or delete a conversation.

A save carries a `key`: within one batch only the last save of a key is written, at the
place its first save had (so a conversation is still inserted before its messages). A
delete has no key and orders everything around it: saves before it are written first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar, Protocol

from desktop_app.store.model import ConversationInfo, Message
from desktop_app.store.rows import (
    CONVERSATION_UPSERT,
    MESSAGE_UPSERT,
    conversation_params,
    message_params,
)


class Write(Protocol):
    @property
    def key(self) -> Hashable | None: ...

    @property
    def label(self) -> str:
        """What the log may say about the write: ids, never the text."""

    def apply(self, conn: sqlite3.Connection) -> None: ...


@dataclass(frozen=True, slots=True)
class SaveConversation:
    info: ConversationInfo

    @property
    def key(self) -> Hashable:
        return ("conversation", self.info.id)

    @property
    def label(self) -> str:
        return f"conversation {self.info.id}"

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.execute(CONVERSATION_UPSERT, conversation_params(self.info))


@dataclass(frozen=True, slots=True)
class SaveMessage:
    conversation_id: str
    message: Message

    @property
    def key(self) -> Hashable:
        return ("message", self.conversation_id, self.message.seq)

    @property
    def label(self) -> str:
        return f"message {self.message.seq} of conversation {self.conversation_id}"

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.execute(MESSAGE_UPSERT, message_params(self.conversation_id, self.message))


@dataclass(frozen=True, slots=True)
class DeleteConversation:
    conversation_id: str
    key: ClassVar[None] = None

    @property
    def label(self) -> str:
        return f"deletion of conversation {self.conversation_id}"

    def apply(self, conn: sqlite3.Connection) -> None:
        # The messages go with it (ON DELETE CASCADE), and the index with them (triggers).
        conn.execute("DELETE FROM conversations WHERE id = ?", (self.conversation_id,))


def coalesce(writes: Iterable[Write]) -> Iterator[Write]:
    """The writes worth doing, in an order that keeps every reference valid."""
    pending: dict[Hashable, Write] = {}
    for write in writes:
        if write.key is None:
            yield from pending.values()
            pending.clear()
            yield write
        else:
            pending[write.key] = write  # an existing key keeps its place, takes the new value
    yield from pending.values()
