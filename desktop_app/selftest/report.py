"""What the self-test prints: one line per check, as soon as it is known.

Lines go out while the test runs (a user watching a stuck test sees where it is stuck), and
each one also goes to the log file, so a windowed build without a console still leaves the
report somewhere a user can send us. `passed` is the exit status: every check that ran
worked; a skipped check (no camera, none requested) does not count against it.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import TextIO

log = logging.getLogger(__name__)

_NAME_WIDTH = 12  # check names are at most this long, so the details line up
_DETAIL_COLUMN = 2 + 8 + 1 + _NAME_WIDTH + 2


class Status(enum.Enum):
    OK = "ok"
    FAIL = "FAIL"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    status: Status
    detail: str


class Report:
    def __init__(self, out: TextIO | None) -> None:
        """`out` is None when the process has no console (a windowed Windows build)."""
        self._out = out
        self.checks: list[Check] = []

    def ok(self, name: str, detail: str) -> None:
        self._add(Check(name, Status.OK, detail))

    def fail(self, name: str, detail: str) -> None:
        self._add(Check(name, Status.FAIL, detail))

    def skip(self, name: str, detail: str) -> None:
        self._add(Check(name, Status.SKIPPED, detail))

    def note(self, text: str) -> None:
        """A line that is not a check: the heading, the summary."""
        self._print(text)

    def ask(self, text: str) -> None:
        """A request to the user, under the details of the checks."""
        self._print(" " * _DETAIL_COLUMN + text)

    def status(self, name: str) -> Status | None:
        """How the check `name` went, if it has run."""
        return next((c.status for c in self.checks if c.name == name), None)

    @property
    def passed(self) -> bool:
        return bool(self.checks) and all(c.status is not Status.FAIL for c in self.checks)

    def summary(self) -> str:
        counts = {s: sum(c.status is s for c in self.checks) for s in Status}
        parts = ", ".join(f"{n} {s.value}" for s, n in counts.items() if n)
        verdict = "passed" if self.passed else "FAILED"
        return f"self-test {verdict}: {parts}"

    def _add(self, check: Check) -> None:
        self.checks.append(check)
        self._print(f"  {check.status.value:<8} {check.name:<{_NAME_WIDTH}}  {check.detail}")

    def _print(self, line: str) -> None:
        log.info("self-test: %s", line.strip())
        if self._out is not None:
            print(line, file=self._out, flush=True)
