"""Where the session's events go: one ordered list of consumers, and the two adapters that
turn events into what media and the window need.

Every consumer of events has one method, `handle(event)`; the composition root lists them
once, in the order they must see each event (`Subscribers`). A consumer with a bug (the tool
runner, the history, a window slot) must not hide the event from the ones after it: the
player would keep playing an interrupted turn, or the history miss a transcript, because of
an unrelated failure. Each failure is logged with the consumer's name and the event's type
only; events carry the user's words, which never go into the log.

Model speech takes the shortest way down: `live/session.py` emits it, `SpeakerFeed` here
calls media's `Downlink` (`media/downlink.py`, the player) — media never sees a Live API
event. Only what the window shows crosses into Qt (`WindowFeed`): not every audio chunk,
just the first one of each stretch of speech, which is what turns the status line to
"speaking". Qt-free; the app passes the bridge's `emit`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, Generic, Protocol, TypeVar

from desktop_app.live import events as ev
from desktop_app.media.downlink import Downlink
from desktop_app.media.events import MediaEvent

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


class SpeakerFeed:
    """Live events → the downlink's calls: model audio is played, an interruption silences
    it, a complete turn ends it. `speaker()` is the downlink now, None while the devices are
    stopped (then the audio has nowhere to go and is dropped, as before they start)."""

    def __init__(self, speaker: Callable[[], Downlink | None]) -> None:
        self._speaker = speaker

    def handle(self, event: ev.Event) -> None:
        speaker = self._speaker()
        if speaker is None:
            return
        match event:
            case ev.ModelAudio(data=data, sample_rate=rate, generation=turn):
                speaker.play(data, rate, turn)
            case ev.Interrupted(generation=turn):
                speaker.interrupt(turn)
            case ev.TurnComplete(generation=turn):
                speaker.end_turn(turn)


class WindowFeed:
    """The events the window shows, to `emit` (the Qt bridge). Model audio is not shown,
    only that the model speaks: of each stretch of speech (until an interruption, the end
    of the turn or a change of state) only the first chunk goes across."""

    def __init__(self, emit: Callable[[ev.Event | MediaEvent], object]) -> None:
        self._emit = emit
        self._speaking = False

    def handle(self, event: ev.Event | MediaEvent) -> None:
        if isinstance(event, ev.ModelAudio):
            if self._speaking:
                return
            self._speaking = True
        elif isinstance(event, ev.Interrupted | ev.TurnComplete | ev.StateChanged):
            self._speaking = False
        self._emit(event)
