"""Speaking to the real window through the virtual microphone (PulseAudio), hearing the answer
on the virtual speaker, and talking over the model: the window shows both sides live and marks
the interrupted answer. Needs the services `./scripts/run-tests` starts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from desktop_app.live import events as ev
from tests.ui.harness import emulator_overrides, running_app, until

SPEECH = re.compile(r"\(\d+\.\d s of speech\)")  # the emulator's whole "transcript"
pytestmark = [pytest.mark.audio, pytest.mark.asyncio, pytest.mark.qasync]


async def test_speak_and_see_both_sides_of_the_conversation_grow(qtbot, emulator, tmp_path, speak):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        await until(lambda: desk.devices.running and desk.devices.mic is not None)
        conn = emulator.connections()[-1].id

        mic_levels: list[float] = []
        model_levels: list[float] = []
        shown: list[str] = []  # every state of the model's message the window displayed
        heard: list[str] = []  # and of the user's
        desk.bridge.message.connect(lambda _c, m: m.role == "model" and shown.append(m.text))
        desk.bridge.message.connect(lambda _c, m: m.role == "user" and heard.append(m.text))
        speak(1.2)
        await until(
            lambda: (
                mic_levels.append(window.mic_meter.value)
                or any(SPEECH.fullmatch(t) for t in window.conversation.texts("user"))
            ),
            what="the user's words, as the server transcribed them",
        )
        assert len({t for t in heard if t}) >= 2, "the user's words grew as they were heard"
        assert max(mic_levels) > 0.5, "the mic meter moved while the user spoke"

        await until(
            lambda: (
                model_levels.append(window.model_meter.value)
                or emulator.sent(conn=conn, kind="turn_complete")
            ),
            what="the spoken answer",
        )
        said = "".join(
            s.message["serverContent"]["outputTranscription"]["text"]
            for s in emulator.sent(conn=conn, kind="output_transcription")
        )
        await until(lambda: window.conversation.texts("model") == [said], what=said)
        assert len({t for t in shown if t}) >= 2, "the answer grew fragment by fragment"
        await until(
            lambda: model_levels.append(window.model_meter.value) or max(model_levels) > 0.3,
            what="the model meter to move while the answer plays",
        )


async def test_talking_over_the_model_interrupts_it(qtbot, emulator, tmp_path, speak):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        await until(lambda: desk.devices.running)
        emulator.start_model_turn(text="Here is a rather long story about a lighthouse. " * 6)
        await until(lambda: window.conversation.texts("model"), what="the model to speak")
        model = next(e for e in window.conversation.entries() if e.message.role == "model")
        assert model.tag.text() == "— speaking…"

        speak(0.8)
        await until(lambda: model.message.interrupted, what="the interruption")
        assert model.tag.text() == "— interrupted"
        assert model.text.startswith("Here"), "what was said before the interruption stays"
        await until(lambda: window.conversation.texts("user"), what="the words that interrupted")
