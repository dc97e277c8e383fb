"""A tool as the settings list it: what it does in words, free of the SDK and of Qt.

The window never loads `google.genai`, so it is handed these plain facts rather than `Tool`
objects (whose declarations are SDK types).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ToolListing:
    """`label` says what the tool does ("Tell the time"); `name` is the identifier the model
    calls (shown in the tooltip, stored in the settings); `asks_first` says the user is
    asked before it acts."""

    name: str
    label: str
    description: str
    asks_first: bool = False
