"""Handing one event to several listeners, each on its own.

A listener with a bug (the tool runner, the history, a window slot) must not hide the event
from the ones after it: the player would keep playing an interrupted turn, or the history
miss a transcript, because of an unrelated failure. Each failure is logged with the
listener's name and the event's type only; events carry the user's words, which never go
into the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

log = logging.getLogger(__name__)


def dispatch(event: object, listeners: Iterable[Callable[[Any], object]]) -> None:
    """Call every listener with `event`; one that raises is logged and the rest still run."""
    for listener in listeners:
        try:
            listener(event)
        except Exception:
            name = getattr(listener, "__qualname__", type(listener).__name__)
            log.exception("listener %s failed on %s", name, type(event).__name__)
