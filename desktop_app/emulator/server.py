"""`Emulator`: the Live API server on an asyncio loop, and its test controls.

It listens on wss:// with a self-signed certificate, answers the handshake only on the
service's paths, and hands each connection to a `ServerSession`. On the same port it also
answers plain HTTPS GETs of its token URL (`tokens.py`) and of the Gemini API's model list
(`rest.py`). Test controls act on one connection, by default the newest open one.

It behaves like the service, untidiness included (`quirks.py`), from a seed it logs so a
failure can be replayed; `quirks=TIDY` makes it tidy. Sources: docs/live-service-quirks.md.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Collection
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.http11 import Request, Response

from .answers import ModelAnswer
from .auth import ROUTES
from .conduct import QUOTA_AT_HANDSHAKE, QUOTA_EXCEEDED, Conduct
from .control import DEFAULT_TIMEOUT_S, SharedControls, WaitTarget
from .models import DEFAULT_MODELS
from .quirks import SEED_VARIABLE, Quirks, resolve_seed
from .records import ConnectionInfo
from .rest import MODEL_LIST_PATHS, error_response, model_list_response
from .session import ServerSession
from .state import SharedState
from .tls import ensure_certificate, server_context
from .tokens import TOKEN_SERVICE_PATH, token_response
from .wire import CLOSE_NORMAL

# Video frames and long audio chunks can be large; Google's own limit is not published.
MAX_MESSAGE_BYTES = 16 * 2**20
GARBAGE = b"\x00\xffthis is not JSON"

log = logging.getLogger(__name__)


class Emulator(SharedControls):
    """A local Gemini Live API server the real SDK can talk to.

    Use it on the test's own loop: `async with Emulator(tls_dir=tmp_path) as emu:`.
    A client trusts it with `ssl.create_default_context(cafile=emu.cert_path)` and
    points the SDK at `emu.base_url`. It records everything for tests to read back, or only
    the newest `max_records` of each kind of record when it runs for hours.
    """

    def __init__(
        self,
        tls_dir: Path,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        models: Collection[str] | None = None,
        connection_lifetime: float | None = None,
        max_records: int | None = None,
        seed: int | None = None,
        quirks: Quirks | None = None,
    ) -> None:
        if connection_lifetime is not None and connection_lifetime <= 0:
            raise ValueError("connection_lifetime must be positive")
        self._tls_dir = Path(tls_dir)
        self._host = host
        self._api_key = api_key
        self._lifetime = connection_lifetime
        self._state = SharedState(DEFAULT_MODELS if models is None else models, max_records)
        self._server: Server | None = None
        self._cert_path = self._tls_dir / "cert.pem"
        self._port = port
        self._ids = itertools.count(1)
        self._sessions: dict[int, ServerSession] = {}
        self._conduct = Conduct(resolve_seed(seed), Quirks() if quirks is None else quirks)

    # --- lifecycle ---

    async def start(self) -> None:
        """Write the certificate and start listening (again on the same port after a stop)."""
        if self._server is not None:
            raise RuntimeError("the emulator is already running")
        cert_path, key_path = ensure_certificate(self._tls_dir)
        self._server = await serve(
            self._handle,
            self._host,
            self._port,  # after a stop, start again where clients expect it
            ssl=server_context(cert_path, key_path),
            process_request=self._check_path,
            compression=None,
            ping_interval=None,  # a test may block its client's loop for a long time
            max_size=MAX_MESSAGE_BYTES,
        )
        self._cert_path = cert_path
        self._port = self._server.sockets[0].getsockname()[1]
        log.info("emulator seed %d (replay: %s=%d)", self.seed, SEED_VARIABLE, self.seed)

    async def stop(self) -> None:
        """Close every connection (1001 going away) and stop listening. Frozen ones are cut:
        their closing handshake could only time out."""
        if self._server is None:
            return
        for session in self._sessions.values():
            if session.frozen:
                session.drop()
        self._server.close()
        await self._server.wait_closed()
        self._server = None

    async def __aenter__(self) -> Emulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        """The TCP port it listens on (the real one when started with port 0)."""
        return self._port

    @property
    def url(self) -> str:
        """`wss://host:port`, the WebSocket root."""
        return f"wss://{self._public_host}:{self._port}"

    @property
    def base_url(self) -> str:
        """`https://host:port`, what the SDK takes as `HttpOptions.base_url`."""
        return f"https://{self._public_host}:{self._port}"

    @property
    def cert_path(self) -> Path:
        """The certificate a client must trust."""
        return self._cert_path

    @property
    def _public_host(self) -> str:
        return "127.0.0.1" if self._host in ("", "0.0.0.0", "::") else self._host

    # --- connections ---

    @property
    def token_url(self) -> str:
        """Where the app fetches ephemeral tokens (`tokens.py` describes the contract)."""
        return f"{self.base_url}{TOKEN_SERVICE_PATH}"

    def _check_path(self, connection: ServerConnection, request: Request) -> Response | None:
        path = urlsplit(request.path).path
        if path == TOKEN_SERVICE_PATH:
            return token_response(self._state, request)
        if path in MODEL_LIST_PATHS:
            return model_list_response(self._state, self._conduct, request, api_key=self._api_key)
        if path not in ROUTES:
            return connection.respond(404, "Not Found\n")
        if self._conduct.take(QUOTA_AT_HANDSHAKE):
            return error_response(429, QUOTA_EXCEEDED, "RESOURCE_EXHAUSTED")
        return None

    async def _handle(self, ws: ServerConnection) -> None:
        url = urlsplit(ws.request.path)
        route = ROUTES[url.path]
        headers: dict[str, str] = {}
        for name, value in ws.request.headers.raw_items():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        conn_id = next(self._ids)
        self._state.add_connection(
            ConnectionInfo(
                id=conn_id,
                path=url.path,
                api_version=route.api_version,
                backend=route.backend,
                headers=headers,
                query=dict(parse_qsl(url.query)),
                setup=None,
                resumed_from=None,
                conversation=None,
                open=True,
                close_code=None,
                close_reason=None,
            )
        )
        session = ServerSession(
            ws,
            conn_id,
            route,
            self._state,
            self._conduct,
            api_key=self._api_key,
            lifetime=self._lifetime,
        )
        self._sessions[conn_id] = session
        try:
            await session.run()
        finally:
            del self._sessions[conn_id]

    def _session(self, conn: int | None) -> ServerSession:
        if conn is not None:
            if conn not in self._sessions:
                raise LookupError(f"connection {conn} is not open")
            return self._sessions[conn]
        if not self._sessions:
            raise LookupError("no connection is open")
        return self._sessions[max(self._sessions)]

    # --- faults and content (async; `EmulatorThread` has blocking twins) ---

    async def drop(self, conn: int | None = None) -> None:
        """Abort the TCP connection without a close frame."""
        self._session(conn).drop()

    async def freeze(self, conn: int | None = None) -> None:
        """Let the network under the connection die: the emulator reads and sends nothing
        more on it, so a client's close frame is never answered; cut when the emulator stops."""
        self._session(conn).freeze()

    async def close(
        self, code: int = CLOSE_NORMAL, reason: str = "", conn: int | None = None
    ) -> None:
        """Close with `code` and `reason` (cut to 123 bytes); does not wait for the reply."""
        await self._session(conn).close(code, reason)

    async def send_garbage(self, data: bytes | str = GARBAGE, conn: int | None = None) -> None:
        """Send a frame that is not JSON (binary for bytes, text for str)."""
        await self._session(conn).send_raw(data)

    async def send_raw(
        self, message: dict[str, Any] | str | bytes, conn: int | None = None
    ) -> None:
        """Send any server message: a dict as JSON (binary frame), str/bytes as they are."""
        await self._session(conn).send_raw(message)

    async def send_non_object(self, value: Any = (1, 2), conn: int | None = None) -> None:
        """Send a frame that is valid JSON but not an object (`[1,2]`, `"x"`, `7`, `null`),
        in a binary frame as the service sends its JSON."""
        if isinstance(value, dict):
            raise ValueError("a JSON object is a valid message; use send_raw")
        await self._session(conn).send_raw(json.dumps(value).encode("utf-8"))

    async def go_away(
        self, time_left_s: float, close_after_s: float | None = None, conn: int | None = None
    ) -> None:
        """Send `goAway`; close (1011) after `close_after_s`, default `time_left_s`.

        Pass `close_after_s=math.inf` to leave the connection open.
        """
        await self._session(conn).go_away(time_left_s, close_after_s)

    async def tool_call(self, calls: list[dict[str, Any]], conn: int | None = None) -> list[str]:
        """Send a `toolCall` of {"id", "name", "args"} calls; returns their ids."""
        return await self._session(conn).tool_call(calls)

    async def tool_call_cancellation(self, ids: list[str], conn: int | None = None) -> None:
        """Send a `toolCallCancellation` for `ids`."""
        await self._session(conn).tool_call_cancellation(ids)

    async def start_model_turn(
        self, text: str | None = None, audio_seconds: float | None = None, conn: int | None = None
    ) -> None:
        """Make the model speak unprompted: `text`, else the next scripted or default answer."""
        answer = None if text is None else ModelAnswer(text, audio_seconds)
        self._session(conn).start_model_turn(answer)

    async def user_spoke(self, seconds: float = 1.0, conn: int | None = None) -> None:
        """Act as if the user had just said `seconds` of speech, without sending audio.

        The model answers it as a spoken turn (input transcription: the next scripted
        answer's `heard`; a scripted call or answer), so a test can hold hundreds of spoken
        turns in a minute; voice activity detection itself is tested with real audio.
        """
        if seconds <= 0:
            raise ValueError("seconds must be positive")
        self._session(conn).user_spoke(seconds)

    # --- waiting ---

    async def wait_for(
        self,
        what: WaitTarget,
        timeout: float = DEFAULT_TIMEOUT_S,
        *,
        conn: int | None = None,
        since: float | None = None,
    ) -> Any:
        """Wait for a received kind (returns the `Received`) or a predicate (its value)."""
        predicate, describe = self._wait_target(what, conn, since)
        return await self._state.wait_async(predicate, timeout, describe)

    async def wait_for_connections(
        self, n: int, timeout: float = DEFAULT_TIMEOUT_S
    ) -> list[ConnectionInfo]:
        """Wait until `n` connections have been accepted so far (open or not)."""
        predicate, describe = self._connections_target(n)
        return await self._state.wait_async(predicate, timeout, describe)
