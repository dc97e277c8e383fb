"""One sound played on a short-lived output of its own: a voice preview.

The conversation's player keeps its stream, its jitter buffer and its echo-canceller
reference for the model's speech; a preview must not touch any of them. So a clip gets a
`Player` of its own (the same resampling and device handling), opened for it, drained, and
closed. The sound server mixes the two streams if they ever overlap.
"""

from __future__ import annotations

import asyncio

from desktop_app.media.events import EventCallback
from desktop_app.media.player import Player

_TURN = 1
_POLL_S = 0.02
_GRACE_S = 5.0  # beyond the clip's own length
_TAIL_S = 0.05  # after the device's own latency: the last block reaches the speaker


async def play_once(
    pcm: bytes,
    sample_rate: int,
    device: str | int = "",
    *,
    on_event: EventCallback | None = None,
) -> bool:
    """Play 16-bit mono PCM on `device` and return once it has been heard; False (and a
    DeviceError event) when the device cannot be opened."""
    seconds = len(pcm) / 2 / sample_rate
    player = Player(device, capacity_s=seconds + 1.0, on_event=on_event)
    if not await player.start():
        return False
    try:
        player.play(pcm, sample_rate, _TURN)
        player.end_turn(_TURN)
        # A device that stops calling back (a driver hang) must not keep the clip forever.
        deadline = asyncio.get_running_loop().time() + seconds + _GRACE_S
        while player.stats().queued_ms > 0 and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(_POLL_S)
        await asyncio.sleep(player.output_latency + _TAIL_S)
    finally:
        await player.stop()
    return True
