"""A dark palette for tests and screenshots on platforms whose Qt cannot be asked for the
dark scheme (QStyleHints.setColorScheme has no effect offscreen or on a bare X server): the
roles the UI uses, in the colours of a typical dark desktop theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#2b2c30",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.ToolTipBase: "#3c4043",
    QPalette.ColorRole.ToolTipText: "#f1f3f4",
    QPalette.ColorRole.Highlight: "#8ab4f8",
    QPalette.ColorRole.HighlightedText: "#202124",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.Light: "#5f6368",
    QPalette.ColorRole.Midlight: "#4a4d51",
    QPalette.ColorRole.Mid: "#3c4043",
    QPalette.ColorRole.Dark: "#0e0f10",
    QPalette.ColorRole.Shadow: "#000000",
}


def dark_palette(base: QPalette | None = None) -> QPalette:
    palette = QPalette(base) if base is not None else QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6f7378")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette
