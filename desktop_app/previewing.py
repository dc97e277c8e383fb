"""Wiring for voice previews: the settings dialog asks, this runs the preview, the dialog is
told how it goes (`PreviewStatus`).

A preview never disturbs the conversation: it asks the model over a connection of its own
(live/preview.py), plays on an output of its own (media/oneshot.py), is refused while the
conversation's model is speaking (or its speech is still playing), with a message that says
so, and holds the conversation's microphone silent while it plays (unless the user wears
headphones): the echo canceller knows only the conversation's speech, so the mic would
send the sample to the model as the user's voice. One preview at a time. Offline, the
built-in emulator answers: its voice is a stand-in, said as such, and not cached (it is
free, and not the voice chosen).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from desktop_app.live import events as ev
from desktop_app.live.errors import classify
from desktop_app.live.preview import PreviewCache, PreviewError, VoicePreviews
from desktop_app.live.tokens import TokenCredentials
from desktop_app.media.oneshot import play_once
from desktop_app.preview_status import PreviewState, PreviewStatus
from desktop_app.settings import Settings

log = logging.getLogger(__name__)


class ModelSpeech:
    """A session subscriber that knows whether the model is in the middle of an answer:
    from its first audio until the turn completes, is interrupted, or the connection ends."""

    def __init__(self) -> None:
        self.speaking = False

    def handle(self, event: ev.Event) -> None:
        if isinstance(event, ev.ModelAudio):
            self.speaking = True
        elif isinstance(event, ev.TurnComplete | ev.Interrupted) or (
            isinstance(event, ev.StateChanged) and event.state is not ev.ConnectionState.LIVE
        ):
            self.speaking = False


class PreviewRunner:
    """`request(settings)` runs one preview for the dialog's settings as edited."""

    def __init__(
        self,
        cache_dir: Path,
        *,
        report: Callable[[PreviewStatus], None],
        busy: Callable[[], bool],
        stand_in: Callable[[Settings], bool],
        hold_mic: Callable[[bool], None] = lambda _held: None,
    ) -> None:
        """`busy()` says the conversation is speaking; `stand_in(settings)` that they point
        at the built-in emulator; `hold_mic(True)` silences the conversation's microphone
        while a sample plays (the echo canceller does not know of it), `hold_mic(False)`
        gives it back."""
        self._report = report
        self._busy = busy
        self._stand_in = stand_in
        self._hold_mic = hold_mic
        self._cached = VoicePreviews(PreviewCache(cache_dir))
        self._uncached = VoicePreviews(None)
        self._running: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._running is not None and not self._running.done()

    def request(self, settings: Settings) -> None:
        if self._busy():
            self._report(PreviewStatus(PreviewState.MODEL_SPEAKING, settings.voice))
            return
        if self.running:
            self._report(PreviewStatus(PreviewState.BUSY, settings.voice))
            return
        self._running = asyncio.get_running_loop().create_task(self._run(settings))

    async def stop(self) -> None:
        if self._running is not None:
            self._running.cancel()
            await asyncio.gather(self._running, return_exceptions=True)

    async def _run(self, settings: Settings) -> None:
        stand_in = self._stand_in(settings)
        voice = settings.voice
        previews = self._uncached if stand_in else self._cached
        try:
            self._report(PreviewStatus(PreviewState.ASKING, voice, stand_in))
            credentials = await TokenCredentials(lambda: settings)(resuming=False)
            clip = await previews.clip(settings, credentials)
            if self._busy():  # the model began to speak while the preview was asked for
                self._report(PreviewStatus(PreviewState.MODEL_SPEAKING, voice, stand_in))
                return
            self._report(PreviewStatus(PreviewState.PLAYING, voice, stand_in, clip.cached))
            # Heard by the mic, the sample would reach the model as the user's voice.
            self._hold_mic(not settings.headphones)
            try:
                played = await play_once(clip.pcm, clip.sample_rate, settings.output_device)
            finally:
                self._hold_mic(False)
        except asyncio.CancelledError:
            raise
        except PreviewError as exc:
            self._report(PreviewStatus(PreviewState.FAILED, voice, stand_in, detail=str(exc)))
            return
        except Exception as exc:  # unreachable, refused, timed out: said in the user's words
            log.info("voice preview failed: %r", exc)
            detail = classify(exc).message
            self._report(PreviewStatus(PreviewState.FAILED, voice, stand_in, detail=detail))
            return
        if not played:
            detail = "The speaker could not be opened."
            self._report(PreviewStatus(PreviewState.FAILED, voice, stand_in, detail=detail))
            return
        self._report(PreviewStatus(PreviewState.DONE, voice, stand_in, clip.cached))
