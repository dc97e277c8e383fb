"""Acoustic echo cancellation: the mic must not hand the model its own voice back.

On laptop speakers the microphone hears what the speaker plays. The server cannot tell that
echo from the user, so without cancellation the model interrupts itself or answers itself.
`EchoCanceller` is the mic's `FrameProcessor`: WebRTC's audio processing module (AEC3, from
the `livekit` package; see shared/docs/feasibility.md for why this one) subtracts what the
speaker played from each 10 ms capture frame, and optionally suppresses stationary noise and
removes rumble below ~80 Hz (the high-pass filter, which also keeps AEC3's filter from
wasting itself on DC).

The far end is the player's `ReferenceRing`: the very samples handed to the device, with
the time each reached the DAC. AEC3 needs them before the capture frame that contains their
echo, and it copes with any fixed delay up to several hundred ms (it estimates the delay
itself), but not with a delay that jumps about. Feeding "whatever has been played so far"
each time a capture frame is processed would tie the delay to when the asyncio loop gets
round to it, which jitters by tens of ms on a busy GUI loop. So the reference is paced by
the clocks instead: before processing the frame captured at ADC time `t`, every far-end
frame whose DAC time is before `t + 10 ms + lead` is fed. That makes the delay AEC3 sees
`lead` plus the acoustic path, whatever the loop does, and the lead (30 ms) is larger than
the error of the PortAudio timestamps (about ±10 ms per stream through ALSA's pulse plugin),
so a far-end frame is never fed after its echo. The stream-delay hint is therefore `lead`,
not the devices' nominal latencies (the timestamps already account for those); AEC3's own
estimator finds the rest.

Some host APIs report no ADC time at all (PortAudio's MME and DirectSound give 0). When the
far end's DAC times are more than a second ahead of the capture clock, the clocks cannot be
compared, and the canceller falls back to feeding everything played so far, the way LiveKit's
console mode does; AEC3 then estimates the whole device round trip.

Runs on the asyncio loop (the Mic calls it there), ~0.1 ms per frame; nothing here blocks.
"""

from __future__ import annotations

import logging

import numpy as np
from livekit import rtc

from desktop_app.media.mic import FRAME, RATE
from desktop_app.media.reference import ReferenceBlock, ReferenceRing

log = logging.getLogger(__name__)

FRAME_S = FRAME / RATE
LEAD_S = 0.030
# Far-end DAC times this far ahead of a capture frame's ADC time mean the two streams' clocks
# are not comparable (a host API that reports no ADC time); real output latency is far less.
CLOCKS_APART_S = 1.0


class EchoCanceller:
    """A `FrameProcessor` that cancels the echo of `far_end` and cleans up the mic signal.

    Without a far end (headphones: there is no echo to cancel) it only applies the noise
    suppressor and the high-pass filter.
    """

    def __init__(
        self,
        far_end: ReferenceRing | None,
        *,
        noise_suppression: bool = False,
        high_pass_filter: bool = True,
        lead_s: float = LEAD_S,
    ) -> None:
        self._apm = rtc.AudioProcessingModule(
            echo_cancellation=far_end is not None,
            noise_suppression=noise_suppression,
            high_pass_filter=high_pass_filter,
        )
        self._far = far_end
        self._far_samples = far_end.sample_rate // 100 if far_end is not None else 0
        self._lead = lead_s
        self._held: ReferenceBlock | None = None  # read from the ring, not yet due
        self.far_frames = 0  # far-end frames fed to the canceller
        if far_end is not None:
            self._apm.set_stream_delay_ms(round(lead_s * 1000))

    @property
    def cancels_echo(self) -> bool:
        return self._far is not None

    def process(self, frame: np.ndarray, adc_time: float) -> np.ndarray:
        """The 10 ms `frame` captured at `adc_time`, with the echo and noise taken out."""
        if self._far is not None:
            self._feed_far_end(adc_time + FRAME_S + self._lead)
        near = rtc.AudioFrame(bytearray(frame), RATE, 1, frame.size)
        self._apm.process_stream(near)
        return np.frombuffer(near.data, np.int16)

    def _feed_far_end(self, due: float) -> None:
        """Feeds every far-end frame that reached the DAC before `due` (capture clock)."""
        assert self._far is not None
        while True:
            block = self._held if self._held is not None else self._far.read(self._far_samples)
            if block is None:
                self._held = None
                return
            if due < block.dac_time < due + CLOCKS_APART_S:
                self._held = block  # not played yet by the time this frame was captured
                return
            self._held = None
            self._apm.process_reverse_stream(rtc.AudioFrame(
                bytearray(block.samples), block.sample_rate, 1, block.samples.size))
            self.far_frames += 1


def capture_processor(
    far_end: ReferenceRing, *, headphones: bool, noise_suppression: bool
) -> EchoCanceller | None:
    """What the mic runs its frames through for these settings (None: nothing to do).

    On speakers the echo is cancelled; with headphones there is no echo, and cancelling one
    that is not there would only risk eating the user's voice. If WebRTC's library cannot
    be loaded, the conversation goes on without it rather than not at all.
    """
    if headphones and not noise_suppression:
        return None
    try:
        return EchoCanceller(None if headphones else far_end, noise_suppression=noise_suppression)
    except ImportError as exc:  # livekit's native library would not load (a bundle without it)
        log.warning("echo cancellation and noise suppression are off: %s", exc)
        return None
