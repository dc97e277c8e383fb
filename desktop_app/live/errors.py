"""Sorting connection failures into "retry" and "tell the user what to change".

Google closes Live connections with 1007 (invalid argument), 1008 (policy: bad key, unknown
model, wrong API version) and 1011 (internal error, deadline expired). Retrying a 1007/1008
replays the same mistake in a loop, so those are fatal and come with a hint; dropped
connections, 1011 and network errors are retried with the resumption handle. What happens
next (retry when, resume or start afresh, give up) is decided in `reconnect.py`, which also
knows that a 1007 ending a session that was already live deserves one resume.
"""

from __future__ import annotations

import ssl
from dataclasses import replace

from google.genai import errors as genai_errors
from websockets.exceptions import InvalidHandshake, InvalidStatus, InvalidURI

from desktop_app.live.client import ConfigurationError
from desktop_app.live.events import SessionError
from desktop_app.redaction import redact

FATAL_CLOSE_CODES = frozenset({1002, 1003, 1007, 1008, 1010})


def is_quota(error: SessionError) -> bool:
    """A quota error: HTTP 429 at the handshake, or a close (1011) saying "exceeded your
    current quota" (googleapis/python-genai#874). Retrying soon only spends the quota again."""
    text = f"{error.message} {error.reason}".lower()
    return error.code == 429 or "quota" in text or "resource_exhausted" in text


def _hint_for(code: int | None, reason: str) -> str:
    text = reason.lower()
    if code == 429 or "quota" in text:
        return "The key's quota is used up for now; LiveDesk retries slowly."
    if "api key" in text or "api_key" in text or "permission" in text or code in (401, 403):
        return "Check the API key (Settings → Connection)."
    if "not found" in text or "not supported" in text or code == 404:
        return "Choose another model in Settings: Live model IDs change every few months."
    if "location" in text:
        return "The Live API is not available from this location; try Vertex AI."
    if code == 1007:
        return "A setting is not accepted by this model; check model-specific options."
    if code == 1008:
        return "The server refused the session; check the key, the model and the API version."
    return ""


def classify(exc: BaseException) -> SessionError:
    """A typed error for any exception a connection attempt or a live connection raised,
    with every secret masked: its words go to the status line, the banner, the log and the
    history, and an exception may quote a URL with a token or a key in it."""
    error = _classify(exc)
    return replace(error, message=redact(error.message), reason=redact(error.reason))


def _classify(exc: BaseException) -> SessionError:
    if isinstance(exc, genai_errors.APIError):
        code = exc.code if isinstance(exc.code, int) else None
        reason = exc.details if isinstance(exc.details, str) else (exc.message or str(exc))
        fatal = code in FATAL_CLOSE_CODES or (code is not None and 400 <= code < 500)
        label = f"Server closed the connection ({code})" if code else "Server error"
        message = f"{label}: {reason}" if reason else label
        return SessionError(message, code, reason, fatal, _hint_for(code, reason))
    if isinstance(exc, ConfigurationError):
        return SessionError(str(exc), fatal=True, hint=str(exc))
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or str(exc)
        return SessionError(
            f"The server's certificate is not trusted: {reason}",
            reason=reason,
            fatal=True,
            hint="For a relay or the emulator, set its CA file (Settings → Advanced).",
        )
    if isinstance(exc, InvalidStatus):
        status = exc.response.status_code
        body = exc.response.body.decode("utf-8", "replace")[:200] if exc.response.body else ""
        fatal = 400 <= status < 500 and status not in (408, 429)
        label = "Quota exceeded" if status == 429 else "The server refused the connection"
        return SessionError(
            f"{label} (HTTP {status})",
            status,
            body,
            fatal,
            _hint_for(status, body),
        )
    if isinstance(exc, InvalidURI):
        return SessionError(f"Invalid endpoint: {exc}", fatal=True, hint="Check the endpoint URL.")
    if isinstance(exc, InvalidHandshake | OSError | TimeoutError | EOFError):
        return SessionError(f"Network error: {type(exc).__name__}: {exc}".rstrip(": "))
    if type(exc).__module__.startswith("google.auth"):
        return SessionError(
            f"No credentials: {exc}",
            fatal=True,
            hint="Run `gcloud auth application-default login` for Vertex AI, or use an API key.",
        )
    return SessionError(f"{type(exc).__name__}: {exc}")
