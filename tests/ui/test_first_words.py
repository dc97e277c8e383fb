"""What the user says as soon as the window says Live reaches the model.

With mic and speaker in the audio engine's process, a Connect that spawned that process had
the window say Live 0.3–1.1 s before the mic opened, and the first words were lost. Now the
app spawns the engine idle when it starts (media/rig.py `MediaRig.warm`), so Connect only
opens the devices, and the window says Live only once the mic listens (listening.py), for a
Connect that comes before the idle engine is ready (`--connect`, a quick click). Here the
app connects to the emulator through the real SDK, a voiced sound starts in the virtual mic
the moment the window turns Live, and the emulator must have received nearly all of it.
"""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop_app.app import LiveDesk
from desktop_app.live import events as ev
from desktop_app.media.events import DeviceKind, DeviceOpened
from tests.support.signals import RATE, silence, voiced
from tests.ui.harness import emulator_overrides, running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync, pytest.mark.audio]

SPOKEN_S = 0.8
HEARD_AT_LEAST_S = 0.75  # a late paplay delays the sound but loses none of it
FRAME = RATE // 100  # 10 ms
LOUD_RMS = 1000.0  # the voiced sound is ~4000; the idle virtual mic is 0


def loud_seconds(pcm: bytes) -> float:
    """How much of `pcm` (16 kHz mono) is voiced, counted in 10 ms frames."""
    samples = np.frombuffer(pcm[: len(pcm) // (2 * FRAME) * 2 * FRAME], np.int16)
    frames = samples.reshape(-1, FRAME).astype(np.float64)
    rms = np.sqrt(np.mean(frames**2, axis=1)) if len(frames) else np.zeros(0)
    return float(np.count_nonzero(rms > LOUD_RMS)) / 100


def overrides(emulator):
    # No echo canceller or noise suppressor: what is measured is what the mic missed.
    return emulator_overrides(emulator, headphones=True, noise_suppression=False)


async def connect_and_speak_at_live(desk: LiveDesk, qtbot, emulator, play_into_mic) -> None:
    """Clicks Connect, starts speaking when the window turns Live, and checks the emulator
    received what was said."""
    window = desk.window
    speech = np.frombuffer(voiced(SPOKEN_S) + silence(0.5), np.int16)
    times: dict[str, float] = {}
    players: list = []

    def on_event(event: object) -> None:  # connected after the window's own handler
        if window.state is ev.ConnectionState.LIVE and "live" not in times:
            times["live"] = time.monotonic()
            players.append(play_into_mic(speech, RATE))
        if isinstance(event, DeviceOpened) and event.kind is DeviceKind.MIC:
            times.setdefault("mic", time.monotonic())

    desk.bridge.event.connect(on_event)
    qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
    await until(lambda: "live" in times, what="the window saying Live")
    await until(lambda: "mic" in times, what="the microphone open")
    gap = times["mic"] - times["live"]
    print(f"mic open {gap:+.3f} s after the window said Live")
    await until(lambda: players[0].poll() is not None, what="the speech played")
    heard = [0.0]
    conn = emulator.connections()[-1].id  # this app's (the emulator serves the whole module)

    def enough() -> bool:
        heard[0] = loud_seconds(emulator.received_audio(conn))
        return heard[0] >= HEARD_AT_LEAST_S

    try:
        await until(enough, timeout=5.0, what="the speech at the emulator")
    except AssertionError:
        raise AssertionError(
            f"the emulator received {heard[0]:.2f} s of the {SPOKEN_S} s spoken when the"
            f" window said Live (the mic opened {gap:+.3f} s after Live)") from None
    print(f"heard {heard[0]:.2f} s of {SPOKEN_S} s")
    assert heard[0] <= SPOKEN_S + 0.1, "only what was spoken, once"


async def test_words_spoken_at_live_reach_the_model_on_a_connect_at_launch(
    qtbot, emulator, tmp_path, play_into_mic
):
    """Connect at once, as `--connect` does: the idle engine is not ready yet."""
    async with running_app(tmp_path, overrides(emulator)) as desk:
        await connect_and_speak_at_live(desk, qtbot, emulator, play_into_mic)


async def test_connect_opens_the_devices_in_the_engine_spawned_ahead(
    qtbot, emulator, tmp_path, play_into_mic
):
    """Connect once the engine spawned at launch waits idle: that process opens the mic."""
    async with running_app(tmp_path, overrides(emulator)) as desk:
        idle_pid = await until(lambda: desk.devices.warmed, what="an idle audio engine")
        assert desk.devices.engine is None, "no device is open before Connect"
        await connect_and_speak_at_live(desk, qtbot, emulator, play_into_mic)
        assert desk.devices.engine is not None and desk.devices.engine.pid == idle_pid
