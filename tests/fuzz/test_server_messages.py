"""1,000 generated server messages — valid shapes with hostile values, and garbage — sent by
the emulator through the real SDK into a live session whose events go to the tool runner and
the speaker's pipeline (resampler and jitter buffer): after each one the app still holds its
first connection, still understands the next message, no listener failed, and nothing left
the app without the user's yes."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession
from desktop_app.media.player import Player
from desktop_app.routing import SpeakerFeed
from desktop_app.settings import Settings
from desktop_app.tools.runner import ToolRunner
from tests.fuzz.harness import Actions
from tests.fuzz.strategies import FUZZ_EXAMPLES, FUZZ_SETTINGS, SERVER_FRAME
from tests.support.waiting import until

KEY = "fuzz-key"
# The SDK warns for every unknown enum value it reads; generated ones would fill the report.
pytestmark = pytest.mark.filterwarnings("ignore:.* is not a valid :UserWarning")
TOOLS = ["open_web_page", "copy_to_clipboard", "take_screenshot", "get_current_time"]
REPORT: dict[str, Any] = {}


class Live:
    """A session on its own loop, its events to a tool runner and a log of model text."""

    def __init__(self, emulator: EmulatorThread) -> None:
        self.loop = asyncio.new_event_loop()
        self.actions = Actions()
        registry = self.actions.registry()
        settings = Settings(
            api_key=KEY,
            endpoint=emulator.base_url,
            ca_file=str(emulator.cert_path),
            model="gemini-3.8-live",
            tools=TOOLS,
        )
        self.texts: list[str] = []
        self.calls = 0
        self.errors: list[ev.SessionError] = []
        self.session = LiveSession(
            settings, self.on_event, function_declarations=registry.declarations()
        )
        self.runner = ToolRunner(registry, self.session)
        # The speaker's side of the app, short of the device: resampling and the jitter buffer.
        self.speaker = SpeakerFeed(lambda: self.player)
        self.player = Player()

    def on_event(self, event: ev.Event) -> None:
        self.runner.handle(event)
        self.speaker.handle(event)
        if isinstance(event, ev.ModelText):
            self.texts.append(event.text)
        elif isinstance(event, ev.ToolCall):
            self.calls += len(event.calls)
        elif isinstance(event, ev.SessionError):
            self.errors.append(event)

    def run(self, coro: Any, timeout: float = 10.0) -> Any:
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))

    async def start(self) -> None:
        self.session.start()

    async def wait(self, predicate: Any, what: str) -> None:
        """`until` with a short poll: hundreds of generated examples wait in turn."""
        await until(predicate, timeout=10.0, what=what, poll=0.002)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with EmulatorThread(tls_dir=tmp_path_factory.mktemp("tls"), api_key=KEY) as emulator:
        live = Live(emulator)
        live.emulator = emulator  # type: ignore[attr-defined]
        live.run(live.start())
        live.run(live.wait(lambda: live.session.state is ev.ConnectionState.LIVE, "LIVE"))
        yield live
        live.run(live.session.stop())
        live.loop.close()


def test_generated_server_messages_never_bring_the_app_down(live: Live, caplog) -> None:
    emulator: EmulatorThread = live.emulator  # type: ignore[attr-defined]
    count = 0
    started = time.monotonic()
    warnings: set[str] = set()

    @FUZZ_SETTINGS
    @given(frame=SERVER_FRAME)
    def one(frame: Any) -> None:
        nonlocal count
        count += 1
        caplog.clear()
        emulator.send_raw(json.dumps(frame).encode() if isinstance(frame, dict) else frame)
        sentinel = f"sentinel {count}"
        emulator.send_raw({"serverContent": {"modelTurn": {"parts": [{"text": sentinel}]}}})
        live.run(live.wait(lambda: sentinel in live.texts, "the sentinel text"))
        live.run(live.wait(lambda: not live.runner.running, "the calls it made, answered"))
        assert live.session.state is ev.ConnectionState.LIVE
        assert live.session.connections == 1, "the same connection throughout"
        assert live.errors == []
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "a listener failed"
        live.actions.check()
        warnings.update(r.getMessage()[:90] for r in caplog.records)

    with caplog.at_level(logging.WARNING):
        one()
    REPORT.update(
        examples=count,
        seconds=round(time.monotonic() - started, 1),
        tool_calls=live.calls,
        asked=len(live.actions.asked),
        opened=len(live.actions.opened),
        copied=len(live.actions.copied),
        sent=len(live.actions.sent),
        skipped=dict(live.session._boundary.skipped),
        warnings=sorted(warnings),
    )
    print(f"\nserver-message fuzzing: {REPORT}")
    assert count >= FUZZ_EXAMPLES
