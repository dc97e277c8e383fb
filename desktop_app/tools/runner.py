"""`ToolRunner`: answers the model's function calls, each with its call's id.

The Live API leaves running functions to the app, and a call left unanswered stalls the
model's turn, so every call gets exactly one response unless the server cancels it:
- a call to a function that is unknown or was not declared on this connection gets an
  error response (the model hears why), never silence;
- a tool that raises, or runs past its `timeout_s`, gets an error response too;
- a `toolCallCancellation` (the user spoke over the model) cancels the call's task, and
  nothing is sent for it; ending the conversation cancels every call still running;
- calls run concurrently, each as its own task, so a tool waiting for the user does not
  hold up a quick one; a plain (non-coroutine) tool function runs in a worker thread;
- a response to a function declared NON_BLOCKING carries the tool's `scheduling`; other
  responses carry none (the model is waiting for them anyway).

What the runner answers is also reported through `on_result`, for the conversation history.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from desktop_app.live import events as ev
from desktop_app.live.config import DeclaredFunction
from desktop_app.live.uplink import FunctionResult
from desktop_app.tools.registry import Tool, ToolError, ToolRegistry

log = logging.getLogger(__name__)

_ENDED = (ev.ConnectionState.CLOSED, ev.ConnectionState.FAILED)


class ToolSession(Protocol):
    """What the runner needs of a `LiveSession`: what was declared, and the way back."""

    @property
    def declared_functions(self) -> Mapping[str, DeclaredFunction]: ...

    def send_tool_responses(self, results: Sequence[FunctionResult]) -> None: ...


class ToolRunner:
    def __init__(
        self,
        registry: ToolRegistry,
        session: ToolSession,
        *,
        on_result: Callable[[str, dict[str, Any]], None] | None = None,
    ) -> None:
        self._registry = registry
        self._session = session
        self._on_result = on_result
        self._tasks: dict[str, asyncio.Task[None]] = {}

    @property
    def running(self) -> tuple[str, ...]:
        """Ids of the calls still running."""
        return tuple(self._tasks)

    def handle(self, event: ev.Event) -> None:
        """Feed this every session event, on the loop."""
        if isinstance(event, ev.ToolCall):
            for call in event.calls:
                self._start(call)
        elif isinstance(event, ev.ToolCallCancellation):
            for call_id in event.ids:
                task = self._tasks.pop(call_id, None)
                if task is not None:
                    log.info("tool call %s cancelled by the server", call_id)
                    task.cancel()
        elif isinstance(event, ev.StateChanged) and event.state in _ENDED:
            self.cancel_all()

    def cancel_all(self) -> None:
        tasks, self._tasks = list(self._tasks.values()), {}
        for task in tasks:
            task.cancel()

    def _start(self, call: ev.FunctionCall) -> None:
        task = asyncio.get_running_loop().create_task(
            self._answer(call), name=f"tool-{call.name}-{call.id}"
        )
        self._tasks[call.id] = task
        task.add_done_callback(lambda done: self._forget(call.id, done))

    def _forget(self, call_id: str, task: asyncio.Task[None]) -> None:
        if self._tasks.get(call_id) is task:
            del self._tasks[call_id]
        if not task.cancelled() and task.exception() is not None:
            log.error("answering tool call %s failed", call_id, exc_info=task.exception())

    async def _answer(self, call: ev.FunctionCall) -> None:
        # Only what was declared on this connection runs.
        declared = self._session.declared_functions.get(call.name)
        tool = self._registry.get(call.name) if declared is not None else None
        response = await self._response(call, tool)
        non_blocking = declared is not None and declared.non_blocking
        scheduling = tool.scheduling if tool is not None and non_blocking else None
        self._session.send_tool_responses(
            [FunctionResult(call.id, call.name, response, scheduling)]
        )
        if self._on_result is not None:
            self._on_result(call.id, response)

    async def _response(self, call: ev.FunctionCall, tool: Tool | None) -> dict[str, Any]:
        """`{"output": ...}` or `{"error": "..."}`, the keys the Live API reads."""
        if tool is None:
            return {"error": f"There is no function named {call.name!r} here."}
        try:
            output = await asyncio.wait_for(_invoke(tool, dict(call.args)), tool.timeout_s)
        except ToolError as exc:
            return {"error": str(exc)}
        except TimeoutError:
            return {"error": f"{call.name} did not finish within {tool.timeout_s:g} s."}
        except Exception as exc:  # a tool's bug becomes an answer, never a stalled turn
            log.exception("tool %s failed", call.name)
            return {"error": f"{call.name} failed: {type(exc).__name__}: {exc}"}
        # Whatever the tool returned must survive the SDK's JSON encoding on the sender.
        return {"output": json.loads(json.dumps(output, default=str))}


async def _invoke(tool: Tool, args: dict[str, Any]) -> Any:
    if inspect.iscoroutinefunction(tool.run):
        return await tool.run(args)
    return await asyncio.to_thread(tool.run, args)
