"""Ephemeral tokens from the organisation's token URL, so no long-lived key sits on the desktop.

The contract (docs/ephemeral-tokens.md): `GET <url>?model=<model id>` over HTTPS answers
`200 {"token": "auth_tokens/…", "expireTime": "<RFC 3339>"}`; `name` is accepted in place
of `token`, so a service can pass on Google's `auth_tokens.create` answer unchanged. The
organisation's service holds the real key and decides who gets a token.

A token is good for one new session by default (`uses: 1`), which it must start within about
a minute (`newSessionExpireTime`), and for messages until its `expireTime`; resuming a session
does not count as a use (`CreateAuthTokenConfig.uses` in google-genai's types.py,
https://ai.google.dev/gemini-api/docs/ephemeral-tokens). So `TokenCredentials` keeps the token
that started the session and presents it again to resume it while it has time left, and asks
the service for a new one to start a session, or once the kept one is about to expire. A
service that refuses (4xx) is a setting to fix, not something to retry; an unreachable one
(network, 5xx) is retried like any lost connection.
"""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from desktop_app import __version__
from desktop_app.live.client import ConfigurationError, Credentials, ssl_context
from desktop_app.redaction import remember_url, without_query
from desktop_app.settings import Settings

log = logging.getLogger(__name__)

TOKEN_PREFIX = "auth_tokens/"  # what makes the SDK use the constrained endpoint
FETCH_TIMEOUT_S = 15.0
MAX_ANSWER_BYTES = 64 * 1024
# A kept token is not presented again with less than this much of its life left (nor with
# less than half of it: a service may mint tokens for a few minutes only).
REUSE_MARGIN = timedelta(seconds=60)


@dataclass(frozen=True)
class EphemeralToken:
    name: str = field(default="", repr=False)  # auth_tokens/…; a secret, never logged
    expire_time: datetime | None = None


class TokenCredentials:
    """What authenticates each connection: the API key (or Vertex's own credentials), or,
    when a token URL is set, an ephemeral token, kept to resume the session it started."""

    def __init__(
        self,
        settings: Callable[[], Settings],
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._settings = settings
        self._now = now
        self._kept: tuple[EphemeralToken, datetime, tuple[str, str]] | None = None

    async def __call__(self, *, resuming: bool) -> Credentials:
        settings = self._settings()
        if not settings.ephemeral_token_url:
            return Credentials(api_key=settings.api_key)
        source = (settings.ephemeral_token_url, settings.model)
        token = self._reusable(source) if resuming else None
        if token is None:
            token = await asyncio.to_thread(fetch_token, settings)
            self._kept = (token, self._now(), source)
            log.info("ephemeral token fetched, valid until %s", token.expire_time or "unknown")
        return Credentials(ephemeral_token=token.name)

    def _reusable(self, source: tuple[str, str]) -> EphemeralToken | None:
        """The kept token, if it came from the same service for the same model and has
        time left (one without a known expiry is not presented twice)."""
        if self._kept is None:
            return None
        token, fetched, kept_source = self._kept
        if kept_source != source or token.expire_time is None:
            return None
        left = token.expire_time - self._now()
        margin = min(REUSE_MARGIN, (token.expire_time - fetched) / 2)
        return token if left > margin else None


def fetch_token(settings: Settings) -> EphemeralToken:
    """One blocking GET of the token URL (trusting the CA file, as the endpoint does)."""
    url = settings.ephemeral_token_url
    remember_url(url)  # its query may carry the organisation's secret: never shown
    if urlsplit(url).scheme != "https":
        raise ConfigurationError(
            f"The token service must be an https:// URL, not {without_query(url)}."
        )
    request = urllib.request.Request(
        _with_model(url, settings.model),
        headers={"Accept": "application/json", "User-Agent": f"LiveDesk/{__version__}"},
    )
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=ssl_context(settings.ca_file))
    )
    try:
        with opener.open(request, timeout=FETCH_TIMEOUT_S) as answer:
            body = answer.read(MAX_ANSWER_BYTES)
    except urllib.error.HTTPError as exc:
        detail = exc.read(300).decode("utf-8", "replace").strip()
        message = f"The token service answered HTTP {exc.code}" + (f": {detail}" if detail else "")
        if 400 <= exc.code < 500 and exc.code not in (408, 429):
            raise ConfigurationError(f"{message}. Check the token service URL.") from exc
        raise ConnectionError(message) from exc
    except urllib.error.URLError as exc:
        host = urlsplit(url).hostname
        raise ConnectionError(f"The token service {host} cannot be reached: {exc.reason}") from exc
    return parse_token(body)


def parse_token(body: bytes) -> EphemeralToken:
    """The token in the service's answer, checked: it must be an `auth_tokens/…` name
    (anything else the SDK would send as an API key) and not already expired."""
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    name = (data.get("token") or data.get("name")) if isinstance(data, dict) else None
    if not isinstance(name, str) or not name.startswith(TOKEN_PREFIX):
        raise ConfigurationError(
            'The token service did not answer {"token": "auth_tokens/…"}; see '
            "docs/ephemeral-tokens.md."
        )
    expire = _time(data.get("expireTime"))
    if expire is not None and expire <= datetime.now(UTC):
        raise ConfigurationError(
            "The token service sent an expired token; check this computer's clock."
        )
    return EphemeralToken(name, expire)


def _with_model(url: str, model: str) -> str:
    """The URL with `model=` added, so the service can mint a token for that model."""
    parts = urlsplit(url)
    query = [*parse_qsl(parts.query), ("model", model)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
