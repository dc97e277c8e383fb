"""The log: it goes to stderr when its directory cannot be used (the app still starts), and
no secret reaches it, in a message or in a traceback."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from desktop_app.__main__ import setup_logging
from desktop_app.redaction import remember

SECRET = "plain-looking-secret-91"


@pytest.fixture
def root_handlers() -> Iterator[None]:
    """Whatever `setup_logging` adds to the root logger is removed afterwards."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_log_goes_to_stderr_when_its_directory_cannot_be_used(
    tmp_path, monkeypatch, capfd, root_handlers
):
    blocked = tmp_path / "state"
    blocked.write_text("a file where the directory should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocked))
    assert setup_logging("INFO") is None
    logging.getLogger("desktop_app.test").info("still logged")
    err = capfd.readouterr().err
    assert "cannot be used" in err and "still logged" in err


def test_tracebacks_are_redacted_like_messages(tmp_path, monkeypatch, capfd, root_handlers):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = setup_logging("INFO")
    remember(SECRET)  # as Credentials do with the key they carry
    google_key = "AIza" + "q" * 35
    try:
        raise ConnectionError(f"GET /v1/models?key={google_key} failed; header {SECRET}")
    except ConnectionError:
        logging.getLogger("a.library").exception("request failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = path.read_text() + capfd.readouterr().err
    assert "request failed" in written and "ConnectionError: GET /v1/models?key=***" in written
    assert SECRET not in written and google_key not in written
