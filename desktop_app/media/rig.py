"""The devices of one conversation: microphone, speaker, camera or screen, handed to the
session (which reads the mic and the pictures itself) while they run.

The app needs one object that says "start what this conversation uses", "switch the video",
"mute", "stop everything", and that gives the window its levels and the newest preview, so
that the composition root only wires signals to it. Qt-free: the window polls `sample()`.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Protocol

from desktop_app.media.activity import UserActivity
from desktop_app.media.camera import Camera
from desktop_app.media.capture import CaptureWorker
from desktop_app.media.echo import capture_processor
from desktop_app.media.engine.client import AudioEngine, EngineMic, EngineSpeaker, SpareEngine
from desktop_app.media.engine.protocol import EngineConfig
from desktop_app.media.events import AudioEngineNotice, EngineChange, EventCallback
from desktop_app.media.framepolicy import FramePolicyConfig
from desktop_app.media.frames import EncodedFrame, LatestSlot
from desktop_app.media.gate import hold_for
from desktop_app.media.mic import ChunkSource, Mic
from desktop_app.media.player import Player
from desktop_app.media.sample import MediaSample
from desktop_app.media.screen import Screen
from desktop_app.settings import Settings

log = logging.getLogger(__name__)


class Uplink(Protocol):
    """Where the devices' audio and pictures go: the session, which reads each source
    itself, as it comes, from the moment it is given one until it is given None."""

    def stream_audio(self, mic: ChunkSource | None) -> None: ...
    def stream_frames(self, pictures: LatestSlot[EncodedFrame] | None) -> None: ...


def shown(settings: Settings, takes_pictures: bool) -> tuple[str, str, int]:
    """What the model is shown, as (source, camera, monitor) with only what that source uses.

    Nothing for a model that takes no pictures (`takes_pictures`, which the caller knows from
    the model's capabilities; a translation model takes none): a camera running for frames
    the session would drop keeps its light on for nothing.
    """
    source = settings.video_source if takes_pictures else "none"
    camera = settings.camera if source == "camera" else ""
    return source, camera, settings.monitor if source == "screen" else 0


def engine_wanted() -> bool:
    """Whether mic and speaker run in the audio engine's process (the default) or in the
    app's: LIVEDESK_AUDIO_ENGINE=0 is the fallback, should the engine misbehave somewhere."""
    return os.environ.get("LIVEDESK_AUDIO_ENGINE", "1").strip().lower() not in (
        "0", "off", "no", "false")


def gate_hold_ms(settings: Settings) -> int:
    """How long the mic's quiet gate waits before pausing the upload; 0 keeps it open.
    Off under push-to-talk: the held key says when the user speaks, and all of it must
    reach the server, however softly they speak."""
    if not settings.quiet_gate or settings.push_to_talk:
        return 0
    return hold_for(settings.silence_duration_ms)


def mute_tail_ms(settings: Settings) -> int:
    """The silence a mute sends after cutting a turn short (media/mic.py), long enough for
    the server's end-of-speech wait: some models end a turn only from trailing quiet. None
    under push-to-talk, where the released key ends the turn."""
    return 0 if settings.push_to_talk else hold_for(settings.silence_duration_ms)


def engine_config(settings: Settings, *, muted: bool) -> EngineConfig:
    return EngineConfig(input_device=settings.input_device,
                        output_device=settings.output_device, headphones=settings.headphones,
                        noise_suppression=settings.noise_suppression, muted=muted,
                        gate_hold_ms=gate_hold_ms(settings),
                        mute_tail_ms=mute_tail_ms(settings))


def frame_policy(settings: Settings) -> FramePolicyConfig:
    """The adaptive video's policy for `settings` (only the still interval is a setting)."""
    return FramePolicyConfig(still_interval_s=float(settings.video_still_interval_s))


class MediaRig:
    """Mic, speaker and the chosen video source, running while a conversation runs.

    They start on Connect and stop on Pause, End or a fatal error — never before: the
    session queues what it is given while it connects, and minutes of audio captured
    before Connect must not be sent as soon as it does.

    On speakers the mic's frames go through an echo canceller fed with what the speaker
    played (`player.reference`, which is why the player is made first), so the model never
    hears itself; with headphones (`settings.headphones`) there is no echo to cancel.

    Model speech does not pass through here: the app's routing plays it on `player`, media's
    `Downlink` (media/downlink.py).

    The mic's voice activity and push-to-talk feed `activity`, which the camera or screen
    reads to send frames while the user speaks and a fresh one when a turn starts.

    Mic, speaker and echo canceller run in the audio engine's own process (media/engine/),
    out of reach of this process's GIL, so small device buffers hold; `player` and `mic` are
    then its facades. If the engine will not start, they run here as before, and an
    `AudioEngineNotice` says so. The app calls `warm()` when it starts: an engine process
    is then spawned idle, no device open, so Connect only opens the devices (~0.1 s) instead
    of waiting 0.3–1.1 s for a process to spawn and import while the window already says
    "Live" and the user's first words go unheard. After each stop another is spawned for the
    next Connect; `close()` ends it with the app.
    """

    def __init__(self, uplink: Uplink, on_event: EventCallback) -> None:
        self._uplink = uplink
        self._on_event = on_event
        self.mic: Mic | EngineMic | None = None
        self.player: Player | EngineSpeaker | None = None
        self.engine: AudioEngine | None = None  # when mic and speaker run in the engine
        self.video: CaptureWorker | None = None
        self._running = False
        self.muted = False
        self._held = False  # the mic silenced for a moment (`hold_mic`), whatever `muted` says
        self.activity = UserActivity()
        self._preview_box: tuple[int, int] | None = None  # the window's last ask (`sample`)
        self._shown: tuple[str, str, int] | None = None  # the running video, as `shown()` says
        self._lock = asyncio.Lock()  # one change at a time: a Pause waits for an opening device
        self._spare = SpareEngine()
        self._warm = False  # keep an idle engine ready for the next start (`warm`)

    @property
    def running(self) -> bool:
        return self._running

    def warm(self) -> None:
        """Spawn the audio engine's process now, idle, for the next `start` to take."""
        self._warm = engine_wanted()
        if self._warm and not self._spare.spawn():
            self._warm = False  # it would not spawn: `start` falls back as it always did

    @property
    def warmed(self) -> int | None:
        """The pid of the idle engine waiting for the next start (`warm`), if one is."""
        return self._spare.idle

    async def close(self) -> None:
        """Stop everything and end the idle engine: the app is quitting."""
        async with self._lock:
            self._warm = False
            await self._stop()
            await asyncio.to_thread(self._spare.close)

    async def start(self, settings: Settings, *, takes_pictures: bool) -> None:
        """Start what `settings` choose; video only if the model `takes_pictures`."""
        async with self._lock:
            if not self.running:
                await self._start(settings, takes_pictures)

    async def _start(self, settings: Settings, takes_pictures: bool) -> None:
        mic_ok = await self._start_engine(settings) if engine_wanted() else None
        if mic_ok is None:
            mic_ok = await self._start_in_process(settings)
        self._running = True
        if mic_ok:
            self._uplink.stream_audio(self.mic)
        await self._switch_video(settings, takes_pictures)

    async def _start_engine(self, settings: Settings) -> bool | None:
        """Mic and speaker in the audio engine's process; whether the mic opened, or None if
        the engine would not start (the caller then runs them here, and says so)."""
        config = engine_config(settings, muted=self.muted or self._held)
        engine = AudioEngine(config, self._on_event, activity=self.activity,
                             spare=self._spare if self._warm else None)
        # The facades stand in at once: speech that comes while the engine starts (a second
        # or two) waits in its ring instead of being dropped for want of a speaker.
        self.engine, self.player, self.mic = engine, engine.speaker, engine.mic
        if not await engine.start():
            self.engine = self.player = self.mic = None
            log.warning("the audio engine would not start: mic and speaker run in the app")
            self._on_event(AudioEngineNotice(
                EngineChange.FALLBACK,
                "The audio engine would not start; audio runs in the app's process."))
            return None
        return engine.ready is not None and engine.ready.mic_open

    async def _start_in_process(self, settings: Settings) -> bool:
        player = self.player = Player(settings.output_device, on_event=self._on_event)
        processor = capture_processor(player.reference, headphones=settings.headphones,
                                      noise_suppression=settings.noise_suppression)
        mic = self.mic = Mic(settings.input_device, processor=processor,
                             on_event=self._on_event, activity=self.activity,
                             gate_hold_ms=gate_hold_ms(settings),
                             mute_tail_ms=mute_tail_ms(settings))
        mic.muted = self.muted or self._held  # before it opens: its first block may come now
        mic_ok = await mic.start()
        await player.start()
        return mic_ok

    async def stop(self) -> None:
        async with self._lock:
            await self._stop()

    async def _stop(self) -> None:
        await self._stop_video()
        mic, player = self.mic, self.player
        self.mic = self.player = self.engine = None
        if self._running:
            self._running = False
            self._uplink.stream_audio(None)
        for device in (mic, player):
            if device is not None:
                await device.stop()
        if self._warm:
            self._spare.spawn()  # for the next Connect

    async def set_video(self, settings: Settings, *, takes_pictures: bool) -> None:
        """Show the model what `settings` choose (camera, screen or nothing, as the model
        allows). What already runs is left alone: the app calls this on any change that
        might matter, and reopening a camera for nothing blanks its preview."""
        async with self._lock:
            await self._switch_video(settings, takes_pictures)

    async def _switch_video(self, settings: Settings, takes_pictures: bool) -> None:
        wanted = shown(settings, takes_pictures)
        if not self.running:
            return
        if self._showing(wanted):
            if self.video is not None:  # the still interval may have changed
                self.video.configure(frame_policy(settings))
            return
        await self._stop_video()
        source, camera, monitor = self._shown = wanted
        options = {"on_event": self._on_event, "policy": frame_policy(settings),
                   "activity": self.activity}
        if source == "camera":
            self.video = Camera(camera, **options)
        elif source == "screen":
            self.video = Screen(monitor, **options)
        if self.video is not None:
            self.video.preview_box = self._preview_box  # fitted (or not made) from the first
            self.video.start()
        self._uplink.stream_frames(self.video.jpegs if self.video is not None else None)

    def _showing(self, wanted: tuple[str, str, int]) -> bool:
        """Whether `wanted` runs now (a camera that failed runs no more: choosing it again
        is how the user retries)."""
        return wanted == self._shown and (self.video is None or self.video.running)

    async def _stop_video(self) -> None:
        video, self.video = self.video, None
        self._shown = None
        if self.running:
            self._uplink.stream_frames(None)
        if video is not None:
            await video.stop()

    def mute(self, muted: bool) -> None:
        """Takes effect at once if the mic runs, else when it starts."""
        self.muted = muted
        if self.mic is not None:
            self.mic.muted = muted or self._held

    def hold_mic(self, held: bool) -> None:
        """Silence the mic while something plays that the echo canceller does not know of
        (a voice sample on an output of its own), so the model does not hear it as the user;
        released, the mic follows the mute button again."""
        self._held = held
        if self.mic is not None:
            self.mic.muted = held or self.muted

    def push_to_talk(self, held: bool) -> None:
        """The push-to-talk key went down (a turn starts) or up."""
        self.activity.push_to_talk(held)

    def typed_turn(self) -> None:
        """The user sent text: the model is asked about what it sees now, so a fresh frame."""
        self.activity.typed()

    def sample(self, preview_box: tuple[int, int] | None = None) -> MediaSample:
        """Levels and the newest preview for the window's meters and video pane;
        `preview_box` is the pane's size in device pixels, which later previews fit, also
        those of a camera or screen started later (NO_PREVIEW: none are made)."""
        self._preview_box = preview_box
        if self.video is not None:
            self.video.preview_box = preview_box
        preview = self.video.previews.peek() if self.video is not None else None
        return MediaSample(
            mic_level=self.mic.level().rms if self.mic is not None else 0.0,
            model_level=self.player.level().rms if self.player is not None else 0.0,
            frame=preview.bgrx if preview is not None else None,
            frame_time=preview.captured_at if preview is not None else 0.0,
        )
