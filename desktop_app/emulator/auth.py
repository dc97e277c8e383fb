"""Which URL paths the service answers, and which credentials it accepts on each.

The paths are the ones the SDK builds (google-genai's `live.py` builds them); anything else is
an HTTP 404 at the handshake, as Google answers a wrong path. Credentials are checked
after the handshake and refused with a close code the SDK reports as `APIError(code,
reason)`: 1007 for a key Google does not know (as the service answers it), 1008 for the
rest, a leaked key included (docs/live-service-quirks.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .conduct import Conduct
from .state import TOKEN_PREFIX, SharedState
from .wire import CLOSE_INVALID_PAYLOAD, CLOSE_POLICY

_GEMINI = "/ws/google.ai.generativelanguage.{version}.GenerativeService.{method}"
_VERTEX = "/ws/google.cloud.aiplatform.{version}.LlmBidiService/BidiGenerateContent"

INVALID_KEY = "API key not valid. Please pass a valid API key."
LEAKED_KEY = "Your API key was reported as leaked. Please use another API key."
MISSING_CREDENTIAL = (
    "Method doesn't allow unregistered callers (callers without established identity). "
    "Please use API Key or other form of API consumer identity to call this API."
)
INVALID_TOKEN = "Auth token is invalid, expired or used up. Please pass a valid auth token."
TOKEN_ON_WRONG_PATH = "Auth tokens are only accepted by BidiGenerateContentConstrained on v1alpha."


@dataclass(frozen=True)
class Route:
    """What a path says about the connection."""

    backend: str  # "gemini" or "vertex"
    api_version: str
    constrained: bool  # the ephemeral-token endpoint


ROUTES: dict[str, Route] = {
    **{
        _GEMINI.format(version=v, method="BidiGenerateContent"): Route("gemini", v, False)
        for v in ("v1", "v1beta", "v1alpha")
    },
    _GEMINI.format(version="v1alpha", method="BidiGenerateContentConstrained"): Route(
        "gemini", "v1alpha", True
    ),
    **{_VERTEX.format(version=v): Route("vertex", v, False) for v in ("v1", "v1beta1")},
}


def offered_token(headers: Mapping[str, str], query: Mapping[str, str]) -> str:
    """The ephemeral token a client offers: `Authorization: Token …` (the SDK) or
    `?access_token=…` (browsers, which cannot set headers); "" when there is none."""
    scheme, _, credential = headers.get("authorization", "").partition(" ")
    return credential if scheme.lower() == "token" else query.get("access_token", "")


def refusal_code(reason: str) -> int:
    """The close code a credential refusal comes with."""
    return CLOSE_INVALID_PAYLOAD if reason == INVALID_KEY else CLOSE_POLICY


def credential_error(
    route: Route,
    headers: Mapping[str, str],
    query: Mapping[str, str],
    *,
    api_key: str | None,
    state: SharedState,
    conduct: Conduct,
    resuming: bool,
) -> str | None:
    """Why the connection's credential is refused (a close reason), or None if accepted.

    `headers` has lower-case names. Without a configured key any credential passes but a
    leaked one, and ephemeral tokens are always checked: they exist only because this
    emulator minted them, and only the Constrained endpoint takes them.
    """
    scheme, _, credential = headers.get("authorization", "").partition(" ")
    token = offered_token(headers, query)
    key = headers.get("x-goog-api-key") or query.get("key", "")

    if route.constrained:
        if not token.startswith(TOKEN_PREFIX) or not state.use_token(token, resuming=resuming):
            return INVALID_TOKEN
        return None
    if token or key.startswith(TOKEN_PREFIX):
        return TOKEN_ON_WRONG_PATH
    offered = [key]
    if route.backend == "vertex" and scheme.lower() == "bearer":
        offered.append(credential)
    if any(conduct.is_leaked(k) for k in offered if k):
        return LEAKED_KEY
    if api_key is None:
        return None
    if not any(offered):
        return MISSING_CREDENTIAL
    return None if api_key in offered else INVALID_KEY
