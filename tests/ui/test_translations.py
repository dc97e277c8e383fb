"""The interface in the user's language: every visible string goes through Qt's translation,
every translation file is complete and matches the code, placeholders survive translation,
and a translation loads by the setting (the model's language following it).

The `.ts` sources are checked against the code by running lupdate on copies: a string added
to the code shows as unfinished, one removed as obsolete. scripts/update-translations is how
they are refreshed; docs/translations.md says how a new string gets translated.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.live.config import build_setup, spoken_language
from desktop_app.settings import FOLLOW_INTERFACE, Settings
from desktop_app.ui import i18n
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop_app" / "ui"
LANGUAGES = ("fr", "de", "es", "pt", "ja", "hi")
# Calls that put text on screen (or in a screen reader's ear).
_SHOWN = {
    "setText",
    "setToolTip",
    "setPlaceholderText",
    "setWindowTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "setSuffix",
    "setSpecialValueText",
    "addItem",
    "addRow",
    "addTab",
    "addMenu",
    "addButton",
    "show_notice",
    "show_placeholder",
    "show_problem",
    "describe",
    "information",
    "warning",
    "question",
    "critical",
    "about",
    "getOpenFileName",
    "getSaveFileName",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QAction",
    "QGroupBox",
    "LevelMeter",
}
# Names and symbols that read the same in every language.
_SAME_EVERYWHERE = {
    "LiveDesk",
    "Gemini",
    "✕",
    "English",
    "Google Search",
    "v1beta",
    "v1alpha",
    "v1",
}


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def _literal_text(node: ast.expr) -> str | None:
    """The words of a string literal or f-string shown as is (None: not a bare literal)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return None
    words = re.sub(r"<[^>]*>", "", text).strip(" .:—·")
    if not any(c.isalpha() for c in words) or words in _SAME_EVERYWHERE:
        return None
    return text


def _is_log(func: ast.expr) -> bool:
    """`log.warning(...)`: the log is for developers, in English."""
    return isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in {"log", "logger"}


def bare_strings(path: Path) -> list[str]:
    """Literals handed straight to something that shows them, not through tr()."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in _SHOWN or _is_log(func):
            continue
        args = node.args[1:] if name == "show_problem" else node.args  # (source key, text)
        for arg in [*args, *(k.value for k in node.keywords if k.arg == "placeholder")]:
            for inner in ast.walk(arg):
                if isinstance(inner, ast.Call):
                    break  # inside tr(...), translate(...), .format(...): checked there
                text = _literal_text(inner) if isinstance(inner, ast.expr) else None
                if text is not None and inner is arg:
                    found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


def test_every_visible_string_goes_through_tr():
    found = [line for path in sorted(UI.rglob("*.py")) for line in bare_strings(path)]
    assert found == []


def test_the_check_finds_a_bare_string(tmp_path):
    """The test above can fail: a label made from a bare literal is caught."""
    sample = tmp_path / "sample.py"
    sample.write_text('label = QLabel("Hello there", self)\nok = QLabel(self.tr("Hi"))\n')
    assert bare_strings(sample) == ["sample.py:1: 'Hello there'"]


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> list[Path]:
    """The committed .ts files after lupdate over today's code, obsolete entries kept."""
    folder = tmp_path_factory.mktemp("ts")
    copies = [Path(shutil.copy(ts, folder / ts.name)) for ts in tool.ts_files()]
    tool.lupdate(copies, drop_obsolete=False)
    return copies


def test_there_is_a_translation_for_each_language():
    assert sorted(p.stem.removeprefix("livedesk_") for p in tool.ts_files()) == sorted(LANGUAGES)
    assert set(i18n.LANGUAGES) == set(LANGUAGES)


def test_every_string_is_translated_and_none_is_obsolete(refreshed):
    found = [line for ts in refreshed for line in tool.problems(ts)]
    assert found == [], "run scripts/update-translations, then translate (docs/translations.md)"


def test_the_check_finds_what_is_wrong(tmp_path):
    ts = tmp_path / "livedesk_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>C</name>"
        "<message><source>Hello {name}</source><translation>Bonjour {nom}</translation></message>"
        "<message><source>Open %1</source><translation>Ouvrir</translation></message>"
        '<message><source>New</source><translation type="unfinished"></translation></message>'
        '<message><source>Old</source><translation type="vanished">Vieux</translation></message>'
        '<message numerus="yes"><source>%n items</source><translation>'
        "<numerusform>%n élément</numerusform><numerusform>éléments</numerusform>"
        "</translation></message>"
        "<message><source>Fine {x}</source><translation>Bien {x}</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    found = tool.problems(ts)
    assert len(found) == 5, found
    assert any("'Hello {name}'" in line and "placeholders" in line for line in found)
    assert any("'Open %1'" in line for line in found)
    assert any("'New'" in line and "not translated" in line for line in found)
    assert any("'Old'" in line and "obsolete" in line for line in found)
    assert any("'%n items'" in line for line in found)


@pytest.fixture
def french(tmp_path, monkeypatch):
    """The interface in French, compiled from the sources at startup as a checkout does."""
    monkeypatch.setenv("LIVEDESK_TRANSLATIONS_CACHE", str(tmp_path / "qm"))
    assert i18n.install("fr") == "fr"
    yield
    i18n.install(i18n.SOURCE)


def test_the_setting_loads_a_translation(qtbot, french, tmp_path):
    assert (tmp_path / "qm" / "livedesk_fr.qm").is_file(), "compiled into the cache"
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.act_connect.text() == "&Connecter"
    assert window.send.accessibleName() == "Envoyer"
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(0) == "Connexion"
    assert dialog.ui_language.currentData() == "system"


def test_the_model_speaks_the_interface_language_by_default(french):
    assert Settings().language == FOLLOW_INTERFACE
    assert spoken_language(Settings()) == "fr-FR"
    setup = build_setup(Settings(model="gemini-3.8-live"))
    assert "(fr-FR)" in str(setup.config.system_instruction)
    assert spoken_language(Settings(language="de-DE")) == "de-DE", "a chosen language wins"
    assert spoken_language(Settings(language="")) == "", "automatic stays automatic"


def test_english_leaves_the_language_to_the_model():
    i18n.install(i18n.SOURCE)
    assert spoken_language(Settings()) == ""


def test_a_missing_language_falls_back_to_english():
    assert i18n.choose_language("xx", {"fr"}) == "en"
    assert i18n.choose_language("fr", {"fr"}) == "fr"
    assert QApplication.instance() is not None
