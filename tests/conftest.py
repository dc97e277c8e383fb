"""Test-wide set-up: offscreen Qt, no proxy for loopback, and a qasync loop for Qt tests.

Tests marked `qasync` run their coroutine on a `qasync.QEventLoop`, the loop the app uses,
so asyncio code and Qt widgets interleave exactly as in the real window. Other async tests
get pytest-asyncio's plain loop.
"""

from __future__ import annotations

import asyncio
import gc
import os
import secrets
import subprocess
from pathlib import Path

import numpy as np
import pytest

from desktop_app.emulator.quirks import SEED_VARIABLE
from desktop_app.ui.collector import collect_due

DEFAULT_SEED = 20261206

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
os.environ.setdefault("no_proxy", "127.0.0.1,localhost")


def pytest_configure(config):
    config.addinivalue_line("markers", "qasync: run the async test on a qasync.QEventLoop")
    # One seed for every emulator in the run, so one line replays any failure
    # (docs/live-service-quirks.md). The default is fixed, so the suite (and CI) rolls the
    # service's dice the same way every run; LIVEDESK_EMULATOR_SEED=random explores others.
    if os.environ.get(SEED_VARIABLE) == "random":
        os.environ[SEED_VARIABLE] = str(secrets.randbelow(2**32))
    os.environ.setdefault(SEED_VARIABLE, str(DEFAULT_SEED))


def _seed_line() -> str:
    seed = os.environ[SEED_VARIABLE]
    return f"emulator seed {seed} (replay: {SEED_VARIABLE}={seed} ./scripts/run-tests ...)"


def pytest_report_header(config):
    return _seed_line()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Every failure says the seed, even under -q (which hides the header)."""
    report = yield
    if report.failed:
        report.sections.append(("emulator", _seed_line()))
    return report


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_main_thread():
    """As in the app (desktop_app/ui/collector.py): no automatic collection, which would run
    in whichever thread allocates (an audio callback, the emulator's) and destroy Qt objects
    there; the test thread collects what is due between tests instead."""
    thresholds = gc.get_threshold()
    gc.disable()
    yield thresholds
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test(_collect_on_the_main_thread):
    yield
    collect_due(_collect_on_the_main_thread)


@pytest.fixture(autouse=True)
def _needs_services(request: pytest.FixtureRequest) -> None:
    """Tests marked `audio`/`display` need the PulseAudio server and Xvfb display that
    ./scripts/run-tests starts; under it they always run, under plain pytest they skip."""
    if request.node.get_closest_marker("audio") and not os.environ.get("PULSE_SERVER"):
        pytest.skip("needs the PulseAudio server ./scripts/run-tests starts")
    if request.node.get_closest_marker("display") and not os.environ.get("LIVEDESK_X_DISPLAY"):
        pytest.skip("needs the Xvfb display ./scripts/run-tests starts")


@pytest.fixture
def play_into_mic(tmp_path: Path):
    """Plays samples into the virtual mic (vmic → vmic_src, the app's microphone) with paplay,
    in the background; returns the paplay process."""
    from tests.media.mediatest import write_wav

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


def pytest_asyncio_loop_factories(config, item):
    if item.get_closest_marker("qasync") is None:
        return {"asyncio": asyncio.new_event_loop}
    import qasync
    from PySide6.QtWidgets import QApplication

    return {"qasync": lambda: qasync.QEventLoop(QApplication.instance() or QApplication([]))}
