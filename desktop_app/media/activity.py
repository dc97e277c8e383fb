"""Whether the user is speaking, as the client itself hears it, for the adaptive video.

The video policy (framepolicy.py) sends frames while the user speaks and a fresh one when a
turn starts. It cannot wait for the server to say so (the server says nothing about the start
of speech until it answers), so the client decides: the mic's own voice activity
(`speech.SpeechEndDetector` on the frames the model gets, after echo cancellation, so the
model's voice from the speakers does not count) and push-to-talk's press. `UserActivity` holds
the result where the capture threads can read it without a lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class UserActivity:
    """Speaking or not, and how many turns have started; written on the asyncio loop, read on
    any thread. The state is one immutable tuple, replaced in one assignment.

    A turn starts when speech begins (`voice(True)` after silence), push-to-talk is pressed or
    text is typed; whoever must react at once (a capture paced at one frame a second) subscribes.
    The start is stamped on `clock` (the capture's clock), so a capture can tell a frame taken
    just before the start, while the turn was being counted, from one taken after it.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        # voice, held, turns started, when the last one started
        self._state: tuple[bool, bool, int, float] = (False, False, 0, float("-inf"))
        self._lock = threading.Lock()  # only for the subscribers' list
        self._listeners: list[Callable[[], None]] = []

    def sample(self) -> tuple[bool, int, float]:
        """(speaking now, turns started so far, when the last one started)."""
        voice, held, turns, started_at = self._state
        return voice or held, turns, started_at

    def voice(self, speaking: bool) -> None:
        """The mic's voice activity: an utterance began (True) or ended (False)."""
        voice, held, turns, started_at = self._state
        if speaking and not (voice or held):
            self._start(speaking, held)
        else:
            self._state = (speaking, held, turns, started_at)

    def push_to_talk(self, held: bool) -> None:
        """Push-to-talk pressed (a turn starts; the user counts as speaking) or let go."""
        voice, was_held, turns, started_at = self._state
        if held and not was_held:
            self._start(voice, held)
        else:
            self._state = (voice, held, turns, started_at)

    def typed(self) -> None:
        """The user sent a typed turn: a turn starts (the capture sends a fresh frame), though
        nobody speaks."""
        voice, held, _, _ = self._state
        self._start(voice, held)

    def _start(self, voice: bool, held: bool) -> None:
        self._state = (voice, held, self._state[2] + 1, self._clock())
        self._notify()

    def subscribe(self, callback: Callable[[], None]) -> None:
        """`callback()` on each turn start, on the caller's thread: it must not block."""
        with self._lock:
            self._listeners.append(callback)

    def unsubscribe(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    def _notify(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for callback in listeners:
            callback()
