"""Keyboard and controls of the real window: push to talk with a held key, mute, shortcuts,
the video source switch, and colours that follow the palette (light or dark)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.live import events as ev
from desktop_app.settings import Settings
from desktop_app.store import Message
from desktop_app.ui.main_window import MainWindow
from tests.media.mediatest import make_video
from tests.ui.harness import emulator_overrides, running_app, until

qasync_test = pytest.mark.qasync


def received_kinds(emulator, conn: int) -> list[str]:
    return [r.kind for r in emulator.received(conn=conn) if r.kind.startswith("activity")]


@pytest.mark.asyncio
@qasync_test
async def test_holding_space_is_push_to_talk_but_not_while_typing(qtbot, emulator, tmp_path):
    overrides = emulator_overrides(emulator, push_to_talk=True)
    async with running_app(tmp_path, overrides) as desk:
        window = desk.window
        with qtbot.waitActive(window):
            window.activateWindow()
        assert window.talk_button.isVisible()
        qtbot.keyClick(window, Qt.Key.Key_F5)  # F5 connects
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        conn = emulator.connections()[-1]
        detection = conn.setup["realtimeInputConfig"]["automaticActivityDetection"]
        assert detection["disabled"] is True
        assert "hold Space" in window.status.text

        window.conversation.setFocus()
        qtbot.keyPress(window.conversation, Qt.Key.Key_Space)
        repeat = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", True
        )  # what holding the key sends, again and again
        QApplication.sendEvent(window.conversation, repeat)
        assert window.talk_button.isDown() and "talking" in window.status.text
        await until(lambda: received_kinds(emulator, conn.id) == ["activity_start"])
        qtbot.keyRelease(window.conversation, Qt.Key.Key_Space)
        await until(
            lambda: received_kinds(emulator, conn.id) == ["activity_start", "activity_end"],
            what="one start and one end, however long the key was held",
        )

        window.text.setFocus()
        qtbot.keyClicks(window.text, "a b")
        assert window.text.text() == "a b", "Space types a space in the message box"
        assert received_kinds(emulator, conn.id) == ["activity_start", "activity_end"]


@pytest.mark.asyncio
@qasync_test
async def test_mute_shortcut_and_video_switch(qtbot, emulator, tmp_path):
    async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
        window = desk.window
        with qtbot.waitActive(window):
            window.activateWindow()
        muted: list[bool] = []
        window.mute_changed.connect(muted.append)
        qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
        assert muted == [True] and window.mute_button.isChecked()
        assert desk.devices.muted
        assert window.act_mute.text().replace("&", "") == "Unmute microphone"
        qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
        assert muted == [True, False] and not desk.devices.muted

        assert window.monitor.isHidden(), "the monitor picker only matters for the screen"
        chosen: list[tuple[str, int]] = []
        window.video_source_chosen.connect(lambda s, m: chosen.append((s, m)))
        index = window.video_source.findData("screen")
        window.video_source.setCurrentIndex(index)
        window.video_source.activated.emit(index)
        assert chosen == [("screen", 1)] and not window.monitor.isHidden()
        assert desk.settings.video_source == "screen"


def test_colours_follow_the_palette(qtbot):
    window = MainWindow(Settings(video_source="none"))
    qtbot.addWidget(window)
    dark = QPalette(QApplication.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.AlternateBase, "#2b2c30"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
    ):
        dark.setColor(role, QColor(colour))
    window.setPalette(dark)
    window.conversation.show_message("c1", Message(1, "user", 0.0, 0.0, text="hello", ended_at=0.0))
    entry = window.conversation.entries()[0]
    assert entry.palette().color(entry.backgroundRole()) == QColor("#2b2c30")
    window.mic_meter.set_level(0.5)
    image = window.mic_meter.grab().toImage()
    filled = image.pixelColor(4, image.height() // 2)
    assert filled == QColor("#8ab4f8"), "the meter is drawn in the palette's highlight"


def test_f1_lists_the_shortcuts(qtbot):
    window = MainWindow(Settings(video_source="none"))
    qtbot.addWidget(window)
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"F5", "F6", "Shift+F5", "Ctrl+M", "Ctrl+,", "Ctrl+L", "Ctrl+H"} <= shortcuts


def test_end_works_in_every_state_of_a_conversation(qtbot):
    window = MainWindow(Settings(video_source="none"))
    qtbot.addWidget(window)
    ended: list[bool] = []
    window.end_requested.connect(lambda: ended.append(True))
    for state in ev.ConnectionState:
        window.handle(ev.StateChanged(state))
        over = state in (ev.ConnectionState.IDLE, ev.ConnectionState.CLOSED)
        assert window.act_end.isEnabled() is not over, state
    window.handle(ev.StateChanged(ev.ConnectionState.FAILED, "Server closed the connection"))
    window.act_end.trigger()
    assert ended == [True], "after a failure, End is there to leave it behind"


@pytest.mark.asyncio
@qasync_test
async def test_started_minimized_the_model_sees_and_no_preview_is_made(qtbot, emulator, tmp_path):
    """`--minimized --connect`: a conversation while the user works elsewhere. Frames go to
    the model; none is made into a preview for a window nobody sees, until it is restored."""
    clip = make_video(tmp_path / "camera.avi", (320, 240), frames=60)
    overrides = emulator_overrides(emulator, video_source="camera", camera=str(clip))
    async with running_app(tmp_path, overrides, connect=True, minimized=True) as desk:
        window = desk.window
        assert window.isMinimized()
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        conn = emulator.connections()[-1].id
        await until(lambda: len(emulator.received("video", conn)) >= 2, what="frames for the model")
        assert desk.devices.video.previews.peek() is None and window.video.frames_shown == 0
        window.showNormal()
        await until(lambda: window.video.frames_shown > 2, what="the preview once restored")


@pytest.mark.asyncio
@qasync_test
async def test_the_video_switch_starts_and_stops_what_the_model_sees(qtbot, emulator, tmp_path):
    clip = make_video(tmp_path / "camera.avi", (320, 240), frames=60)
    # The mic's audio is the test's clock: it streams all the time (no quiet gate).
    overrides = emulator_overrides(emulator, video_source="camera", camera=str(clip),
                                   quiet_gate=False)
    async with running_app(tmp_path, overrides) as desk:
        window = desk.window
        assert "starts when you connect" in window.video.placeholder
        qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.state is ev.ConnectionState.LIVE)
        conn = emulator.connections()[-1].id
        await until(lambda: window.video.frames_shown > 5, what="the camera preview")
        await until(lambda: emulator.received("video", conn), what="a frame for the model")
        assert emulator.received("video", conn)[0].mime_type == "image/jpeg"

        index = window.video_source.findData("none")
        window.video_source.setCurrentIndex(index)
        window.video_source.activated.emit(index)
        assert window.video.image is None and "Video off" in window.video.placeholder
        await until(lambda: desk.devices.video is None, what="the camera to stop")
        sent, stopped_at = len(emulator.received("video", conn)), time.monotonic()
        # Frames go at most once a second; the microphone keeps streaming. Once its audio
        # from 1.5 s after the stop has arrived, a frame that was still coming would be here.
        await until(
            lambda: any(r.t > stopped_at + 1.5 for r in emulator.received("audio", conn)),
            what="audio sent 1.5 s after the camera stopped",
        )
        assert len(emulator.received("video", conn)) <= sent + 1  # one may have been in flight
        assert window.video.image is None, "no stale frame comes back"
