"""The level meters and the window's poll do no work while nothing moves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPaintEvent

from desktop_app.live import events as ev
from desktop_app.media.sample import MediaSample
from desktop_app.settings import Settings
from desktop_app.ui.main_window import IDLE_AFTER_POLLS, IDLE_POLL_MS, POLL_MS, MainWindow
from desktop_app.ui.meters import LevelMeter


class Paints(QObject):
    """Records the region of every paint event a widget gets."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.rects = []
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.rects.append(event.rect())
        return False


def test_a_meter_repaints_only_the_stretch_that_moved(qtbot) -> None:
    meter = LevelMeter("Microphone")
    qtbot.addWidget(meter)
    meter.resize(400, 24)
    meter.show()
    qtbot.waitExposed(meter)
    qtbot.wait(100)  # the first full paint is over
    paints = Paints(meter)
    assert meter.set_level(0.1)  # -20 dBFS: two thirds of the bar
    qtbot.waitUntil(lambda: len(paints.rects) == 1)
    rect = paints.rects[-1]
    assert rect.left() <= 2 and 260 <= rect.right() <= 275 and rect.width() < 280
    assert meter.set_level(0.2)  # -14 dBFS: a little further
    qtbot.waitUntil(lambda: len(paints.rects) == 2)
    rect = paints.rects[-1]
    assert 255 <= rect.left() <= 270 and rect.right() <= 310
    assert not meter.set_level(0.2)  # the same level: nothing to repaint
    assert not meter.set_level(0.2001)
    assert meter.set_level(0.0)  # back to empty, even from a small step
    qtbot.wait(50)
    assert len(paints.rects) == 3


def test_the_poll_slows_down_when_nothing_moves_and_stops_when_nothing_runs(qtbot) -> None:
    level = {"mic": 0.0}
    polls = []

    def probe(_box: tuple[int, int]) -> MediaSample:
        polls.append(1)
        return MediaSample(mic_level=level["mic"])

    window = MainWindow(Settings(video_source="none"), probe=probe)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window._poll.isActive())  # idle, nothing shown: no polling
    settled = len(polls)
    qtbot.wait(150)
    assert len(polls) == settled

    window.handle(ev.StateChanged(ev.ConnectionState.LIVE))
    assert window._poll.isActive() and window._poll.interval() == POLL_MS
    qtbot.waitUntil(lambda: window._poll.interval() == IDLE_POLL_MS,
                    timeout=IDLE_AFTER_POLLS * POLL_MS * 4)
    assert window._poll.isActive()  # listening: still polled, less often
    level["mic"] = 0.3  # the user speaks
    qtbot.waitUntil(lambda: window.mic_meter.value > 0, timeout=IDLE_POLL_MS * 4)
    assert window._poll.interval() == POLL_MS
