"""End and Pause on a dead network: the server never answers the close frame (the emulator
stops reading, `freeze`), and neither waits for it longer than `CLOSE_WAIT_S`, where
websockets alone would wait 10 s."""

from __future__ import annotations

import time

import pytest

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import CLOSE_WAIT_S, LiveSession
from desktop_app.settings import Settings
from tests.support.events import EventLog

pytestmark = pytest.mark.asyncio

SLACK_S = 0.5  # a loaded machine's share on top of the wait itself


@pytest.mark.parametrize("action", ["stop", "pause"])
async def test_end_and_pause_do_not_wait_for_a_dead_network(tmp_path, action):
    with EmulatorThread(tls_dir=tmp_path) as emu:
        settings = Settings(
            api_key="key", endpoint=emu.base_url, ca_file=str(emu.cert_path),
            model="gemini-3.8-live",
        )
        log = EventLog()
        session = LiveSession(settings, log)
        session.start()
        await log.wait_for(ev.StateChanged, lambda e: e.state is ev.ConnectionState.LIVE)
        emu.freeze()
        started = time.monotonic()
        await getattr(session, action)()
        took = time.monotonic() - started
        assert not session.running
        assert emu.connections()[-1].open, "the server never answered (nor read) the close"
    assert took < CLOSE_WAIT_S + SLACK_S, f"{action}() took {took:.2f} s"
