"""Stages a conversation in the real app and saves a screenshot of its window, mid-answer.

    python -m tests.ui.screenshot docs/screenshot.png      # inside ./scripts/run-tests' services
    python -m tests.ui.screenshot --scale 2 --dark --language fr docs/screenshot-fr-2x.png

`--scale 2` renders at twice the size (QT_SCALE_FACTOR, a high-DPI screen), `--dark` asks Qt
for the dark colour scheme (QStyleHints.setColorScheme) and, where the platform cannot switch
(a bare X server), gives the application a dark palette; `--language fr` shows the interface
in French and stages the conversation in French.

Run under Xvfb (QT_QPA_PLATFORM=xcb, DISPLAY set) with the test PulseAudio server: the app
runs in offline mode with a generated camera clip, a typed question gets an answer, then
speech played into the virtual mic gets a long answer, and the window is captured from the
X server while that answer is being spoken (meters moving, "speaking…" on the answer).
`test_screenshot.py` runs this too, so the picture in the README can always be remade.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.app import Launch, LiveDesk
from desktop_app.live import events as ev
from tests.media.mediatest import write_wav
from tests.support.palettes import dark_palette
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
# The same conversation in the other languages a screenshot is taken in.
SCRIPTS = {
    "": (QUESTION, THOUGHT, FIRST_ANSWER, SECOND_ANSWER),
    "fr": (
        "Salut ! Tu vois mon bureau ?",
        "La caméra montre un bureau ; décrire brièvement ce qu'il y a dessus.",
        "Oui : une tasse, une petite plante et un carnet ouvert sur un bureau en bois, dans "
        "la lumière chaude de l'après-midi.",
        "Bien sûr. Commence par le carnet : note les trois choses à faire aujourd'hui, puis "
        "mets la plus difficile en premier. Je peux chronométrer et te relancer quand la "
        "première sera faite.",
    ),
}


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


def go_dark(app: QApplication) -> None:
    """The dark scheme, as the system would choose it; a dark palette where Qt cannot switch."""
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    if app.palette().color(QPalette.ColorRole.Window).lightness() > 128:
        app.setPalette(dark_palette(app.palette()))


async def stage(out: Path, work: Path, *, dark: bool = False, language: str = "") -> None:
    question, thought, first_answer, second_answer = SCRIPTS[language]
    if dark:
        go_dark(QApplication.instance())
    clip = make_desk_clip(work / "desk.avi")
    overrides = {"video_source": "camera", "camera": str(clip), "voice": "Kore"}
    if language:
        overrides["ui_language"] = language
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

        emulator.script_answer(first_answer)
        emulator.send_raw(
            {"serverContent": {"modelTurn": {"parts": [{"text": thought, "thought": True}]}}}
        )
        QTest.keyClicks(window.text, question)
        QTest.keyClick(window.text, Qt.Key.Key_Return)
        await until(lambda: first_answer in window.conversation.texts("model"), what="answer 1")
        await until(lambda: played_out(desk), what="answer 1 to finish playing")

        step("speaking into the virtual mic")
        emulator.script_answer(second_answer, audio_seconds=12.0)
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
        if shot.isNull() or not window.screen().geometry().contains(window.frameGeometry()):
            shot = window.grab()  # larger than the screen (high DPI): render it in full
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
    parser.add_argument("--scale", type=float, default=0, help="QT_SCALE_FACTOR, e.g. 2")
    parser.add_argument("--dark", action="store_true", help="the dark colour scheme")
    parser.add_argument("--language", default="", choices=sorted(SCRIPTS), help="e.g. fr")
    args = parser.parse_args(argv)
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)  # read when the application starts

    async def staged(out: Path, work: Path) -> None:
        await stage(out, work, dark=args.dark, language=args.language)

    return run_staging(staged, args.out, "livedesk-shot-")


if __name__ == "__main__":
    sys.exit(main())
