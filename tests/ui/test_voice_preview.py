"""Voice previews through the real window, the real SDK against the emulator, and the virtual
speaker: Play asks the model once over a short connection of its own, the clip is heard on
the speaker and kept, a second Play costs no connection, Play is refused while the model is
speaking, and offline the emulator's stand-in voice plays and is said to be one."""

from __future__ import annotations

import asyncio
import time
import wave

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop_app.live import events as ev
from tests.media.mediatest import Recorder, segment_match
from tests.ui.harness import emulator_overrides, running_app, until

pytestmark = [pytest.mark.audio, pytest.mark.asyncio, pytest.mark.qasync]
LOUD = 1000


def note(dialog) -> str:
    return dialog.preview_note.text()


def play(qtbot, dialog) -> None:
    assert dialog.play_voice.isEnabled()
    qtbot.mouseClick(dialog.play_voice, Qt.MouseButton.LeftButton)


async def hear(rec: Recorder, since: float) -> None:
    """Until a sound that began after `since` has ended (the clip was played out)."""
    await asyncio.to_thread(rec.wait_for_quiet, since, 0.3, LOUD, 20.0)


def wav_samples(path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        return np.frombuffer(w.readframes(w.getnframes()), np.int16)


async def test_play_asks_once_is_heard_and_the_second_play_is_kept(qtbot, emulator, tmp_path):
    cache = tmp_path / "cache"
    async with running_app(tmp_path, emulator_overrides(emulator), cache_dir=cache) as desk:
        desk.window.act_settings.trigger()
        dialog = desk.window.settings_dialog
        dialog.voice.setCurrentIndex(dialog.voice.findData("Kore"))
        rec = Recorder("vspk.monitor", 24000)
        try:
            before = len(emulator.connections())
            clicked = time.monotonic()
            play(qtbot, dialog)
            await until(lambda: "Asking the model" in note(dialog), what="asking")
            assert not dialog.play_voice.isEnabled(), "one sample at a time"
            await until(lambda: note(dialog) == "That was Kore.", what="the sample played")
            await hear(rec, clicked)

            [asked] = emulator.connections()[before:]
            voice = asked.setup["generationConfig"]["speechConfig"]["voiceConfig"]
            assert voice["prebuiltVoiceConfig"]["voiceName"] == "Kore"
            assert "tools" not in asked.setup, "the sample's own, plain connection"
            asked_for = emulator.received(conn=asked.id)
            [prompt] = [r.payload for r in asked_for if r.kind in ("text", "client_content")]
            assert "introduce yourself" in str(prompt)
            await until(lambda: not emulator.connections()[before].open, what="it to close")
            [kept] = list(cache.iterdir())
            clip = wav_samples(kept)
            assert clip.size > 24000 // 2, "at least half a second of the model's voice"
            score = segment_match(rec.samples(), clip)
            assert score > 0.8, f"the speaker did not play the clip ({score:.2f})"

            again = time.monotonic()
            play(qtbot, dialog)
            await until(lambda: note(dialog) == "That was Kore.", what="the kept sample")
            await hear(rec, again)
            assert len(emulator.connections()) == before + 1, "no second connection"
            assert dialog.play_voice.isEnabled()
        finally:
            heard = rec.stop()
        later = heard[rec.index_of(again) :]
        assert segment_match(later, clip) > 0.8, "the kept clip was heard again"


async def test_play_is_refused_while_the_model_speaks(qtbot, emulator, tmp_path):
    # The mic streams all the time (no quiet gate): a gap in its audio shows it was held.
    overrides = emulator_overrides(emulator, quiet_gate=False)
    async with running_app(tmp_path, overrides, cache_dir=tmp_path / "c") as d:
        window = d.window
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE, what="live")
        conversation = emulator.connections()[-1].id
        window.act_settings.trigger()
        dialog = window.settings_dialog
        emulator.start_model_turn(text="A long answer that takes a few seconds to say. " * 3)
        await until(lambda: emulator.sent(conn=conversation, kind="audio"), what="the answer")
        await until(lambda: d.devices.player and d.devices.player.stats().queued_ms > 0)
        connections = len(emulator.connections())

        play(qtbot, dialog)
        assert note(dialog).startswith("Gemini is speaking in the conversation")
        assert len(emulator.connections()) == connections, "nothing asked"
        assert window.state is ev.ConnectionState.LIVE, "the conversation goes on"

        await until(lambda: emulator.sent(conn=conversation, kind="turn_complete"))
        await until(lambda: d.devices.player.stats().queued_ms == 0, what="the answer played")
        play(qtbot, dialog)  # the model is quiet: now it plays
        seen: dict[str, float] = {}  # each note, when it was first shown

        def done() -> bool:
            seen.setdefault(note(dialog).split(" ")[0], time.monotonic())
            return note(dialog).startswith("That was")

        await until(done, what="the sample")
        assert len(emulator.connections()) == connections + 1
        # The mic was held while the sample played: the model heard none of it as the user,
        # only the digital silence a mute sends to end a turn it may have cut (media/mic.py).
        mic = [r for r in emulator.received(conn=conversation) if r.kind == "audio"]
        assert mic, "the mic sent audio before"
        during = [r.payload for r in mic if seen["Playing"] + 0.5 < r.t < seen["That"] - 0.3]
        assert seen["That"] - seen["Playing"] > 1.5
        assert not any(b"".join(during)), "nothing but silence from the mic meanwhile"
        await until(
            lambda: (
                [r for r in emulator.received(conn=conversation) if r.kind == "audio"][-1].t
                > seen["That"]
            ),
            what="the mic to send again",
        )
        assert window.state is ev.ConnectionState.LIVE
        assert emulator.connections()[-2].open, "the conversation's connection was untouched"


async def test_offline_the_emulator_voice_plays_and_says_it_stands_in(qtbot, tmp_path):
    cache = tmp_path / "cache"
    async with running_app(tmp_path, {"video_source": "none"}, offline=True, cache_dir=cache) as d:
        d.window.act_settings.trigger()
        dialog = d.window.settings_dialog
        rec = Recorder("vspk.monitor", 24000)
        try:
            clicked = time.monotonic()
            play(qtbot, dialog)
            await until(lambda: note(dialog).startswith("That was"), what="the stand-in sample")
            await hear(rec, clicked)
        finally:
            rec.stop()
        assert "stand-in voice" in note(dialog)
        assert len(d.emulator.connections()) == 1, "the built-in emulator answered"
        assert not cache.exists() or not any(cache.iterdir()), "a stand-in is not kept"
