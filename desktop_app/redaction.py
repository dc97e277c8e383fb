"""Keeping secrets out of everything the app writes or shows: logs, tracebacks, error
messages, the status line and the banner, the history and its exports.

Two nets. Patterns catch what any library may print (an `x-goog-api-key:` header at DEBUG, a
`?key=` or `access_token=` in a URL, Google API keys, `auth_tokens/…` names). And every secret
the app itself handles — the API key, each ephemeral token, the secret parts of the token
service's URL — is remembered the moment it is used (`remember`), so it is masked wherever it
turns up, whatever it looks like.
"""

from __future__ import annotations

import re
import threading
from urllib.parse import parse_qsl, urlsplit

MASK = "***"
MIN_SECRET_CHARS = 6  # shorter strings would mask ordinary words

_PATTERNS = re.compile(
    r"(x-goog-api-key\s*[:=]\s*)\S+"
    r"|(authorization\s*[:=]\s*)[^\r\n]+"
    r"|((?:[?&]key|access_token)=)[^&\s'\"]+"
    r"|auth_tokens/[\w.\-]+"
    r"|AIza[0-9A-Za-z_\-]{35}",
    re.IGNORECASE,
)
_known: set[str] = set()
_lock = threading.Lock()


def remember(secret: str) -> None:
    """From now on, `secret` is masked in everything `redact` sees."""
    if len(secret) >= MIN_SECRET_CHARS:
        with _lock:
            _known.add(secret)


def remember_url(url: str) -> None:
    """A service URL's secret parts: its user info and the values in its query string."""
    parts = urlsplit(url)
    for value in (parts.password or "", parts.username or ""):
        remember(value)
    for _name, value in parse_qsl(parts.query):
        remember(value)


def redact(text: str) -> str:
    """`text` with every secret masked."""
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    return _PATTERNS.sub(lambda m: f"{''.join(g or '' for g in m.groups())}{MASK}", text)


def without_query(url: str) -> str:
    """A URL fit to show: scheme, host, port and path; no user info, query or fragment."""
    parts = urlsplit(url)
    try:
        port = f":{parts.port}" if parts.port is not None else ""
    except ValueError:
        port = ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}{parts.path}"
