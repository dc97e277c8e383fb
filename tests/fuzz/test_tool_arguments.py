"""1,000 generated tool calls (the model's names, junk names, hostile URLs and texts, values
of every JSON type) through the tool runner: every call gets exactly one answer the SDK can
encode, nothing raises out of the runner, and nothing leaves the app without a yes for
exactly what was shown."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

from hypothesis import given

from desktop_app.live import events as ev
from desktop_app.live.config import build_setup
from desktop_app.settings import Settings
from desktop_app.tools.runner import ToolRunner
from desktop_app.tools.urls import check_url
from tests.fuzz.harness import Actions
from tests.fuzz.strategies import FUZZ_EXAMPLES, FUZZ_SETTINGS, TOOL_CALLS


class FakeToolSession:
    """What the runner needs of a session: the setup declaring the tools, and a way back."""

    def __init__(self, names: list[str], actions: Actions) -> None:
        registry = actions.registry()
        settings = Settings(model="gemini-3.8-live", tools=names)
        setup = build_setup(settings, function_declarations=registry.declarations())
        self.declared_functions = setup.functions
        self.registry = registry
        self.sent: list[Any] = []

    def send_tool_responses(self, results) -> None:
        self.sent.extend(results)


def test_generated_tool_calls_are_answered_and_never_act_unasked(caplog) -> None:
    actions = Actions()
    session = FakeToolSession(["open_web_page", "copy_to_clipboard", "take_screenshot"], actions)
    runner = ToolRunner(session.registry, session)
    count = 0
    answers: dict[str, int] = {"output": 0, "error": 0}
    started = time.monotonic()

    async def answer(calls: tuple[ev.FunctionCall, ...]) -> None:
        runner.handle(ev.ToolCall(calls))
        while runner.running:
            await asyncio.sleep(0)

    @FUZZ_SETTINGS
    @given(calls=TOOL_CALLS)
    def one(calls: list[tuple[str, Any]]) -> None:
        nonlocal count
        count += 1
        before = len(session.sent)
        batch = tuple(
            ev.FunctionCall(f"{count}-{i}", name, args if isinstance(args, dict) else {})
            for i, (name, args) in enumerate(calls)
        )
        loop.run_until_complete(asyncio.wait_for(answer(batch), 10))
        sent = session.sent[before:]
        assert sorted(r.id for r in sent) == sorted(c.id for c in batch), "one answer each"
        for result in sent:
            assert set(result.response) in ({"output"}, {"error"})
            json.dumps(result.response, allow_nan=False)  # what the SDK will encode
            answers[next(iter(result.response))] += 1
        actions.check()
        for url in actions.opened:
            assert check_url(url).url == url

    loop = asyncio.new_event_loop()  # one loop for all, as in the app
    try:
        with caplog.at_level(logging.ERROR):
            one()
    finally:
        loop.close()
    report = {
        "examples": count,
        "seconds": round(time.monotonic() - started, 1),
        "answers": answers,
        "asked": len(actions.asked),
        "opened": len(actions.opened),
        "copied": len(actions.copied),
        "sent": len(actions.sent),
    }
    print(f"\ntool-argument fuzzing: {report}")
    assert count >= FUZZ_EXAMPLES
    assert not caplog.records, "no tool failed with a bug, no answer failed to go out"
