"""A `LiveSession` against the emulator, wired the way the app wires it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession, RetryPolicy
from desktop_app.live.tokens import TokenCredentials
from desktop_app.settings import Settings
from tests.features.conftest import KEY
from tests.support.events import EventLog

FAST_RETRY = RetryPolicy(
    initial_s=0.05, factor=2.0, cap_s=0.3, stable_after_s=2.0, min_connect_interval_s=0.05
)


def settings_for(emu: EmulatorThread, **changes: Any) -> Settings:
    base = Settings(
        api_key=KEY, endpoint=emu.base_url, ca_file=str(emu.cert_path), model="gemini-3.8-live"
    )
    return base.replace(**changes)


def new_session(settings: Settings, emit: Callable[[ev.Event], None], **kwargs: Any) -> LiveSession:
    """A session that authenticates each connection as the app does (key, or an ephemeral
    token from the token URL, kept to resume its session)."""
    session = LiveSession(
        settings,
        emit,
        credentials=TokenCredentials(lambda: session.settings),
        retry=FAST_RETRY,
        **kwargs,
    )
    return session


def is_live(event: ev.StateChanged) -> bool:
    return event.state is ev.ConnectionState.LIVE


async def open_session(
    settings: Settings,
    log: EventLog,
    *,
    emit: Callable[[ev.Event], None] | None = None,
    **kwargs: Any,
) -> LiveSession:
    """A started session, once it is live; events go to `emit` (default: `log`)."""
    session = new_session(settings, emit or log, **kwargs)
    session.start()
    await log.wait_for(ev.StateChanged, is_live)
    return session
