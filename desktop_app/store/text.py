"""Short text for lists and search results: clipping and highlighting, language-agnostic.

Clipping prefers a word boundary but does not need one: Chinese or Japanese transcripts
have no spaces, and must still give a title rather than an ellipsis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters, cut at a word if one is near the end."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if text[limit - 1] != " " and space > limit // 2:  # do not end on half a word
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def search_terms(query: str) -> list[str]:
    """The words of what the user typed; punctuation and search operators are not words."""
    return re.findall(r"\w+", query)


def highlight(text: str, terms: Sequence[str], mark: tuple[str, str], width: int) -> str:
    """A window of about `width` characters around the first term found, terms marked.

    SQLite's `snippet()` does this when FTS5 is there; this is the same for the LIKE search.
    """
    text = " ".join(text.split())
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, (first.start() if first else 0) - width // 3)
    end = min(len(text), start + width)
    window = pattern.sub(lambda m: f"{mark[0]}{m.group()}{mark[1]}", text[start:end])
    return (ELLIPSIS if start else "") + window + (ELLIPSIS if end < len(text) else "")
