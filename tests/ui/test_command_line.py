"""The command line: every option of the documented interface, options that override the
saved settings for one run only, a key from GEMINI_API_KEY, and logs that never hold it."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.__main__ import RedactSecrets, build_parser, overrides_from
from desktop_app.settings import Settings, persistable
from tests.support.app_process import wait_for_log_line
from tests.ui.harness import KEY


def test_the_documented_options_override_settings_for_the_run():
    line = (
        "--endpoint https://relay.example:8443 --ca-file ca.pem --model gemini-3.1-flash-live"
        " --voice Kore --language de-DE --video screen --camera clip.mp4 --monitor 2 --connect"
        " --offline --config-dir /tmp/p --input-device USB --output-device 3"
    )
    args = build_parser().parse_args(line.split(" "))
    assert args.connect and args.offline and args.config_dir == "/tmp/p"
    assert overrides_from(args) == {
        "endpoint": "https://relay.example:8443",
        "ca_file": "ca.pem",
        "model": "gemini-3.1-flash-live",
        "voice": "Kore",
        "language": "de-DE",
        "video_source": "screen",
        "camera": "clip.mp4",
        "monitor": 2,
        "input_device": "USB",
        "output_device": "3",
    }
    assert overrides_from(build_parser().parse_args([])) == {}
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--video", "hologram"])


def test_help_and_version_work_without_a_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    for flag, expected in (("--version", "LiveDesk "), ("--help", "--offline")):
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", flag], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0 and expected in done.stdout


def test_an_override_is_saved_only_when_the_user_changes_it():
    saved = Settings(voice="Puck", endpoint="")
    overrides = {"voice": "Kore", "endpoint": "https://127.0.0.1:9"}
    running = saved.replace(**overrides)
    assert persistable(running.replace(language="fr-FR"), saved, overrides).to_dict() == (
        saved.replace(language="fr-FR").to_dict()
    )
    assert persistable(running.replace(voice="Leda"), saved, overrides).voice == "Leda"


def test_secrets_are_masked_whoever_logs_them():
    records: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(record.getMessage())  # type: ignore[method-assign]
    handler.addFilter(RedactSecrets())
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    try:
        google_key = "AIza" + "x" * 35
        logger.warning("> x-goog-api-key: %s", "sk-local-123")
        logger.warning("GET /models?key=%s&alt=json", "abc123")
        logger.warning("using %s", google_key)
        logger.warning("Authorization: Token auth_tokens/xyz")
    finally:
        logger.removeHandler(handler)
    text = "\n".join(records)
    for secret in ("sk-local-123", "abc123", google_key, "auth_tokens/xyz"):
        assert secret not in text
    assert "x-goog-api-key: ***" in text and "?key=***&alt=json" in text


def test_the_key_from_the_environment_is_used_and_never_logged(emulator, tmp_path):
    home = tmp_path / "home"
    env = dict(
        os.environ,
        GEMINI_API_KEY=KEY,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--endpoint",
            emulator.base_url,
            "--ca-file",
            str(emulator.cert_path),
            "--model",
            "gemini-3.8-live",
            "--video",
            "none",
            "--connect",
            "--log-level",
            "DEBUG",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = home / "state" / "LiveDesk" / "log" / "livedesk.log"
    try:
        wait_for_log_line(log, "ConnectionState.LIVE", proc, 30)
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl+C in the terminal (SIGTERM: test_launch.py)
        _out, err = proc.communicate(timeout=30)
    text = log.read_text()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert emulator.connections()[-1].headers["x-goog-api-key"] == KEY
    assert KEY not in text and KEY not in err
    assert "x-goog-api-key: ***" in text, "the library did log the header, masked"
    saved = home / "config" / "LiveDesk" / "settings.json"
    assert not saved.exists() or KEY not in saved.read_text()
    assert not any(
        KEY in p.read_text(errors="ignore")
        for p in Path(home).rglob("*")
        if p.is_file() and p.suffix in (".json", ".log", ".txt")
    )
