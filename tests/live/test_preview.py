"""The voice preview cache on its own: one recording per (server, model, voice, language),
shared by requests that overlap, nothing kept from a failed one, a clip kept whole. The real
SDK path is tests/ui/test_voice_preview.py."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.live.client import Credentials
from desktop_app.live.preview import (
    PreviewCache,
    PreviewClip,
    PreviewError,
    PreviewKey,
    VoicePreviews,
    prompt_for,
)
from desktop_app.settings import Settings

KEY = Credentials(api_key="k")


class Model:
    """Records what it was asked for; answers when the test lets it."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.go = asyncio.Event()
        self.fail = False

    async def __call__(self, settings: Settings, _credentials: Credentials) -> PreviewClip:
        self.asked.append(settings.voice)
        await self.go.wait()
        if self.fail:
            raise PreviewError("no sound")
        return PreviewClip(b"\x01\x00" * 2400, 24000)


@pytest.mark.asyncio
async def test_overlapping_requests_share_one_recording_and_the_next_is_kept(tmp_path):
    model = Model()
    previews = VoicePreviews(PreviewCache(tmp_path), record=model)
    settings = Settings(voice="Kore", language="fr-FR")
    first = asyncio.ensure_future(previews.clip(settings, KEY))
    second = asyncio.ensure_future(previews.clip(settings, KEY))
    await asyncio.sleep(0)
    model.go.set()
    clips = await asyncio.gather(first, second)
    assert model.asked == ["Kore"], "asked once"
    assert [c.cached for c in clips] == [False, False]
    kept = await previews.clip(settings, KEY)
    assert kept.cached and kept.pcm == clips[0].pcm and kept.sample_rate == 24000
    assert model.asked == ["Kore"]
    other = await previews.clip(settings.replace(voice="Puck"), KEY)
    assert not other.cached and model.asked == ["Kore", "Puck"], "each voice its own clip"


@pytest.mark.asyncio
async def test_a_failed_recording_is_not_kept_and_is_asked_again(tmp_path):
    model = Model()
    model.go.set()
    model.fail = True
    previews = VoicePreviews(PreviewCache(tmp_path), record=model)
    with pytest.raises(PreviewError):
        await previews.clip(Settings(voice="Kore"), KEY)
    assert list(tmp_path.iterdir()) == []
    model.fail = False
    assert not (await previews.clip(Settings(voice="Kore"), KEY)).cached
    assert model.asked == ["Kore", "Kore"]


def test_the_key_names_a_safe_distinct_file_and_the_prompt_names_the_language():
    a = PreviewKey("https://relay.example:8443", "models/x:1", "Kore", "fr-FR")
    b = PreviewKey("", "models/x:1", "Kore", "fr-FR")
    assert a.filename() != b.filename(), "the server's clips are its own"
    assert "/" not in a.filename() and ":" not in a.filename()
    assert prompt_for(a).endswith("short sentence in French (France).")
    assert prompt_for(PreviewKey("", "m", "Kore", "")).endswith("short sentence.")
