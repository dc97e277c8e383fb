"""The conversation checks: the app's whole pipeline against the built-in emulator.

The parts are the ones a conversation in the window uses — `LiveSession` (the real SDK over
wss:// to the emulator), `MediaPump`, the `Player` and `Mic` the device checks opened, the
`Camera` — wired the way the composition root wires them. Then:

- connect: setup completes;
- camera: frames reach the server as JPEGs (when a camera or a video file is available);
- a turn: the test voice is played and the mic carries it to the server when the mic hears
  the speaker, else the turn is typed; the server's answer (scripted, so its words are known)
  must come back as transcripts and be played by the speaker, heard on the monitor if any;
- barge-in: while the model speaks, speech reaches the server (through the mic, or injected
  into the uplink when the mic cannot hear the speaker); the server's `interrupted` must
  silence the speaker at once.

The mic stays muted between these steps so that neither the room nor the speaker's echo
starts turns of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
from google.genai import __version__ as genai_version

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession
from desktop_app.media.camera import Camera
from desktop_app.media.events import DeviceError, DeviceKind, DeviceOpened, MediaEvent
from desktop_app.media.mic import RATE as MIC_RATE
from desktop_app.media.player import Player
from desktop_app.media.pump import MediaPump
from desktop_app.selftest.devices import MONITOR_MATCH, Audio, played_out
from desktop_app.selftest.report import Report
from desktop_app.selftest.signals import SPEAKER_RATE, similarity, to_mic_rate, voice
from desktop_app.settings import Settings

E = TypeVar("E")

CONNECT_TIMEOUT_S = 15.0
TURN_TIMEOUT_S = 15.0
CAMERA_OPEN_TIMEOUT_S = 5.0
PROMPT_S = 1.2
TYPED_PROMPT = "Hello from the LiveDesk self-test"
ANSWER = "LiveDesk hears you loud and clear."
LONG_ANSWER = "This answer is long on purpose, so that the self-test can talk over it."
LONG_ANSWER_S = 6.0
BARGE_IN_AFTER_S = 0.8  # how long the model is heard before the test talks over it
BARGE_IN_S = 1.0
INTERRUPT_TIMEOUT_S = 5.0
# The player promises silence within one device buffer plus a short fade; allow slack for a
# busy machine, but not enough to hear a word of the interrupted answer.
SILENT_WITHIN_S = 0.15
QUIET_DBFS = -50.0
QUIET_CHECK_S = 0.5
_CHUNK = MIC_RATE // 50  # 20 ms, the mic's chunk


class Timeline:
    """Every session event with the `time.monotonic()` it reached the app."""

    def __init__(self) -> None:
        self.entries: list[tuple[float, ev.Event]] = []
        self._changed = asyncio.Event()

    def __call__(self, event: ev.Event) -> None:
        self.entries.append((time.monotonic(), event))
        self._changed.set()

    def mark(self) -> int:
        return len(self.entries)

    def of(self, kind: type[E], after: int = 0) -> list[tuple[float, E]]:
        return [(t, e) for t, e in self.entries[after:] if isinstance(e, kind)]

    async def wait_for(
        self,
        kind: type[E],
        timeout: float,
        *,
        after: int = 0,
        where: Callable[[E], bool] = lambda _: True,
    ) -> tuple[float, E] | None:
        """The first such event from `after` on, waiting up to `timeout`; None if none came."""
        deadline = time.monotonic() + timeout
        while True:
            found = next(((t, e) for t, e in self.of(kind, after) if where(e)), None)
            remaining = deadline - time.monotonic()
            if found is not None or remaining <= 0:
                return found
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)


class Conversation:
    """One session wired to the checked devices, and the checks that use it."""

    def __init__(self, report: Report, settings: Settings, emulator: EmulatorThread,
                 audio: Audio) -> None:
        self.report = report
        self.emulator = emulator
        self.audio = audio
        self.timeline = Timeline()
        self.session = LiveSession(settings, self._dispatch)
        self.pump = MediaPump(self.session, mic=audio.mic, player=audio.speaker)
        self.camera: Camera | None = None
        self.camera_detail = ""
        self.voice_player: Player | None = None  # "the user", when the mic hears the speaker
        self.cannot_speak = ""  # why the turn was typed and barge-in injected

    def _dispatch(self, event: ev.Event) -> None:
        self.timeline(event)
        self.pump.handle_event(event)

    async def close(self) -> None:
        await self.pump.stop()
        await self.session.stop()
        if self.camera is not None:
            await self.camera.stop()
        if self.voice_player is not None:
            await self.voice_player.stop()

    # ------------------------------------------------------------------ connect
    async def connect(self) -> bool:
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
        if self.audio.mic is not None:
            self.audio.mic.muted = True
            self.pump.start()
        return True

    # ------------------------------------------------------------------ camera
    async def start_camera(self, spec: str | None, requested: bool) -> None:
        """Starts sending frames from `spec`; `finish_camera` checks they arrived."""
        if spec is None:
            self.report.skip("camera", "video is off in the settings (--camera tests one)")
            return
        events: list[MediaEvent] = []
        camera = Camera(spec, on_event=events.append)
        camera.start()
        deadline = time.monotonic() + CAMERA_OPEN_TIMEOUT_S
        outcome: MediaEvent | None = None
        while outcome is None and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
            outcome = next((e for e in events if e.kind is DeviceKind.CAMERA), None)
        if isinstance(outcome, DeviceOpened):
            self.camera = camera
            self.camera_detail = f"{spec}: {outcome.detail}"
            self.pump.set_video(camera)
            return
        await camera.stop()
        why = outcome.message if isinstance(outcome, DeviceError) else \
            f"it did not open in {CAMERA_OPEN_TIMEOUT_S:.0f} s"
        if requested:
            self.report.fail("camera", f"{spec}: {why}")
        else:
            self.report.skip("camera", f"no camera ({why}); --camera FILE tests a video file")

    def finish_camera(self) -> None:
        if self.camera is None:
            return
        frames = self.emulator.received("video")
        jpegs = [f for f in frames if f.mime_type == "image/jpeg" and f.payload[:2] == b"\xff\xd8"]
        if not jpegs:
            self.report.fail("camera", f"{self.camera_detail}; {self.camera.frames_read} frames "
                             f"read, but no JPEG reached the server")
            return
        self.report.ok("camera", f"{self.camera_detail}; {self.camera.frames_read} frames read, "
                       f"{len(jpegs)} JPEGs reached the server")

    # ------------------------------------------------------------------ a turn
    async def turn(self) -> None:
        """One question and answer: spoken through the mic when it hears the speaker."""
        self.emulator.script_answer(ANSWER)
        mark = self.timeline.mark()
        spoken = await self._ask()
        name = "spoken turn" if spoken else "typed turn"
        found = await self.timeline.wait_for(ev.TurnComplete, TURN_TIMEOUT_S, after=mark)
        if found is None:
            self.report.fail(name, f"no complete answer in {TURN_TIMEOUT_S:.0f} s")
            return
        done_at, done = found
        heard = "".join(e.text for _, e in self.timeline.of(ev.InputTranscript, mark)
                        if not e.interim).strip()
        if spoken and not heard:
            self.report.fail(name, "the server answered, but never heard the user's speech")
            return
        self.report.ok(name, f"the server heard {heard!r} through the microphone"
                       if spoken else f"typed {TYPED_PROMPT!r}: {self.cannot_speak}")
        said = "".join(e.text for _, e in self.timeline.of(ev.OutputTranscript, mark)
                       if e.generation == done.generation)
        if said.strip() != ANSWER:
            self.report.fail("transcript", f"the model's words came back as {said!r}, "
                             f"not {ANSWER!r}")
        else:
            self.report.ok("transcript", f"model: {said!r}, stitched from "
                           f"{len(self.timeline.of(ev.OutputTranscript, mark))} fragments")
        await self._check_answer_played(mark, done.generation, done_at)

    async def _ask(self) -> bool:
        """Says or types the question; True when it was said."""
        mic = self.audio.mic
        self.cannot_speak = self._why_typed()
        if not self.cannot_speak:
            assert mic is not None
            self.voice_player = Player(self.session.settings.output_device)
            if await self.voice_player.start():
                mic.muted = False
                await self.audio.play(self.voice_player, voice(PROMPT_S, seed=2))
                mic.muted = True  # audioStreamEnd: the server ends the user's turn at once
                return True
            self.voice_player = None
            self.cannot_speak = "a second stream on the speaker would not open"
        self.session.send_text(TYPED_PROMPT)
        return False

    def _why_typed(self) -> str:
        """Why the test cannot speak to itself through the mic ("" when it can)."""
        if self.audio.mic is None:
            return "there is no microphone"
        if self.audio.speaker is None:
            return "there is no speaker"
        if not self.audio.mic_hears_speaker:
            return "the microphone does not hear the speaker"
        return ""

    async def _check_answer_played(self, mark: int, generation: int, done_at: float) -> None:
        speaker = self.audio.speaker
        chunks = [(t, e) for t, e in self.timeline.of(ev.ModelAudio, mark)
                  if e.generation == generation]
        answer = np.frombuffer(b"".join(e.data for _, e in chunks), np.int16)
        if not chunks:
            self.report.fail("model audio", "the answer carried no audio")
            return
        seconds = answer.size / SPEAKER_RATE
        if speaker is None:
            self.report.fail("model audio", f"{seconds:.1f} s arrived, but there is no speaker "
                             "to play it")
            return
        await played_out(speaker)
        played = f"{seconds:.1f} s played, {speaker.stats().underruns} underruns"
        monitor = self.audio.monitor
        if monitor is None:
            self.report.ok("model audio", f"{played} (not heard back: no monitor)")
            return
        heard = monitor.samples(since=chunks[0][0] - 0.1)
        match = similarity(heard, to_mic_rate(answer, chunks[0][1].sample_rate))
        if match < MONITOR_MATCH:
            self.report.fail("model audio", f"{played}, but the monitor did not carry it "
                             f"(match {match:.2f})")
            return
        self.report.ok("model audio", f"{played}; heard on the monitor (match {match:.2f})")

    # ------------------------------------------------------------------ barge-in
    async def barge_in(self) -> None:
        """Talks over a long answer and checks that the speaker falls silent."""
        speaker = self.audio.speaker
        mark = self.timeline.mark()
        self.emulator.start_model_turn(text=LONG_ANSWER, audio_seconds=LONG_ANSWER_S)
        first = await self.timeline.wait_for(ev.ModelAudio, TURN_TIMEOUT_S, after=mark)
        if first is None:
            self.report.fail("barge-in", "the model did not start speaking")
            return
        await asyncio.sleep(BARGE_IN_AFTER_S)  # the player's prime, then well into the answer
        through_mic = self.voice_player is not None
        talking = asyncio.create_task(self._talk_over(through_mic))
        try:
            found = await self.timeline.wait_for(ev.Interrupted, INTERRUPT_TIMEOUT_S, after=mark)
        finally:
            talking.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await talking
            if self.audio.mic is not None:
                self.audio.mic.muted = True
        how = "the test voice, through the microphone," if through_mic else \
            f"speech injected into the uplink ({self.cannot_speak})"
        if found is None:
            self.report.fail("barge-in", f"{how} talked over the answer, but the server did "
                             f"not interrupt it within {INTERRUPT_TIMEOUT_S:.0f} s")
            return
        cut_at, cut = found
        if speaker is None:
            self.report.fail("barge-in", f"{how} made the server interrupt, but there is no "
                             "speaker to silence")
            return
        await self._flushed(speaker, cut.generation)
        self._check_silence(speaker, cut_at, cut, how, monitored=not through_mic)

    @staticmethod
    async def _flushed(speaker: Player, generation: int) -> None:
        """Waits for the output callback to act on the interrupt (or a generous limit)."""
        deadline = time.monotonic() + INTERRUPT_TIMEOUT_S
        while time.monotonic() < deadline:
            done = speaker.last_interrupt
            if done is not None and done.generation >= generation:
                return
            await asyncio.sleep(0.01)

    async def _talk_over(self, through_mic: bool) -> None:
        speech = voice(BARGE_IN_S, seed=3)
        if through_mic and self.voice_player is not None and self.audio.mic is not None:
            self.audio.mic.muted = False
            await self.audio.play(self.voice_player, speech)
            return
        pcm = to_mic_rate(speech)
        for start in range(0, pcm.size, _CHUNK):
            self.session.send_audio(pcm[start:start + _CHUNK].tobytes())
            await asyncio.sleep(_CHUNK / MIC_RATE)

    def _check_silence(self, speaker: Player, cut_at: float, cut: ev.Interrupted, how: str,
                       *, monitored: bool) -> None:
        report = speaker.last_interrupt
        if report is None or report.generation != cut.generation:
            self.report.fail("barge-in", "the server interrupted the answer, but the player "
                             "never flushed it")
            return
        latency = report.latency_s
        if latency > SILENT_WITHIN_S:
            self.report.fail("barge-in", f"the speaker went on for {latency * 1000:.0f} ms "
                             f"after the interrupt (limit {SILENT_WITHIN_S * 1000:.0f} ms)")
            return
        detail = (f"{how} made the server interrupt; the speaker was silent "
                  f"{latency * 1000:.0f} ms later, {report.flushed_samples / SPEAKER_RATE:.1f} s "
                  "of answer dropped")
        monitor = self.audio.monitor
        if monitor is None or not monitored:
            self.report.ok("barge-in", detail)
            return
        since = cut_at + SILENT_WITHIN_S
        after = monitor.loudest(since=since, until=since + QUIET_CHECK_S)
        before = monitor.loudest(since=cut_at - QUIET_CHECK_S, until=cut_at)
        if after > QUIET_DBFS:
            self.report.fail("barge-in", f"{detail}, but the monitor still heard {after:.0f} dBFS "
                             "after that")
            return
        self.report.ok("barge-in", f"{detail}; the monitor fell from {before:.0f} to "
                       f"{after:.0f} dBFS")


def video_spec(settings: Settings, overrides: dict[str, Any]) -> tuple[str | None, bool]:
    """Which camera to test and whether the user asked for it (then a missing one fails)."""
    if "camera" in overrides:
        return str(overrides["camera"]), True
    if settings.video_source == "camera":
        return settings.camera, False
    return None, False
