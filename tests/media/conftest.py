"""Recording the virtual speaker for the media tests (the services and playing into the mic
are fixtures of tests/conftest.py).

`./scripts/run-tests` starts a private PulseAudio server (vspk = the app's speaker, vmic_src =
the app's mic, fed by playing into vmic) and an Xvfb display. Tests marked `audio` or `display`
skip only when those are absent (plain `pytest`); under run-tests they always run.
"""

from __future__ import annotations

import pytest

from tests.media.mediatest import Recorder


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
