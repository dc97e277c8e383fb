"""The audio engine in its own process, on the real (virtual) devices: what the app feeds is
heard on vspk.monitor, an interrupt silences it, the mic's chunks come back, the engine
survives being killed or hung, goes away with its app, and keeps playing without underflows
while the app's own process is pegged."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from desktop_app.media.engine.client import AudioEngine
from desktop_app.media.engine.protocol import EngineConfig
from desktop_app.media.events import (
    AudioEngineNotice,
    DeviceError,
    DeviceKind,
    DeviceProblem,
    EngineChange,
    FirstAudioPlayed,
)
from tests.media.mediatest import DoomedServer, dominant_hz, segment_match
from tests.support.signals import voiced
from tests.support.waiting import until, wait_until

pytestmark = [pytest.mark.audio, pytest.mark.asyncio]

LOUD = 800
RATE = 24000


def tone(seconds: float, hz: float = 440.0, rate: int = RATE) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return (10000 * np.sin(2 * np.pi * hz * t)).astype(np.int16)


def chunks(audio: np.ndarray, ms: int = 40, rate: int = RATE) -> list[bytes]:
    n = rate * ms // 1000
    return [audio[i:i + n].tobytes() for i in range(0, audio.size, n)]


def loud(x: np.ndarray) -> np.ndarray:
    return np.abs(x.astype(np.int32)) > LOUD


def sounding(x: np.ndarray) -> np.ndarray:
    """From the first loud sample to the last (a tone stays continuous)."""
    where = np.flatnonzero(loud(x))
    assert where.size, "nothing was heard"
    return x[where[0]:where[-1] + 1]


async def started(config: EngineConfig, events: list) -> AudioEngine:
    engine = AudioEngine(config, events.append)
    assert await engine.start(), "the engine did not start"
    return engine


async def test_the_engine_imports_neither_qt_nor_the_sdk() -> None:
    engine = await started(EngineConfig(mic=False), [])
    try:
        modules = set(engine.ready.modules)
        assert "numpy" in modules and "sounddevice" in modules  # the list is real
        unwanted = ("PySide6", "shiboken6", "qasync", "google.genai", "websockets",
                    "desktop_app.ui", "desktop_app.live")
        assert not [m for m in modules if m.startswith(unwanted)]
        assert engine.pid != os.getpid()
    finally:
        await engine.stop()


async def test_what_is_fed_is_heard_and_its_first_sample_reported(speaker_recorder) -> None:
    rec = speaker_recorder()
    events: list = []
    engine = await started(EngineConfig(mic=False), events)
    try:
        speech = np.frombuffer(voiced(1.5, rate=RATE), np.int16)
        fed_at = time.monotonic()
        for chunk in chunks(speech):
            assert engine.speaker.play(chunk, RATE, 1)
        engine.speaker.end_turn(1)
        first = await until(lambda: [e for e in events if isinstance(e, FirstAudioPlayed)],
                            what="the first sample reported")
        assert first[0].generation == 1 and first[0].played_at > fed_at
        await asyncio.to_thread(rec.wait_for_quiet, fed_at, 0.3, LOUD)
    finally:
        await engine.stop()
    heard = rec.stop()
    score = segment_match(heard, speech)
    assert score > 0.9, f"recorded speaker output does not match what was fed ({score:.2f})"


async def test_speech_at_another_rate_is_resampled_in_the_engine(speaker_recorder) -> None:
    rec = speaker_recorder()
    engine = await started(EngineConfig(mic=False), [])
    try:
        fed_at = time.monotonic()
        for chunk in chunks(tone(1.0, 500.0, rate=16000), rate=16000):
            engine.speaker.play(chunk, 16000, 1)
        await asyncio.to_thread(rec.wait_for_quiet, fed_at, 0.3, LOUD)
    finally:
        await engine.stop()
    middle = sounding(rec.stop())
    middle = middle[middle.size // 4:middle.size * 3 // 4]  # away from a start's glitches
    assert dominant_hz(middle, RATE) == pytest.approx(500.0, abs=10)


async def test_interrupt_silences_the_speaker_and_late_chunks_stay_unheard(
        speaker_recorder) -> None:
    rec = speaker_recorder()
    engine = await started(EngineConfig(mic=False), [])
    try:
        for chunk in chunks(tone(4.0)):
            engine.speaker.play(chunk, RATE, 3)
        await until(lambda: loud(rec.samples()).sum() > 0.3 * rec.rate,
                    what="0.3 s of the answer heard")
        interrupted_at = time.monotonic()
        engine.speaker.interrupt(3)
        for chunk in chunks(tone(0.4)):  # the server keeps sending the old turn a while
            assert not engine.speaker.play(chunk, RATE, 3)
        report = await until(lambda: engine.speaker.last_interrupt, what="the interrupt report")
        assert report.generation == 3 and report.flushed_samples > RATE  # seconds thrown away
        await until(lambda: rec.recorded_until() > interrupted_at + 0.6,
                    what="0.6 s recorded after the cut")
        answer_at = time.monotonic()  # before the next turn is fed: it may sound at once
        for chunk in chunks(tone(0.5, 660.0)):  # the next turn plays
            assert engine.speaker.play(chunk, RATE, 4)
        await asyncio.to_thread(rec.wait_for_quiet, answer_at, 0.3, LOUD)
    finally:
        await engine.stop()
    heard = rec.stop()
    after_cut = loud(heard[rec.index_of(interrupted_at + 0.1):rec.index_of(answer_at)])
    assert not after_cut.any(), "the interrupted turn was still heard 100 ms after the cut"
    next_turn = heard[rec.index_of(answer_at):]
    assert dominant_hz(sounding(next_turn), RATE) == pytest.approx(660.0, abs=10)


async def test_the_mic_comes_back_through_the_engine(play_into_mic) -> None:
    engine = await started(EngineConfig(speaker=False, headphones=True,
                                        noise_suppression=False), [])
    try:
        first = await engine.mic.read()
        assert len(first.pcm) == 1280 and not first.end_of_stream  # 40 ms at 16 kHz
        play_into_mic(tone(1.0, 700.0, rate=16000), 16000)
        got: list[bytes] = []

        async def heard_tone() -> bool:
            chunk = await engine.mic.read()
            got.append(chunk.pcm)
            x = np.frombuffer(b"".join(got[-25:]), np.int16)
            return bool(loud(x).sum() > 4000)

        deadline = time.monotonic() + 20
        while not await heard_tone():
            assert time.monotonic() < deadline, "the tone never came back from the engine"
        x = np.frombuffer(b"".join(got[-25:]), np.int16)
        assert dominant_hz(x, 16000) == pytest.approx(700.0, abs=10)
        engine.mic.muted = True
        while not (await engine.mic.read()).end_of_stream:
            pass
    finally:
        await engine.stop()


async def test_a_killed_engine_is_restarted_and_plays_again(speaker_recorder) -> None:
    rec = speaker_recorder()
    events: list = []
    engine = await started(EngineConfig(mic=False), events)
    try:
        for chunk in chunks(tone(3.0)):
            engine.speaker.play(chunk, RATE, 1)
        await asyncio.to_thread(rec.wait_for_sound)
        first_pid = engine.pid
        os.kill(first_pid, signal.SIGKILL)  # mid-playback
        notice = await until(lambda: [e for e in events if isinstance(e, AudioEngineNotice)],
                             what="the restart notice")
        assert notice[0].change is EngineChange.RESTARTED
        await until(lambda: engine.running and engine.pid != first_pid, what="a new engine")
        resumed_at = time.monotonic()
        for chunk in chunks(tone(1.0, 660.0)):
            assert engine.speaker.play(chunk, RATE, 2)
        await asyncio.to_thread(rec.wait_for_quiet, resumed_at, 0.3, LOUD)
    finally:
        await engine.stop()
    heard = rec.stop()
    after = heard[rec.index_of(resumed_at):]
    assert dominant_hz(sounding(after), RATE) == pytest.approx(660.0, abs=10)
    assert engine.restarts == 1


async def test_a_hung_engine_is_restarted() -> None:
    events: list = []
    engine = await started(EngineConfig(mic=False), events)
    try:
        first_pid = engine.pid
        engine.hang_for_test(30.0)
        await until(lambda: [e for e in events if isinstance(e, AudioEngineNotice)],
                    what="the restart notice")
        await until(lambda: engine.running, what="a new engine")
        assert engine.pid != first_pid
        await until(lambda: engine.heartbeat is not None, what="the new engine's heartbeat")
        wait_until(lambda: not _alive(first_pid), 5, "the hung engine killed")
    finally:
        await engine.stop()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); its state in /proc says it is gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


@pytest.mark.filterwarnings("ignore")
def test_the_engine_exits_when_its_app_dies() -> None:
    app = subprocess.Popen([sys.executable, "-m", "tests.media.engine_parent"],
                           stdout=subprocess.PIPE, text=True)
    try:
        engine_pid = int(app.stdout.readline())
        assert _alive(engine_pid)
        app.kill()
        app.wait(5)
        died_at = time.monotonic()
        wait_until(lambda: not _alive(engine_pid), 1.0, "the orphaned engine to exit")
        print(f"engine gone {1000 * (time.monotonic() - died_at):.0f} ms after its app")
    finally:
        if app.poll() is None:
            app.kill()


async def test_a_lost_sound_server_is_reported_through_the_engine() -> None:
    server = DoomedServer()
    events: list = []
    with server.using():  # the spawned engine inherits PULSE_SERVER
        engine = await started(EngineConfig(input_device="pulse", output_device="pulse"), events)
    try:
        await engine.mic.read()
        server.shut_down()
        errors = await until(
            lambda: {e.kind for e in events if isinstance(e, DeviceError)} >= {DeviceKind.MIC,
                                                                              DeviceKind.SPEAKER}
            and [e for e in events if isinstance(e, DeviceError)],
            timeout=10, what="both devices lost")
        assert all(e.problem is DeviceProblem.LOST for e in errors)
        assert engine.running and engine.restarts == 0  # the engine itself is fine
    finally:
        await engine.stop()
        server.clean_up()


def _may_run_real_time() -> bool:
    """Linux, with the privilege to ask for real-time scheduling (root, CAP_SYS_NICE or an
    RLIMIT_RTPRIO grant)."""
    if not sys.platform.startswith("linux"):
        return False
    import resource
    return os.geteuid() == 0 or resource.getrlimit(resource.RLIMIT_RTPRIO)[0] > 0


@pytest.mark.skipif(not _may_run_real_time(), reason="the OS grants no real-time scheduling")
async def test_the_speakers_path_runs_real_time_under_a_cpu_cap() -> None:
    """The speaker stream's threads (PortAudio's callback thread and libpulse's I/O thread)
    run real-time one step above the engine's Python threads, which hold the GIL the
    callback needs; the microphone's stream threads stay ordinary (they spin on a lost
    server); and the kernel caps the CPU a real-time thread may take without sleeping
    (media/realtime.py)."""
    events: list = []
    engine = await started(EngineConfig(), events)  # speaker and mic
    try:
        engine.speaker.play(tone(0.2).tobytes(), RATE, 1)
        await until(lambda: any(isinstance(e, FirstAudioPlayed) for e in events),
                    what="the tone played")
        pid = engine.pid
        threads = {}
        for tid in map(int, os.listdir(f"/proc/{pid}/task")):
            name = Path(f"/proc/{pid}/task/{tid}/comm").read_text().strip()
            policy = os.sched_getscheduler(tid)
            threads[tid] = (name, os.sched_getparam(tid).sched_priority
                            if policy == os.SCHED_FIFO else 0)
        limits = Path(f"/proc/{pid}/limits").read_text()
    finally:
        await engine.stop()
    priorities = sorted(prio for _, prio in threads.values() if prio)
    assert priorities == [3, 3, 4, 4], threads  # main + control; the speaker's two
    assert threads[pid][1] == 3, threads  # the main thread: the asyncio loop
    pulse_io = sorted(prio for name, prio in threads.values() if name == "threaded-ml")
    assert pulse_io == [0, 4], threads  # the mic's stays ordinary, the speaker's is real-time
    cap = next(line for line in limits.splitlines() if line.startswith("Max realtime timeout"))
    assert cap.split()[3:5] == ["200000", "200000"], cap


def _spin(stop: threading.Event) -> None:
    x = 0
    while not stop.is_set():
        for i in range(1000):
            x += i * i


async def test_the_engine_plays_on_while_the_app_process_is_pegged() -> None:
    """Two CPU-bound threads in this process (the app's): the engine's ~8 ms output buffer
    plays 10 s of speech without a single device underflow (PortAudio's status flags,
    counted in the engine's callback) and without the player's buffer running dry. The
    engine's threads run real-time where the OS allows it (media/realtime.py), and so does
    the test sound server's main thread (scripts/test-services.sh); docs/performance.md has
    the runs, and the in-process player's hundreds for comparison."""
    events: list = []
    engine = await started(EngineConfig(mic=False, backoff_underflows=10**6), events)
    stop = threading.Event()
    hogs = [threading.Thread(target=_spin, args=(stop,), daemon=True) for _ in range(2)]
    try:
        # A short warm-up turn first: a stream's first moments may underflow (PortAudio
        # starting up), which is not what this test measures.
        engine.speaker.play(tone(0.2).tobytes(), RATE, 0)
        await until(lambda: any(isinstance(e, FirstAudioPlayed) for e in events),
                    what="the warm-up played")
        await until(lambda: engine.speaker.stats().queued_ms == 0, what="the warm-up over")
        for hog in hogs:
            hog.start()
        before = engine.speaker.stats()
        for chunk in chunks(tone(10.0, 330.0)):
            engine.speaker.play(chunk, RATE, 1)
        await until(lambda: engine.speaker.stats().queued_ms > 9000, what="10 s queued")
        await until(lambda: engine.speaker.stats().queued_ms == 0, timeout=40,
                    what="everything played")
        after = engine.speaker.stats()
    finally:
        stop.set()
        for hog in hogs:
            hog.join()
        await engine.stop()
    during = after.device_underflows - before.device_underflows
    print(f"device underflows in 10 s with the app's process pegged: {during}")
    # Without real-time scheduling (no privilege) the machine's other processes can still
    # delay the engine now and then; the bound then still fails an engine that loses its
    # isolation (a player in the busy process has 264-942 here, docs/performance.md).
    allowed = 0 if _may_run_real_time() else 20
    assert during <= allowed, f"{during} underflows in 10 s"
    assert after.underruns == before.underruns, "the player's buffer ran dry"


async def test_bursty_turns_through_the_engine_play_without_running_dry() -> None:
    """The engine's speaker learns its start wait with a small device margin (its ~3 ms
    periods are taken one at a time): turns that come in late bursts of 200 ms still play
    without the buffer running dry once the first of them has shown how they come."""
    rng = np.random.default_rng(3)
    events: list = []
    engine = await started(EngineConfig(mic=False), events)
    try:
        for turn in range(1, 5):
            parts = chunks(tone(1.2, 330.0))
            start = time.monotonic()
            for b in range(0, len(parts), 5):  # five 40 ms chunks every 200 ms, ≤ 50 ms late
                due = start + 0.04 * b + (rng.uniform(0, 0.05) if b else 0.0)
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                for chunk in parts[b:b + 5]:
                    engine.speaker.play(chunk, RATE, turn)
            engine.speaker.end_turn(turn)
            await until(lambda: engine.speaker.stats().queued_ms == 0, what=f"turn {turn}")
            if turn == 1:
                learned_from = engine.speaker.stats().underruns
            await asyncio.sleep(0.2)
        assert engine.speaker.stats().underruns == learned_from
    finally:
        await engine.stop()
