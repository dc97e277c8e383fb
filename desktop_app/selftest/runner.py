"""Runs the self-test: the built-in emulator, the device checks, then the conversation.

The emulator starts first and stays up to the end. The device checks open a mic and a
speaker of their own and close them; the conversation then starts the app's devices from the
same settings, the way the window does (echo canceller and all), while the output's monitor
keeps listening throughout. A check that cannot run because
an earlier one failed (no connection: no turn) is not repeated as a failure of its own: the
first failure already makes the exit status 1. The whole run has a time limit, so a stuck
device or server makes the self-test fail rather than hang a user's terminal or a CI job.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.offline import BuiltInServer
from desktop_app.selftest.report import Report
from desktop_app.settings import Settings, load_settings

log = logging.getLogger(__name__)

TIME_LIMIT_S = 90.0
# What the self-test takes from the saved settings: the user's devices and how the mic is
# processed are what it diagnoses. The rest stays at the defaults, so a saved choice such as
# push-to-talk (no voice detection on the server) cannot fail a working setup.
DEVICE_FIELDS = ("input_device", "output_device", "video_source", "camera", "monitor",
                 "headphones", "noise_suppression")


def run_self_test(config_dir: Path, overrides: dict[str, Any]) -> int:
    """The exit status: 0 when every check that ran worked, 1 otherwise.

    `overrides` are the command line's settings (devices, camera, model...); the saved
    settings supply the devices; the connection always goes to the built-in emulator.
    """
    report = Report(sys.stdout)  # None in a windowed Windows build: then the log has it
    report.note(f"LiveDesk {__version__} self-test: the devices, then a conversation with the "
                "built-in emulator (no network, no key)")
    try:
        asyncio.run(asyncio.wait_for(_run(report, config_dir, overrides), TIME_LIMIT_S))
    except TimeoutError:
        report.fail("time limit", f"the self-test did not finish in {TIME_LIMIT_S:.0f} s")
    report.note(report.summary())
    return 0 if report.passed else 1


async def _run(report: Report, config_dir: Path, overrides: dict[str, Any]) -> None:
    server = BuiltInServer(keep_all=True)  # the camera check counts the JPEGs it received
    try:
        await asyncio.to_thread(server.start)
    except Exception as exc:  # a port or a certificate problem: say it, do not crash
        log.exception("the built-in emulator did not start")
        report.fail("emulator", f"the built-in emulator did not start: {exc}")
        return
    try:
        report.ok("emulator", f"listening at {server.emulator.url}")
        settings = settings_for(config_dir, overrides).replace(**server.overrides())
        await _checks(report, settings, server, overrides)
    finally:
        await asyncio.to_thread(server.stop)


def settings_for(config_dir: Path, overrides: dict[str, Any]) -> Settings:
    """The saved devices, the command line on top, every other setting at its default."""
    saved, _notes = load_settings(config_dir)  # bad fields: defaults, file kept aside
    devices = {name: getattr(saved, name) for name in DEVICE_FIELDS}
    return Settings(**devices).replace(**overrides)


async def _checks(report: Report, settings: Settings, server: BuiltInServer,
                  overrides: dict[str, Any]) -> None:
    try:  # sounddevice loads PortAudio when imported, and the media modules import it
        from desktop_app.selftest import conversation, devices, turns
    except OSError as exc:
        report.fail("audio", f"{exc} (Linux: install libportaudio2)")
        return
    audio = devices.AudioUnderTest()
    talk: conversation.SelfTestConversation | None = None
    try:
        try:
            await devices.check_audio(report, settings, audio)
        except Exception as exc:  # PortAudio errors surface as several exception types
            log.exception("audio device checks failed")
            report.fail("audio", f"the audio system failed: {exc}")
        await audio.release()
        settings, requested = conversation.camera_settings(settings, overrides)
        talk = conversation.SelfTestConversation(report, settings, server.emulator, audio,
                                                 camera_requested=requested)
        if await talk.connect():
            talk.check_echo_canceller()
            await talk.check_camera_opened()
            await turns.check_turn(talk)
            await turns.check_barge_in(talk)
            talk.check_frames_sent()
    finally:
        if talk is not None:
            await talk.close()
        await audio.close()
