"""Every control a user can reach has a name for assistive technology, in every window.

The names are read the way a screen reader reads them: through Qt's accessibility interface
(`QAccessible.queryAccessibleInterface`), which also falls back on a button's text or a
field's buddy label, so what is checked is what is heard. A control named only by an icon,
a "✕", or a field with no label fails here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop_app.settings import Settings
from desktop_app.store import HistoryStore
from desktop_app.tools.consent import Request
from desktop_app.tools.listing import ToolListing
from desktop_app.ui.confirm import ConfirmDialog
from desktop_app.ui.first_run import FirstRunDialog
from desktop_app.ui.history import HistoryDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings_dialog import DeviceLists, SettingsDialog

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)
TOOLS = [
    ToolListing("get_current_time", "Tell the time", "The time"),
    ToolListing("open_web_page", "Open a web page", "Open a page", asks_first=True),
]
DEVICES = DeviceLists(["Mic A"], ["Speaker A"], ["0"], [("Monitor 1", 1)])


def _inner(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (a combo's line edit and list, a scroll area's
    bars, a spin box's edit, a search field's clear button, a table's headers): the control
    they belong to is what is named."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_") or type(widget).__name__ in {
        "QScrollBar",
        "QComboBoxListView",
        "QComboBoxPrivateContainer",
    }


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets under `root` (itself included) that a screen reader would
    announce without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _inner(widget):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name).strip() if face is not None else ""
        if not name or name in {"✕", "…"}:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def undescribed(root: QWidget) -> list[str]:
    """Interactive widgets with neither an accessible description nor a tooltip."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _inner(widget):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Description).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


@pytest.fixture
def window(qtbot):
    window = MainWindow(Settings(push_to_talk=True), devices=lambda: DEVICES)
    qtbot.addWidget(window)
    window.show_problem("connection", "Something went wrong")  # the banner's buttons too
    window.show()
    return window


def test_every_control_of_the_main_window_is_named_and_described(window):
    assert unnamed(window) == []
    assert undescribed(window) == []
    assert window.talk_button.isVisible(), "push to talk's button is among the controls"


def test_the_connect_and_mute_buttons_say_what_they_do_now(window):
    name = QAccessible.queryAccessibleInterface(window.mute_button).text(QAccessible.Text.Name)
    assert name == "Mute microphone"
    window.act_mute.setChecked(True)
    name = QAccessible.queryAccessibleInterface(window.mute_button).text(QAccessible.Text.Name)
    assert name == "Unmute microphone"
    assert "(Ctrl+M)" in window.mute_button.accessibleDescription()


def test_every_control_of_the_settings_dialog_is_named(qtbot):
    dialog = SettingsDialog(Settings(), DEVICES, TOOLS)
    qtbot.addWidget(dialog)
    for page in range(dialog.tabs.count()):  # every page, as the user tabs through them
        dialog.tabs.setCurrentIndex(page)
        assert unnamed(dialog) == [], dialog.tabs.tabText(page)


def test_the_form_labels_focus_their_fields(qtbot):
    """A row's label is its field's buddy: Alt+its letter focuses the field."""
    dialog = SettingsDialog(Settings(), DEVICES, TOOLS)
    qtbot.addWidget(dialog)
    assert dialog.voice.accessibleName() == "Voice"
    labels = [w for w in dialog.findChildren(QWidget) if type(w).__name__ == "QLabel"]
    assert any(label.buddy() is dialog.model for label in labels)
    assert any(label.buddy() is dialog.voice for label in labels)


def test_the_first_run_dialog_is_named(qtbot):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert unnamed(dialog) == []
    assert undescribed(dialog) == []


def test_the_history_dialog_is_named(qtbot, tmp_path):
    with HistoryStore(tmp_path / "history") as store:
        dialog = HistoryDialog(store)
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == []
        assert undescribed(dialog) == []


def test_the_confirmation_is_named(qtbot):
    request = Request(
        tool="open_web_page",
        question="Open this page?",
        headline="example.org",
        detail="https://example.org/a",
    )
    dialog = ConfirmDialog(request, None, "")
    qtbot.addWidget(dialog)
    assert unnamed(dialog) == []
    assert undescribed(dialog) == []
    assert dialog.windowTitle() == "Gemini asks"


def unreachable(root: QWidget) -> list[str]:
    """Interactive widgets that Tab never stops at."""
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in [root, *root.findChildren(QWidget)]
        if isinstance(w, INTERACTIVE)
        and not _inner(w)
        and not isinstance(w, QTabBar)  # Ctrl+Tab moves between pages
        and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    ]


def test_every_control_is_reachable_by_tab(window, qtbot):
    assert unreachable(window) == []
    dialog = SettingsDialog(Settings(), DEVICES, TOOLS)
    qtbot.addWidget(dialog)
    assert unreachable(dialog) == []
    first_run = FirstRunDialog()
    qtbot.addWidget(first_run)
    assert unreachable(first_run) == []


def test_the_diagnostics_panel_is_named(window, qtbot):
    panel = window.open_diagnostics()
    qtbot.addWidget(panel)
    assert unnamed(panel) == []
    assert undescribed(panel) == []
