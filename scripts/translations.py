"""The interface's translations: refresh the `.ts` sources from the code, check them, compile.

    python scripts/translations.py update     # lupdate over desktop_app/ui, then report
    python scripts/translations.py check      # report only; exit status 1 on a problem
    python scripts/translations.py compile DIR  # lrelease every .ts into DIR (packaging)

`scripts/update-translations` runs `update`. A problem is a message with no translation
(new in the code), one the code no longer has (obsolete), or a translation whose
placeholders (`{name}`, `%1`, `%n`) differ from its source's: `.format(name=...)` would raise
or show a wrong value. docs/translations.md says how a new string gets translated.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop_app" / "ui"
TS_DIR = UI / "translations"
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%[0-9]+|%n|%L[0-9]+")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    state: str  # "" (finished), "unfinished", "obsolete" or "vanished"


TOOLS = ROOT / "desktop_app" / "tools"  # the tools' labels, marked with QT_TRANSLATE_NOOP


def sources() -> list[Path]:
    files = [*UI.rglob("*.py"), *TOOLS.glob("*.py")]
    return sorted(p for p in files if p.name != "__init__.py")


def tool(name: str) -> str:
    """A Qt tool beside this interpreter (the venv's pyside6-NAME), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"pyside6-{name} not found (it comes with PySide6)")
    return found


def lupdate(ts_files: list[Path], *, drop_obsolete: bool = True) -> None:
    """Bring the `.ts` files up to date with the code. Locations are left out, so moving a
    line does not touch every translation file (and merges stay small)."""
    args = [tool("lupdate"), *map(str, sources()), "-locations", "none", "-silent"]
    if drop_obsolete:
        args.append("-no-obsolete")
    subprocess.run([*args, "-ts", *map(str, ts_files)], check=True)


def entries(ts: Path) -> list[Entry]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            state = node.get("type", "") if node is not None else "unfinished"
            forms = node.findall("numerusform") if node is not None else []
            texts = (
                tuple(f.text or "" for f in forms)
                if forms
                else ((node.text or "",) if node is not None else ("",))
            )
            found.append(Entry(name, message.findtext("source", ""), texts, state))
    return found


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def problems(ts: Path) -> list[str]:
    """What is wrong with one translation file, one line per message."""
    found = []
    for entry in entries(ts):
        where = f"{ts.name}: [{entry.context}] {entry.source!r}"
        if entry.state in ("obsolete", "vanished"):
            found.append(f"{where}: no longer in the code (obsolete)")
        elif entry.state == "unfinished" or not all(t.strip() for t in entry.translations):
            found.append(f"{where}: not translated")
        else:
            want = placeholders(entry.source)
            for text in entry.translations:
                if placeholders(text) != want:
                    found.append(
                        f"{where}: placeholders {sorted(placeholders(text))} in {text!r},"
                        f" the source has {sorted(want)}"
                    )
    return found


def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob("livedesk_*.ts"))


def compile_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in ts_files():
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def report() -> int:
    found = [line for ts in ts_files() for line in problems(ts)]
    for line in found:
        print(line)
    total = sum(len(entries(ts)) for ts in ts_files())
    print(f"{len(ts_files())} languages, {total} messages, {len(found)} to fix", file=sys.stderr)
    return 1 if found else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        lupdate(ts_files())
        return report()
    if command == "check":
        return report()
    if command == "compile" and len(argv) == 2:
        for qm in compile_all(Path(argv[1])):
            print(qm)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
