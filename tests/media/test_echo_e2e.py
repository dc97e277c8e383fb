"""Talking on speakers, for real: the app's own voice comes back into its mic, and the model
must not take it for the user.

Everything is the app's: `MediaRig` (Mic with the echo canceller the settings choose, Player)
and `LiveSession`, which reads the mic, through the real SDK to the emulator, whose
energy-based voice activity detection interrupts the model when it hears voiced input while
the answer plays.
PulseAudio loopbacks (`EchoPath`) carry the speaker's output back into the mic's feed, 40 ms
later at -6 dB plus a weaker 90 ms reflection, where it mixes with the user's speech played
by paplay. The same answer with the canceller off (headphones mode) is interrupted by its
own echo, which proves the echo path is real and loud enough for that VAD.
"""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession, RetryPolicy
from desktop_app.media.echo import FAR_IDLE_S
from desktop_app.media.events import DeviceError, MediaEvent
from desktop_app.media.gate import HOLD_MS
from desktop_app.media.player import PAUSE_AFTER_S
from desktop_app.media.rig import MediaRig
from desktop_app.routing import SpeakerFeed
from desktop_app.settings import Settings
from tests.media.mediatest import EchoPath, Recorder, power_db
from tests.support.events import EventLog
from tests.support.signals import voiced
from tests.support.waiting import until

pytestmark = [pytest.mark.audio, pytest.mark.asyncio]

KEY = "echo-e2e-key"
ANSWER_S = 8.0
STORY = "Here is a long story about a lighthouse keeper and the ships that pass by. " * 3
VAD_DBFS = -40.0  # the emulator's default voiced threshold (high start sensitivity)


@pytest.fixture(scope="module")
def emulator(tmp_path_factory):
    with EmulatorThread(tls_dir=tmp_path_factory.mktemp("tls"), api_key=KEY) as emu:
        yield emu


@pytest.fixture
def echo_path():
    with EchoPath() as path:
        yield path


@pytest.fixture
def mic_feed():
    """Records what the app's mic hears (vmic's monitor: echo and user mixed), at 16 kHz."""
    rec = Recorder("vmic.monitor", 16000)
    yield rec
    rec.stop()


class Conversation:
    """What app.py composes, minus Qt: the devices and the session, one event dispatcher."""

    def __init__(self, emu: EmulatorThread, *, headphones: bool, gate: bool = False) -> None:
        """`gate`: the mic's quiet gate as the app has it by default; without it the server
        gets every chunk of what the canceller leaves, the harder case for the canceller."""
        self.settings = Settings(api_key=KEY, endpoint=emu.base_url, ca_file=str(emu.cert_path),
                                 model="gemini-3.8-live", video_source="none",
                                 headphones=headphones, quiet_gate=gate)
        self.log = EventLog()
        self.device_events: list[MediaEvent] = []
        self.session = LiveSession(self.settings, self.dispatch,
                                   retry=RetryPolicy(initial_s=0.05, cap_s=0.5))
        self.devices = MediaRig(self.session, self.device_events.append)
        self.speaker = SpeakerFeed(lambda: self.devices.player)

    def dispatch(self, event: ev.Event) -> None:
        self.speaker.handle(event)
        self.log(event)

    async def __aenter__(self) -> Conversation:
        await self.devices.start(self.settings, takes_pictures=False)
        self.session.start()
        await self.log.wait_for(ev.StateChanged, lambda e: e.state is ev.ConnectionState.LIVE)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.session.stop()
        await self.devices.stop()

    async def model_speaks(self, emu: EmulatorThread) -> int:
        """Starts a long answer; returns its generation once its audio arrives."""
        emu.start_model_turn(text=STORY, audio_seconds=ANSWER_S)
        return (await self.log.wait_for(ev.ModelAudio)).generation


def audio_since(emulator: EmulatorThread, conn: int, t: float) -> list:
    """The mic's audio the emulator received on `conn` from `t` (time.monotonic()) on."""
    return [r for r in emulator.received("audio", conn) if r.t >= t]


@pytest.mark.parametrize("gate", [False, True], ids=["every chunk", "quiet gate"])
async def test_on_speakers_the_model_finishes_a_long_answer_over_its_own_echo(
        emulator, echo_path, mic_feed, gate) -> None:
    async with Conversation(emulator, headphones=False, gate=gate) as talk:
        conn = emulator.connections()[-1].id
        # As after the user's question: the idle speaker's stream has paused, and the
        # answer's first far-end frames come from a stream just started again.
        if PAUSE_AFTER_S is not None:
            await until(lambda: talk.devices.player.stats().pauses,
                        what="the idle speaker paused")
        generation = await talk.model_speaks(emulator)
        heard_from = time.monotonic()
        done = await talk.log.wait_for(ev.TurnComplete, lambda e: e.generation == generation,
                                       timeout=ANSWER_S + 10)
        heard_to = time.monotonic()
        # The echo's tail, and the time the emulator would take to end a "user" turn on it:
        # until the emulator has the mic's audio from 1.5 s after the answer (with the gate,
        # which stays open while the model speaks, until it has shut after the answer).
        if gate:
            await until(lambda: [r for r in emulator.received("audio_stream_end", conn)
                                 if r.t > heard_to], timeout=FAR_IDLE_S + HOLD_MS / 1000 + 10,
                        what="the stream paused after the answer")
            assert audio_since(emulator, conn, heard_to + 1.5), "it was open until then"
        else:
            await until(
                lambda: audio_since(emulator, conn, heard_to + 1.5),
                what="the mic's audio from 1.5 s after the answer",
            )
    assert not talk.log.of(ev.Interrupted), "the model was interrupted by its own voice"
    assert emulator.interruption_count(conn) == 0
    assert emulator.turn_count(conn) == 1, "the model answered its own echo"
    assert done.generation == generation
    assert not [e for e in talk.device_events if isinstance(e, DeviceError)]
    # The echo was really there, loud enough for the emulator's VAD, all along the answer.
    heard = mic_feed.samples()
    echo = heard[mic_feed.index_of(heard_from + 0.5):mic_feed.index_of(heard_to)]
    assert echo.size > 16000 * (ANSWER_S - 2)
    assert power_db(echo) > VAD_DBFS + 10


async def test_with_the_canceller_off_the_echo_interrupts_the_model(
        emulator, echo_path) -> None:
    """Headphones mode on speakers: the same answer, and the emulator hears the model's own
    voice as the user barging in. This is what the other tests would see without the
    canceller, so the echo path they run on is real."""
    async with Conversation(emulator, headphones=True) as talk:
        conn = emulator.connections()[-1].id
        generation = await talk.model_speaks(emulator)
        cut = await talk.log.wait_for(ev.Interrupted, timeout=ANSWER_S)
    assert cut.generation == generation
    assert emulator.interruption_count(conn) >= 1


@pytest.mark.parametrize("gate", [False, True], ids=["every chunk", "quiet gate"])
async def test_the_user_talking_over_the_model_still_interrupts_it(
        emulator, echo_path, play_into_mic, gate) -> None:
    async with Conversation(emulator, headphones=False, gate=gate) as talk:
        conn = emulator.connections()[-1].id
        generation = await talk.model_speaks(emulator)
        began = time.monotonic()
        # Into the answer: the canceller has converged on 2 s of its echo (with the gate,
        # which sends none of it once it has converged, 2 s of the answer's time).
        if gate:
            await until(lambda: time.monotonic() > began + 2.0, what="2 s of the answer")
        else:
            await until(
                lambda: sum(len(r.payload) for r in audio_since(emulator, conn, began))
                >= 2 * 32000,
                what="2 s of the answer's echo through the canceller",
            )
        assert not talk.log.of(ev.Interrupted), "interrupted before the user spoke"
        talking = play_into_mic(np.frombuffer(voiced(1.0, rate=48000), np.int16), 48000)
        cut = await talk.log.wait_for(ev.Interrupted, timeout=10)
        await asyncio.to_thread(talking.wait, 10)
    assert cut.generation == generation
    assert emulator.interruption_count(conn) == 1
