"""Real audio and display for the media tests.

`./scripts/run-tests` starts a private PulseAudio server (vspk = the app's speaker, vmic_src =
the app's mic, fed by playing into vmic) and an Xvfb display. Tests marked `audio` or `display`
skip only when those are absent (plain `pytest`); under run-tests they always run.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import numpy as np
import pytest

from tests.media.mediatest import Recorder, write_wav


@pytest.fixture(autouse=True)
def _needs_services(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("audio") and not os.environ.get("PULSE_SERVER"):
        pytest.skip("needs the PulseAudio server ./scripts/run-tests starts")
    if request.node.get_closest_marker("display") and not os.environ.get("LIVEDESK_X_DISPLAY"):
        pytest.skip("needs the Xvfb display ./scripts/run-tests starts")


@pytest.fixture
def speaker_recorder():
    """Records what the app's speaker (vspk) plays, at 24 kHz."""
    recorders: list[Recorder] = []

    def start(rate: int = 24000) -> Recorder:
        rec = Recorder("vspk.monitor", rate)
        recorders.append(rec)
        return rec

    yield start
    for rec in recorders:
        if rec._proc.poll() is None:
            rec.stop()


@pytest.fixture
def play_into_mic(tmp_path: Path):
    """Plays samples into the virtual mic (vmic → vmic_src) with paplay, in the background."""
    procs: list[subprocess.Popen[bytes]] = []

    def play(samples: np.ndarray, rate: int) -> subprocess.Popen[bytes]:
        path = write_wav(tmp_path / f"speech{len(procs)}.wav", samples, rate)
        proc = subprocess.Popen(["paplay", "-d", "vmic", "--latency-msec=20", str(path)])
        procs.append(proc)
        return proc

    yield play
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(5)
