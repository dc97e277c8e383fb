"""Measures a built bundle and holds it to the size budget.

    python packaging/bundle_size.py dist/LiveDesk        # prints the size and the biggest parts

Exits 1 when the bundle is over budget, so a dependency that doubles the download fails the
build instead of shipping. The budget is the measured size plus a margin; when a change
really needs more, raise it here and record why in docs/performance.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

MIB = 1024 * 1024
# Linux x86-64, measured 2026-11-27 (docs/performance.md): 345 MiB, then 373 MiB with the
# echo canceller (livekit's WebRTC library, 27 MiB). macOS and Windows wheels differ; their
# bundles are held to the same number until CI has measured them.
BUDGET_MIB = 390
TOP_PARTS = 8


def size_of(path: Path) -> int:
    """Bytes in the files under `path` (symlinks counted once, as links)."""
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def parts(bundle: Path) -> list[tuple[int, str]]:
    """The biggest entries of the bundle's library folder, largest first."""
    inner = next((p for p in (bundle / "_internal", bundle / "Contents" / "Frameworks")
                  if p.is_dir()), bundle)
    return sorted(((size_of(p), p.name) for p in inner.iterdir()), reverse=True)[:TOP_PARTS]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    total = size_of(bundle)
    print(f"{bundle}: {total / MIB:.1f} MiB (budget {BUDGET_MIB} MiB)")
    for size, name in parts(bundle):
        print(f"  {size / MIB:7.1f} MiB  {name}")
    if total > BUDGET_MIB * MIB:
        print(f"over budget by {total / MIB - BUDGET_MIB:.1f} MiB")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
