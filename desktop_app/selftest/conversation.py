"""A conversation with the built-in emulator, put together exactly as the window does it.

`LiveSession` (the real SDK over wss:// to the emulator, reading the mic and the camera's
pictures) and the app's `MediaRig` (mic with its echo canceller, speaker, camera) are the
window's own parts, started from the same settings; the self-test only adds its eyes and ears: a
timeline of the session's events, the devices' open/error events, a second player that acts
as the user's voice, and the output's monitor from the device checks. The checks that run on
it live in turns.py; this module connects, starts the camera, and says what it can use.

The mic stays muted except while the test speaks, so that neither the room nor an echo starts
turns of its own.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from google.genai import __version__ as genai_version

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.capabilities import capabilities_for
from desktop_app.live.session import LiveSession
from desktop_app.media.echo import EchoCanceller, capture_processor
from desktop_app.media.events import DeviceError, DeviceKind, DeviceOpened, MediaEvent
from desktop_app.media.mic import Mic
from desktop_app.media.player import Player
from desktop_app.media.reference import ReferenceRing
from desktop_app.media.rig import MediaRig
from desktop_app.routing import SpeakerFeed
from desktop_app.selftest.devices import AudioUnderTest
from desktop_app.selftest.report import Report
from desktop_app.selftest.signals import SPEAKER_RATE
from desktop_app.selftest.timeline import Timeline
from desktop_app.settings import Settings

CONNECT_TIMEOUT_S = 15.0
CAMERA_OPEN_TIMEOUT_S = 5.0


class SelfTestConversation:
    def __init__(self, report: Report, settings: Settings, emulator: EmulatorThread,
                 audio: AudioUnderTest, *, camera_requested: bool) -> None:
        """`settings` name the devices (video_source "camera" with the camera to test, or
        "none"); `audio` holds what the device checks learned."""
        self.report = report
        self.settings = settings
        self.emulator = emulator
        self.audio = audio
        self.camera_requested = camera_requested
        self.timeline = Timeline()
        self.device_events: list[MediaEvent] = []
        self.session = LiveSession(settings, self._dispatch)
        self.devices = MediaRig(self.session, self.device_events.append)
        self._speaker = SpeakerFeed(lambda: self.devices.player)
        self.voice: Player | None = None  # "the user", when the mic hears the speaker
        self.cannot_speak = ""  # why not, when it cannot
        self.camera_detail = ""

    def _dispatch(self, event: ev.Event) -> None:
        self.timeline(event)
        self._speaker.handle(event)

    def _opened(self, kind: DeviceKind) -> DeviceOpened | None:
        return next((e for e in self.device_events
                     if isinstance(e, DeviceOpened) and e.kind is kind), None)

    @property
    def speaker(self) -> Player | None:
        """The app's speaker, if it opened."""
        return self.devices.player if self._opened(DeviceKind.SPEAKER) else None

    @property
    def mic(self) -> Mic | None:
        """The app's microphone, if it opened."""
        return self.devices.mic if self._opened(DeviceKind.MIC) else None

    async def close(self) -> None:
        await self.devices.stop()
        await self.session.stop()
        if self.voice is not None:
            await self.voice.stop()

    async def connect(self) -> bool:
        """Connects, then starts the devices muted; False (reported) if it cannot connect."""
        started = time.monotonic()
        self.session.start()
        found = await self.timeline.wait_for(
            ev.StateChanged, CONNECT_TIMEOUT_S,
            where=lambda e: e.state in (ev.ConnectionState.LIVE, ev.ConnectionState.FAILED))
        if found is None or found[1].state is not ev.ConnectionState.LIVE:
            errors = [e.message for _, e in self.timeline.of(ev.SessionError)]
            why = errors[-1] if errors else f"no answer in {CONNECT_TIMEOUT_S:.0f} s"
            self.report.fail("connect", f"{self.emulator.url}: {why}")
            return False
        setup = self.session.last_setup
        model = setup.model if setup is not None else "?"
        self.report.ok("connect", f"setup complete in {found[0] - started:.2f} s through "
                       f"google-genai {genai_version} to {self.emulator.url} ({model})")
        self.devices.mute(True)
        takes_pictures = capabilities_for(self.settings.model).video_input
        await self.devices.start(self.settings, takes_pictures=takes_pictures)
        return True

    async def open_voice(self) -> bool:
        """Opens the second player that speaks for the user; when it cannot, False and
        `cannot_speak` says why."""
        if self.mic is None:
            self.cannot_speak = "there is no microphone"
        elif self.speaker is None:
            self.cannot_speak = "there is no speaker"
        elif not self.audio.mic_hears_speaker:
            self.cannot_speak = "the microphone does not hear the speaker"
        else:
            voice = Player(self.settings.output_device)
            if await voice.start():
                self.voice = voice
                return True
            self.cannot_speak = "a second stream on the speaker would not open"
        return False

    def check_echo_canceller(self) -> None:
        """Whether the mic's frames go through WebRTC's echo canceller, asked of the same
        function the app's devices ask (a bundle without livekit's library runs without it,
        and on speakers the model then hears itself)."""
        s = self.settings
        processor = capture_processor(ReferenceRing(SPEAKER_RATE), headphones=s.headphones,
                                      noise_suppression=s.noise_suppression)
        noise = " and noise suppression" if s.noise_suppression else ""
        if processor is None and s.headphones:
            self.report.skip("echo cancel", "headphones (set in the settings): no echo to cancel")
        elif processor is None:
            self.report.fail("echo cancel", "WebRTC's audio processing would not load (see the "
                             "log): on speakers the model would hear itself")
        elif isinstance(processor, EchoCanceller) and processor.cancels_echo:
            self.report.ok("echo cancel", f"WebRTC AEC3{noise} on the microphone")
        else:  # headphones with noise suppression
            self.report.ok("echo cancel", "headphones: no echo to cancel; WebRTC noise "
                           "suppression on the microphone")

    async def check_camera_opened(self) -> None:
        """Reports a camera that did not open (skipped unless it was asked for)."""
        if self.settings.video_source != "camera":
            self.report.skip("camera", "video is off in the settings (--camera tests one)")
            return
        deadline = time.monotonic() + CAMERA_OPEN_TIMEOUT_S
        outcome: MediaEvent | None = None
        while outcome is None and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
            outcome = next((e for e in self.device_events if e.kind is DeviceKind.CAMERA), None)
        spec = self.settings.camera
        if isinstance(outcome, DeviceOpened):
            self.camera_detail = f"{spec}: {outcome.detail}"
            return
        why = outcome.message if isinstance(outcome, DeviceError) else \
            f"it did not open in {CAMERA_OPEN_TIMEOUT_S:.0f} s"
        if self.camera_requested:
            self.report.fail("camera", f"{spec}: {why}")
        else:
            self.report.skip("camera", f"no camera ({why}); --camera FILE tests a video file")

    def check_frames_sent(self) -> None:
        """Once the conversation has run a while: the camera's JPEGs reached the server."""
        video = self.devices.video
        if not self.camera_detail or video is None:
            return
        jpegs = [f for f in self.emulator.received("video")
                 if f.mime_type == "image/jpeg" and f.payload[:2] == b"\xff\xd8"]
        if not jpegs:
            self.report.fail("camera", f"{self.camera_detail}; {video.frames_read} frames read, "
                             "but no JPEG reached the server")
            return
        self.report.ok("camera", f"{self.camera_detail}; {video.frames_read} frames read, "
                       f"{len(jpegs)} JPEGs reached the server")


def camera_settings(settings: Settings, overrides: dict[str, Any]) -> tuple[Settings, bool]:
    """The settings with the camera to test (or video off), and whether the user asked for
    that camera on the command line (then a missing one fails; else it is skipped)."""
    if "camera" in overrides:
        return settings.replace(video_source="camera", camera=str(overrides["camera"])), True
    if settings.video_source == "camera":
        return settings, False
    return settings.replace(video_source="none"), False
