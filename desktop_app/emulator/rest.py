"""Plain HTTPS answers on the emulator's own port, beside the Live WebSocket: JSON in the
shape Google's REST APIs use, and the Gemini API's model list.

`GET /{v1beta,v1alpha,v1}/models` lists the models the emulator serves, each with
`supportedGenerationMethods: ["bidiGenerateContent"]`, plus one model that cannot go Live,
as the real list mixes them: a client must pick the Live ones itself. It pages like the
service (`pageSize`, default 50; `pageToken` from the previous page's `nextPageToken`), so a
client that reads only the first page can be caught. Credentials are checked as for a Live
connection on the same API version; a refusal is an HTTP error with Google's error body.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from http import HTTPStatus
from http.client import responses
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from .auth import INVALID_KEY, LEAKED_KEY, MISSING_CREDENTIAL, Route, credential_error
from .conduct import Conduct
from .state import SharedState

MODEL_LIST_PATHS: dict[str, str] = {f"/{v}/models": v for v in ("v1", "v1beta", "v1alpha")}
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
# Listed like the real service lists its text models: present, but not for Live.
NOT_LIVE_MODELS: dict[str, list[str]] = {"gemini-2.5-flash": ["generateContent", "countTokens"]}

# How the REST API answers the reasons a Live connection's credential is refused.
_REFUSALS = {
    INVALID_KEY: (HTTPStatus.BAD_REQUEST, "INVALID_ARGUMENT"),
    LEAKED_KEY: (HTTPStatus.FORBIDDEN, "PERMISSION_DENIED"),
    MISSING_CREDENTIAL: (HTTPStatus.FORBIDDEN, "PERMISSION_DENIED"),
}


def json_response(status: int, body: dict[str, object]) -> Response:
    """An HTTP response with a JSON body, closing the connection (these are one-off GETs)."""
    data = json.dumps(body).encode("utf-8")
    headers = Headers(
        [
            ("Content-Type", "application/json; charset=utf-8"),
            ("Content-Length", str(len(data))),
            ("Connection", "close"),
            ("Cache-Control", "no-store"),
        ]
    )
    return Response(status, responses.get(status, "Error"), headers, data)


def error_response(status: int, message: str, code_name: str) -> Response:
    """Google's error shape: {"error": {"code", "message", "status"}}."""
    return json_response(
        status, {"error": {"code": status, "message": message, "status": code_name}}
    )


def model_list_response(
    state: SharedState, conduct: Conduct, request: Request, *, api_key: str | None
) -> Response:
    """One page of the model list for `request` (a path in `MODEL_LIST_PATHS`)."""
    url = urlsplit(request.path)
    query = dict(parse_qsl(url.query))
    headers = {name.lower(): value for name, value in request.headers.raw_items()}
    route = Route("gemini", MODEL_LIST_PATHS[url.path], constrained=False)
    refused = credential_error(
        route, headers, query, api_key=api_key, state=state, conduct=conduct, resuming=False
    )
    if refused is not None:
        status, code_name = _REFUSALS.get(refused, (HTTPStatus.UNAUTHORIZED, "UNAUTHENTICATED"))
        return error_response(status, refused, code_name)
    try:
        size = int(query.get("pageSize") or DEFAULT_PAGE_SIZE)
        start = int(query.get("pageToken") or 0)
    except ValueError:
        return error_response(HTTPStatus.BAD_REQUEST, "Invalid page.", "INVALID_ARGUMENT")
    size = min(size, MAX_PAGE_SIZE) if size > 0 else DEFAULT_PAGE_SIZE
    models = listed_models(state.models)
    if not 0 <= start <= len(models):
        return error_response(HTTPStatus.BAD_REQUEST, "Invalid page token.", "INVALID_ARGUMENT")
    body: dict[str, object] = {"models": models[start : start + size]}
    if start + size < len(models):
        body["nextPageToken"] = str(start + size)
    return json_response(HTTPStatus.OK, body)


def listed_models(live: Collection[str]) -> list[dict[str, Any]]:
    """Every model the list shows, in a stable order: the Live ones, then the others."""
    methods = {name: ["bidiGenerateContent"] for name in sorted(live)}
    for name, supported in NOT_LIVE_MODELS.items():
        methods.setdefault(name, supported)
    return [
        {
            "name": f"models/{name}",
            "displayName": name,
            "supportedGenerationMethods": supported,
        }
        for name, supported in methods.items()
    ]
