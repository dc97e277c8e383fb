"""One long conversation with the whole app, shared by the soak test and `bench/soak.py`.

The app runs as a real subprocess (window offscreen, session, recorder, player, echo
canceller, and a camera playing a video file) against an emulator in this process, which
plays both the model and the user's side: the user "speaks" through `user_spoke` (the
emulator's transcription of it arrives in pieces, as the service's does), the model answers
with a scripted text of some 24 fragments, every tenth question makes the model call a tool
the app answers, and the connection is replaced after a goAway or dropped now and then,
which the app survives by resuming with its handle. The emulator keeps its default quirks
(those of the real service), so the app meets what it would meet in an hour of real use.
The app reports its own health with `--diagnostics` once a second: memory, CPU, threads,
Python and Qt objects, and the events its window received.

The same turns run at two paces: `ACCELERATED` (a twentieth of a second of voice per answer, no
pause: an hour's conversation in under a minute) and `REAL_TIME` (answers as long as their
text takes to say, two seconds of the user talking before each).
"""

from __future__ import annotations

import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop_app.diagnostics import read_samples
from desktop_app.emulator import EmulatorThread
from desktop_app.settings import Settings, save_settings
from desktop_app.ui.rolling import ROWS_KEPT
from tests.media.mediatest import make_video
from tests.support.app_process import app_command, app_env
from tests.support.waiting import wait_until

TOOL = "get_current_time"
# The window's live views keep their newest ROWS_KEPT rows: the conversation view two a turn
# (the user's words, the answer), the translation view, which the window feeds even while it
# is hidden, one pair a turn. Until they are full, memory and Qt objects grow by design.
WARM_UP_TURNS = ROWS_KEPT + 10
CONNECT_TIMEOUT_S = 60.0
EXIT_TIMEOUT_S = 10.0
_QUESTION = (
    "could you tell me what the weather looks like near the harbour this evening and "
    "whether the ferry still runs after nine"
)


@dataclass(frozen=True)
class Pace:
    """How fast the conversation goes; which turns call a tool, replace or drop the
    connection is the same at every pace."""

    answer_seconds: float | None  # the model's voice per answer (None: as long as its text)
    speech_s: float  # the user talks this long before each question is answered
    turn_timeout_s: float  # one answer must have ended within this
    tool_every: int = 10
    go_away_every: int = 25
    drop_every: int = 40

    def ends_connection(self, turn: int) -> bool:
        """Whether the connection is replaced after a goAway, or dropped, before `turn`."""
        return turn % self.go_away_every == 0 or turn % self.drop_every == 0


ACCELERATED = Pace(answer_seconds=0.05, speech_s=0.0, turn_timeout_s=30.0)
REAL_TIME = Pace(answer_seconds=None, speech_s=2.0, turn_timeout_s=90.0)


def question(turn: int) -> str:
    """About ten words, different every turn."""
    words = _QUESTION.split()
    start = turn % len(words)
    return " ".join((words * 2)[start : start + 10]) + f" (question {turn})"


def answer(turn: int) -> str:
    """About 130 characters: some 24 transcript fragments, 8 s of speech at real pace."""
    return (
        f"Answer {turn}. Calm tonight, with a light westerly breeze from the sea. The last "
        "ferry leaves at half past ten from the north pier."
    )


@dataclass(frozen=True)
class Counts:
    """What the app received, by its own tally, plus the frames the emulator got from it."""

    fragments: int  # input and output transcript fragments
    turns: int
    tool_calls: int
    go_aways: int
    reconnects: int
    frames: int


def growth(values: list[float]) -> float:
    """How much a figure rose over samples taken after warm-up: the lowest value of the last
    third minus the lowest of the first. What comes and goes (garbage not yet collected,
    rows awaiting deletion, frames in flight) only ever adds to a sample, so the floor is
    what the app holds, and a leak raises it."""
    if len(values) < 9:
        raise ValueError(f"{len(values)} samples are too few to see a trend")
    third = len(values) // 3
    return min(values[-third:]) - min(values[:third])


class SoakRun:
    """`with SoakRun(ACCELERATED) as run: run.converse(200)` — the app, the emulator, the
    camera file and a private profile, all removed again on exit."""

    def __init__(self, pace: Pace, workdir: Path | None = None) -> None:
        self.pace = pace
        self._scratch = None if workdir else tempfile.TemporaryDirectory(prefix="livedesk-soak-")
        self.workdir = workdir or Path(self._scratch.name)  # type: ignore[union-attr]
        self.diagnostics = self.workdir / "diagnostics.jsonl"
        self.stderr = self.workdir / "app-stderr.txt"
        self.emu = EmulatorThread(tls_dir=self.workdir / "tls")
        self.app: subprocess.Popen[bytes] | None = None
        self.turns_done = 0
        self._conversation_conn: int | None = None

    # ------------------------------------------------------------------ life cycle
    def __enter__(self) -> SoakRun:
        self.emu.start()
        try:
            self._launch()
            self._wait_live(after=0, timeout=CONNECT_TIMEOUT_S)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        self._conversation_conn = self.emu.connections()[-1].id
        if self.pace.answer_seconds is not None:
            self.emu.set_answer_seconds(self.pace.answer_seconds)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self.app is not None and self.app.poll() is None:
                self.app.kill()
                self.app.wait(EXIT_TIMEOUT_S)
        finally:
            self.emu.stop()
            if self._scratch is not None:
                self._scratch.cleanup()

    def _launch(self) -> None:
        home = self.workdir / "home"
        profile = self.workdir / "profile"
        save_settings(Settings(tools=[TOOL]), profile)
        video = make_video(self.workdir / "camera.avi", (320, 240), fps=5, frames=15)
        self.diagnostics.unlink(missing_ok=True)  # a kept directory may hold an older run's
        env = app_env(home, key="soak-test-key")
        command = app_command(self.emu, profile, "--video", "camera", "--camera", str(video),
                              "--diagnostics", str(self.diagnostics))
        with self.stderr.open("wb") as stderr:
            self.app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)

    def stop(self) -> int:
        """Ask the app to quit as the desktop does (SIGTERM); its exit status."""
        assert self.app is not None
        self.app.send_signal(signal.SIGTERM)
        return self.app.wait(EXIT_TIMEOUT_S)

    # ------------------------------------------------------------------ the conversation
    def converse(self, turns: int | None = None, until: Callable[[], bool] | None = None) -> None:
        """Hold turns until `turns` more are done or `until()` says so."""
        target = None if turns is None else self.turns_done + turns
        while (target is None or self.turns_done < target) and not (until and until()):
            self.turn()

    def turn(self) -> None:
        """One question and its answer; before it, a goAway or a dropped connection when the
        turn's number says so."""
        number = self.turns_done + 1
        pace = self.pace
        if number % pace.go_away_every == 0:
            self._replace_connection(lambda: self.emu.go_away(10.0))
        elif number % pace.drop_every == 0:
            # Between turns: the app has read the end of the last one (a drop discards
            # whatever the socket still had to send, which no test of the app is about).
            self.wait_until_app_has(turns=self.turns_done)
            self._replace_connection(self.emu.drop)
        if number % pace.tool_every == 0:
            self.emu.script_tool_call(TOOL)
        self.emu.script_answer(answer(number), heard=question(number))
        self._check_alive()
        if pace.speech_s:  # real-speed pacing (the benchmark's); the test's pace has none
            time.sleep(pace.speech_s)
        self.emu.user_spoke(pace.speech_s or 1.0)
        target = self.turns_done + 1
        self.emu.wait_for(
            lambda: self._model_turns() >= target or self.app.poll() is not None,  # type: ignore[union-attr]
            pace.turn_timeout_s,
        )
        self._check_alive()
        self.turns_done = target

    def _model_turns(self) -> int:
        return self.emu.turn_count(self._conversation_conn)

    def _replace_connection(self, end: Callable[[], None]) -> None:
        newest = self.emu.connections()[-1].id
        end()
        self._wait_live(after=newest, timeout=CONNECT_TIMEOUT_S)

    def _wait_live(self, after: int, timeout: float) -> None:
        """Until a connection newer than `after` has completed its setup (or the app died)."""

        def live() -> bool:
            return self._dead() or any(
                c.id > after and c.open and c.conversation is not None
                for c in self.emu.connections()
            )

        self.emu.wait_for(live, timeout)
        self._check_alive()

    def _dead(self) -> bool:
        return self.app is None or self.app.poll() is not None

    def _check_alive(self) -> None:
        if self._dead():
            assert self.app is not None
            raise AssertionError(
                f"the app died (exit status {self.app.returncode}); its stderr:\n"
                + self.stderr.read_text(errors="replace")[-4000:]
            )

    # ------------------------------------------------------------------ what the app reports
    def samples(self) -> list[dict[str, Any]]:
        return read_samples(self.diagnostics)

    def counts(self) -> Counts:
        """What the app has taken so far, by its newest sample."""
        samples = self.samples()
        events = samples[-1]["events"] if samples else {}
        return Counts(
            fragments=events.get("InputTranscript", 0) + events.get("OutputTranscript", 0),
            turns=events.get("TurnComplete", 0),
            tool_calls=events.get("ToolCall", 0),
            go_aways=events.get("GoAway", 0),
            reconnects=max(0, events.get("SetupComplete", 0) - 1),
            frames=len(self.emu.received("video")),
        )

    def wait_until_app_has(self, turns: int, timeout: float = 15.0) -> Counts:
        """The app's counts once its own tally shows `turns` answers (it may lag the
        emulator by the frames still in flight)."""

        def caught_up() -> Counts | None:
            self._check_alive()
            counts = self.counts()
            return counts if counts.turns >= turns else None

        # The app writes a sample about every second: polling faster only rereads the file.
        return wait_until(caught_up, timeout, f"the app's own tally of {turns} answers", poll=0.2)
