"""`python -m desktop_app --self-test` as a user runs it: a subprocess without a display,
real devices on the test run's PulseAudio, the built-in emulator, and the printed report.

The machines differ only in how the microphone is set up: a laptop whose mic hears its own
speaker (the mic is the speaker's monitor), a mic that hears nothing, a user who speaks when
asked, and no sound system at all.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.media.mediatest import make_video
from tests.selftest.harness import (
    DEADLINE_S,
    HEARS_ITSELF,
    PROMPT,
    checks,
    run_self_test,
    self_test_env,
)
from tests.support.signals import RATE, voiced


@pytest.mark.audio
def test_a_machine_whose_mic_hears_its_speaker_passes_every_check(tmp_path):
    clip = make_video(tmp_path / "camera.avi", (640, 480), frames=60)
    done = run_self_test(tmp_path, "--camera", str(clip), **HEARS_ITSELF)
    report = checks(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert {name for name, (status, _) in report.items() if status == "ok"} == {
        "emulator", "audio", "speaker", "microphone", "connect", "echo cancel", "spoken turn",
        "transcript", "model audio", "barge-in", "camera"}
    assert "heard on the default output's monitor" in report["speaker"][1]
    assert "rose from" in report["microphone"][1]
    assert "through the microphone" in report["spoken turn"][1]
    assert "heard on the monitor" in report["model audio"][1]
    assert "JPEGs reached the server" in report["camera"][1]
    assert report["echo cancel"] == ("ok", "WebRTC AEC3 and noise suppression on the microphone")
    assert done.stdout.rstrip().endswith("self-test passed: 11 ok")
    assert "Traceback" not in done.stderr


@pytest.mark.audio
def test_a_mic_that_hears_nothing_fails_and_the_rest_is_still_checked(tmp_path):
    done = run_self_test(tmp_path)  # vmic_src: nothing is played into it
    report = checks(done.stdout)
    assert done.returncode == 1
    status, detail = report["microphone"]
    assert status == "FAIL" and "never moved" in detail and "exactly 0" in detail
    assert PROMPT in done.stdout, "the user was asked to make a sound"
    # Without a mic that hears the speaker, the turn is typed and the barge-in injected.
    assert report["typed turn"][0] == "ok"
    assert "the microphone does not hear the speaker" in report["typed turn"][1]
    assert report["barge-in"][0] == "ok" and "injected" in report["barge-in"][1]
    assert "the monitor fell from" in report["barge-in"][1]
    assert report["camera"][0] == "skipped", "no camera, none requested: not a failure"
    assert done.stdout.rstrip().endswith("self-test FAILED: 9 ok, 1 FAIL, 1 skipped")


@pytest.mark.audio
def test_a_user_who_makes_a_sound_when_asked_passes(tmp_path, play_into_mic):
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--self-test"],
        env=self_test_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    lines = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if PROMPT in line:
                play_into_mic(np.frombuffer(voiced(1.0), np.int16), RATE)
        proc.wait(DEADLINE_S)
    finally:
        if proc.poll() is None:
            proc.kill()
    stdout = "".join(lines)
    report = checks(stdout)
    assert proc.returncode == 0, stdout
    assert report["microphone"][0] == "ok" and "when you made a sound" in report["microphone"][1]
    assert report["typed turn"][0] == "ok"


@pytest.mark.skipif(Path("/dev/snd").exists(), reason="a sound card answers without a server")
def test_without_sound_echo_cancelling_or_the_camera_asked_for_it_says_each(tmp_path):
    done = run_self_test(tmp_path, "--camera", str(tmp_path / "missing.avi"),
                         PULSE_SERVER="unix:/nonexistent/pulse",
                         LIVEKIT_LIB_PATH="/nonexistent/liblivekit_ffi.so")
    report = checks(done.stdout)
    assert done.returncode == 1
    assert report["audio"] == ("FAIL", "PortAudio finds no audio device at all: is a sound "
                               "server running, or is the sound card disabled?")
    assert report["camera"][0] == "FAIL" and "no such video file" in report["camera"][1]
    assert report["echo cancel"][0] == "FAIL" and "would not load" in report["echo cancel"][1]
    # The conversation itself still works, and what needs a speaker says so.
    assert report["connect"][0] == "ok" and report["transcript"][0] == "ok"
    assert report["model audio"] == ("FAIL", "2.0 s arrived, but there is no speaker to play it")
    assert "Traceback" not in done.stderr


def test_the_self_test_never_imports_qt():
    code = (
        "import sys\n"
        "import desktop_app.__main__, desktop_app.selftest.runner\n"
        "import desktop_app.selftest.conversation, desktop_app.selftest.turns\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
