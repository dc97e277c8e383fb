"""What the emulated model says, and the numbers the service reports about it.

Answers are deterministic so tests can assert on them: a text turn is echoed back
("You said: hello."), an audio turn gets a fixed sentence, a translation model says which
language it translated into, a function's result is read back, and a test can script the
next answers instead. A typed turn that names a declared function (optionally followed by
a JSON object of arguments: `open_web_page {"url": "https://example.org"}`) makes the model
call it. The token counts follow the service's published rates (about 4 characters per
text token, 32 tokens per second of audio) closely enough that usage grows the way a
client would see it grow.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

AUDIO_TURN_ANSWER = "I heard you."
NON_BLOCKING_FILLER = "I'm on it."
REASONING_FILLER = "Let me think that through."
SECONDS_PER_CHARACTER = 0.06
MIN_ANSWER_SECONDS = 1.0
AUDIO_TOKENS_PER_SECOND = 32
CHARACTERS_PER_TOKEN = 4

# Output transcription fragment sizes, cycled: 3–8 characters like the service's.
_FRAGMENT_SIZES = (5, 3, 7, 4, 8, 6)
_MIN_FRAGMENT = 3


@dataclass(frozen=True)
class ModelAnswer:
    """One model turn's content: what it says, and for how long (None: from the text).

    `heard` replaces the input transcription of a spoken turn (the emulator does no
    recognition), `thought` the thought summary sent when the setup asks for them, and
    `sources` (title, uri) the search results when Google Search is on.
    """

    text: str
    audio_seconds: float | None = None
    heard: str | None = None
    thought: str | None = None
    sources: tuple[tuple[str, str], ...] = ()

    @property
    def seconds(self) -> float:
        """The length of the spoken answer."""
        if self.audio_seconds is not None:
            return self.audio_seconds
        return max(MIN_ANSWER_SECONDS, len(self.text) * SECONDS_PER_CHARACTER)


def text_turn_answer(text: str) -> ModelAnswer:
    """The default answer to a typed turn: an echo a test can recognise."""
    return ModelAnswer(f"You said: {text.strip()}.")


def translation_answer(heard: str, target: str) -> str:
    """The default output of a translation model: what it heard, marked with the target."""
    return f"[{target}] {heard}"


def default_thought(prompt: str | None) -> str:
    """A thought summary in the service's style: a bold heading, then one line."""
    about = f"The user said “{prompt.strip()}”." if prompt else "The user spoke."
    return f"**Considering the request**\n{about} I will answer briefly."


def requested_call(prompt: str, functions: Collection[str]) -> tuple[str, dict[str, Any]] | None:
    """The declared function a typed turn names, with the JSON object that follows the
    name as its arguments ({} when there is none or it is not valid JSON)."""
    for name in functions:
        match = re.search(rf"(?<![\w.]){re.escape(name)}(?![\w.])", prompt)
        if match is None:
            continue
        rest = prompt[match.end() :].strip()
        args: Any = {}
        if rest.startswith("{"):
            try:
                args, _ = json.JSONDecoder().raw_decode(rest)
            except ValueError:
                args = {}
        return name, args if isinstance(args, dict) else {}
    return None


def tool_results_answer(results: list[tuple[str, Any]]) -> ModelAnswer:
    """What the model says once its functions answered: each result read back, or the
    error a function reported (its `error` field)."""
    sentences = []
    for name, response in results:
        response = response if isinstance(response, dict) else {"output": response}
        if "error" in response:
            sentences.append(f"{name} failed: {response['error']}.")
        else:
            output = response.get("output", response)
            sentences.append(f"{name} returned {json.dumps(output, sort_keys=True)}.")
    return ModelAnswer(" ".join(sentences))


def default_sources(query: str) -> tuple[tuple[str, str], ...]:
    """Two search results for `query` on documentation domains (never fetched)."""
    slug = quote(query.strip().lower()[:60] or "search")
    return (
        ("example.org", f"https://example.org/search?q={slug}"),
        ("example.com", f"https://example.com/results?q={slug}"),
    )


def grounding_metadata(query: str, sources: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """`serverContent.groundingMetadata` as Google Search grounding sends it."""
    chips = "".join(f'<a class="chip" href="{uri}">{title}</a>' for title, uri in sources)
    return {
        "webSearchQueries": [query],
        "groundingChunks": [{"web": {"uri": uri, "title": title}} for title, uri in sources],
        "searchEntryPoint": {"renderedContent": f'<div class="carousel">{chips}</div>'},
    }


def speech_summary(seconds: float) -> str:
    """The emulator's "transcription" of the user's speech; it does no recognition."""
    return f"({seconds:.1f} s of speech)"


def fragments(text: str) -> list[str]:
    """`text` cut into 3–8 character pieces (shorter only if the text is), in order."""
    pieces: list[str] = []
    position = 0
    while position < len(text):
        remaining = len(text) - position
        size = _FRAGMENT_SIZES[len(pieces) % len(_FRAGMENT_SIZES)]
        if remaining <= max(_FRAGMENT_SIZES):
            size = remaining
        elif remaining - size < _MIN_FRAGMENT:
            size = remaining - _MIN_FRAGMENT
        pieces.append(text[position : position + size])
        position += size
    return pieces


def text_tokens(text: str) -> int:
    """Tokens of a piece of text (at least one for any non-empty text)."""
    return math.ceil(len(text) / CHARACTERS_PER_TOKEN)


def audio_tokens(seconds: float) -> int:
    """Tokens of a stretch of audio."""
    return math.ceil(seconds * AUDIO_TOKENS_PER_SECOND)
