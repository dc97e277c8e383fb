"""Acoustic echo cancellation: the mic must not hand the model its own voice back.

On laptop speakers the microphone hears what the speaker plays. The server cannot tell that
echo from the user, so without cancellation the model interrupts itself or answers itself.
`EchoCanceller` is the mic's `FrameProcessor`: WebRTC's audio processing module (AEC3, from
the `livekit` package; docs/performance.md has its ERLE and cost on the real path)
subtracts what the speaker played from each 10 ms capture frame, and optionally suppresses
stationary noise and filters out low-frequency rumble (the high-pass filter).

The far end is the player's `ReferenceRing`: the very samples handed to the device, with the
time each reached the DAC. AEC3 needs each far-end frame before the capture frame that holds
its echo; it estimates the delay between the two itself (tests/media/test_echo.py: up to
250 ms, and 450 ms in trials) and its buffers absorb jitter in when frames are handed in.
What the canceller decides is the order: before processing the frame captured at ADC time
`t`, it feeds every far-end frame that reached the DAC before `t + 10 ms + lead`. The order
then follows the audio clocks, not the moment the asyncio loop gets round to the mic's frame,
so the delay AEC3 has to find is the lead plus the acoustic path (a few ms on a laptop)
rather than both devices' buffers plus the loop's lag (hundreds of ms with a Bluetooth
speaker). The lead, 30 ms, exceeds the error of PortAudio's stamps (about ±10 ms per stream
open through ALSA's pulse plugin), so a far-end frame is never fed after its echo; it is also
the stream-delay hint given to AEC3, since the stamps already account for the devices'
nominal latencies.

Some host APIs report no ADC time at all (PortAudio's MME and DirectSound give 0). When the
far end's DAC times are more than a second ahead of the capture clock, the clocks cannot be
compared, and the canceller falls back to feeding everything played so far, the way LiveKit's
console mode does; AEC3 then estimates the whole round trip.

While AEC3 learns the echo path it holds the near end down whenever the far end plays, so the
user's first words over the model can come out ~10 dB down during the model's first seconds
(tests/media/test_echo.py: within 20 dB from the first second, 6 dB from the third). With no
echo at all to learn from (a headset) it holds the user down for several seconds of model
speech (about 6 s in trials) until it decides there is no echo path. That is what the
headphones setting is for: no canceller at all.

Runs on the asyncio loop (the Mic calls it there): ~0.1 ms per frame with warm caches, ~0.3 ms
on the test machine's cold 2-core VM (docs/performance.md); nothing here blocks.

A quiet room with a quiet speaker is left alone: when nothing has played for `FAR_IDLE_S`
(with headphones, whatever plays: there is no echo to cancel) and a frame is under
`BYPASS_DBFS` as captured, it is passed on as it is. That was most of
a listening app's CPU (100 calls a second into WebRTC, for frames nobody sends: the mic's
quiet gate, media/gate.py, opens only 6 dB above that level, and neither the canceller nor
the noise suppressor makes a frame louder). The noise suppressor then learns the room's
noise only from louder frames; in a room this quiet there is little noise to take out.
"""

from __future__ import annotations

import logging

import numpy as np
from livekit import rtc

from desktop_app.media.gate import OPEN_DBFS
from desktop_app.media.levels import frame_energy
from desktop_app.media.mic import FRAME, RATE
from desktop_app.media.reference import ReferenceBlock, ReferenceRing

log = logging.getLogger(__name__)

FRAME_S = FRAME / RATE
LEAD_S = 0.030
# Frames under this as captured, while the far end is idle, skip WebRTC (see above): 6 dB
# under the level that opens the quiet gate.
BYPASS_DBFS = OPEN_DBFS - 6.0
# The far end is idle this long after its last frame: past AEC3's echo tail. (A host that
# stamps no ADC times, all 0, never gets this far from the first far frame: no bypass.)
FAR_IDLE_S = 1.0
# Far-end DAC times this far ahead of a capture frame's ADC time mean the two streams' clocks
# are not comparable (a host API that reports no ADC time); real output latency is far less.
CLOCKS_APART_S = 1.0


class EchoCanceller:
    """A `FrameProcessor` that cancels the echo of `far_end` and cleans up the mic signal.

    With `cancel_echo` False (headphones: there is no echo to cancel) it only applies the
    noise suppressor and the high-pass filter, and reads the far end only to know whether
    the model is speaking (`far_end_idle`, which the mic's quiet gate and its resting ask).
    """

    def __init__(
        self,
        far_end: ReferenceRing | None,
        *,
        cancel_echo: bool = True,
        noise_suppression: bool = False,
        high_pass_filter: bool = True,
    ) -> None:
        self._cancel = far_end is not None and cancel_echo
        self._apm = rtc.AudioProcessingModule(
            echo_cancellation=self._cancel,
            noise_suppression=noise_suppression,
            high_pass_filter=high_pass_filter,
        )
        self._far = far_end
        self._far_samples = far_end.sample_rate // 100 if far_end is not None else 0
        self._held: ReferenceBlock | None = None  # read from the ring, not yet due
        # One capture frame, reused: WebRTC processes it in place, 100 times a second.
        near = bytearray(FRAME * 2)
        self._near = rtc.AudioFrame(near, RATE, 1, FRAME)
        self._near_samples = np.frombuffer(near, np.int16)
        self.far_frames = 0  # far-end frames fed to the canceller
        self.bypassed = 0  # quiet frames passed on without WebRTC
        self._bypass_below = frame_energy(BYPASS_DBFS, FRAME)
        self._far_fed_at = -FAR_IDLE_S  # ADC time of the capture frame the far end last fed
        self._last_adc = 0.0  # ADC time of the last frame processed
        if self._cancel:
            self._apm.set_stream_delay_ms(round(LEAD_S * 1000))

    @property
    def cancels_echo(self) -> bool:
        return self._cancel

    @property
    def far_end_idle(self) -> bool:
        """Nothing has played for FAR_IDLE_S up to the last frame processed. False without
        a far end: then nothing here knows whether the model speaks."""
        return self._far is not None and self._last_adc - self._far_fed_at > FAR_IDLE_S

    def process(self, frame: np.ndarray, adc_time: float) -> np.ndarray:
        """The 10 ms `frame` captured at `adc_time`, with the echo and noise taken out."""
        if self._far is not None and self._feed_far_end(adc_time + FRAME_S + LEAD_S):
            self._far_fed_at = adc_time
        self._last_adc = adc_time
        if not self._cancel or self.far_end_idle:
            as_float = frame.astype(np.float32)
            if float(np.dot(as_float, as_float)) < self._bypass_below:
                self.bypassed += 1
                return frame
        self._near_samples[:] = frame
        self._apm.process_stream(self._near)
        return self._near_samples.copy()

    def _feed_far_end(self, due: float) -> bool:
        """Feeds every far-end frame that reached the DAC before `due` (capture clock);
        whether there was any."""
        assert self._far is not None
        fed = False
        while True:
            block = self._held if self._held is not None else self._far.read(self._far_samples)
            if block is None:
                self._held = None
                return fed
            if due < block.dac_time < due + CLOCKS_APART_S:
                self._held = block  # not played yet by the time this frame was captured
                return True  # the far end is playing
            fed = True
            self._held = None
            if self._cancel:
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
        return EchoCanceller(far_end, cancel_echo=not headphones,
                             noise_suppression=noise_suppression)
    except ImportError as exc:  # livekit's native library would not load (a bundle without it)
        log.warning("echo cancellation and noise suppression are off: %s", exc)
        return None
