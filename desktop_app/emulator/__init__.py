"""A local Gemini Live API server that the real google-genai SDK talks to unchanged.

It reads the wire on its own and shares no code with the app's client (an emulator
that reused the client's encoders would agree with the client's mistakes). Qt-free.

    async with Emulator(tls_dir=tmp_path) as emu: ...        # on the test's loop
    with EmulatorThread(tls_dir=tmp_path) as emu: ...        # own loop, blocking API

`python -m desktop_app.emulator --port 0 --tls-dir DIR` runs it as a process.

It is as untidy as the real service, from a seed it prints (`quirks.py`; `quirks=TIDY` or
`set_quirks(...)` for a tidy one), and tests can arm the service's known faults;
docs/live-service-quirks.md lists each with its source.

Tests read back everything it received and sent; a server that runs for hours instead
(`max_records=LONG_RUN_RECORDS`: the process, the app's offline mode) keeps only the newest.
"""

from .models import DEFAULT_MODELS
from .quirks import TIDY, Quirks
from .records import (
    AudioDelivery,
    ConnectionInfo,
    Received,
    Sent,
    ServerConversation,
    TokenPolicy,
    TokenRequest,
)
from .server import Emulator
from .state import LONG_RUN_RECORDS
from .thread import EmulatorThread

__all__ = [
    "DEFAULT_MODELS",
    "LONG_RUN_RECORDS",
    "TIDY",
    "AudioDelivery",
    "ConnectionInfo",
    "Emulator",
    "EmulatorThread",
    "Quirks",
    "Received",
    "Sent",
    "ServerConversation",
    "TokenPolicy",
    "TokenRequest",
]
