"""`kill -9` of the app mid-conversation loses at most the last second of the history.

The app runs as a real subprocess (offscreen Qt, the test run's PulseAudio) against an
emulator in this process, so the test knows exactly what the server said and when. The model
talks unprompted for several seconds; the app is killed with SIGKILL in the middle; the
history database, opened afterwards, must hold every transcript fragment the server sent more
than a second before the kill.
"""

from __future__ import annotations

import signal
import subprocess
import time

from desktop_app.emulator import EmulatorThread
from desktop_app.store import HistoryStore
from tests.support.app_process import app_command, app_env
from tests.support.waiting import wait_until

ANSWER = " ".join(f"sentence number {i} of a long answer." for i in range(12))


def text_sent(emu: EmulatorThread, before: float) -> str:
    """The answer's transcript as the emulator sent it up to `before` (time.monotonic())."""
    return "".join(
        s.message["serverContent"]["outputTranscription"]["text"]
        for s in emu.sent(kind="output_transcription")
        if s.t < before
    )


def test_kill_9_mid_answer_keeps_all_but_the_last_second(tmp_path):
    profile = tmp_path / "profile"
    with EmulatorThread(tls_dir=tmp_path / "tls") as emu:
        app = subprocess.Popen(
            app_command(emu, profile),
            env=app_env(tmp_path / "home"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            wait_until(lambda: any(c.setup for c in emu.connections()), 60, "the app to connect")
            emu.start_model_turn(text=ANSWER)
            # Kill once more than 40 characters went out over a second ago: those must be saved.
            wait_until(
                lambda: len(text_sent(emu, before=time.monotonic() - 1.0)) > 40,
                30,
                "40 characters of the answer sent a second ago",
            )
            killed_at = time.monotonic()
            app.send_signal(signal.SIGKILL)
            app.wait(10)
        finally:
            if app.poll() is None:
                app.kill()
        sent_text = text_sent(emu, before=killed_at - 1.0)

    assert len(sent_text) > 40, "enough of the answer went out before the kill"
    store = HistoryStore(profile / "history")
    try:
        summaries = store.list_conversations()
        assert len(summaries) == 1, summaries
        conversation = store.load_conversation(summaries[0].info.id)
        model_text = "".join(m.text for m in conversation.messages if m.role == "model")
        assert model_text.startswith(sent_text), (model_text, sent_text)
    finally:
        store.close()
