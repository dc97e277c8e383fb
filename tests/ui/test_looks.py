"""The windows look like the system: light or dark as it is, in its palette's colours only.

No colour is written into desktop_app/ui (no "#rrggbb", rgb(), QColor(literal), Qt's named
colours or style sheets): everything is a palette role, so a light, dark or high-contrast
system palette is followed, and the pairs of roles the UI puts text on keep their contrast.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.settings import Settings
from desktop_app.store import Conversation, ConversationInfo, Message
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.transcript import TranscriptView
from tests.support.palettes import DARK, dark_palette

UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"
_HEX = re.compile(r"(?<![\w&])#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3}(?:[0-9a-fA-F]{2})?)?\b")
_FUNCTION = re.compile(r"\b(?:rgba?|hsla?)\s*\(", re.IGNORECASE)
_NAMED = re.compile(
    r"\b(?:background-)?colou?r\s*:\s*(?:red|green|blue|black|white|gray|grey|yellow|orange)\b",
    re.IGNORECASE,
)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def fixed_colours(path: Path) -> list[str]:
    """Colour literals in a module's code (docstrings and comments are prose, not looks)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    prose = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose:
            text = node.value
            if _HEX.search(text) or _FUNCTION.search(text) or _NAMED.search(text):
                found.append(f"{where}: {text!r}")
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            name = name or getattr(node.func, "id", "")
            if name == "QColor" and node.args:
                found.append(f"{where}: QColor(…) with a fixed value")
            elif name in {"setStyleSheet", "fromRgb", "fromRgbF", "fromHsv", "fromHsl"}:
                found.append(f"{where}: {name}(…)")
        elif isinstance(node, ast.Attribute) and node.attr == "GlobalColor":
            found.append(f"{where}: Qt.GlobalColor")
    return found


def test_no_fixed_colour_in_the_ui():
    found = [line for path in sorted(UI.rglob("*.py")) for line in fixed_colours(path)]
    assert found == [], "use palette roles (QPalette.ColorRole) instead"


@pytest.mark.parametrize(
    "code",
    [
        'label.setText("<span style=\\"color:#ff0000\\">x</span>")',
        'widget.setStyleSheet("QLabel { padding: 2px }")',
        "pen = QColor(200, 0, 0)",
        "html = f\"<p style='background-color: rgb(1, 2, 3)'>{x}</p>\"",
        "brush = Qt.GlobalColor.red",
        'css = "color: white"',
    ],
)
def test_the_check_finds_a_fixed_colour(tmp_path, code):
    sample = tmp_path / "sample.py"
    sample.write_text(f'"""A #123456 docstring is prose."""\n{code}\n# a #abcdef comment\n')
    assert len(fixed_colours(sample)) == 1, code


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def linear(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# The text-on-background pairs of roles the UI draws (conversation entries, banner, failed
# tool calls, the meters, the video preview's words) and the contrast each needs (WCAG AA:
# 4.5 for text, 3 for the muted grey of tags and placeholders, which is secondary text).
_PAIRS = [
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window, 4.5),
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Base, 4.5),
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.AlternateBase, 4.5),
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Button, 4.5),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase, 4.5),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base, 4.5),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base, 3.0),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight, 3.0),  # a meter's label
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_role_pairs_the_ui_uses_keep_their_contrast(qtbot, scheme):
    palette = QApplication.palette() if scheme == "light" else dark_palette()
    weak = [
        f"{text.name} on {back.name}: {_contrast(palette.color(text), palette.color(back)):.1f}"
        for text, back, needed in _PAIRS
        if _contrast(palette.color(text), palette.color(back)) < needed
    ]
    assert weak == []


def _conversation() -> Conversation:
    info = ConversationInfo(id="c1", title="Hello", started_at=0.0, ended_at=1.0)
    return Conversation(info, (Message(1, "user", 0.0, 1.0, text="hello", ended_at=1.0),))


def test_a_new_palette_recolours_what_is_shown(qtbot):
    """A system switching from light to dark gives the widgets a new palette: the window's
    entries take it at once, and the history's transcript renders itself again in it."""
    window = MainWindow(Settings(video_source="none"))
    qtbot.addWidget(window)
    window.conversation.show_message("c1", Message(1, "user", 0.0, 0.0, text="hi", ended_at=0.0))
    transcript = TranscriptView()
    qtbot.addWidget(transcript)
    transcript.show_conversation(_conversation())
    dark = dark_palette(QApplication.palette())
    window.setPalette(dark)
    transcript.setPalette(dark)
    entry = window.conversation.entries()[0]
    alternate = DARK[QPalette.ColorRole.AlternateBase]
    assert entry.palette().color(entry.backgroundRole()) == QColor(alternate)
    assert alternate in transcript.toHtml().lower(), "the transcript is drawn in the new colours"
    assert transcript.texts("user") == ["hello"]


def test_a_meters_label_stays_readable_over_its_bar(qtbot):
    """Over the filled part the label is drawn in HighlightedText, the colour the palette
    pairs with the bar's Highlight (Text on a light blue bar was unreadable in dark)."""
    window = MainWindow(Settings(video_source="none"))
    qtbot.addWidget(window)
    window.setPalette(dark_palette(QApplication.palette()))
    meter = window.model_meter
    meter.resize(300, meter.sizeHint().height())
    meter.set_level(1.0)  # a full bar: all the label is over it
    image = meter.grab().toImage()
    pixels = [image.pixelColor(x, y) for x in range(6, 60) for y in range(2, image.height() - 2)]
    bar = QColor(DARK[QPalette.ColorRole.Highlight]).lightness()
    assert min(p.lightness() for p in pixels) < 80, "dark letters (HighlightedText) on the bar"
    assert max(p.lightness() for p in pixels) <= bar + 2, "no light letters (Text) on it"
