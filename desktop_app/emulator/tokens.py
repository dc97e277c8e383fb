"""The token URL an organisation runs so that no long-lived key sits on the desktop.

LiveDesk's contract for such a service (docs/ephemeral-tokens.md):

    GET <token URL>?model=<model id>        (HTTPS; whatever sign-in the organisation uses)
    200 {"token": "auth_tokens/…", "expireTime": "2026-11-27T17:00:00Z"}

`name` is accepted in place of `token`, so a service may pass on the answer of Google's
`auth_tokens.create` as it is. The emulator serves this on `TOKEN_SERVICE_PATH` of its own
port (plain HTTPS, same certificate), minting tokens its Live endpoint accepts, as its
`TokenPolicy` says.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

from websockets.http11 import Request, Response

from .rest import json_response
from .state import SharedState

TOKEN_SERVICE_PATH = "/livedesk/token"


def token_response(state: SharedState, request: Request) -> Response:
    """Mint a token for one request (or refuse, as the policy says) and record it."""
    query = dict(parse_qsl(urlsplit(request.path).query))
    policy = state.token_policy
    if policy.status != 200:
        state.record_token_request(query, None)
        refused = {"error": {"code": policy.status, "message": "refused"}}
        return json_response(policy.status, refused)
    token = state.mint_token(policy.uses, policy.lifetime_s)
    state.record_token_request(query, token)
    expire = datetime.now(UTC) + timedelta(seconds=policy.lifetime_s)
    expire_time = expire.isoformat().replace("+00:00", "Z")
    return json_response(200, {"token": token, "expireTime": expire_time})
