"""The whole audio path, for real: virtual mic → Mic → LiveSession (real SDK) → emulator, and
emulator → session events → Player → virtual speaker. Nothing is mocked: speech is played into
PulseAudio's vmic, and what the app says is recorded from vspk's monitor."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession, RetryPolicy
from desktop_app.media.gate import HOLD_MS, PREROLL_MS
from desktop_app.media.mic import Mic
from desktop_app.media.player import Player
from desktop_app.media.resample import Resampler
from desktop_app.routing import SpeakerFeed
from desktop_app.settings import Settings
from tests.media.mediatest import segment_match
from tests.support.events import EventLog
from tests.support.signals import silence, voiced
from tests.support.waiting import until

pytestmark = [pytest.mark.audio, pytest.mark.asyncio]

KEY = "media-e2e-key"
LOUD = 800


@pytest.fixture(scope="module")
def emulator(tmp_path_factory):
    with EmulatorThread(tls_dir=tmp_path_factory.mktemp("tls"), api_key=KEY) as emu:
        yield emu


class App:
    """The composition the real app does, minus Qt: devices, session, one dispatcher."""

    def __init__(self, emu: EmulatorThread, *, gate_hold_ms: int = 0,
                 mute_tail_ms: int = 0) -> None:
        self.log = EventLog()
        self.arrivals: list[tuple[float, ev.Event]] = []  # when each event reached the app
        self.mic = Mic(gate_hold_ms=gate_hold_ms, mute_tail_ms=mute_tail_ms)
        self.player = Player()
        settings = Settings(api_key=KEY, endpoint=emu.base_url, ca_file=str(emu.cert_path),
                            model="gemini-3.8-live")
        self.session = LiveSession(settings, self.dispatch,
                                   retry=RetryPolicy(initial_s=0.05, cap_s=0.5))
        self.speaker = SpeakerFeed(lambda: self.player)

    def dispatch(self, event: ev.Event) -> None:
        self.arrivals.append((time.monotonic(), event))
        self.speaker.handle(event)
        self.log(event)

    async def __aenter__(self) -> App:
        assert await self.player.start()
        assert await self.mic.start()
        self.session.start()
        await self.log.wait_for(ev.StateChanged, lambda e: e.state is ev.ConnectionState.LIVE)
        self.session.stream_audio(self.mic)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.session.stream_audio(None)
        await self.session.stop()
        await self.mic.stop()
        await self.player.stop()


def as_int16(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, np.int16)


async def test_speech_reaches_the_emulator_and_the_answer_is_heard(
        emulator, play_into_mic, speaker_recorder) -> None:
    rec = speaker_recorder()
    async with App(emulator) as app:
        conn = emulator.connections()[-1].id
        speech = as_int16(voiced(1.2, rate=48000) + silence(1.0, rate=48000))
        spoke_at = time.monotonic()
        play_into_mic(speech, 48000)
        done = await app.log.wait_for(ev.TurnComplete, timeout=20)
        # The tail of the answer plays out and is recorded.
        await until(lambda: app.player.stats().queued_ms == 0, what="the answer to be played")
        await asyncio.to_thread(rec.wait_for_quiet, spoke_at, 0.3, LOUD)
    heard = rec.stop()

    # Up: 16 kHz PCM, at the rate it was spoken, with the content that was spoken.
    audio_in = emulator.received("audio", conn)
    assert {r.mime_type for r in audio_in} == {"audio/pcm;rate=16000"}
    sizes = [len(r.payload) for r in audio_in]
    assert all(size % 640 == 0 for size in sizes)  # whole 20 ms chunks (the outbox may merge)
    received = as_int16(b"".join(r.payload for r in audio_in))
    # The audio after the first message was captured while the messages went out: real time.
    span = audio_in[-1].t - audio_in[0].t
    assert sum(sizes[1:]) / 32000 / span == pytest.approx(1.0, abs=0.1)
    score = segment_match(received, Resampler(48000, 16000).process(speech[:48000]))
    assert score > 0.9, f"the emulator did not receive the speech ({score:.2f})"

    # Down: the model's answer, as the session delivered it, is what the speaker played.
    answer = as_int16(b"".join(e.data for e in app.log.of(ev.ModelAudio)
                               if e.generation == done.generation))
    assert answer.size >= 12000, "at least half a second of answer"
    score = segment_match(heard, answer)
    assert score > 0.9, f"the answer was not heard on the speaker ({score:.2f})"
    assert app.player.stats().underruns == 0


async def test_barge_in_silences_the_speaker(emulator, play_into_mic, speaker_recorder) -> None:
    rec = speaker_recorder()
    async with App(emulator) as app:
        emulator.start_model_turn(text="Here is a rather long story about a lighthouse. " * 6)
        first = await app.log.wait_for(ev.ModelAudio)
        await asyncio.to_thread(rec.wait_for_sound)
        await until(
            lambda: (np.abs(rec.samples().astype(np.int32)) > LOUD).sum() > 0.5 * rec.rate,
            what="half a second of the answer heard",
        )
        play_into_mic(as_int16(voiced(0.8, rate=48000)), 48000)  # the user talks over it
        cut = await app.log.wait_for(ev.Interrupted, timeout=10)
        assert cut.generation == first.generation
        cut_at = next(t for t, e in app.arrivals if isinstance(e, ev.Interrupted))
        await until(
            lambda: rec.recorded_until() > cut_at + 0.6, what="0.6 s recorded after the cut"
        )
        next_audio = [t for t, e in app.arrivals
                      if isinstance(e, ev.ModelAudio) and e.generation != cut.generation]
    heard = rec.stop()
    # From the interrupt on, until a new answer could start, the speaker must be silent.
    end = min([*next_audio, rec.time_of(heard.size)])
    loud = np.flatnonzero(np.abs(heard[: rec.index_of(end)].astype(np.int32)) > LOUD)
    last_sound = rec.time_of(int(loud[-1]))
    assert last_sound - cut_at < 0.150, f"heard {1000 * (last_sound - cut_at):.0f} ms after"
    assert end - cut_at > 0.4, "the window to check silence in was too short"
    assert app.player.last_interrupt is not None
    assert app.player.last_interrupt.generation == cut.generation
    assert emulator.interruption_count() >= 1


async def test_the_quiet_gate_sends_speech_with_its_lead_in_and_pauses_in_silence(
        emulator, play_into_mic) -> None:
    """The app's default: silence is not sent, the first sound reopens the stream with the
    half second before it, the server's VAD ends the turn from the trailing quiet the gate
    still sends (before `audioStreamEnd`, which some models ignore), and then it pauses."""
    async with App(emulator, gate_hold_ms=HOLD_MS) as app:
        conn = emulator.connections()[-1].id
        await until(lambda: app.mic.time() > 0, what="the mic to run")
        silent_until = time.monotonic() + 1.0
        await until(lambda: time.monotonic() > silent_until, what="a second of silence")
        assert emulator.received("audio", conn) == [], "a silent mic sends nothing"

        speech = as_int16(voiced(1.2, rate=48000))
        play_into_mic(speech, 48000)
        done = await app.log.wait_for(ev.TurnComplete, timeout=20)
        await until(lambda: emulator.received("audio_stream_end", conn), timeout=10,
                    what="the stream to pause")
        paused_at = time.monotonic()
        await until(lambda: time.monotonic() > paused_at + 0.5, what="half a second more")
        after_pause = [r for r in emulator.received("audio", conn)
                       if r.t > emulator.received("audio_stream_end", conn)[0].t]
    assert after_pause == [], "nothing is sent once the stream paused"
    assert app.mic.gate.pauses == 1

    first_answer = next(t for t, e in app.arrivals
                        if isinstance(e, ev.ModelAudio) and e.generation == done.generation)
    stream_end = emulator.received("audio_stream_end", conn)[0].t
    assert first_answer < stream_end, "the turn ended from the audio, before audioStreamEnd"

    received = as_int16(b"".join(r.payload for r in emulator.received("audio", conn)))
    onset = int(np.flatnonzero(np.abs(received.astype(np.int32)) > 300)[0])
    lead_in = onset / 16000
    assert PREROLL_MS / 1000 - 0.05 <= lead_in <= PREROLL_MS / 1000 + 0.05, lead_in
    score = segment_match(received, Resampler(48000, 16000).process(speech))
    assert score > 0.9, f"the emulator did not receive the speech ({score:.2f})"
    tail = (received.size - onset) / 16000 - 1.2
    assert HOLD_MS / 1000 - 0.1 <= tail <= HOLD_MS / 1000 + 0.1, f"{tail:.2f} s of quiet after"


@pytest.mark.parametrize("tail_ms", [0, HOLD_MS])
async def test_muting_mid_sentence_on_38_gets_an_answer_only_with_the_silent_tail(
        emulator, play_into_mic, tail_ms) -> None:
    """3.8 ignores `audioStreamEnd` (the emulator models it: docs/live-service-quirks.md).
    The user mutes while still talking: without the tail the turn stays open and no answer
    comes; with it, the silence the mic sends in place of the rest of the sentence ends the
    turn on the server's own VAD, and the answer comes."""
    async with App(emulator, gate_hold_ms=HOLD_MS, mute_tail_ms=tail_ms) as app:
        conn = emulator.connections()[-1].id
        await until(lambda: app.mic.time() > 0, what="the mic to run")
        play_into_mic(as_int16(voiced(3.0, rate=48000)), 48000)
        await until(lambda: emulator.received("audio", conn), timeout=10, what="speech sent")
        talking_at = time.monotonic()
        await until(lambda: time.monotonic() > talking_at + 0.8, what="0.8 s of the sentence")
        app.mic.muted = True  # mid-sentence: two more seconds of it are never sent
        if tail_ms:
            done = await app.log.wait_for(ev.TurnComplete, timeout=20)
            assert done.generation >= 1
            await until(lambda: len(emulator.received("audio_stream_end", conn)) == 2,
                        timeout=10, what="the end of the stream again after the tail")
        else:
            await until(lambda: emulator.received("audio_stream_end", conn), timeout=10,
                        what="the mute's audioStreamEnd")
            waited_from = time.monotonic()
            await until(lambda: time.monotonic() > waited_from + 3.0, what="three seconds")
            assert not app.log.of(ev.TurnComplete), "the turn stayed open: no answer"
        tail = [r for r in emulator.received("audio", conn)
                if r.t > emulator.received("audio_stream_end", conn)[0].t]
    sent_after_mute = b"".join(r.payload for r in tail)
    assert len(sent_after_mute) == tail_ms * 32 and not any(sent_after_mute)
