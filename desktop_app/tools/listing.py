"""A tool as the settings list it: what it does in words, free of the SDK and of Qt.

The window never loads `google.genai`, so it is handed these plain facts rather than `Tool`
objects (whose declarations are SDK types).
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a tool's label for translation without importing Qt (the tools never do): Qt's
    lupdate finds this call by its name in desktop_app/tools (scripts/translations.py scans
    it), and the settings dialog translates the label under `context` when it shows it."""
    return text


@dataclass(frozen=True)
class ToolListing:
    """`label` says what the tool does ("Tell the time"); `name` is the identifier the model
    calls (shown in the tooltip, stored in the settings); `asks_first` says the user is
    asked before it acts."""

    name: str
    label: str
    description: str
    asks_first: bool = False
