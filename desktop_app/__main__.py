"""`python -m desktop_app`: the command line, then the app."""

from __future__ import annotations

import argparse
import sys

from desktop_app import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="livedesk",
        description="Real-time voice and video conversations with Gemini (Live API).",
    )
    parser.add_argument("--version", action="version", version=f"LiveDesk {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    build_parser().parse_args(argv)
    print("The LiveDesk window is not built yet.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
