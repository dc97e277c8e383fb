"""The emulator reads turn coverage and media resolution as the service's parser does (names
or numbers, the model's own default when unset, 1007 for a value that is not one), and bills
the frames each user turn takes."""

from __future__ import annotations

import pytest

from desktop_app.emulator.models import DEFAULT_MODELS
from desktop_app.emulator.options import read_setup
from desktop_app.emulator.video import (
    ACTIVITY_AND_ALL_VIDEO,
    ALL_INPUT,
    ONLY_ACTIVITY,
    FrameLedger,
)
from desktop_app.emulator.wire import WireError

NATIVE_25 = "gemini-2.5-flash-native-audio-preview-12-2025"


def options(model: str, realtime: dict | None = None, generation: dict | None = None):
    setup = {"model": f"models/{model}", "realtimeInputConfig": realtime or {},
             "generationConfig": generation or {}}
    return read_setup(setup, api_version="v1beta", vertex=False, models=DEFAULT_MODELS)


def test_unset_the_3x_models_take_every_frame_and_2_5_only_the_activity() -> None:
    assert options("gemini-3.8-live").turn_coverage == ACTIVITY_AND_ALL_VIDEO
    assert options("gemini-3.1-flash-live-preview").turn_coverage == ACTIVITY_AND_ALL_VIDEO
    assert options(NATIVE_25).turn_coverage == ONLY_ACTIVITY
    unspecified = {"turnCoverage": "TURN_COVERAGE_UNSPECIFIED"}
    assert options("gemini-3.8-live", unspecified).turn_coverage == ACTIVITY_AND_ALL_VIDEO
    assert options("gemini-3.8-live").media_resolution == "MEDIA_RESOLUTION_UNSPECIFIED"


def test_enums_come_as_names_or_numbers_and_anything_else_is_refused() -> None:
    read = options("gemini-3.8-live", {"turnCoverage": 2}, {"mediaResolution": 1})
    assert (read.turn_coverage, read.media_resolution) == (ALL_INPUT, "MEDIA_RESOLUTION_LOW")
    with pytest.raises(WireError) as refused:
        options("gemini-3.8-live", {"turnCoverage": "EVERYTHING"})
    assert refused.value.code == 1007 and "turn_coverage" in refused.value.reason
    with pytest.raises(WireError):
        options("gemini-3.8-live", generation={"mediaResolution": "MEDIA_RESOLUTION_ULTRA"})


@pytest.mark.parametrize(("coverage", "resolution", "tokens"), [
    (ONLY_ACTIVITY, "MEDIA_RESOLUTION_LOW", 2 * 64),
    (ALL_INPUT, "MEDIA_RESOLUTION_LOW", 5 * 64),
    (ACTIVITY_AND_ALL_VIDEO, "MEDIA_RESOLUTION_HIGH", 5 * 256),
    (ONLY_ACTIVITY, "MEDIA_RESOLUTION_UNSPECIFIED", 2 * 256),
])
def test_a_turn_takes_the_frames_its_coverage_says(coverage, resolution, tokens) -> None:
    ledger = FrameLedger(coverage, resolution)
    for during in (False, False, True, True, False):
        ledger.frame(during_activity=during)
    assert ledger.take() == tokens
    assert ledger.take() == 0  # the next turn starts from nothing
