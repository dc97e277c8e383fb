"""Stages a conversation in the real app and saves a screenshot of its window, mid-answer.

    python -m tests.ui.screenshot docs/screenshot.png      # inside ./scripts/run-tests' services

Run under Xvfb (QT_QPA_PLATFORM=xcb, DISPLAY set) with the test PulseAudio server: the app
runs in offline mode with a generated camera clip, a typed question gets an answer, then
speech played into the virtual mic gets a long answer, and the window is captured from the
X server while that answer is being spoken (meters moving, "speaking…" on the answer).
`test_screenshot.py` runs this too, so the picture in the README can always be remade.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.app import Launch, LiveDesk
from desktop_app.live import events as ev
from tests.media.mediatest import write_wav
from tests.support.signals import RATE, silence, voiced
from tests.ui.harness import run_staging, until

QUESTION = "Hi! Can you see my desk?"
THOUGHT = "The camera shows a desk; describe what is on it briefly."
FIRST_ANSWER = (
    "Yes: a mug, a small plant and an open notebook on a wooden desk, in warm afternoon light."
)
SECOND_ANSWER = (
    "Sure. Start with the notebook: write the three things you want done today, then put "
    "the hardest one first. I can keep time for you and check in when the first one is done."
)


def make_desk_clip(path: Path, seconds: float = 4.0, fps: int = 15) -> Path:
    """A calm synthetic "webcam" scene (this machine has no camera): a desk with a mug,
    a plant and a notebook, and steam that moves so the preview visibly runs."""
    width, height = 640, 360
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    y = np.linspace(0, 1, height)[:, None]
    wall = np.dstack([170 + 40 * y, 190 + 30 * y, 215 + 20 * y]).astype(np.uint8)  # BGR
    for i in range(int(seconds * fps)):
        img = np.repeat(wall, width, axis=1)
        cv2.rectangle(img, (0, 250), (width, height), (60, 100, 150), -1)  # desk
        cv2.rectangle(img, (380, 215), (560, 262), (240, 240, 235), -1)  # notebook
        cv2.line(img, (470, 215), (470, 262), (180, 180, 175), 2)
        cv2.rectangle(img, (150, 170), (215, 255), (90, 60, 200), -1)  # mug
        cv2.ellipse(img, (222, 205), (18, 24), 0, -90, 90, (90, 60, 200), 6)
        cv2.rectangle(img, (60, 200), (110, 255), (70, 110, 160), -1)  # pot
        for k in range(6):
            angle = -math.pi / 2 + (k - 2.5) * 0.35
            tip = (85 + int(55 * math.cos(angle)), 200 + int(70 * math.sin(angle)))
            cv2.line(img, (85, 200), tip, (60, 150, 60), 7)
        t = i / fps
        for k in range(3):  # steam
            x = 170 + 15 * k + int(6 * math.sin(2 * math.pi * (t + k / 3)))
            cv2.line(img, (x, 160), (x + 4, 120), (235, 235, 240), 3)
        writer.write(img)
    writer.release()
    return path


def speak(seconds: float, directory: Path) -> subprocess.Popen[bytes]:
    pcm = np.frombuffer(voiced(seconds) + silence(1.0), np.int16)
    path = write_wav(directory / "speech.wav", pcm, RATE)
    return subprocess.Popen(["paplay", "-d", "vmic", "--latency-msec=20", str(path)])


def step(text: str) -> None:
    """Progress on stderr: when a run stalls, the test shows where."""
    print(f"screenshot: {text}", file=sys.stderr, flush=True)


def played_out(desk: LiveDesk) -> bool:
    """The model's last answer has ended and the speaker has nothing left of it to play."""
    player = desk.devices.player
    done = all(e.tag.text() == "" for e in desk.window.conversation.entries())
    return done and (player is None or player.stats().queued_ms == 0)


async def stage(out: Path, work: Path) -> None:
    clip = make_desk_clip(work / "desk.avi")
    overrides = {"video_source": "camera", "camera": str(clip), "voice": "Kore"}
    desk = LiveDesk(
        Launch(work / "config", work / "data", overrides=overrides, offline=True, connect=True)
    )
    window = desk.window
    window.resize(1180, 700)
    desk.start()
    emulator = desk.emulator
    try:
        step("connecting")
        await until(lambda: window.state is ev.ConnectionState.LIVE, what="live")
        await until(lambda: window.video.frames_shown > 5, what="the camera preview")
        step("typing a question")

        emulator.script_answer(FIRST_ANSWER)
        emulator.send_raw(
            {"serverContent": {"modelTurn": {"parts": [{"text": THOUGHT, "thought": True}]}}}
        )
        QTest.keyClicks(window.text, QUESTION)
        QTest.keyClick(window.text, Qt.Key.Key_Return)
        await until(lambda: FIRST_ANSWER in window.conversation.texts("model"), what="answer 1")
        await until(lambda: played_out(desk), what="answer 1 to finish playing")

        step("speaking into the virtual mic")
        emulator.script_answer(SECOND_ANSWER, audio_seconds=12.0)
        player = speak(1.4, work)
        await until(
            lambda: any(len(t) > 90 for t in window.conversation.texts("model")[1:]),
            timeout=30,
            what="the second answer, well under way",
        )
        # Paint now, synchronously: the X server has the picture before the grab asks for it.
        # (Never processEvents() inside a coroutine: under qasync it re-enters tasks that are
        # already running.)
        window.repaint()
        step("capturing the window")
        shot = window.screen().grabWindow(window.winId())
        if shot.isNull():
            shot = window.grab()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not shot.save(str(out)):
            raise RuntimeError(f"could not write {out}")
        player.wait(10)
    finally:
        step("closing")
        await desk.shutdown()
        step("closed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    return run_staging(stage, args.out, "livedesk-shot-")


if __name__ == "__main__":
    sys.exit(main())
