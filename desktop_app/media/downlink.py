"""What the speaker side offers the conversation: the downlink, in media's own words.

Media knows nothing of the Live API's messages. Whoever listens to the server (the app's
routing, `desktop_app/routing.py`) turns its events into these three calls; `Player`
implements them (it resamples what does not come at its own rate). `turn` is the server
turn's number (a later turn has a larger one), so late chunks of an interrupted turn can be
told apart from the next turn's.
"""

from __future__ import annotations

from typing import Protocol


class Downlink(Protocol):
    def play(self, pcm: bytes, sample_rate: int, turn: int) -> bool:
        """Queue 16-bit mono PCM at `sample_rate` for `turn`; False if that turn was
        interrupted (the chunk is dropped)."""
        ...

    def interrupt(self, turn: int) -> None:
        """The user talked over `turn` (and older): silence it now, drop what is queued."""
        ...

    def end_turn(self, turn: int) -> None:
        """`turn` is complete: no more of its audio will come."""
        ...
