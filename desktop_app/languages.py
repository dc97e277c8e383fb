"""Language codes → names, from `resources/languages.json`.

Both the Live setup (an instruction naming the language) and the window (the translation
target's label) need the name; it lives here, free of the SDK and of Qt, so the window can
show it without loading `google.genai`.
"""

from __future__ import annotations

from desktop_app.resources import languages


def language_name(code: str) -> str:
    """The language's English name, or the code itself when the table does not know it."""
    for lang in languages():
        if lang["code"] == code:
            return lang["name"]
    return code
