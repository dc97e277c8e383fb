"""`python -m desktop_app`: the command line, logging, then the app.

Options override the saved settings for this run only (they are never written back), so a
script or a test can point the app at a relay or the emulator without touching the user's
profile. The key comes from `GEMINI_API_KEY` when set, else the OS keyring. Qt is imported
only once the command line is parsed, so `--help` and `--version` work without a display.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

import platformdirs

from desktop_app import __version__
from desktop_app.redaction import redact
from desktop_app.settings import APP_NAME, config_dir

LOG_FILE = "livedesk.log"
LOG_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 3

# command-line option → Settings field
_OVERRIDES = {
    "endpoint": "endpoint",
    "ca_file": "ca_file",
    "model": "model",
    "voice": "voice",
    "language": "language",
    "video": "video_source",
    "camera": "camera",
    "monitor": "monitor",
    "input_device": "input_device",
    "output_device": "output_device",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="livedesk",
        description="Real-time voice and video conversations with Gemini (Live API).",
        epilog="The API key is read from GEMINI_API_KEY, else from the system keyring. "
        "Options apply to this run only; the saved settings are not changed.",
    )
    parser.add_argument("--version", action="version", version=f"LiveDesk {__version__}")
    conn = parser.add_argument_group("connection")
    conn.add_argument("--endpoint", metavar="URL", help="a relay or local server (https://…)")
    conn.add_argument("--ca-file", metavar="PEM", help="extra CA certificate for --endpoint")
    conn.add_argument(
        "--offline",
        action="store_true",
        help="talk to the built-in emulator: no key, no network (a demo and self-test)",
    )
    conn.add_argument("--connect", action="store_true", help="start the conversation at launch")
    conn.add_argument(
        "--minimized",
        action="store_true",
        help="start with the window minimized (with --connect: talk while working elsewhere)",
    )
    conn.add_argument(
        "--self-test",
        action="store_true",
        help="check mic, speaker, camera and a conversation with the built-in emulator, "
        "headless; prints each check, exits 0 when all worked",
    )
    model = parser.add_argument_group("model")
    model.add_argument("--model", metavar="ID", help="Live model ID")
    model.add_argument("--voice", metavar="NAME", help="prebuilt voice, e.g. Puck or Kore")
    model.add_argument("--language", metavar="CODE", help="BCP-47 language, e.g. en-US")
    media = parser.add_argument_group("devices")
    media.add_argument("--video", choices=("camera", "screen", "none"), help="what Gemini sees")
    media.add_argument("--camera", metavar="SPEC", help="camera index, or a video file or URL")
    media.add_argument("--monitor", metavar="N", type=int, help="screen to share (1 = first)")
    media.add_argument("--input-device", metavar="D", help="microphone: name fragment or index")
    media.add_argument("--output-device", metavar="D", help="speaker: name fragment or index")
    files = parser.add_argument_group("files")
    files.add_argument(
        "--config-dir", metavar="DIR", help="settings (and history) here instead of the default"
    )
    files.add_argument("--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING"))
    files.add_argument(
        "--diagnostics",
        metavar="FILE",
        type=Path,
        help="append memory, CPU, thread, Qt object and event counts to FILE every second "
        "(JSON lines)",
    )
    return parser


def overrides_from(args: argparse.Namespace) -> dict[str, Any]:
    return {
        field: getattr(args, option)
        for option, field in _OVERRIDES.items()
        if getattr(args, option) is not None
    }


class RedactSecrets(logging.Filter):
    """Masks keys and tokens in every record, whoever logs them (a library at DEBUG logs
    request headers verbatim), in its message and in its traceback and stack alike: an
    exception's message often quotes the URL or the header that carried the secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = _TRACEBACKS.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_TRACEBACKS = logging.Formatter()


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(level: str) -> Path | None:
    """A rotating file in the platform's log dir, plus warnings on stderr, both through
    `RedactSecrets`: the app never logs the key (it is not in the settings' repr), and the
    filter catches what a library might. A log directory that cannot be used (read-only,
    full, a file in its place) must not stop the app: everything then goes to stderr, and
    the path returned is None."""
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(logging.Formatter("livedesk: %(levelname)s: %(message)s"))
    handlers: list[logging.Handler] = [console]
    directory = log_dir()
    path: Path | None = directory / LOG_FILE
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            directory / LOG_FILE, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        problem = f"the log directory {directory} cannot be used ({exc}); logging to stderr"
        path = None
    else:
        problem = ""
        console.setLevel(logging.WARNING)
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
        )
        handlers.append(handler)
    root = logging.getLogger()
    root.setLevel(level)
    for h in handlers:
        h.addFilter(RedactSecrets())
        root.addHandler(h)
    if problem:
        logging.getLogger("desktop_app").warning("%s", problem)
    return path


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    path = setup_logging(args.log_level)
    log = logging.getLogger("desktop_app")
    log.info("LiveDesk %s starting (log: %s)", __version__, path or "stderr")
    if args.self_test:  # headless and Qt-free: no window, no display needed
        from desktop_app.selftest import run_self_test

        return run_self_test(config_dir(args.config_dir), overrides_from(args))

    from desktop_app.app import Launch, default_data_dir
    from desktop_app.process import run

    launch = Launch(
        config_dir=config_dir(args.config_dir),
        data_dir=default_data_dir(args.config_dir),
        overrides=overrides_from(args),
        connect=args.connect,
        minimized=args.minimized,
        offline=args.offline,
        diagnostics=args.diagnostics,
    )
    run(launch)  # ends the process


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the audio engine's spawned process (media/engine/)
    sys.exit(main())
