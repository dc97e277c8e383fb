"""The window says Live only once the microphone listens.

The session and the devices start together on Connect. The session is often live first (a
local emulator answers in ~0.1 s; the audio engine's process needs 0.3–1.1 s to spawn and
import if it was not spawned ahead, media/rig.py `MediaRig.warm`), and words said after the
window turned Live but before the mic opened were lost. So the session's Live is held back
from the window until the devices have started: the mic is open, or its failure is on the
status line (the `DeviceError` the rig reports). Meanwhile the window still says Connecting.
Everything else goes through at once; so does a Live after a reconnect, the devices being
up. Qt-free: the app puts it in front of the window's `WindowFeed`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_app.live import events as ev


class LiveWhenListening:
    """Passes events to `window`, holding a `StateChanged(LIVE)` until `devices_up()` or
    `devices_started()`."""

    def __init__(self, window: Any, devices_up: Callable[[], bool]) -> None:
        self._window = window  # a consumer with `handle(event)`
        self._devices_up = devices_up
        self._held: ev.StateChanged | None = None

    def handle(self, event: Any) -> None:
        if isinstance(event, ev.StateChanged):
            self._held = None  # a newer state replaces a held Live
            if event.state is ev.ConnectionState.LIVE and not self._devices_up():
                self._held = event
                return
        self._window.handle(event)

    def devices_started(self) -> None:
        """The devices' start has ended (the mic open or failed): a held Live is shown."""
        held, self._held = self._held, None
        if held is not None:
            self._window.handle(held)
