"""The built-in emulator as this run's server: offline mode and the self-test.

Both need the same three things: the emulator listening on loopback, a throwaway TLS
directory for its self-signed certificate (deleted when the run ends), and the settings that
point the real client at it. Keeping them here means the window and the headless self-test
talk to exactly the same server in exactly the same way. Qt-free.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.settings import OFFLINE_KEY

if TYPE_CHECKING:
    from desktop_app.emulator import EmulatorThread


class BuiltInServer:
    """`EmulatorThread` on 127.0.0.1 with a certificate in a temporary directory.

    Offline mode can run for hours and reads none of the emulator's records, so it keeps
    only the newest; the self-test reads what reached the server (`keep_all`), in 90 s.
    """

    def __init__(self, *, keep_all: bool = False) -> None:
        # Imported here: the window imports this module at start-up, and only offline runs
        # need the server (~0.1 s of imports).
        from desktop_app.emulator import LONG_RUN_RECORDS, EmulatorThread

        self._tls = tempfile.TemporaryDirectory(prefix="livedesk-offline-")
        self.emulator: EmulatorThread = EmulatorThread(
            tls_dir=Path(self._tls.name), max_records=None if keep_all else LONG_RUN_RECORDS
        )

    def start(self) -> None:
        """Listen; returns once the port is open (raises why it cannot)."""
        self.emulator.start()

    def stop(self) -> None:
        """Close every connection and delete the certificate."""
        self.emulator.stop()
        self._tls.cleanup()

    def overrides(self) -> dict[str, Any]:
        """Settings fields that send the client here: endpoint, CA, a dummy key, and no
        token service (a token would be fetched from the real one)."""
        return {
            "endpoint": self.emulator.base_url,
            "ca_file": str(self.emulator.cert_path),
            "api_key": OFFLINE_KEY,
            "backend": "gemini",
            "ephemeral_token_url": "",
        }

    def __enter__(self) -> BuiltInServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
