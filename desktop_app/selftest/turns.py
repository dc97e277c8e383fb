"""The checks that talk: one question and answer, then talking over the model.

- A turn: when the mic hears the speaker, the test voice says the question and the mic carries
  it to the server; otherwise the question is typed. The server's answer is scripted, so its
  words are known: they must come back as transcripts, and its audio must be played (and,
  where the output has a monitor, heard there).
- Barge-in: while the model speaks a long answer, speech reaches the server — through the mic,
  or injected into the uplink when the mic cannot hear the speaker — and the server's
  `interrupted` must silence the speaker at once (the player's own DAC-time report, and the
  monitor when nothing else is playing).
"""

from __future__ import annotations

import asyncio
import contextlib
import time

import numpy as np

from desktop_app.live import events as ev
from desktop_app.media.mic import RATE as MIC_RATE
from desktop_app.media.player import Player
from desktop_app.selftest.conversation import SelfTestConversation
from desktop_app.selftest.devices import MONITOR_MATCH, played_out
from desktop_app.selftest.signals import SPEAKER_RATE, carried, to_mic_rate, voice

TURN_TIMEOUT_S = 15.0
PROMPT_S = 1.2
TYPED_PROMPT = "Hello from the LiveDesk self-test"
ANSWER = "LiveDesk hears you loud and clear."
LONG_ANSWER = "This answer is long on purpose, so that the self-test can talk over it."
LONG_ANSWER_S = 6.0
BARGE_IN_AFTER_S = 0.8  # the player's prime, then well into the answer
BARGE_IN_S = 1.0
INTERRUPT_TIMEOUT_S = 5.0
# The player promises silence within one device buffer plus a short fade; allow slack for a
# busy machine, but not enough to hear a word of the interrupted answer.
SILENT_WITHIN_S = 0.15
QUIET_DBFS = -50.0
QUIET_CHECK_S = 0.5
_CHUNK = MIC_RATE // 50  # 20 ms, what the mic sends


async def check_turn(talk: SelfTestConversation) -> None:
    talk.emulator.script_answer(ANSWER)
    mark = talk.timeline.mark()
    spoken = await talk.open_voice()
    name = "spoken turn" if spoken else "typed turn"
    if spoken:
        await _say(talk, voice(PROMPT_S, seed=2))
    else:
        talk.session.send_text(TYPED_PROMPT)
    found = await talk.timeline.wait_for(ev.TurnComplete, TURN_TIMEOUT_S, after=mark)
    if found is None:
        talk.report.fail(name, f"no complete answer in {TURN_TIMEOUT_S:.0f} s")
        return
    done = found[1]
    heard = "".join(e.text for _, e in talk.timeline.of(ev.InputTranscript, mark)
                    if not e.interim).strip()
    if spoken and not heard:
        talk.report.fail(name, "the server answered, but never heard the user's speech")
        return
    talk.report.ok(name, f"the server heard {heard!r} through the microphone" if spoken
                   else f"typed {TYPED_PROMPT!r}: {talk.cannot_speak}")
    fragments = [e.text for _, e in talk.timeline.of(ev.OutputTranscript, mark)
                 if e.generation == done.generation]
    said = "".join(fragments).strip()
    if said != ANSWER:
        talk.report.fail("transcript", f"the model's words came back as {said!r}, "
                         f"not {ANSWER!r}")
    else:
        talk.report.ok("transcript", f"model: {said!r}, stitched from {len(fragments)} fragments")
    await _check_answer_played(talk, mark, done.generation)


async def _say(talk: SelfTestConversation, speech: np.ndarray) -> None:
    """The test voice speaks through the speaker while the mic listens."""
    assert talk.voice is not None
    talk.devices.mute(False)
    await talk.audio.play(talk.voice, speech)
    # audioStreamEnd ends the user's turn at once; on a model that ignores it (the default
    # 3.8), the silence the mute sends after it does, after the server's end-of-speech wait.
    talk.devices.mute(True)


async def _check_answer_played(talk: SelfTestConversation, mark: int, generation: int) -> None:
    chunks = [(t, e) for t, e in talk.timeline.of(ev.ModelAudio, mark)
              if e.generation == generation]
    if not chunks:
        talk.report.fail("model audio", "the answer carried no audio")
        return
    answer = np.frombuffer(b"".join(e.data for _, e in chunks), np.int16)
    seconds = answer.size / SPEAKER_RATE
    speaker = talk.speaker
    if speaker is None:
        talk.report.fail("model audio", f"{seconds:.1f} s arrived, but there is no speaker "
                         "to play it")
        return
    await played_out(speaker)
    played = f"{seconds:.1f} s played, {speaker.stats().underruns} underruns"
    monitor = talk.audio.monitor
    if monitor is None:
        talk.report.ok("model audio", f"{played} (not heard back: no monitor)")
        return
    heard = carried(monitor.samples(since=chunks[0][0] - 0.1),
                    to_mic_rate(answer, chunks[0][1].sample_rate), MONITOR_MATCH)
    if not heard.ok:
        talk.report.fail("model audio", f"{played}, but the monitor did not carry it ({heard})")
        return
    talk.report.ok("model audio", f"{played}; heard on the monitor ({heard})")


async def check_barge_in(talk: SelfTestConversation) -> None:
    mark = talk.timeline.mark()
    talk.emulator.start_model_turn(text=LONG_ANSWER, audio_seconds=LONG_ANSWER_S)
    if await talk.timeline.wait_for(ev.ModelAudio, TURN_TIMEOUT_S, after=mark) is None:
        talk.report.fail("barge-in", "the model did not start speaking")
        return
    await asyncio.sleep(BARGE_IN_AFTER_S)
    through_mic = talk.voice is not None
    talking = asyncio.create_task(_talk_over(talk, through_mic))
    try:
        found = await talk.timeline.wait_for(ev.Interrupted, INTERRUPT_TIMEOUT_S, after=mark)
    finally:
        talking.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await talking
        talk.devices.mute(True)
    how = "the test voice, through the microphone," if through_mic else \
        f"speech injected into the uplink ({talk.cannot_speak})"
    if found is None:
        talk.report.fail("barge-in", f"{how} talked over the answer, but the server did "
                         f"not interrupt it within {INTERRUPT_TIMEOUT_S:.0f} s")
        return
    speaker = talk.speaker
    if speaker is None:
        talk.report.fail("barge-in", f"{how} made the server interrupt, but there is no "
                         "speaker to silence")
        return
    cut_at, cut = found
    await _flushed(speaker, cut.generation)
    _check_silence(talk, speaker, cut_at, cut, how, monitored=not through_mic)


async def _talk_over(talk: SelfTestConversation, through_mic: bool) -> None:
    speech = voice(BARGE_IN_S, seed=3)
    if through_mic:
        talk.devices.mute(False)
        assert talk.voice is not None
        await talk.audio.play(talk.voice, speech)
        return
    pcm = to_mic_rate(speech)
    for start in range(0, pcm.size, _CHUNK):
        talk.session.send_audio(pcm[start:start + _CHUNK].tobytes())
        await asyncio.sleep(_CHUNK / MIC_RATE)


async def _flushed(speaker: Player, generation: int) -> None:
    """Waits for the output callback to act on the interrupt (or a generous limit)."""
    deadline = time.monotonic() + INTERRUPT_TIMEOUT_S
    while time.monotonic() < deadline:
        done = speaker.last_interrupt
        if done is not None and done.generation >= generation:
            return
        await asyncio.sleep(0.01)


def _check_silence(talk: SelfTestConversation, speaker: Player, cut_at: float,
                   cut: ev.Interrupted, how: str, *, monitored: bool) -> None:
    report = speaker.last_interrupt
    if report is None or report.generation != cut.generation:
        talk.report.fail("barge-in", "the server interrupted the answer, but the player "
                         "never flushed it")
        return
    latency = report.latency_s
    if latency > SILENT_WITHIN_S:
        talk.report.fail("barge-in", f"the speaker went on for {latency * 1000:.0f} ms "
                         f"after the interrupt (limit {SILENT_WITHIN_S * 1000:.0f} ms)")
        return
    detail = (f"{how} made the server interrupt; the speaker was silent "
              f"{latency * 1000:.0f} ms later, {report.flushed_samples / SPEAKER_RATE:.1f} s "
              "of answer dropped")
    monitor = talk.audio.monitor
    if monitor is None or not monitored:  # the test voice is on the monitor too
        talk.report.ok("barge-in", detail)
        return
    since = cut_at + SILENT_WITHIN_S
    after = monitor.loudest(since=since, until=since + QUIET_CHECK_S)
    before = monitor.loudest(since=cut_at - QUIET_CHECK_S, until=cut_at)
    if after > QUIET_DBFS:
        talk.report.fail("barge-in", f"{detail}, but the monitor still heard {after:.0f} dBFS "
                         "after that")
        return
    talk.report.ok("barge-in", f"{detail}; the monitor fell from {before:.0f} to "
                   f"{after:.0f} dBFS")
