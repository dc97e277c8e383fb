"""Real-time soak: the whole app through an hour of conversation at real speed.

The same conversation as the soak test (`tests/soak/scenario.py`: spoken questions answered
with some 24 transcript fragments, a tool call every 10th turn, a goAway every 25th, a
dropped connection every 40th, a camera playing a file), but at `REAL_TIME` pace: each answer
is as long as its text takes to say (~8 s) and the user talks 2 s before each, so an hour
holds some 350 turns and 16,000 fragments (the user's words included), as a busy real one
would. Every `--every` minutes it prints one row of what the app reports about itself
(`--diagnostics`): resident memory, CPU (% of one core over the interval), threads, Python
and Qt objects, transcript fragments and turns so far; at the end, the growth of each from
the first row after warm-up to the last.
Goal (issue 14): RSS growth ≤ 10 MB per hour, CPU flat.

Run by hand, inside the test suite's PulseAudio and Xvfb (the app plays and records):

    bench/with-services.sh .venv/bin/python bench/soak.py --minutes 60 --keep /tmp/soak-run

`--pace accelerated` runs the soak test's pace instead (a check of the bench itself).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from tests.soak.scenario import ACCELERATED, REAL_TIME, WARM_UP_TURNS, SoakRun

PACES = {"real": REAL_TIME, "accelerated": ACCELERATED}
HEADER = (
    f"{'elapsed':>8} {'RSS MB':>8} {'CPU %':>6} {'threads':>7} {'Py objs':>9} "
    f"{'Qt objs':>8} {'fragments':>9} {'turns':>6}"
)


def fragments(sample: dict[str, Any]) -> int:
    events = sample["events"]
    return events.get("InputTranscript", 0) + events.get("OutputTranscript", 0)


def row(sample: dict[str, Any], previous: dict[str, Any] | None, start: float) -> str:
    """One line of the table: `sample` against the row before it (CPU is over the interval)."""
    if previous is None or sample["t"] <= previous["t"]:
        cpu = "-"
    else:
        share = (sample["cpu_s"] - previous["cpu_s"]) / (sample["t"] - previous["t"])
        cpu = f"{100 * share:.1f}"
    minutes, seconds = divmod(round(sample["t"] - start), 60)
    return (
        f"{minutes:>5}:{seconds:02} {sample['rss_mb']:>8.1f} {cpu:>6} {sample['threads']:>7} "
        f"{sample['py_objects']:>9} {sample['qt_objects']:>8} {fragments(sample):>9} "
        f"{sample['events'].get('TurnComplete', 0):>6}"
    )


class Table:
    """Prints a row whenever the app's samples reach the next multiple of `every_s` after
    the start of the conversation; each row is the first sample at or past its time."""

    def __init__(self, run: SoakRun, every_s: float) -> None:
        self.run = run
        self.every_s = every_s
        self.rows: list[dict[str, Any]] = []
        self.start: float | None = None

    def due(self, *, final: bool = False) -> None:
        """Print the rows now due; `final` adds the newest sample as the last row."""
        samples = self.run.samples()
        if self.start is None:
            self.start = samples[-1]["t"]
            self._print(samples[-1])
        for sample in samples:
            if sample["t"] >= self.start + len(self.rows) * self.every_s:
                self._print(sample)
        if final and samples[-1]["t"] > self.rows[-1]["t"]:
            self._print(samples[-1])

    def _print(self, sample: dict[str, Any]) -> None:
        assert self.start is not None
        previous = self.rows[-1] if self.rows else None
        self.rows.append(sample)
        print(row(sample, previous, self.start), flush=True)


def growth_line(first: dict[str, Any], last: dict[str, Any], start: float) -> str:
    """What grew between two samples, RSS also per hour."""
    hours = max(last["t"] - first["t"], 1.0) / 3600
    rss = last["rss_mb"] - first["rss_mb"]
    return (
        f"from {(first['t'] - start) / 60:.1f} to {(last['t'] - start) / 60:.1f} min: "
        f"RSS {rss:+.1f} MB ({rss / hours:+.1f} MB per hour), Python objects "
        f"{last['py_objects'] - first['py_objects']:+d}, Qt objects "
        f"{last['qt_objects'] - first['qt_objects']:+d}, threads "
        f"{first['threads']} → {last['threads']}"
    )


def summary(rows: list[dict[str, Any]], run: SoakRun) -> str:
    """Growth from the first row after the start to the end; growth once the live views hold
    all the rows they keep (until then the window grows by design); the counts."""
    start, last = rows[0]["t"], rows[-1]
    lines = [growth_line(rows[min(1, len(rows) - 1)], last, start)]
    full = [s for s in run.samples() if s["events"].get("TurnComplete", 0) >= WARM_UP_TURNS]
    if full:
        lines.append(f"views full (turn {WARM_UP_TURNS}) " + growth_line(full[0], last, start))
    else:
        lines.append(f"the views never filled: fewer than {WARM_UP_TURNS} turns")
    return "\n".join([*lines, str(run.counts())])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0, help="length of the run")
    parser.add_argument("--every", type=float, default=5.0, help="minutes between rows")
    parser.add_argument("--pace", choices=sorted(PACES), default="real")
    parser.add_argument(
        "--keep", type=Path, help="keep the run's files here (diagnostics.jsonl, app stderr)"
    )
    args = parser.parse_args()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    with SoakRun(PACES[args.pace], workdir=args.keep) as run:
        print(HEADER, flush=True)
        table = Table(run, args.every * 60)
        table.due()
        end = time.monotonic() + args.minutes * 60

        def finished() -> bool:
            table.due()
            return time.monotonic() >= end

        run.converse(until=finished)
        table.due(final=True)
        print(summary(table.rows, run), flush=True)
        status = run.stop()
    print(f"the app exited with status {status}", flush=True)
    return 0 if status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
