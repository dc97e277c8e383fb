"""What a local tool is: its declaration for the model, and the function that runs it.

The Live API has no automatic function calling: the app declares functions in the setup and
must answer every call itself (https://ai.google.dev/gemini-api/docs/live-tools). A `Tool` keeps the
declaration and the code together, so what the model is told and what runs cannot drift.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from google.genai import types

from desktop_app.tools.listing import ToolListing

# A coroutine function runs on the loop (it must only await); a plain function may block
# and runs in a worker thread. Either returns something JSON can encode.
Run = Callable[[dict[str, Any]], Awaitable[Any]] | Callable[[dict[str, Any]], Any]


class ToolError(Exception):
    """A failure the model should hear about in plain words (a bad argument, a refusal)."""


@dataclass(frozen=True)
class Tool:
    """One function the model may call.

    `non_blocking` lets the model go on talking while the tool runs (declared NON_BLOCKING
    where the model takes that); its result is then delivered with `scheduling`
    (INTERRUPT, WHEN_IDLE or SILENT). `timeout_s` bounds a run, so a stuck tool ends in an
    error the model hears instead of a turn that never ends.
    """

    name: str
    description: str
    run: Run
    label: str = ""  # what it does, in the user's words ("Tell the time"); `name` if empty
    asks_first: bool = False  # the user confirms before it acts (said beside the label)
    parameters: types.Schema | None = None
    non_blocking: bool = False
    scheduling: str = "WHEN_IDLE"
    timeout_s: float = 30.0

    def listing(self) -> ToolListing:
        """How the settings list it, without the SDK types."""
        return ToolListing(self.name, self.label or self.name, self.description, self.asks_first)

    def declaration(self) -> types.FunctionDeclaration:
        behavior = types.Behavior.NON_BLOCKING if self.non_blocking else types.Behavior.BLOCKING
        return types.FunctionDeclaration(
            name=self.name,
            description=self.description,
            parameters=self.parameters,
            behavior=behavior,
        )


class ToolRegistry:
    """The tools the app offers, by name. Which of them the model is told about is the
    user's choice (`Settings.tools`), applied when the setup is built."""

    def __init__(self, tools: Iterable[Tool]) -> None:
        self._tools = {tool.name: tool for tool in tools}

    def get(self, name: str) -> Tool | None:
        return self._tools.get(name)

    def names(self) -> list[str]:
        return list(self._tools)

    def listings(self) -> list[ToolListing]:
        return [tool.listing() for tool in self._tools.values()]

    def declarations(self) -> list[types.FunctionDeclaration]:
        return [tool.declaration() for tool in self._tools.values()]


def text_argument(args: dict[str, Any], name: str, *, max_chars: int) -> str:
    """A required, non-empty string argument; a `ToolError` the model can act on otherwise."""
    value = args.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ToolError(f"The argument {name!r} must be a non-empty string.")
    if len(value) > max_chars:
        raise ToolError(f"The argument {name!r} is longer than {max_chars} characters.")
    return value
