"""The session reads the devices itself (`stream_audio`, `stream_frames`): the mic's audio,
then a mute's end of stream after the last of it, audio again after unmuting; a camera's
pictures at most once a second, and none once the stream stops."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from desktop_app.media.camera import Camera
from desktop_app.media.mic import Mic
from tests.media.mediatest import FrameCounter, make_video
from tests.media.recording import RecordingSession
from tests.support.waiting import until

pytestmark = pytest.mark.asyncio


async def mute_for_a_while(session: RecordingSession, mic: Mic, counter: FrameCounter, *,
                           talk: int, muted_frames: int, after: int) -> list:
    """Streams `mic` into `session` until `talk` audio chunks went out, mutes it while the
    mic captures `muted_frames` 10 ms frames, unmutes until `after` more chunks went out,
    and returns what had been sent by the unmute."""
    assert await mic.start()
    session.stream_audio(mic)
    try:
        await until(lambda: session.kinds().count("audio") >= talk, what="the user talking")
        mic.muted = True
        at_mute = counter.frames
        await until(lambda: counter.frames >= at_mute + muted_frames,
                    what="frames captured while muted")
        muted = list(session.sent)
        mic.muted = False
        await until(lambda: session.kinds()[len(muted):].count("audio") >= after,
                    what="audio after unmuting")
    finally:
        session.stream_audio(None)
        await mic.stop()
    return muted


@pytest.mark.audio
async def test_mute_sends_audio_stream_end_after_the_last_audio_and_unmute_resumes() -> None:
    session = RecordingSession()
    captured = FrameCounter()
    muted = [kind for kind, _, _ in await mute_for_a_while(
        session, Mic(processor=captured), captured, talk=10, muted_frames=30, after=5)]
    assert muted[-1] == "end" and muted.count("end") == 1
    assert set(muted[:-1]) == {"audio"} and len(muted) >= 10
    assert session.kinds()[len(muted):].count("audio") >= 5  # speaking again after unmute


class Voice(FrameCounter):
    """The user talking all the time: every frame the mic hears is loud."""

    def process(self, frame: np.ndarray, adc_time: float) -> np.ndarray:
        super().process(frame, adc_time)
        return np.full_like(frame, 8000)


@pytest.mark.audio
async def test_a_mute_mid_turn_sends_silence_for_the_tail_then_ends_the_stream_again() -> None:
    """Some models ignore `audioStreamEnd` and end a turn only from trailing quiet they
    receive (3.8): after a mute's end of stream, `mute_tail_ms` of digital silence go out in
    place of what the mic hears, then the end again, then nothing until unmuted."""
    session = RecordingSession()
    voice = Voice()
    mic = Mic(processor=voice, gate_hold_ms=2000, mute_tail_ms=300)
    muted = await mute_for_a_while(session, mic, voice, talk=5, muted_frames=60, after=3)
    ends = [i for i, (kind, _, _) in enumerate(muted) if kind == "end"]
    assert len(ends) == 2, [kind for kind, _, _ in muted]
    before, tail = muted[:ends[0]], muted[ends[0] + 1:ends[1]]
    assert all(np.frombuffer(pcm, np.int16).min() == 8000 for _, pcm, _ in before if pcm)
    silence = b"".join(pcm for _, pcm, _ in tail)
    assert len(silence) == 300 * 32 and not any(silence)  # 300 ms at 16 kHz, all zeros
    assert ends[1] == len(muted) - 1  # nothing more while muted
    after = [pcm for kind, pcm, _ in session.sent[len(muted):] if kind == "audio"]
    assert np.frombuffer(after[-1], np.int16).min() == 8000  # the voice again


async def test_frames_go_up_at_most_once_a_second_and_stop_with_the_stream(tmp_path: Path) -> None:
    session = RecordingSession()
    camera = Camera(str(make_video(tmp_path / "cam.avi", (640, 480))))
    camera.start()
    session.stream_frames(camera.jpegs)
    try:
        await until(lambda: session.kinds().count("frame") >= 3, timeout=10,
                    what="three frames sent")
        session.stream_frames(None)
        sent, stopped_at = session.kinds().count("frame"), time.monotonic()
        # The camera goes on: once it has a picture from 1.2 s after the stop, a session that
        # still read it (once a second) would have sent one more.
        await until(
            lambda: camera.jpegs.peek().captured_at > stopped_at + 1.2,
            what="a picture taken 1.2 s after the stop",
        )
    finally:
        session.stream_frames(None)
        await camera.stop()
    frames = [(data, t) for kind, data, t in session.sent if kind == "frame"]
    assert len(frames) == sent >= 3
    assert all(data[:2] == b"\xff\xd8" for data, _ in frames)  # JPEG
    assert np.all(np.diff([t for _, t in frames]) > 0.95)
