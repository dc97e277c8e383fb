"""The tools LiveDesk offers: the time, opening a web page (after the user agrees), copying
text to the clipboard, and sending a fresh screenshot. The last three leave the app, so each
asks the user first through a `Confirm` (a `ConsentGate`), showing exactly what will happen.

Each factory takes what the tool needs from the outside as plain callables: the UI's
confirmation prompt and clipboard, the browser, the screen grabber, the session's frame path.
Blocking work (capturing the screen, launching the browser) runs in a worker thread; the
callbacks that touch the GUI run on the loop, which qasync runs on the GUI thread.
"""

from __future__ import annotations

import asyncio
import time
import webbrowser
from collections.abc import Callable
from datetime import datetime
from typing import Any

from google.genai import types

from desktop_app.media.capture import SourceError
from desktop_app.media.frames import EncodedFrame, encode_jpeg
from desktop_app.media.screen import ScreenSource
from desktop_app.tools.consent import Confirm, Request
from desktop_app.tools.listing import QT_TRANSLATE_NOOP
from desktop_app.tools.registry import Tool, ToolError, ToolRegistry, text_argument
from desktop_app.tools.urls import MAX_URL_CHARS, check_url

SendFrame = Callable[[bytes, str], None]  # image bytes and MIME type, to the model
REFUSED = "The user did not allow it."

MAX_CLIPBOARD_CHARS = 100_000
CONFIRM_TIMEOUT_S = 120.0  # the user may take a while to decide


def current_time(clock: Callable[[], datetime] = lambda: datetime.now().astimezone()) -> Tool:
    """The model has no clock: it needs this for "what time is it" and for dates."""

    def run(_args: dict[str, Any]) -> dict[str, str]:
        now = clock()
        return {
            "local_time": now.isoformat(timespec="seconds"),
            "weekday": now.strftime("%A"),
            "timezone": now.tzname() or "",
        }

    return Tool(
        name="get_current_time",
        label=QT_TRANSLATE_NOOP("ToolListing", "Tell the time"),
        description="The user's current local date, time, weekday and time zone.",
        run=run,
    )


def open_web_page(
    confirm: Confirm,
    open_url: Callable[[str], bool] = webbrowser.open,
    allow_local: Callable[[], bool] = lambda: False,
) -> Tool:
    """Non-blocking where the model allows: the user may take a while to agree, and the
    model can keep talking meanwhile; the result comes when the model is idle. The URL is
    rebuilt by `check_url`, and only the rebuilt one is shown and opened."""

    async def run(args: dict[str, Any]) -> dict[str, Any]:
        page = check_url(
            text_argument(args, "url", max_chars=MAX_URL_CHARS), allow_local=allow_local()
        )
        request = Request(
            "open_web_page",
            "Gemini wants to open this page in your browser:",
            headline=page.host,
            detail=page.url,
        )
        if not await confirm(request):
            return {"opened": False, "url": page.url, "reason": REFUSED}
        opened = await asyncio.to_thread(open_url, page.url)
        return {"opened": bool(opened), "url": page.url}

    return Tool(
        name="open_web_page",
        label=QT_TRANSLATE_NOOP("ToolListing", "Open a web page"),
        asks_first=True,
        description=(
            "Open a web page in the user's browser. The user is asked first and may refuse."
        ),
        parameters=types.Schema(
            type=types.Type.OBJECT,
            properties={"url": types.Schema(type=types.Type.STRING, description="http(s) URL")},
            required=["url"],
        ),
        run=run,
        non_blocking=True,
        scheduling="WHEN_IDLE",
        timeout_s=CONFIRM_TIMEOUT_S,
    )


def copy_to_clipboard(confirm: Confirm, copy: Callable[[str], None]) -> Tool:
    """What is pasted next may be run in a terminal: the user sees the text first."""

    async def run(args: dict[str, Any]) -> dict[str, Any]:
        # A coroutine, so it runs on the loop: the clipboard belongs to the GUI thread.
        text = text_argument(args, "text", max_chars=MAX_CLIPBOARD_CHARS)
        request = Request(
            "copy_to_clipboard",
            f"Gemini wants to put this text ({len(text)} characters) on your clipboard:",
            detail=text,
        )
        if not await confirm(request):
            return {"copied": False, "reason": REFUSED}
        copy(text)
        return {"copied": True, "characters": len(text)}

    return Tool(
        name="copy_to_clipboard",
        label=QT_TRANSLATE_NOOP("ToolListing", "Copy text to your clipboard"),
        asks_first=True,
        description="Put text on the user's clipboard, ready to paste.",
        parameters=types.Schema(
            type=types.Type.OBJECT,
            properties={"text": types.Schema(type=types.Type.STRING)},
            required=["text"],
        ),
        run=run,
        timeout_s=CONFIRM_TIMEOUT_S,
    )


def grab_screen(monitor: int) -> EncodedFrame:
    """One capture of `monitor`, as the JPEG the model gets for screen sharing."""
    source = ScreenSource(monitor, fps=1.0)
    try:
        source.open()
        try:
            bgr = source.read(0.0)
        finally:
            source.close()
    except SourceError as exc:
        raise ToolError(f"The screen could not be captured: {exc}") from exc
    return encode_jpeg(bgr, time.monotonic())


def take_screenshot(
    confirm: Confirm, grab: Callable[[], EncodedFrame], send_frame: SendFrame
) -> Tool:
    """The user sees the very picture that would be sent before it is. It goes through the
    session's frame path (what screen sharing uses), so it reaches the model ahead of the
    response that announces it."""

    async def run(_args: dict[str, Any]) -> dict[str, Any]:
        frame = await asyncio.to_thread(grab)
        request = Request(
            "take_screenshot",
            "Gemini wants to see this screenshot of your screen:",
            image=frame.jpeg,
        )
        if not await confirm(request):
            return {"sent": False, "reason": REFUSED}
        send_frame(frame.jpeg, "image/jpeg")
        return {"sent": True, "width": frame.width, "height": frame.height}

    return Tool(
        name="take_screenshot",
        label=QT_TRANSLATE_NOOP("ToolListing", "Look at your screen"),
        asks_first=True,
        description=(
            "Take a fresh screenshot of the user's screen and look at it: it arrives as the "
            "next image in the video input."
        ),
        run=run,
        timeout_s=CONFIRM_TIMEOUT_S,
    )


def standard_tools(
    *,
    confirm: Confirm,
    copy: Callable[[str], None],
    grab: Callable[[], EncodedFrame],
    send_frame: SendFrame,
    allow_local: Callable[[], bool] = lambda: False,
    open_url: Callable[[str], bool] = webbrowser.open,
) -> ToolRegistry:
    return ToolRegistry(
        [
            current_time(),
            open_web_page(confirm, open_url, allow_local),
            copy_to_clipboard(confirm, copy),
            take_screenshot(confirm, grab, send_frame),
        ]
    )
