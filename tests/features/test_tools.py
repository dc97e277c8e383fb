"""Local tools against the emulator, through the real SDK: every call answered with its id,
results read back by the model, failures answered as errors, cancellations honoured,
NON_BLOCKING results scheduled, screenshots sent on the frame path."""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pytest

from desktop_app.live import events as ev
from desktop_app.media.frames import EncodedFrame, encode_jpeg
from desktop_app.tools.builtin import (
    copy_to_clipboard,
    current_time,
    grab_screen,
    open_web_page,
    take_screenshot,
)
from desktop_app.tools.consent import Request
from desktop_app.tools.registry import Tool, ToolError, ToolRegistry
from desktop_app.tools.runner import ToolRunner
from tests.features.session import open_session, settings_for
from tests.support.events import EventLog
from tests.support.waiting import until

pytestmark = pytest.mark.asyncio

NOON = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


class Desk:
    """A session with a tool runner, wired as the app wires them."""

    def __init__(self, tools: list[Tool]) -> None:
        self.log = EventLog()
        self.registry = ToolRegistry(tools)
        self.results: dict[str, dict[str, Any]] = {}
        self.session: Any = None
        self.runner: ToolRunner | None = None

    async def open(self, emulator, enabled: list[str] | None = None, **settings: Any) -> None:
        names = self.registry.names() if enabled is None else enabled
        self.session = await open_session(
            settings_for(emulator, tools=names, **settings),
            self.log,
            emit=self.emit,
            function_declarations=self.registry.declarations(),
        )

    def emit(self, event: ev.Event) -> None:
        self.log(event)
        if self.runner is None and self.session is not None:
            self.runner = ToolRunner(
                self.registry, self.session, on_result=self.results.__setitem__
            )
        if self.runner is not None:
            self.runner.handle(event)

    async def said(self) -> str:
        """The words of the next completed model turn."""
        done = await self.log.wait_for(ev.TurnComplete, after=self._mark)
        self._mark = self.log.mark()
        return "".join(
            e.text for e in self.log.of(ev.OutputTranscript) if e.generation == done.generation
        )

    _mark = 0

    def type(self, text: str) -> None:
        self._mark = self.log.mark()
        self.session.send_text(text)

    async def close(self) -> None:
        if self.session is not None:
            await self.session.stop()


async def agree(_request: Request) -> bool:
    return True


def responses(emulator) -> list[dict[str, Any]]:
    return [r for m in emulator.received("tool_response") for r in m.payload["functionResponses"]]


async def test_a_call_is_answered_with_its_id_and_the_model_reads_the_result(emulator):
    desk = Desk([current_time(lambda: NOON)])
    await desk.open(emulator)
    try:
        desk.type("What time is it? get_current_time")
        said = await desk.said()
        (call,) = desk.log.of(ev.ToolCall)[-1].calls
        (response,) = [r for r in responses(emulator) if r["id"] == call.id]
        assert response["response"]["output"]["local_time"] == "2026-11-27T12:00:00+00:00"
        assert "scheduling" not in response, "a blocking function's answer is not scheduled"
        assert said.startswith("get_current_time returned {") and "12:00:00" in said
        assert desk.results[call.id] == response["response"], "the history gets the same"
        assert emulator.conversation().pending_tool_calls == ()
    finally:
        await desk.close()


async def test_a_tool_that_raises_answers_an_error_and_the_turn_goes_on(emulator):
    def explode(_args: dict[str, Any]) -> None:
        raise RuntimeError("boom")

    desk = Desk([Tool(name="explode", description="Fails.", run=explode)])
    await desk.open(emulator)
    try:
        desk.type("explode")
        said = await desk.said()
        assert said == "explode failed: explode failed: RuntimeError: boom."
        assert responses(emulator)[-1]["response"] == {
            "error": "explode failed: RuntimeError: boom"
        }
    finally:
        await desk.close()


async def test_unknown_and_disabled_functions_get_an_error_never_silence(emulator):
    copied: list[str] = []
    desk = Desk([current_time(), copy_to_clipboard(agree, copied.append)])
    await desk.open(emulator, enabled=["get_current_time"])
    try:
        declared = emulator.connections()[-1].setup["tools"][0]["functionDeclarations"]
        assert [d["name"] for d in declared] == ["get_current_time"]
        ids = emulator.tool_call(
            [{"name": "copy_to_clipboard", "args": {"text": "x"}}, {"name": "get_weather"}]
        )
        await emulator.wait_for_async(lambda: not emulator.conversation().pending_tool_calls)
        answered = {r["id"]: r["response"] for r in responses(emulator)}
        assert set(answered) >= set(ids)
        assert all("no function named" in answered[i]["error"] for i in ids)
        assert copied == [], "a function the user did not enable never runs"
    finally:
        await desk.close()


async def test_a_cancelled_call_is_stopped_and_never_answered(emulator):
    asked: list[str] = []
    waiting: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    async def confirm(request: Request) -> bool:
        asked.append(request.detail)
        return await waiting

    desk = Desk([open_web_page(confirm, open_url=lambda _url: True)])
    # 3.1 calls every function blocking: it waits, and the user's next turn cancels the call.
    await desk.open(emulator, model="gemini-3.1-flash-live-preview")
    try:
        desk.type('open_web_page {"url": "https://example.org/"}')
        call = (await desk.log.wait_for(ev.ToolCall)).calls[0]
        await asyncio.wait_for(until(lambda: asked), 5)  # the runner's task reached the prompt
        assert asked == ["https://example.org/"] and desk.runner.running == (call.id,)
        desk.type("never mind")
        assert await desk.said() == "You said: never mind."
        cancelled = desk.log.of(ev.ToolCallCancellation)
        assert cancelled and cancelled[0].ids == (call.id,)
        assert waiting.cancelled(), "the prompt was withdrawn"
        assert desk.runner.running == ()
        assert call.id not in {r["id"] for r in responses(emulator)}
    finally:
        await desk.close()


async def test_a_non_blocking_result_comes_with_its_scheduling(emulator):
    opened: list[str] = []
    agree: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    async def confirm(_request: Request) -> bool:
        return await agree

    desk = Desk([open_web_page(confirm, open_url=lambda url: opened.append(url) or True)])
    await desk.open(emulator)  # 3.8 takes NON_BLOCKING functions
    try:
        desk.type('open_web_page {"url": "https://example.org/docs"}')
        assert await desk.said() == "I'm on it.", "the model goes on while the user decides"
        agree.set_result(True)
        said = await desk.said()
        assert said == 'open_web_page returned {"opened": true, "url": "https://example.org/docs"}.'
        assert opened == ["https://example.org/docs"]
        assert responses(emulator)[-1]["scheduling"] == "WHEN_IDLE"
    finally:
        await desk.close()


async def test_a_screenshot_reaches_the_model_before_its_answer(emulator):
    picture = encode_jpeg(np.full((90, 160, 3), 200, np.uint8), time.monotonic())
    desk = Desk(
        [
            take_screenshot(
                agree, lambda: picture, lambda data, mime: desk.session.send_frame(data, mime)
            )
        ]
    )
    await desk.open(emulator)
    try:
        since = time.monotonic()
        desk.type("take_screenshot")
        said = await desk.said()
        assert said == 'take_screenshot returned {"height": 90, "sent": true, "width": 160}.'
        kinds = [r.kind for r in emulator.received() if r.t >= since]
        assert kinds.index("video") < kinds.index("tool_response")
        assert emulator.received("video")[-1].payload == picture.jpeg
    finally:
        await desk.close()


# --- the runner on its own: a session stand-in that records what would be sent -----------


class Recorder:
    """What a ToolRunner needs of a session: the functions declared, and an outbox."""

    def __init__(self, registry: ToolRegistry, model: str = "gemini-3.8-live") -> None:
        from desktop_app.live.config import build_setup
        from desktop_app.settings import Settings

        settings = Settings(model=model, tools=registry.names())
        setup = build_setup(settings, function_declarations=registry.declarations())
        self.declared_functions = setup.functions
        self.sent: list[Any] = []

    def send_tool_responses(self, results) -> None:
        self.sent.extend(results)


def call(name: str, call_id: str = "c1", **args: Any) -> ev.ToolCall:
    return ev.ToolCall((ev.FunctionCall(call_id, name, args),))


async def settle(runner: ToolRunner) -> None:
    await until(lambda: not runner.running, timeout=5, what="the tool runner to settle")


async def test_a_blocking_tool_runs_off_the_loop():
    release = threading.Event()

    def slow(_args: dict[str, Any]) -> str:
        release.wait(5)  # blocks its thread until the test has seen the loop run
        return "done"

    registry = ToolRegistry([Tool(name="slow", description="", run=slow)])
    session = Recorder(registry)
    runner = ToolRunner(registry, session)
    runner.handle(call("slow"))
    turns = 0

    def loop_turned() -> bool:
        nonlocal turns
        turns += 1
        return turns >= 20

    await until(loop_turned, timeout=4, poll=0.01, what="20 turns of the loop")
    assert runner.running, "the loop kept running while the tool was blocked"
    release.set()
    await settle(runner)
    assert session.sent[0].response == {"output": "done"}


async def test_a_tool_past_its_timeout_answers_an_error():
    async def hang(_args: dict[str, Any]) -> None:
        await asyncio.Event().wait()

    registry = ToolRegistry([Tool(name="hang", description="", run=hang, timeout_s=0.1)])
    session = Recorder(registry)
    runner = ToolRunner(registry, session)
    runner.handle(call("hang"))
    await settle(runner)
    assert session.sent[0].response == {"error": "hang did not finish within 0.1 s."}


async def test_bad_arguments_and_odd_outputs_are_answered_in_words():
    registry = ToolRegistry(
        [
            copy_to_clipboard(agree, lambda _text: None),
            Tool(name="odd", description="", run=lambda _args: {"when": NOON}),
        ]
    )
    session = Recorder(registry)
    runner = ToolRunner(registry, session)
    runner.handle(call("copy_to_clipboard", "a", text=""))
    runner.handle(call("odd", "b"))
    await settle(runner)
    answers = {r.id: r.response for r in session.sent}
    assert answers["a"] == {"error": "The argument 'text' must be a non-empty string."}
    assert answers["b"] == {"output": {"when": "2026-11-27 12:00:00+00:00"}}
    json.dumps([r.response for r in session.sent])  # what the SDK will encode


async def test_ending_the_conversation_cancels_what_is_still_running():
    async def hang(_args: dict[str, Any]) -> None:
        await asyncio.Event().wait()

    registry = ToolRegistry([Tool(name="hang", description="", run=hang)])
    session = Recorder(registry)
    runner = ToolRunner(registry, session)
    runner.handle(call("hang"))
    await asyncio.sleep(0)
    runner.handle(ev.StateChanged(ev.ConnectionState.CLOSED))
    await settle(runner)
    assert session.sent == []


async def test_only_http_pages_are_opened_and_only_after_the_user_agrees():
    opened: list[str] = []

    async def refuse(_request: Request) -> bool:
        return False

    tool = open_web_page(refuse, open_url=lambda url: opened.append(url) or True)
    with pytest.raises(ToolError):
        await tool.run({"url": "file:///etc/passwd"})
    assert (await tool.run({"url": "https://example.org"}))["opened"] is False
    assert opened == []


async def test_a_real_screenshot_of_the_test_display(monkeypatch):
    display = os.environ.get("LIVEDESK_X_DISPLAY")
    if not display:
        pytest.skip("needs the Xvfb display ./scripts/run-tests starts")
    monkeypatch.setenv("DISPLAY", display)
    frame: EncodedFrame = grab_screen(1)
    assert frame.jpeg[:2] == b"\xff\xd8" and frame.width > 0 and frame.height > 0


async def test_no_display_is_a_tool_error(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":987")
    with pytest.raises(ToolError, match="screen could not be captured"):
        grab_screen(1)
