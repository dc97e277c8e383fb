"""The device checks: speaker, microphone, and whether the mic hears the speaker.

Both devices are the app's own `Player` and `Mic` classes on the user's chosen devices, with
the rates and buffers a conversation uses, so a pass here means the app's audio path works,
not merely that PortAudio does; but the mic runs without the echo canceller, which would
cancel the very sound it is meant to hear. They are closed again before the conversation
starts the app's devices. The speaker plays a second of test voice; where
the sound server has a monitor of the default output, the self-test records it and checks
that the voice arrived. The microphone must deliver audio at the real-time rate, and its
level must move: first while the test voice plays (a laptop's mic hears its speakers), else
when the user makes a sound on request. Whether the mic heard the speaker loudly enough for
the server's voice detection decides how the conversation checks speak: through the mic, or
by typing and injecting speech into the uplink.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np

from desktop_app.media.devices import list_devices
from desktop_app.media.events import DeviceError, DeviceKind, MediaEvent
from desktop_app.media.mic import Mic
from desktop_app.media.player import Player
from desktop_app.selftest.listen import Listener, open_monitor
from desktop_app.selftest.report import Report
from desktop_app.selftest.signals import SPEAKER_RATE, carried, to_mic_rate, voice
from desktop_app.settings import Settings

SOUND_S = 1.0
BASELINE_S = 0.4  # room noise before the test sound, to compare the mic level against
SETTLE_S = 0.15  # after the device took the last sample: its buffer and the mic's still play
PLAY_TIMEOUT_S = 5.0
# The recording must contain the sound played at least this faithfully.
MONITOR_MATCH = 0.6
# A level "moves" when it rises this far over the room's and above this absolute floor.
MOVED_DB = 10.0
MOVED_FLOOR_DBFS = -60.0
# Loud enough for a server's voice detection (the emulator's threshold is -40 dBFS).
VOICE_DBFS = -35.0
LISTEN_FOR_USER_S = 4.0
MIN_REALTIME = 0.75  # captured seconds per elapsed second below this: the mic stalls


@dataclass
class AudioUnderTest:
    """The open devices the conversation will use, and what the checks learned."""

    speaker: Player | None = None
    mic: Mic | None = None
    monitor: Listener | None = None
    mic_hears_speaker: bool = False
    events: list[MediaEvent] = field(default_factory=list)
    _sounds: itertools.count[int] = field(default_factory=itertools.count)

    def error(self, kind: DeviceKind) -> str:
        """The newest error a device of `kind` reported."""
        found = [e.message for e in self.events if isinstance(e, DeviceError) and e.kind is kind]
        return found[-1] if found else "it did not open"

    async def play(self, player: Player, samples: np.ndarray) -> None:
        """Plays `samples` (speaker rate) on `player` and returns once they were heard."""
        player.feed(samples.tobytes(), next(self._sounds))
        await played_out(player)

    async def release(self) -> None:
        """Closes the checked mic and speaker (the conversation opens its own, as the app
        does); the monitor goes on listening."""
        mic, speaker, self.mic, self.speaker = self.mic, self.speaker, None, None
        for device in (mic, speaker):
            if device is not None:
                await device.stop()

    async def close(self) -> None:
        await self.release()
        if self.monitor is not None:
            await self.monitor.stop()
            await self.monitor.mic.stop()


async def played_out(player: Player) -> None:
    """Returns when the player has handed everything queued to the device and the device
    has had time to play it (or after a time limit, when the device stalls)."""
    deadline = time.monotonic() + PLAY_TIMEOUT_S
    while player.stats().queued_ms > 0 and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    await asyncio.sleep(player.output_latency + SETTLE_S)


async def check_audio(report: Report, settings: Settings, audio: AudioUnderTest) -> None:
    """Runs the device checks, leaving the devices that opened open in `audio` (the caller
    closes them, also when a check raises)."""
    inputs, outputs = list_devices("input"), list_devices("output")
    if not inputs and not outputs:
        report.fail("audio", "PortAudio finds no audio device at all: is a sound server running, "
                    "or is the sound card disabled?")
        return
    report.ok("audio", f"{len(inputs)} inputs, {len(outputs)} outputs "
              f"(speaker: {settings.output_device or 'default'}, "
              f"mic: {settings.input_device or 'default'})")
    audio.speaker = await _open(Player(settings.output_device, on_event=audio.events.append))
    audio.mic = await _open(Mic(settings.input_device, on_event=audio.events.append))
    listener = Listener(audio.mic) if audio.mic is not None else None
    if listener is not None:
        listener.start()
    monitor, no_monitor = (await open_monitor(settings.output_device)
                           if audio.speaker is not None else (None, ""))
    audio.monitor = monitor
    await asyncio.sleep(BASELINE_S)
    sound_at = time.monotonic()
    sound = voice(SOUND_S, seed=1)
    if audio.speaker is not None:
        await audio.play(audio.speaker, sound)
    sound_end = time.monotonic()
    _speaker_verdict(report, audio, sound, sound_at, no_monitor)
    if listener is not None:
        try:
            await _mic_verdict(report, audio, listener, sound_at, sound_end)
        finally:
            await listener.stop()
    else:
        report.fail("microphone", f"{settings.input_device or 'default input'}: "
                    f"{audio.error(DeviceKind.MIC)}")


Device = TypeVar("Device", Player, Mic)


async def _open(device: Device) -> Device | None:
    return device if await device.start() else None


def _speaker_verdict(report: Report, audio: AudioUnderTest, sound: np.ndarray, played_at: float,
                     no_monitor: str) -> None:
    speaker = audio.speaker
    if speaker is None:
        report.fail("speaker", audio.error(DeviceKind.SPEAKER))
        return
    stats = speaker.stats()
    if stats.queued_ms > 0:
        report.fail("speaker", f"the device stopped taking audio ({stats.queued_ms:.0f} ms "
                    "still queued after the time limit)")
        return
    played = (f"played {SOUND_S:.1f} s at {SPEAKER_RATE // 1000} kHz "
              f"({speaker.output_latency * 1000:.0f} ms buffer, "
              f"{stats.device_underflows} underflows)")
    if audio.monitor is None:
        report.ok("speaker", f"{played}; not heard back: {no_monitor}")
        return
    heard = carried(audio.monitor.samples(since=played_at), to_mic_rate(sound), MONITOR_MATCH)
    if not heard.ok:
        report.fail("speaker", f"{played}, but the default output's monitor did not carry it "
                    f"({heard}): is the output muted, or another device the default?")
        return
    report.ok("speaker", f"{played}; heard on the default output's monitor ({heard})")


async def _mic_verdict(report: Report, audio: AudioUnderTest, listener: Listener, sound_at: float,
                       sound_end: float) -> None:
    elapsed = time.monotonic() - listener.started_at
    if listener.seconds < MIN_REALTIME * elapsed:
        report.fail("microphone", f"delivered {listener.seconds:.1f} s of audio in {elapsed:.1f} s")
        return
    rate = f"captures at {listener.seconds / elapsed:.2f}× real time"
    room = listener.loudest(until=sound_at)
    during = listener.loudest(since=sound_at, until=sound_end)
    if _moved(during, room):
        audio.mic_hears_speaker = during >= VOICE_DBFS
        loud_enough = "" if audio.mic_hears_speaker else " (too quietly to speak for the test)"
        report.ok("microphone", f"{rate}; level rose from {room:.0f} to {during:.0f} dBFS "
                  f"while the test sound played{loud_enough}")
        return
    report.ask(f"The microphone did not hear the test sound. "
               f"Say something now ({LISTEN_FOR_USER_S:.0f} s)…")
    asked = time.monotonic()
    while time.monotonic() - asked < LISTEN_FOR_USER_S:
        await asyncio.sleep(0.05)
        spoken = listener.loudest(since=asked)
        if _moved(spoken, room):
            report.ok("microphone", f"{rate}; level rose from {room:.0f} to {spoken:.0f} dBFS "
                      "when you made a sound")
            return
    report.fail("microphone", f"{rate}, but its level never moved "
                f"(loudest {listener.loudest():.0f} dBFS): {_silence_hint(listener)}")


def _silence_hint(listener: Listener) -> str:
    if np.any(listener.samples()):
        return "it may be muted, turned down, or not the microphone you use"
    return ("every sample was exactly 0: the system may be denying LiveDesk the microphone "
            "(macOS: System Settings → Privacy & Security → Microphone), "
            "or the input is a silent virtual device")


def _moved(level: float, room: float) -> bool:
    return level >= MOVED_FLOOR_DBFS and level - room >= MOVED_DB

