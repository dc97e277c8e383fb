"""Conversation history: every conversation saved as it happens, searchable, exportable.

Qt-free. The app opens one `HistoryStore` (a SQLite file under the user's data directory)
and feeds the session's events to a `ConversationRecorder`; the UI reads the store to list,
open, search and delete conversations, and uses `to_markdown` / `to_json` to export one.
"""

from desktop_app.store.export import EXPORT_SCHEMA_VERSION, display_title, to_json, to_markdown
from desktop_app.store.model import (
    Conversation,
    ConversationInfo,
    ConversationSummary,
    Message,
    Role,
    SearchHit,
    ToolCallRecord,
)
from desktop_app.store.recorder import ConversationRecorder
from desktop_app.store.schema import SCHEMA_VERSION, SchemaError
from desktop_app.store.store import HistoryStore

__all__ = [
    "EXPORT_SCHEMA_VERSION",
    "SCHEMA_VERSION",
    "Conversation",
    "ConversationInfo",
    "ConversationRecorder",
    "ConversationSummary",
    "HistoryStore",
    "Message",
    "Role",
    "SchemaError",
    "SearchHit",
    "ToolCallRecord",
    "display_title",
    "to_json",
    "to_markdown",
]
