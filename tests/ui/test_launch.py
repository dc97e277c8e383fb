"""Launched as a new user would: `python -m desktop_app --offline --connect` in a real X
window (Xvfb) with real audio devices (PulseAudio), no key anywhere. It must hold a spoken
conversation with the built-in emulator, use mic, speaker and camera, save the history, and
close cleanly on SIGTERM — with no traceback anywhere."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from desktop_app.store import HistoryStore
from tests.media.mediatest import make_video
from tests.support.app_process import wait_for_log_line
from tests.ui.harness import user_env

pytestmark = [pytest.mark.audio, pytest.mark.display]

DEADLINE_S = 30.0


def test_offline_connect_holds_a_conversation_with_no_key(tmp_path, speak):
    clip = make_video(tmp_path / "camera.avi", (640, 480), frames=90)
    home = tmp_path / "home"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--offline",
            "--connect",
            "--video",
            "camera",
            "--camera",
            str(clip),
        ],
        env=user_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = home / "state" / "LiveDesk" / "log" / "livedesk.log"
    try:
        wait_for_log_line(log, "ConnectionState.LIVE", proc, DEADLINE_S)
        for device in ("MIC", "SPEAKER", "CAMERA"):
            wait_for_log_line(log, f"DeviceOpened(kind=<DeviceKind.{device}", proc, DEADLINE_S)
        speak(1.2)
        wait_for_log_line(log, "TurnComplete(", proc, DEADLINE_S)
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=DEADLINE_S)

    text = log.read_text(encoding="utf-8")
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "Traceback" not in text, err + text
    assert " ERROR " not in text
    assert "LiveDesk exits with status 0" in text, "SIGTERM closed it cleanly"
    assert "offline mode: built-in emulator" in text

    with HistoryStore(home / "data" / "LiveDesk") as history:
        [conversation] = history.list_conversations()
        messages = history.load_conversation(conversation.info.id).messages
    roles = [m.role for m in messages]
    assert "user" in roles and "model" in roles, "the spoken conversation was saved"
