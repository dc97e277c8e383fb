"""The window's Live waits for the devices (desktop_app/listening.py): held while the mic is
still opening, shown when the devices' start ends, let through at once after a reconnect,
and dropped when the session moves on before the devices are up."""

from __future__ import annotations

from desktop_app.listening import LiveWhenListening
from desktop_app.live import events as ev

LIVE = ev.StateChanged(ev.ConnectionState.LIVE)


class Window:
    def __init__(self) -> None:
        self.seen: list[object] = []

    def handle(self, event: object) -> None:
        self.seen.append(event)


def test_live_is_shown_once_the_devices_have_started() -> None:
    window, up = Window(), [False]
    gate = LiveWhenListening(window, lambda: up[0])
    gate.handle(ev.StateChanged(ev.ConnectionState.CONNECTING))
    gate.handle(LIVE)
    transcript = ev.OutputTranscript("hi", 1)
    gate.handle(transcript)
    assert window.seen == [ev.StateChanged(ev.ConnectionState.CONNECTING), transcript]
    up[0] = True
    gate.devices_started()
    assert window.seen[-1] == LIVE
    gate.devices_started()
    assert window.seen.count(LIVE) == 1, "shown once"


def test_live_after_a_reconnect_goes_through_at_once() -> None:
    window = Window()
    gate = LiveWhenListening(window, lambda: True)
    gate.handle(ev.StateChanged(ev.ConnectionState.RECONNECTING))
    gate.handle(LIVE)
    assert window.seen[-1] == LIVE


def test_a_held_live_is_dropped_when_the_session_moves_on() -> None:
    window = Window()
    gate = LiveWhenListening(window, lambda: False)
    gate.handle(LIVE)
    paused = ev.StateChanged(ev.ConnectionState.PAUSED)
    gate.handle(paused)
    gate.devices_started()
    assert window.seen == [paused]
