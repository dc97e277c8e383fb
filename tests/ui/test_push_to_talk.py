"""Push to talk watches the application's events only while it is on: an application-wide
filter is a call into Python for every event of every object, all conversation long."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from desktop_app.settings import Settings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.push_to_talk import HoldToTalk


def test_the_key_filter_is_installed_only_while_push_to_talk_is_on(qtbot, monkeypatch):
    seen: list[QEvent.Type] = []
    original = HoldToTalk.eventFilter

    def counting(self: HoldToTalk, watched: QObject, event: QEvent) -> bool:
        seen.append(event.type())
        return original(self, watched, event)

    monkeypatch.setattr(HoldToTalk, "eventFilter", counting)
    window = MainWindow(Settings(video_source="none"))
    qtbot.addWidget(window)
    probe = QObject()

    def filtered() -> bool:
        seen.clear()
        QApplication.sendEvent(probe, QEvent(QEvent.Type.User))
        return QEvent.Type.User in seen

    assert not filtered(), "voice detection: no filter"
    window.apply_settings(Settings(video_source="none", push_to_talk=True))
    assert filtered() and window.hold.enabled
    window.apply_settings(Settings(video_source="none", push_to_talk=True))
    window.apply_settings(Settings(video_source="none"))
    assert not filtered(), "removed again (and installed once: one removal suffices)"
