"""A setting the app cannot turn into a setup is our own configuration's fault: the session
fails once, with a message, and never retries."""

from __future__ import annotations

import pytest

from desktop_app.live import events as ev
from tests.features.session import new_session, settings_for
from tests.support.events import EventLog
from tests.support.waiting import until

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize("bad", [{"silence_duration_ms": "x"}, {"voice": 5}])
async def test_a_setting_of_the_wrong_type_is_fatal_and_never_retried(emulator, bad):
    log = EventLog()
    before = len(emulator.connections())
    session = new_session(settings_for(emulator, **bad), log)
    session.start()
    failed = await log.wait_for(ev.StateChanged, lambda e: e.state is ev.ConnectionState.FAILED)
    # No retry can come: the session's supervisor has ended.
    await until(lambda: not session.running, what="the session to give up for good")
    [error] = log.of(ev.SessionError)
    assert error.fatal and "setting" in error.message and failed.detail
    assert not [e for e in log.of(ev.StateChanged) if e.state is ev.ConnectionState.RECONNECTING]
    assert len(emulator.connections()) == before, "nothing was sent"
    await session.stop()
