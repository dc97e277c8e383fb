"""Measures a built bundle, package by package, and holds it to the budget the lock sets.

    python packaging/bundle_size.py dist/LiveDesk            # check against the record
    python packaging/bundle_size.py --record dist/LiveDesk   # measure anew (scripts/refresh-lock)

Run it with the interpreter that built the bundle: it reads that environment's package
metadata to tell which package each part of the bundle came from.

The budget is not a number picked once: packaging/bundle-budget.json records, for each
platform and Python version, what every package of the locked versions weighs in the bundle.
A bundle may exceed that record by MARGIN; past that the build fails and names the packages
that grew, with their versions then and now. So a new wheel can never grow the download
unnoticed, and a lock refresh (which re-records) is the deliberate moment to accept it.
"""

from __future__ import annotations

import importlib.metadata
import json
import platform
import sys
from pathlib import Path, PurePosixPath

MIB = 1024 * 1024
RECORD = Path(__file__).resolve().parent / "bundle-budget.json"
# Room for small changes of our own (a module, an icon) between lock refreshes.
MARGIN = 0.03
TOP_PARTS = 8
SMALL_MIB = 1.0


def size_of(path: Path) -> int:
    """Bytes in the files under `path` (symlinks counted once, as links)."""
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def target() -> str:
    """The record's key: bundles differ by platform and by the Python they are built with."""
    major, minor = sys.version_info[:2]
    return f"{sys.platform}-{platform.machine().lower()}-py{major}.{minor}"


def owners() -> dict[str, tuple[str, str]]:
    """Top-level names in site-packages → (distribution, version), from the installed
    packages' file lists (they name their `.libs` folders and extension modules too)."""
    table: dict[str, tuple[str, str]] = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        for file in dist.files or ():
            top = PurePosixPath(file).parts[0]
            if top == ".." or top.endswith((".dist-info", ".egg-info", ".pth")):
                continue
            table.setdefault(top.split(".")[0] if top.endswith((".py", ".so")) else top,
                             (name, dist.version))
    return table


def measure(bundle: Path) -> dict[str, dict[str, float | str]]:
    """{part: {"version": ..., "mib": ...}}: the library folder's entries summed by the
    package they came from; entries no package owns (Python itself, system libraries the
    bundle carries, the launcher) under their own names."""
    inner = next((p for p in (bundle / "_internal", bundle / "Contents" / "Frameworks")
                  if p.is_dir()), bundle)
    table = owners()
    parts: dict[str, dict[str, float | str]] = {}
    for entry in [*inner.iterdir(), *(p for p in bundle.iterdir() if p != inner)]:
        key = entry.name.split(".")[0] if entry.suffix in (".so", ".pyd") else entry.name
        if entry.suffix == ".dist-info":  # a package's metadata, kept for importlib.metadata
            key = _dist_info_owner(entry.name, table)
        name, version = table.get(key, (entry.name, ""))
        part = parts.setdefault(name, {"version": version, "mib": 0.0})
        part["mib"] = float(part["mib"]) + size_of(entry) / MIB
    # System libraries and stubs of a few KiB each would drown the packages in the record.
    small = [n for n, p in parts.items() if not p["version"] and float(p["mib"]) < SMALL_MIB]
    if small:
        parts["(small files)"] = {"version": "",
                                  "mib": sum(float(parts.pop(n)["mib"]) for n in small)}
    return {name: {"version": p["version"], "mib": round(float(p["mib"]), 2)}
            for name, p in sorted(parts.items())}


def _dist_info_owner(folder: str, table: dict[str, tuple[str, str]]) -> str:
    """The top-level name whose package a `name-version.dist-info` folder describes."""
    wanted = folder.removesuffix(".dist-info").rsplit("-", 1)[0].replace("-", "_").lower()
    for top, (name, _) in table.items():
        if name.replace("-", "_").lower() == wanted:
            return top
    return folder


def load_record() -> dict[str, dict]:
    return json.loads(RECORD.read_text()) if RECORD.exists() else {}


def record(bundle: Path) -> dict[str, float | dict]:
    """Measure `bundle` and keep it as this target's budget."""
    parts = measure(bundle)
    entry = {"total_mib": round(sum(float(p["mib"]) for p in parts.values()), 1),
             "parts": parts}
    everything = load_record()
    everything[target()] = entry
    RECORD.write_text(_json(dict(sorted(everything.items()))))
    return entry


def _json(everything: dict[str, dict]) -> str:
    """The record, one part a line, so a lock refresh's diff reads package by package."""
    targets = []
    for key, entry in everything.items():
        parts = ",\n".join(f"   {json.dumps(name)}: {json.dumps(part)}"
                           for name, part in entry["parts"].items())
        targets.append(f' {json.dumps(key)}: {{\n  "total_mib": {entry["total_mib"]},\n'
                       f'  "parts": {{\n{parts}\n  }}\n }}')
    return "{\n" + ",\n".join(targets) + "\n}\n"


def over_budget(bundle: Path) -> str:
    """Why `bundle` is over this target's budget (which packages grew, by how much, and
    their versions then and now), or "" when it is within it."""
    recorded = load_record().get(target())
    if recorded is None:
        return ""
    parts = measure(bundle)
    total = sum(float(p["mib"]) for p in parts.values())
    budget = float(recorded["total_mib"]) * (1 + MARGIN)
    if total <= budget:
        return ""
    was = recorded["parts"]
    growth = []
    for name, now in parts.items():
        then = was.get(name, {"version": "", "mib": 0.0})
        grew = float(now["mib"]) - float(then["mib"])
        if grew > 0.05:
            versions = (f" {then['version'] or 'absent'} → {now['version']}"
                        if then.get("version") != now["version"] else "")
            growth.append((grew, f"  {name}{versions}: +{grew:.1f} MiB"))
    lines = [line for _, line in sorted(growth, reverse=True)]
    return (f"{bundle}: {total:.1f} MiB is over the budget of {budget:.1f} MiB "
            f"({recorded['total_mib']} MiB recorded for {target()} + {MARGIN:.0%}) by "
            f"{total - budget:.1f} MiB. Grown since the record:\n" + "\n".join(lines))


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "--record"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(args[0])
    if "--record" in argv:
        entry = record(bundle)
        print(f"{bundle}: {entry['total_mib']} MiB recorded for {target()} in {RECORD.name}")
        return 0
    parts = measure(bundle)
    recorded = load_record().get(target())
    budget = f"record {recorded['total_mib']} MiB + {MARGIN:.0%}" if recorded else "no record"
    print(f"{bundle}: {sum(float(p['mib']) for p in parts.values()):.1f} MiB ({budget})")
    for name, part in sorted(parts.items(), key=lambda kv: -float(kv[1]["mib"]))[:TOP_PARTS]:
        print(f"  {float(part['mib']):7.1f} MiB  {name} {part['version']}")
    if recorded is None:
        print(f"no budget recorded for {target()}: run with --record to keep one")
    problem = over_budget(bundle)
    if problem:
        print(problem)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
