"""Signals, analysis and a recorder shared by the media tests (kept out of conftest.py so
test modules can import them by a name no other test directory uses)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np

from desktop_app.media.mic import FrameProcessor
from desktop_app.selftest.signals import similarity
from tests.support.waiting import wait_until


def write_wav(path: Path, samples: np.ndarray, rate: int) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.astype("<i2").tobytes())
    return path


def dominant_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64)))
    return float(np.argmax(spectrum[1:]) + 1) * rate / samples.size


def segment_match(recorded: np.ndarray, reference: np.ndarray, parts: int = 8) -> float:
    """How well `parts` consecutive pieces of `reference` are found in the recording: the
    second-weakest piece's similarity (the self-test's measure, `selftest.signals`). Every
    piece but one must be there; a glitch
    (a device underflow, or the paplay feeding the test stalling on a loaded 2-core machine)
    may spoil one piece without failing the test, and it does not misalign the others."""
    size = reference.size // parts
    scores = sorted(
        similarity(recorded, reference[i * size : (i + 1) * size]) for i in range(parts)
    )
    return scores[1]


class Recorder:
    """Records a PulseAudio source (parec) and remembers when each read arrived, so a sample
    index can be mapped to time.monotonic() (slightly late, never early: conservative)."""

    def __init__(self, source: str, rate: int) -> None:
        self.rate = rate
        self._proc = subprocess.Popen(
            ["parec", "-d", source, "--raw", "--format=s16le", f"--rate={rate}", "--channels=1",
             "--latency-msec=10"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._chunks: list[bytes] = []
        self._arrivals: list[tuple[int, float]] = []  # (samples so far, monotonic)
        self._count = 0
        self._thread = threading.Thread(target=self._pump, daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        assert self._proc.stdout is not None
        while data := self._proc.stdout.read1(4096):
            self._chunks.append(data)
            self._count += len(data) // 2
            self._arrivals.append((self._count, time.monotonic()))

    def samples(self) -> np.ndarray:
        data = b"".join(self._chunks)
        return np.frombuffer(data[: len(data) // 2 * 2], np.int16)

    def time_of(self, index: int) -> float:
        return self._origin() + index / self.rate

    def index_of(self, t: float) -> int:
        return int((t - self._origin()) * self.rate)

    def _origin(self) -> float:
        """time.monotonic() of sample 0: the least-delayed read is the best estimate."""
        return min(t - n / self.rate for n, t in self._arrivals)

    def wait_for_sound(self, threshold: int = 1000, timeout: float = 5.0) -> None:
        """Until the last 100 ms recorded hold a sample louder than `threshold`."""
        wait_until(
            lambda: np.any(np.abs(self.samples()[-self.rate // 10 :].astype(np.int32)) > threshold),
            timeout,
            "sound from the speaker",
        )

    def recorded_until(self) -> float:
        """time.monotonic() of the newest sample recorded so far."""
        return self.time_of(self._count)

    def wait_for_quiet(
        self, after: float, quiet_s: float = 0.2, threshold: int = 1000, timeout: float = 10.0
    ) -> None:
        """Until sound was heard after `after` (time.monotonic()) and then `quiet_s` of
        silence: what was played has ended, and all of it is in the recording."""

        def ended() -> bool:
            x = self.samples()
            start = max(0, self.index_of(after)) if self._arrivals else 0
            loud = np.flatnonzero(np.abs(x[start:].astype(np.int32)) > threshold)
            return loud.size > 0 and x.size - (start + int(loud[-1])) > quiet_s * self.rate

        wait_until(ended, timeout, f"sound, then {quiet_s} s of quiet")

    def stop(self) -> np.ndarray:
        self._proc.terminate()
        self._proc.wait(5)
        self._thread.join(5)
        return self.samples()


def make_video(path: Path, size: tuple[int, int], fps: int = 30, frames: int = 45,
               codec: str = "MJPG") -> Path:
    """A clip that stands in for a camera. "MJPG" is compressed like an MJPEG webcam's
    stream (reading a frame decodes a JPEG); "I420" is uncompressed YUV 4:2:0 like the raw
    frames most webcams deliver at 640×480 (reading one is a colour conversion)."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*codec), fps, size)
    for i in range(frames):
        img = np.zeros((size[1], size[0], 3), np.uint8)
        img[:, :, 2] = 200  # red in BGR
        cv2.putText(img, str(i), (20, size[1] // 2), cv2.FONT_HERSHEY_SIMPLEX, 3, (255, 255, 255),
                    5)
        writer.write(img)
    writer.release()
    return path


class FrameCounter:
    """Passes the mic's 10 ms frames through and counts them, muted or not."""

    far_end_idle = True  # no speaker here

    def __init__(self) -> None:
        self.frames = 0

    def process(self, frame: np.ndarray, adc_time: float) -> np.ndarray:
        self.frames += 1
        return frame


class EchoPath:
    """The app's speaker heard by its own mic, the way a laptop hears itself.

    PulseAudio loopbacks from the speaker's monitor (vspk.monitor) into the mic's feed sink
    (vmic), where they mix with whatever a test plays as the user. Each `(delay_ms, gain_db)`
    reflection is one loopback, attenuated by its volume; a direct path plus a later, weaker
    one gives the canceller a tail to model as well as a delay. The loopback keeps its latency
    by resampling slightly, so the delay also wanders a little, as real devices' clocks do.
    A context manager: the modules are unloaded on exit.
    """

    def __init__(self, reflections: tuple[tuple[int, float], ...] = ((40, -6.0), (90, -18.0))
                 ) -> None:
        self.reflections = reflections
        self._modules: list[str] = []

    def __enter__(self) -> EchoPath:
        try:
            for delay_ms, gain_db in self.reflections:
                module = _pactl("load-module", "module-loopback", "source=vspk.monitor",
                                "sink=vmic", f"latency_msec={delay_ms}", "source_dont_move=true",
                                "sink_dont_move=true")
                self._modules.append(module)
                _pactl("set-sink-input-volume", _sink_input_of(module), f"{gain_db}dB")
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        while self._modules:
            _pactl("unload-module", self._modules.pop())


def _pactl(*args: str) -> str:
    return subprocess.run(["pactl", *args], check=True, capture_output=True, text=True,
                          timeout=10).stdout.strip()


def _sink_input_of(module: str) -> str:
    inputs = json.loads(_pactl("--format=json", "list", "sink-inputs"))
    return next(str(i["index"]) for i in inputs if str(i["owner_module"]) == module)


class Tap:
    """A `FrameProcessor` around another that keeps what went in and what came out of it,
    and the thread CPU time each frame took, in arrays made up front (nothing grows per
    frame, so the tap does not disturb what it measures)."""

    def __init__(self, inner: FrameProcessor, seconds: float) -> None:
        self.inner = inner
        frames = int(seconds * 100)
        self.before = np.zeros((frames, 160), np.int16)
        self.after = np.zeros((frames, 160), np.int16)
        self.adc = np.zeros(frames)
        self.cpu_ns = np.zeros(frames, np.int64)
        self.count = 0

    def process(self, frame: np.ndarray, adc_time: float) -> np.ndarray:
        start = time.thread_time_ns()
        out = self.inner.process(frame, adc_time)
        spent = time.thread_time_ns() - start
        i = self.count
        if i < self.adc.size:
            self.before[i], self.after[i], self.adc[i], self.cpu_ns[i] = frame, out, adc_time, spent
            self.count += 1
        return out

    @property
    def far_end_idle(self) -> bool:
        return self.inner.far_end_idle

    def signals(self) -> tuple[np.ndarray, np.ndarray]:
        """Everything captured so far: (mic input, processed), 16 kHz."""
        return self.before[: self.count].ravel(), self.after[: self.count].ravel()


def power_db(samples: np.ndarray) -> float:
    """Mean power in dB relative to full scale (a silent input gives -inf)."""
    mean = float(np.mean(samples.astype(np.float64) ** 2)) if samples.size else 0.0
    with np.errstate(divide="ignore"):
        return float(10 * np.log10(mean / 32768.0**2))


def still_clip(path: Path, fps: int = 20, frames: int = 100) -> Path:
    """A camera looking at a wall: the same picture in every frame."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (320, 240))
    picture = np.full((240, 320, 3), (90, 120, 150), np.uint8)
    for _ in range(frames):
        writer.write(picture)
    writer.release()
    return path


class DoomedServer:
    """A second, private PulseAudio server (one null sink) that a test can shut down under
    running streams, to see a device lost. Streams opened while `using()` is active connect
    to it (the ALSA pulse plugin reads PULSE_SERVER when a stream opens; a spawned process
    started meanwhile inherits it)."""

    def __init__(self) -> None:
        pulseaudio = shutil.which("pulseaudio")
        assert pulseaudio, "pulseaudio is not installed"
        self._runtime = Path(tempfile.mkdtemp(prefix="pa-doomed-"))
        self.address = f"unix:{self._runtime}/native"
        subprocess.run(
            [pulseaudio, "-D", "--exit-idle-time=-1", "-n",
             f"--log-target=file:{self._runtime}/log",
             f"--load=module-native-protocol-unix auth-anonymous=1 socket={self._runtime}/native",
             "--load=module-null-sink sink_name=gone"],
            env={**os.environ, "PULSE_RUNTIME_PATH": str(self._runtime / "rt")}, check=True,
            stderr=subprocess.DEVNULL)

    @contextlib.contextmanager
    def using(self) -> Iterator[None]:
        saved = os.environ["PULSE_SERVER"]
        os.environ["PULSE_SERVER"] = self.address
        try:
            yield
        finally:
            os.environ["PULSE_SERVER"] = saved

    def shut_down(self) -> None:
        subprocess.run(["pactl", "-s", self.address, "exit"], check=True)

    def clean_up(self) -> None:
        subprocess.run(["pactl", "-s", self.address, "exit"], stderr=subprocess.DEVNULL,
                       check=False)
        shutil.rmtree(self._runtime, ignore_errors=True)
