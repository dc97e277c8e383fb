"""The self-test's verdict and its measurements, without devices."""

from __future__ import annotations

import io

import numpy as np

from desktop_app.selftest.conversation import camera_settings
from desktop_app.selftest.report import Report
from desktop_app.selftest.runner import settings_for
from desktop_app.selftest.signals import carried, dbfs, similarity, to_mic_rate, voice
from desktop_app.settings import Settings, save_settings


def test_skipped_checks_pass_and_one_failure_fails_the_run():
    out = io.StringIO()
    report = Report(out)
    report.ok("speaker", "played")
    report.skip("camera", "none")
    assert report.passed
    assert report.summary() == "self-test passed: 1 ok, 1 skipped"
    report.fail("microphone", "silent")
    assert not report.passed
    assert report.summary() == "self-test FAILED: 1 ok, 1 FAIL, 1 skipped"
    assert out.getvalue().splitlines() == [
        "  ok       speaker       played",
        "  skipped  camera        none",
        "  FAIL     microphone    silent",
    ]


def test_a_run_that_checked_nothing_did_not_pass():
    assert not Report(None).passed


def test_a_report_without_a_console_still_keeps_its_checks():
    report = Report(None)  # a windowed Windows build has no stdout
    report.ok("connect", "fine")
    assert report.passed and report.status("connect") is not None


def test_similarity_finds_the_played_sound_in_a_recording():
    rng = np.random.default_rng(0)
    played = to_mic_rate(voice(1.0, seed=1))
    recording = (rng.normal(0, 300, 40000)).astype(np.int16)
    recording[7000:7000 + played.size] += (played * 0.4).astype(np.int16)  # later and quieter
    assert similarity(recording, played) > 0.9
    other = to_mic_rate(voice(1.0, seed=9))
    assert similarity(recording, other) < 0.5
    assert similarity(np.zeros(40000, np.int16), played) == 0.0
    assert similarity(played[:100], played) == 0.0  # shorter than the sound: not in it


def test_a_sound_with_a_dropout_is_still_carried_and_a_missing_one_is_not():
    """An underflow leaves a gap and delays the rest: one whole-sound match falls below the
    threshold, the parts are still found; silence, half the sound or another sound are not."""
    rng = np.random.default_rng(0)
    played = to_mic_rate(voice(2.0, seed=1))
    cut = played.size * 9 // 20
    gap = np.zeros(400, np.int16)  # 25 ms: one missed deadline
    recording = rng.normal(0, 300, 50000).astype(np.int16)
    glitched = np.concatenate((played[:cut], gap, played[cut:]))
    recording[4000:4000 + glitched.size] += (glitched * 0.4).astype(np.int16)
    assert similarity(recording, played) < 0.6  # one match of the whole: the old verdict failed
    heard = carried(recording, played, threshold=0.6)
    assert heard.ok and heard.found >= 3, heard
    assert "of 4 parts" in str(heard)

    silent = carried(np.zeros(50000, np.int16), played, threshold=0.6)
    assert not silent.ok and silent.found == 0
    half = rng.normal(0, 300, 50000).astype(np.int16)
    half[4000:4000 + played.size // 2] += (played[:played.size // 2] * 0.4).astype(np.int16)
    assert not carried(half, played, threshold=0.6).ok
    other = to_mic_rate(voice(2.0, seed=9))
    assert not carried(recording, other, threshold=0.6).ok


def test_levels_in_dbfs():
    full_scale_square = np.full(160, 32767, np.int16)
    assert abs(dbfs(full_scale_square)) < 0.01
    assert dbfs(np.zeros(160, np.int16)) == -120.0
    assert dbfs(np.zeros(0, np.int16)) == -120.0


def test_only_a_camera_named_on_the_command_line_must_work():
    asked, requested = camera_settings(Settings(video_source="none"), {"camera": "clip.avi"})
    assert (asked.video_source, asked.camera, requested) == ("camera", "clip.avi", True)
    saved, requested = camera_settings(Settings(camera="0"), {})
    assert (saved.video_source, saved.camera, requested) == ("camera", "0", False)
    screen, requested = camera_settings(Settings(video_source="screen"), {})
    assert (screen.video_source, requested) == ("none", False)


def test_the_self_test_diagnoses_the_saved_devices_but_not_other_choices(tmp_path):
    save_settings(Settings(input_device="USB", push_to_talk=True, voice="Kore"), tmp_path)
    settings = settings_for(tmp_path, {"camera": "clip.avi"})
    assert (settings.input_device, settings.camera) == ("USB", "clip.avi")
    # Push-to-talk would leave the server without voice detection: the turn could not happen.
    assert not settings.push_to_talk and settings.voice == Settings().voice
