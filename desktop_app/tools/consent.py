"""Asking the user before a tool acts outside the app, and remembering an "always".

Every model-callable action that leaves the app (a page opened, the clipboard written, a
screenshot sent) goes through a `ConsentGate`: it shows the user exactly what will happen
(`Request`) and waits for a yes. The user may tick "always" for that tool; that holds for
the rest of this conversation only, so a new conversation (and whatever text the model
reads in it) starts asking again. The gate is Qt-free: the question itself is the UI's
`Ask` callback.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from desktop_app.live import events as ev


@dataclass(frozen=True, slots=True)
class Request:
    """What the user is asked about. `headline` is shown in large type (a page's host),
    `detail` as plain, scrollable text (the whole URL, the text to copy), `image` as a
    picture (the screenshot, JPEG bytes)."""

    tool: str
    question: str
    headline: str = ""
    detail: str = ""
    image: bytes | None = None


@dataclass(frozen=True, slots=True)
class Answer:
    allowed: bool
    always: bool = False  # allow this tool without asking for the rest of the conversation


Ask = Callable[[Request], Awaitable[Answer]]
Confirm = Callable[[Request], Awaitable[bool]]


class ConsentGate:
    """`await gate(request)` → True if the user agreed now or ticked "always" for the tool."""

    def __init__(self, ask: Ask) -> None:
        self._ask = ask
        self._always: set[str] = set()

    async def __call__(self, request: Request) -> bool:
        if request.tool in self._always:
            return True
        answer = await self._ask(request)
        if answer.allowed and answer.always:
            self._always.add(request.tool)
        return answer.allowed

    def handle(self, event: ev.Event) -> None:
        """A conversation that ended takes its "always" answers with it."""
        if isinstance(event, ev.StateChanged) and event.state is ev.ConnectionState.CLOSED:
            self._always.clear()
