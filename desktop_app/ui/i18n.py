"""The interface's language: which translation to load, and where its compiled file is.

Translations are Qt's own: `translations/livedesk_<lang>.ts` in this package are the sources
(`scripts/update-translations` refreshes them from the code with lupdate; docs/translations.md
says how a new string gets translated), compiled to `.qm` by lrelease. A bundle carries the
compiled files (packaging/ compiles them at build time); a checkout or an installed package
compiles the sources at startup into the user's cache, once, and again only when a source is
newer than its compiled file. Without lrelease (or without sources) the interface stays in
English, the language of the code.

The `ui_language` setting chooses: "system" (the default) takes the first of the system's
preferred languages that LiveDesk speaks, else English; a code ("fr") forces one. Qt's own
texts (standard buttons like Cancel, Yes, Apply) come from Qt's translations of the same
language, where this Qt has them.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.settings import APP_NAME, set_interface_language

log = logging.getLogger(__name__)

SOURCE = "en"  # the language the code is written in; it needs no translation
# The languages LiveDesk speaks, each named in itself (as language pickers do).
LANGUAGES = {
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "pt": "Português",
    "ja": "日本語",
    "hi": "हिन्दी",
}
SOURCES_DIR = Path(__file__).resolve().parent / "translations"
_installed: list[QTranslator] = []


def interface_languages() -> list[tuple[str, str]]:
    """(name, code) for the interface-language picker: English, then the translations."""
    return [("English", SOURCE), *((name, code) for code, name in LANGUAGES.items())]


def qm_name(language: str) -> str:
    return f"livedesk_{language}.qm"


def bundled_dir() -> Path | None:
    """Where a PyInstaller bundle keeps the compiled translations (built by packaging/)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "translations" if bundle else None


def cache_dir() -> Path:
    override = os.environ.get("LIVEDESK_TRANSLATIONS_CACHE")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations"


def lrelease() -> str | None:
    """Qt's translation compiler: the one inside PySide6 (wheels ship it), else on PATH."""
    try:
        import PySide6

        inside = Path(PySide6.__file__).resolve().parent / (
            "lrelease.exe" if sys.platform == "win32" else "lrelease"
        )
        if inside.is_file():
            return str(inside)
    except ImportError:  # pragma: no cover - PySide6 is what runs this module
        pass
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(out: Path, sources: Path = SOURCES_DIR) -> list[Path]:
    """Compile every `livedesk_*.ts` in `sources` whose `.qm` in `out` is missing or older.
    Returns the compiled files present in `out` afterwards. Never raises: a missing tool or
    a broken source leaves that language in English and says so in the log."""
    tool = lrelease()
    present: list[Path] = []
    for ts in sorted(sources.glob("livedesk_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        fresh = qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime
        if not fresh and tool is not None:
            try:
                out.mkdir(parents=True, exist_ok=True)
                subprocess.run(
                    [tool, "-silent", str(ts), "-qm", str(qm)],
                    check=True,
                    capture_output=True,
                    timeout=60,
                )
            except (OSError, subprocess.SubprocessError) as exc:
                log.warning("could not compile %s: %s", ts.name, exc)
        if qm.is_file():
            present.append(qm)
    if tool is None:
        log.info("no lrelease: translations that are not compiled yet stay in English")
    return present


def choose_language(setting: str, available: set[str]) -> str:
    """The language to show: the setting's, else the system's first preferred one that is
    available, else the source language."""
    if setting and setting != "system":
        return setting if setting in available else SOURCE
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code == SOURCE:
            return SOURCE  # the user prefers English to what comes after it
        if code in available:
            return code
    return SOURCE


def install(setting: str = "system") -> str:
    """Load the interface's translation into the running application (replacing one loaded
    before), and make it the model's language where the model follows the interface.
    Returns the language code shown ("en" when nothing was loaded)."""
    app = QCoreApplication.instance()
    if app is None:
        return SOURCE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    folder = bundled_dir()
    if folder is None or not folder.is_dir():
        folder = cache_dir()
        compile_translations(folder)
    available = {
        path.stem.removeprefix("livedesk_") for path in folder.glob("livedesk_*.qm")
    } & set(LANGUAGES)
    language = choose_language(setting, available)
    if language != SOURCE:
        ours = QTranslator(app)
        if ours.load(str(folder / qm_name(language))):
            app.installTranslator(ours)
            _installed.append(ours)
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            locale = QLocale(language)  # "pt" finds Qt's qtbase_pt_BR
            if any(qt.load(locale, "qtbase", "_", where) for where in (qt_dir, str(folder))):
                app.installTranslator(qt)
                _installed.append(qt)
        else:
            log.warning("translation %s would not load; the interface stays in English", language)
            language = SOURCE
    # numbers and dates as the language writes them (English: as the system does)
    QLocale.setDefault(QLocale(language) if language != SOURCE else QLocale.system())
    set_interface_language(language)
    return language
