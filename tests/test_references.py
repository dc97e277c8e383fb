"""Every file the code and the docs point to is in the repository.

A comment that says "see docs/protocol.md" or a README link to `packaging/README.md` is only
useful if a person who clones the project can open it. This scans the sources, tests,
benchmarks, packaging, scripts, resources, README.md and docs/*.md for references to
repository files and fails on any that does not exist, and on references to documents that
were never part of the repository (design notes kept elsewhere).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCANNED_DIRS = ("desktop_app", "tests", "bench", "packaging", "scripts", "resources")
BINARY = {".png", ".ico", ".icns", ".jpg", ".jpeg", ".wav", ".avi", ".mp4", ".ts", ".qm"}

# A path from the repository's root: `docs/performance.md`, `resources/models.json`,
# `desktop_app/live/session.py`, `tests/ui/harness.py`, `packaging/build-linux.sh`...
# (not preceded by a word character, a dot or a slash, so URLs and longer paths that merely
# contain such a segment are left alone).
TOP_DIRS = (*SCANNED_DIRS, "docs", "requirements", r"\.github", r"\.ci")
ROOT_PATH = re.compile(
    rf"(?<![\w./~-])((?:{'|'.join(TOP_DIRS)})/[\w.*/<>{{}}$-]*[\w*>}}])"
)
# A path inside the app's package, as its own modules name each other: `live/capabilities.py`.
ROOMS = sorted(p.name for p in (ROOT / "desktop_app").iterdir() if p.is_dir() and p.name[0] != "_")
ROOM_PATH = re.compile(rf"(?<![\w./-])((?:{'|'.join(ROOMS)})/[\w/]+\.(?:py|json|md))\b")
# A relative Markdown link target: [text](target), not a URL or an anchor on the same page.
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")
PLACEHOLDER = re.compile(r"[<>{}$]")  # `requirements/<extra>.txt`, `packaging/{name}.py`

# Documents that were never in the repository: a clone cannot follow them. Spelt in pieces
# here and below, so that this file does not cite them itself for a plain `git grep`.
MD = ".md"
OUTSIDE = ("../shared", "shared/" + "docs", "DESIGN" + MD, "live_protocol" + MD, "anchors " + "§")


def scanned_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    chosen = []
    for name in listed:
        top = name.split("/", 1)[0]
        in_docs = re.fullmatch(r"docs/[^/]+\.md", name) is not None
        if top in SCANNED_DIRS or name == "README.md" or in_docs:
            path = ROOT / name
            if path.suffix not in BINARY and path.is_file() and path != Path(__file__).resolve():
                chosen.append(path)
    return chosen


def exists(target: str) -> bool:
    """True when `target` (a path from the root, perhaps a glob) names something here."""
    if "*" in target:
        return any(ROOT.glob(target))
    return (ROOT / target).exists()


def broken_references(path: Path, text: str) -> list[str]:
    """`file:line: reference (why)` for each reference in `text` that leads nowhere."""
    where = path.relative_to(ROOT)
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        for match in ROOT_PATH.finditer(line):
            target = match.group(1)
            if not PLACEHOLDER.search(target) and not exists(target):
                found.append(f"{where}:{number}: {target} (no such file)")
        for match in ROOM_PATH.finditer(line):
            target = match.group(1)
            if not (exists(f"desktop_app/{target}") or exists(f"tests/{target}")):
                found.append(f"{where}:{number}: {target} (not in desktop_app/ or tests/)")
        if path.suffix == ".md":
            for match in MARKDOWN_LINK.finditer(line):
                target = match.group(1).split("#", 1)[0]
                is_url = re.match(r"[a-z][a-z0-9+.-]*:", target) is not None
                if target and not is_url and not (path.parent / target).exists():
                    found.append(f"{where}:{number}: {target} (broken link)")
        for outside in OUTSIDE:
            if outside in line:
                found.append(f"{where}:{number}: {outside} (a document outside the repository)")
    return found


def test_every_referenced_file_exists() -> None:
    files = scanned_files()
    assert len(files) > 200, "the scan found too few files to be looking in the right place"
    broken = [b for path in files for b in broken_references(path, path.read_text("utf-8"))]
    assert not broken, "references to files that are not in the repository:\n" + "\n".join(broken)


@pytest.mark.parametrize(
    "line",
    [
        "# the close codes are in docs/protocoll" + MD,
        "See [the contract](docs/no-such-page" + MD + ").",
        'MODELS = "resources/model.json"',
        "(built by packaging/build-linux2.sh)",
        "as media/pumps.py does",
        "tests/ui/no_such_harness.py",
        "the setup rules (DESIGN" + MD + ")",
        "see ../shared/notes" + MD,
        "live_protocol" + MD + " anchors " + "§ 4",
    ],
)
def test_a_bad_reference_is_caught(line: str) -> None:
    assert broken_references(ROOT / "README.md", line)


@pytest.mark.parametrize(
    "line",
    [
        "see docs/performance.md and resources/models.json.",
        "[quirks](docs/live-service-quirks.md#go-away)",
        "https://github.com/googleapis/python-genai/blob/main/google/genai/live.py",
        "requirements/<extra>.txt",
        "live/capabilities.py decides",
        "tests/ui/*.py",
    ],
)
def test_a_good_reference_passes(line: str) -> None:
    assert broken_references(ROOT / "README.md", line) == []
