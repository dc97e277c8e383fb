"""Adaptive video against a fixed frame a second: frames and video tokens per minute, and how
old the model's newest picture is when the user's turn starts and when their speech ends.

Scripted scenes are played through the real capture path (CaptureWorker: preview conversion,
the thumbnail change score, the frame policy, JPEG encoding) with the user's scripted speech
fed to a real UserActivity, as the mic's voice activity would. The scenes run on their own
clock, as fast as the machine renders and encodes them (the capture's `clock`), so a
five-minute script takes seconds and every run gives the same numbers. The baseline is the
same path with `FramePolicyConfig.fixed(1.0)`: a frame every second, as before.

Tokens: each frame costs what its media resolution costs (docs/performance.md): the settings'
"auto" resolution, low (64 tokens) for the camera and medium (256) for a shared screen, for
both policies. The main figures bill every frame sent (the 3.x models' default turn coverage,
the worst case); a second column bills only the frames captured while the user spoke (the
TURN_INCLUDES_ONLY_ACTIVITY coverage, a choice in Settings).

    .venv/bin/python bench/video.py [--scene mixed] [--markdown]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.media.activity import UserActivity
from desktop_app.media.capture import CaptureWorker, SourceError
from desktop_app.media.events import DeviceKind, DeviceProblem
from desktop_app.media.framepolicy import FramePolicyConfig, SendReason
from desktop_app.media.frames import EncodedFrame

TOKENS = {DeviceKind.CAMERA: 64, DeviceKind.SCREEN: 256}  # "auto" media resolution
CAMERA = (640, 480, 30.0)  # width, height, frames a second
SCREEN = (1280, 800, 1.0)  # the app captures a shared screen once a second

Painter = Callable[[float, np.random.Generator], np.ndarray]


# --- the scenes ----------------------------------------------------------------------------


class Noise:
    """Sensor noise (σ = 3 grey levels), drawn once into a bank of frames and added with
    saturation: drawing a million normal samples a frame would make the painting, not the
    capture, the benchmark."""

    def __init__(self, w: int, h: int, frames: int = 12) -> None:
        rng = np.random.default_rng(5)
        bank = rng.normal(0.0, 3.0, (frames, h, w, 3))
        self._up = np.clip(bank, 0, 255).astype(np.uint8)
        self._down = np.clip(-bank, 0, 255).astype(np.uint8)

    def __call__(self, img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        i = int(rng.integers(len(self._up)))
        return cv2.subtract(cv2.add(img, self._up[i]), self._down[i])


def _desk_base(w: int, h: int) -> np.ndarray:
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = np.linspace(70, 150, w).astype(np.uint8)[None, :, None]
    img[int(h * 0.55):, :] = (60, 90, 120)  # the desk top
    cv2.rectangle(img, (int(w * 0.1), int(h * 0.6)), (int(w * 0.35), int(h * 0.8)),
                  (200, 200, 210), -1)  # a notebook
    cv2.circle(img, (int(w * 0.7), int(h * 0.65)), int(h * 0.06), (40, 40, 160), -1)  # a mug
    return img


def still_desk(w: int, h: int) -> Painter:
    """Nothing moves; the sensor adds noise to every frame."""
    base = _desk_base(w, h)
    noise = Noise(w, h)

    def paint(t: float, rng: np.random.Generator) -> np.ndarray:
        return noise(base, rng)

    return paint


def person_talking(w: int, h: int) -> Painter:
    """A head that sways and a mouth that opens and closes, in front of the desk."""
    base = _desk_base(w, h)
    noise = Noise(w, h)

    def paint(t: float, rng: np.random.Generator) -> np.ndarray:
        img = base.copy()
        cx = int(w * 0.5 + 25 * np.sin(2 * np.pi * 0.3 * t))
        cy = int(h * 0.38 + 8 * np.sin(2 * np.pi * 0.5 * t))
        cv2.ellipse(img, (cx, cy), (70, 95), 0, 0, 360, (140, 170, 215), -1)
        mouth = int(4 + 10 * abs(np.sin(2 * np.pi * 2.5 * t)))
        cv2.ellipse(img, (cx, cy + 45), (25, mouth), 0, 0, 360, (60, 50, 120), -1)
        cv2.rectangle(img, (cx - 120, cy + 90), (cx + 120, h), (90, 60, 50), -1)  # shoulders
        return noise(img, rng)

    return paint


TYPED = ("def change_score(before, after):  # how much of the picture moved\n"
         "    diff = cv2.absdiff(before, after)\n"
         "    return np.count_nonzero(diff > PIXEL_DELTA) / diff.size\n") * 4


def typing(w: int, h: int) -> Painter:
    """An editor: ~3 characters a second typed, the caret blinking twice a second."""

    def paint(t: float, rng: np.random.Generator) -> np.ndarray:
        img = np.full((h, w, 3), 248, np.uint8)
        cv2.rectangle(img, (0, 0), (w, 36), (60, 60, 70), -1)  # a title bar
        text = TYPED[:int(t * 3)]
        lines = text.split("\n")
        for row, line in enumerate(lines):
            cv2.putText(img, line, (20, 70 + 22 * row), cv2.FONT_HERSHEY_SIMPLEX, 0.55,
                        (30, 30, 30), 1, cv2.LINE_AA)
        if int(t * 2) % 2 == 0:  # the caret
            (tw, _), _ = cv2.getTextSize(lines[-1], cv2.FONT_HERSHEY_SIMPLEX, 0.55, 1)
            y = 70 + 22 * (len(lines) - 1)
            cv2.line(img, (22 + tw, y - 15), (22 + tw, y + 4), (0, 0, 0), 2)
        return img

    return paint


def slides(w: int, h: int) -> Painter:
    """A deck: a new slide every 20 s (a title, bullets, a chart)."""

    def paint(t: float, rng: np.random.Generator) -> np.ndarray:
        n = int(t // 20)
        colour = ((40 + 50 * n) % 200, (120 + 30 * n) % 200, (200 - 40 * n) % 200)
        img = np.full((h, w, 3), 250, np.uint8)
        cv2.rectangle(img, (0, 0), (w, 120), colour, -1)
        cv2.putText(img, f"Quarterly review, part {n + 1}", (40, 80),
                    cv2.FONT_HERSHEY_SIMPLEX, 1.6, (255, 255, 255), 3)
        for i in range(4):
            cv2.putText(img, f"- point {n}.{i}: what changed and why it matters",
                        (60, 200 + 60 * i), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (40, 40, 40), 2)
        for i in range(5):
            bar = 40 + ((n * 37 + i * 53) % 200)
            cv2.rectangle(img, (700 + 90 * i, 700 - bar), (760 + 90 * i, 700), colour, -1)
        return img

    return paint


@dataclass(frozen=True)
class Segment:
    name: str
    kind: DeviceKind
    painter: Callable[[int, int], Painter]
    seconds: float
    speech: tuple[tuple[float, float], ...]  # (start, end) of the user's speech, in seconds


# Speech starts and ends off the capture's one-second grid, as it does in life.
SCENES: dict[str, list[Segment]] = {
    "still desk": [Segment("still desk", DeviceKind.CAMERA, still_desk, 120.0,
                           ((20.37, 24.81), (70.12, 77.55)))],
    "person talking": [Segment("person talking", DeviceKind.CAMERA, person_talking, 120.0,
                               ((2.21, 12.64), (16.05, 30.43), (36.77, 58.19), (64.52, 80.08),
                                (88.33, 110.71)))],
    "screen, typing": [Segment("screen, typing", DeviceKind.SCREEN, typing, 120.0,
                               ((30.44, 34.92), (90.61, 96.27)))],
    "slide deck": [Segment("slide deck", DeviceKind.SCREEN, slides, 120.0,
                           ((10.58, 15.13), (45.29, 52.86), (101.47, 104.35)))],
}
# Five minutes of a working session: a question about the desk, a screen of code being
# written, a deck talked through, a short face-to-face exchange, the desk again.
SCENES["mixed"] = [
    Segment("still desk", DeviceKind.CAMERA, still_desk, 60.0, ((20.37, 25.12),)),
    Segment("screen, typing", DeviceKind.SCREEN, typing, 60.0, ((40.44, 46.71),)),
    Segment("slide deck", DeviceKind.SCREEN, slides, 90.0, ((10.58, 14.26), (45.29, 50.83),
                                                             (70.91, 78.47))),
    Segment("person talking", DeviceKind.CAMERA, person_talking, 30.0, ((3.16, 12.62),
                                                                         (16.48, 27.35))),
    Segment("still desk", DeviceKind.CAMERA, still_desk, 60.0, ((30.73, 33.54),)),
]


# --- playing a segment through the capture path --------------------------------------------


class ScriptedSource:
    """A FrameSource that paints a segment frame by frame on its own clock, and speaks the
    script's speech into `activity` as its clock passes each start and end.

    It captures when the app's source would: a camera at its frame rate; a screen once a
    second and, when `nudged` (adaptive video: a turn start wakes the capture), also the
    moment the user starts speaking."""

    def __init__(self, segment: Segment, activity: UserActivity, *, nudged: bool) -> None:
        w, h, fps = CAMERA if segment.kind is DeviceKind.CAMERA else SCREEN
        self.kind = segment.kind
        self.name = segment.name
        self._paint = segment.painter(w, h)
        times = {i / fps for i in range(int(segment.seconds * fps))}
        if nudged and segment.kind is DeviceKind.SCREEN:
            times |= {start for start, _ in segment.speech}
        self.times = sorted(times)
        self._speech = segment.speech
        self._activity = activity
        self._index = 0
        self._rng = np.random.default_rng(13)
        self.now = 0.0
        self.done = threading.Event()

    def open(self) -> str:
        return f"{self.name}, {len(self.times)} frames"

    def read(self, every: float) -> np.ndarray:
        if self._index >= len(self.times):
            self.done.set()
            raise SourceError(DeviceProblem.LOST, "end of the script")
        self.now = self.times[self._index]
        self._index += 1
        speaking = any(start <= self.now < end for start, end in self._speech)
        if speaking != self._activity.sample()[0]:
            self._activity.voice(speaking)
        return self._paint(self.now, self._rng)

    def pace(self) -> None:
        return None  # read() is the clock

    def close(self) -> None:
        pass


class Sent:
    """Stands in for the worker's latest-frame slot: keeps every frame the policy sent."""

    def __init__(self) -> None:
        self.frames: list[EncodedFrame] = []

    def put(self, frame: EncodedFrame) -> None:
        self.frames.append(frame)

    def peek(self) -> EncodedFrame | None:
        return self.frames[-1] if self.frames else None


@dataclass
class Result:
    seconds: float = 0.0
    frames: int = 0
    tokens: int = 0
    activity_tokens: int = 0  # of frames captured while the user spoke
    turn_start_waits: list[float] = field(default_factory=list)  # start → next capture
    age_at_turn_start: list[float] = field(default_factory=list)
    age_at_speech_end: list[float] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, other: Result) -> None:
        self.seconds += other.seconds
        self.frames += other.frames
        self.tokens += other.tokens
        self.activity_tokens += other.activity_tokens
        self.turn_start_waits += other.turn_start_waits
        self.age_at_turn_start += other.age_at_turn_start
        self.age_at_speech_end += other.age_at_speech_end
        for reason, count in other.reasons.items():
            self.reasons[reason] = self.reasons.get(reason, 0) + count


def play(segment: Segment, policy: FramePolicyConfig, *, adaptive: bool) -> Result:
    activity = UserActivity(clock=lambda: source.now)  # turn starts on the script's clock
    source = ScriptedSource(segment, activity, nudged=adaptive)
    worker = CaptureWorker(source, policy=policy, activity=activity, clock=lambda: source.now)
    sent = Sent()
    worker.jpegs = sent  # type: ignore[assignment]
    worker.start()
    source.done.wait()
    while worker.running:
        time.sleep(0.01)
    times = [f.captured_at for f in sent.frames]
    spoken = sum(any(a <= t < b for a, b in segment.speech) for t in times)
    result = Result(seconds=segment.seconds, frames=len(times),
                    tokens=len(times) * TOKENS[segment.kind],
                    activity_tokens=spoken * TOKENS[segment.kind])
    for start, end in segment.speech:
        # The turn starts at `start`; the capture acts on its first frame from then on
        # (a camera's next frame, a screen's capture at once or on its next second).
        first = min(t for t in source.times if t >= start - 1e-9)
        result.turn_start_waits.append(first - start)
        result.age_at_turn_start.append(first - max(t for t in times if t <= first + 1e-9))
        result.age_at_speech_end.append(end - max(t for t in times if t <= end + 1e-9))
    for frame in sent.frames:
        reason = frame.reason.value if isinstance(frame.reason, SendReason) else "?"
        result.reasons[reason] = result.reasons.get(reason, 0) + 1
    return result


def run(scene: str, policy: FramePolicyConfig, *, adaptive: bool) -> Result:
    total = Result()
    for segment in SCENES[scene]:
        total.add(play(segment, policy, adaptive=adaptive))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scene", choices=[*SCENES, "all"], default="all")
    parser.add_argument("--still-interval", type=float, default=10.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # each script ends as a "lost" source
    adaptive = FramePolicyConfig(still_interval_s=args.still_interval)
    fixed = FramePolicyConfig.fixed(1.0)
    scenes = list(SCENES) if args.scene == "all" else [args.scene]
    print("| scene | length | frames/min adaptive / fixed 1 fps | video tokens/min adaptive /"
          " fixed | tokens saved | tokens/min billed with only-activity coverage, adaptive / fixed "
          "| newest frame's age at turn start, max (turn start → "
          "capture, max) | at speech end, median / max | adaptive frames by reason |")
    print("|---|---|---|---|---|---|---|---|---|")
    for scene in scenes:
        started = time.perf_counter()
        a, f = run(scene, adaptive, adaptive=True), run(scene, fixed, adaptive=False)
        per_min = 60.0 / a.seconds
        saved = 1 - a.tokens / f.tokens
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(a.reasons.items()))
        print(f"| {scene} | {a.seconds:.0f} s | {a.frames * per_min:.1f} / "
              f"{f.frames * per_min:.1f} | {a.tokens * per_min:,.0f} / {f.tokens * per_min:,.0f} "
              f"| {saved:.0%} | {a.activity_tokens * per_min:,.0f} / "
              f"{f.activity_tokens * per_min:,.0f} "
              f"| {max(a.age_at_turn_start):.2f} s "
              f"({max(a.turn_start_waits) * 1000:.0f} ms); "
              f"fixed: {max(f.age_at_turn_start):.2f} s ({max(f.turn_start_waits) * 1000:.0f} ms) "
              f"| {statistics.median(a.age_at_speech_end):.2f} / "
              f"{max(a.age_at_speech_end):.2f} s; fixed: "
              f"{statistics.median(f.age_at_speech_end):.2f} / "
              f"{max(f.age_at_speech_end):.2f} s | {reasons} |", flush=True)
        print(f"<!-- {scene}: {time.perf_counter() - started:.1f} s to run -->", file=sys.stderr)


if __name__ == "__main__":
    main()
