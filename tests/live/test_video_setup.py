"""Turn coverage and media resolution: settings → setup (where the model takes them) → the
wire, and the emulator billing frames as the setup says (usageMetadata's IMAGE tokens)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.config import build_setup
from desktop_app.live.session import LiveSession, RetryPolicy
from desktop_app.settings import Settings
from tests.support.events import EventLog
from tests.support.signals import silence, voiced
from tests.support.waiting import until

KEY = "video-setup-key"
NATIVE_25 = "gemini-2.5-flash-native-audio-preview-12-2025"
TRANSLATE = "gemini-3.5-live-translate-preview"


def realtime(settings: Settings) -> dict:
    config = build_setup(settings).config.model_dump(exclude_none=True, mode="json")
    return config.get("realtime_input_config", {}), config.get("media_resolution")


def test_by_default_the_model_keeps_its_coverage_and_the_camera_is_seen_at_low() -> None:
    """Only-activity coverage is the cheapest but not the default: frames sent in silence are
    not seen, so a typed question would find no picture (live-api-web-console#35)."""
    rt, resolution = realtime(Settings(model="gemini-3.8-live"))
    assert rt == {}
    assert resolution == "MEDIA_RESOLUTION_LOW"  # the camera at low: 64 tokens a frame
    # A shared screen's text needs medium.
    assert realtime(Settings(video_source="screen"))[1] == "MEDIA_RESOLUTION_MEDIUM"
    rt, _ = realtime(Settings(turn_coverage="activity"))
    assert rt == {"turn_coverage": "TURN_INCLUDES_ONLY_ACTIVITY"}


def test_a_value_goes_only_to_models_that_take_it() -> None:
    all_video = "activity_and_all_video"
    rt, _ = realtime(Settings(model="gemini-3.1-flash-live-preview", turn_coverage=all_video))
    assert rt == {"turn_coverage": "TURN_INCLUDES_AUDIO_ACTIVITY_AND_ALL_VIDEO"}
    assert realtime(Settings(model=NATIVE_25, turn_coverage=all_video))[0] == {}  # 3.x only
    rt, _ = realtime(Settings(model=NATIVE_25, turn_coverage="all_input"))
    assert rt == {"turn_coverage": "TURN_INCLUDES_ALL_INPUT"}
    # A translation model takes audio only: no coverage, no resolution.
    assert realtime(Settings(model=TRANSLATE, translation_target="fr")) == ({}, None)
    # A model the table does not know gets neither coverage nor anything it might refuse.
    assert realtime(Settings(model="gemini-9-live"))[0] == {}


def test_model_defaults_send_nothing_and_coverage_joins_voice_detection() -> None:
    assert realtime(Settings(turn_coverage="", media_resolution="")) == ({}, None)
    rt, _ = realtime(Settings(push_to_talk=True, turn_coverage="all_input"))
    assert rt == {"automatic_activity_detection": {"disabled": True},
                  "turn_coverage": "TURN_INCLUDES_ALL_INPUT"}


@pytest.fixture(scope="module")
def emulator(tmp_path_factory):
    with EmulatorThread(tls_dir=tmp_path_factory.mktemp("tls"), api_key=KEY) as emu:
        yield emu


def jpeg() -> bytes:
    return cv2.imencode(".jpg", np.full((48, 64, 3), 90, np.uint8))[1].tobytes()


async def connect(emu: EmulatorThread, **settings) -> tuple[LiveSession, EventLog, int]:
    log = EventLog()
    base = Settings(api_key=KEY, endpoint=emu.base_url, ca_file=str(emu.cert_path),
                    model="gemini-3.8-live")
    session = LiveSession(base.replace(**settings), log,
                          retry=RetryPolicy(initial_s=0.05, cap_s=0.5))
    session.start()
    await log.wait_for(ev.StateChanged, lambda e: e.state is ev.ConnectionState.LIVE)
    return session, log, emu.connections()[-1].id


async def send_frame(session: LiveSession, emu: EmulatorThread, conn: int) -> None:
    """One frame, once it is at the emulator (the session keeps only the newest unsent one)."""
    count = len(emu.received("video", conn))
    session.send_frame(jpeg())
    await until(lambda: len(emu.received("video", conn)) > count, what="the frame")


def image_tokens(usage: ev.Usage) -> int:
    return dict(usage.prompt_details).get("IMAGE", 0)


@pytest.mark.asyncio
async def test_the_settings_reach_the_wire_and_frames_are_billed_as_they_say(emulator) -> None:
    """Three frames, then a typed turn: with only-activity coverage the frames sent while
    nobody spoke are not part of the turn; with all input, or 3.8's own default (every
    frame), they are, at the resolution's 64 tokens each (low) or 256 (medium)."""
    cases = [
        ({"turn_coverage": "activity"}, "TURN_INCLUDES_ONLY_ACTIVITY", "MEDIA_RESOLUTION_LOW", 0),
        ({"turn_coverage": "all_input"}, "TURN_INCLUDES_ALL_INPUT", "MEDIA_RESOLUTION_LOW",
         3 * 64),
        ({}, None, "MEDIA_RESOLUTION_LOW", 3 * 64),
        ({"media_resolution": "medium"}, None, "MEDIA_RESOLUTION_MEDIUM", 3 * 256),
    ]
    for settings, coverage, resolution, tokens in cases:
        session, log, conn = await connect(emulator, **settings)
        try:
            for _ in range(3):
                await send_frame(session, emulator, conn)
            session.send_text("What do you see?")
            usage = await log.wait_for(ev.Usage, timeout=20)
        finally:
            await session.stop()
        setup = emulator.connections()[-1].setup
        sent = (setup.get("realtimeInputConfig", {}).get("turnCoverage"),
                setup["generationConfig"].get("mediaResolution"))
        assert sent == (coverage, resolution)
        assert image_tokens(usage) == tokens, (settings, usage)


@pytest.mark.asyncio
async def test_frames_sent_while_the_user_speaks_are_billed_with_the_turn(emulator) -> None:
    """Push-to-talk: the frames between activityStart and activityEnd are the turn's."""
    session, log, conn = await connect(emulator, push_to_talk=True, turn_coverage="activity")
    try:
        await send_frame(session, emulator, conn)  # before the turn: not part of it
        session.activity_start()
        await until(lambda: emulator.received("activity_start", conn), what="activityStart")
        await send_frame(session, emulator, conn)
        session.send_audio(voiced(0.6) + silence(0.2))
        await send_frame(session, emulator, conn)
        session.activity_end()
        usage = await log.wait_for(ev.Usage, timeout=20)
    finally:
        await session.stop()
    assert image_tokens(usage) == 2 * 64
    assert usage.prompt_tokens >= 2 * 64 + dict(usage.prompt_details)["AUDIO"]
