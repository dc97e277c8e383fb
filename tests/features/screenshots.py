"""Stages the Live API's features in the real app and saves screenshots of its window:

    python -m tests.features.screenshots docs/     # inside ./scripts/run-tests' services

- `tool-call.png`: the model calls local functions (the time, the clipboard); each call is
  shown with the result the app answered, then the model's answer that uses it.
- `translation.png`: a speech translation model; what the speaker said (played into the
  virtual mic) and its translation side by side, the translated voice playing.
- `diagnostics.png`: View → Diagnostics beside the window after a few spoken and typed turns
  (the built-in emulator told to think 0.4 s): each answer's wait, split into arrival and
  playout, the setup time, the tokens by kind and their cost on a model with a known price;
  the status bar's compact figure below.

Run under Xvfb (QT_QPA_PLATFORM=xcb, DISPLAY set) with the test PulseAudio server, in offline
mode (the built-in emulator), with a generated camera clip for the tool-call picture.
`test_screenshots.py` runs it too, so the pictures in docs/ can always be remade.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop_app.app import Launch, LiveDesk
from desktop_app.live import events as ev
from desktop_app.media.events import DeviceKind, DeviceOpened
from tests.media.mediatest import write_wav
from tests.support.signals import RATE, silence, voiced
from tests.ui.harness import run_staging, until
from tests.ui.screenshot import make_desk_clip, played_out

DOCS_URL = "https://ai.google.dev/gemini-api/docs/live"
PHRASES = [
    ("Where is the station, please?", "Où est la gare, s'il vous plaît ?"),
    ("Two tickets to Lyon, returning on Sunday.", "Deux billets pour Lyon, retour dimanche."),
    ("Does the train stop at Dijon?", "Est-ce que le train s'arrête à Dijon ?"),
]


def step(text: str) -> None:
    print(f"screenshots: {text}", file=sys.stderr, flush=True)


async def capture(window: QWidget, out: Path) -> None:
    await asyncio.sleep(0.2)  # let Qt paint (processEvents here would re-enter the loop)
    shot = window.screen().grabWindow(window.winId())
    if shot.isNull():
        shot = window.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not shot.save(str(out)):
        raise RuntimeError(f"could not write {out}")
    step(f"saved {out}")


def open_desk(
    work: Path, name: str, overrides: dict[str, object]
) -> tuple[LiveDesk, set[DeviceKind]]:
    """The app, connecting, and the devices it has opened so far (filled in as they open).

    The window says Live when the session is up, and the devices open beside it: the mic in
    the audio engine's process, ready 0.3–1 s after it is spawned (more on a busy machine),
    often after Live. Speech played before the mic opens is heard by nobody, so a stage
    speaks only once the mic is open, as a user would see in the status bar
    ("Microphone: …")."""
    launch = Launch(
        work / name / "config",
        work / name / "data",
        overrides=overrides,
        connect=True,
        offline=True,
    )
    desk = LiveDesk(launch)
    opened: set[DeviceKind] = set()
    desk.bridge.event.connect(lambda e: isinstance(e, DeviceOpened) and opened.add(e.kind))
    desk.window.resize(1180, 700)
    desk.start()
    return desk, opened


async def type_text(window, text: str) -> None:
    QTest.keyClicks(window.text, text)
    QTest.keyClick(window.text, Qt.Key.Key_Return)


async def stage_tool_call(out: Path, work: Path) -> None:
    clip = make_desk_clip(work / "desk.avi")
    tools = ["get_current_time", "copy_to_clipboard", "open_web_page", "take_screenshot"]
    overrides = {"video_source": "camera", "camera": str(clip), "voice": "Kore", "tools": tools}
    desk, _opened = open_desk(work, "tools", overrides)
    window, emulator = desk.window, desk.emulator
    try:
        step("connecting")
        await until(lambda: window.state is ev.ConnectionState.LIVE, what="live")
        await until(lambda: window.video.frames_shown > 5, what="the camera preview")

        turns: list[ev.TurnComplete] = []  # a question before the end would cut it off
        desk.bridge.event.connect(lambda e: isinstance(e, ev.TurnComplete) and turns.append(e))
        step("asking for the time")
        now = datetime.now().astimezone()
        emulator.script_tool_call("get_current_time")
        first = f"It's {now:%H:%M} on {now:%A} {now.day} {now:%B}."
        emulator.script_answer(first)
        await type_text(window, "What time is it?")
        await until(lambda: turns, what="answer 1, played to its end")

        step("asking for the clipboard")
        emulator.script_tool_call("copy_to_clipboard", {"text": DOCS_URL})
        emulator.script_answer("Done: the Live API docs link is on your clipboard.")
        await type_text(window, "Copy the link to the Live API docs for me.")
        await until(lambda: desk.confirm.box is not None, what="the question to the user")
        desk.confirm.box.yes.click()
        await until(
            lambda: any("clipboard." in t for t in window.conversation.texts("model")),
            what="answer 2",
        )
        await until(lambda: all("→" in t for t in window.conversation.texts("tool")))
        await until(lambda: played_out(desk), what="the answer to finish playing")
        await capture(window, out)
    finally:
        step("closing")
        await desk.shutdown()


def speak(phrases: int, directory: Path, pause: float = 1.6) -> subprocess.Popen[bytes]:
    """Utterances of 1.2 s with pauses long enough to end each turn, into the virtual mic."""
    pcm = b"".join(voiced(1.2) + silence(pause) for _ in range(phrases))
    path = write_wav(directory / "speech.wav", np.frombuffer(pcm, np.int16), RATE)
    return subprocess.Popen(["paplay", "-d", "vmic", "--latency-msec=20", str(path)])


async def stage_translation(out: Path, work: Path) -> None:
    overrides = {
        "model": "gemini-3.5-live-translate-preview",
        "translation_target": "fr-FR",
        "video_source": "none",
        # The user talks while the model translates, and the virtual mic hears no speaker,
        # as with a headset: say so. On speakers with no echo at all to converge on, the
        # echo canceller holds the user's voice down while the model talks, for its first
        # seconds (desktop_app/media/echo.py).
        "headphones": True,
    }
    desk, opened = open_desk(work, "translation", overrides)
    window, emulator = desk.window, desk.emulator
    try:
        step("connecting")
        await until(lambda: window.state is ev.ConnectionState.LIVE, what="live")
        for heard, translated in PHRASES:
            emulator.script_answer(translated, heard=heard, audio_seconds=2.4)
        await until(lambda: DeviceKind.MIC in opened, what="the microphone open")
        step("speaking into the virtual mic")
        player = speak(len(PHRASES), work)
        last = PHRASES[-1][1]
        await until(
            lambda: (
                len(window.translation.rows()) == len(PHRASES)
                and len(window.translation.rows()[-1][1]) > len(last) // 2
            ),
            timeout=40,
            what="the last translation, well under way",
        )
        await capture(window, out)
        player.wait(10)
    finally:
        step("closing")
        await desk.shutdown()


PRICED = "gemini-2.5-flash-native-audio-preview-12-2025"


async def stage_diagnostics(out: Path, work: Path) -> None:
    overrides = {"model": PRICED, "video_source": "none", "voice": "Kore", "headphones": True}
    desk, opened = open_desk(work, "diagnostics", overrides)
    window, emulator = desk.window, desk.emulator
    try:
        step("connecting")
        await until(lambda: window.state is ev.ConnectionState.LIVE, what="live")
        emulator.set_answer_delay(0.4)
        emulator.set_answer_seconds(0.8)

        def heard() -> int:
            return sum(t.answer_s is not None for t in desk.figures.snapshot().latency.turns)

        await until(lambda: DeviceKind.MIC in opened, what="the microphone open")
        step("speaking into the virtual mic")
        player = speak(2, work, pause=3.0)  # each answer ends before the next question
        try:
            await until(lambda: heard() >= 2, timeout=30, what="two spoken answers heard")
        except AssertionError as error:  # once, under load: say what the app had instead
            raise AssertionError(
                f"{error}; turns: {desk.figures.snapshot().latency.turns}; "
                f"user: {window.conversation.texts('user')}; "
                f"model: {window.conversation.texts('model')}"
            ) from None
        player.wait(10)
        for n, question in enumerate(("How long did that take?", "And what did it cost?"), 3):
            await until(lambda: played_out(desk), what="the answer to finish playing")
            step(f"typing {question!r}")
            await type_text(window, question)
            await until(lambda n=n: heard() >= n, what=f"answer {n} heard")
        await until(lambda: played_out(desk), what="the last answer to finish playing")
        await until(lambda: "$" in window.status.usage.text(), what="the cost")
        panel = window.open_diagnostics()
        window.move(0, 0)
        panel.resize(660, 560)
        panel.move(window.frameGeometry().right() - 660, 90)
        await until(
            lambda: panel.windowHandle() is not None and panel.windowHandle().isExposed(),
            what="the panel on the screen",
        )
        await capture_screen_area(window, panel, out)
    finally:
        step("closing")
        emulator.set_answer_delay(0.0)
        await desk.shutdown()


async def capture_screen_area(window: QWidget, panel: QWidget, out: Path) -> None:
    """The window and the panel over it, as one picture of the screen where they are."""
    await asyncio.sleep(0.2)
    area = window.frameGeometry().united(panel.frameGeometry())
    shot = window.screen().grabWindow(0, area.x(), area.y(), area.width(), area.height())
    if shot.isNull():
        raise RuntimeError("the screen could not be grabbed")
    out.parent.mkdir(parents=True, exist_ok=True)
    if not shot.save(str(out)):
        raise RuntimeError(f"could not write {out}")
    step(f"saved {out}")


async def stage(out_dir: Path, work: Path) -> None:
    await stage_tool_call(out_dir / "tool-call.png", work)
    await stage_translation(out_dir / "translation.png", work)
    await stage_diagnostics(out_dir / "diagnostics.png", work)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    return run_staging(stage, args.out_dir, "livedesk-shots-")


if __name__ == "__main__":
    sys.exit(main())
