"""A local Gemini Live API server that the real google-genai SDK talks to unchanged.

It reads the wire on its own and shares no code with the app's client (an emulator
that reused the client's encoders would agree with the client's mistakes). Qt-free.

    async with Emulator(tls_dir=tmp_path) as emu: ...        # on the test's loop
    with EmulatorThread(tls_dir=tmp_path) as emu: ...        # own loop, blocking API

`python -m desktop_app.emulator --port 0 --tls-dir DIR` runs it as a process.
"""

from .models import DEFAULT_MODELS
from .records import (
    AudioDelivery,
    ConnectionInfo,
    ConversationInfo,
    Received,
    Sent,
    TokenPolicy,
    TokenRequest,
)
from .server import Emulator
from .thread import EmulatorThread

__all__ = [
    "DEFAULT_MODELS",
    "AudioDelivery",
    "ConnectionInfo",
    "ConversationInfo",
    "Emulator",
    "EmulatorThread",
    "Received",
    "Sent",
    "TokenPolicy",
    "TokenRequest",
]
