"""Handing one event to several consumers, in a fixed order, each on its own.

Every consumer of events has one method, `handle(event)`; the composition root lists them once,
in the order they must see each event (`Subscribers`). A consumer with a bug (the tool runner,
the history, a window slot) must not hide the event from the ones after it: the player would
keep playing an interrupted turn, or the history miss a transcript, because of an unrelated
failure. Each failure is logged with the consumer's name and the event's type only; events
carry the user's words, which never go into the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, Generic, Protocol, TypeVar

log = logging.getLogger(__name__)

E_contra = TypeVar("E_contra", contravariant=True)


class Subscriber(Protocol[E_contra]):
    """Anything that consumes events: the one verb every consumer in the app uses."""

    def handle(self, event: E_contra) -> None: ...


class Subscribers(Generic[E_contra]):
    """An ordered list of subscribers, itself a subscriber: `handle` hands the event to each
    in turn (looked up at call time), isolating their failures."""

    def __init__(self, *subscribers: Subscriber[E_contra]) -> None:
        self.subscribers: tuple[Subscriber[E_contra], ...] = subscribers

    def handle(self, event: E_contra) -> None:
        dispatch(event, (subscriber.handle for subscriber in self.subscribers))


def dispatch(event: object, listeners: Iterable[Callable[[Any], object]]) -> None:
    """Call every listener with `event`; one that raises is logged and the rest still run."""
    for listener in listeners:
        try:
            listener(event)
        except Exception:
            name = getattr(listener, "__qualname__", type(listener).__name__)
            log.exception("listener %s failed on %s", name, type(event).__name__)
