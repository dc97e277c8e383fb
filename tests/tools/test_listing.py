"""The settings list tools by what they do, and say "asks you first" exactly for the tools
that do ask: each built-in tool is run once, and whether it asked is compared with what its
listing says."""

from __future__ import annotations

import time

import numpy as np
import pytest

from desktop_app.media.frames import encode_jpeg
from desktop_app.tools.builtin import standard_tools
from desktop_app.tools.consent import Request

pytestmark = pytest.mark.asyncio

ARGS = {"open_web_page": {"url": "https://example.org/"}, "copy_to_clipboard": {"text": "hi"}}


async def test_each_tool_is_listed_by_what_it_does_and_asks_first_as_it_says():
    asked: list[str] = []

    async def refuse(request: Request) -> bool:
        asked.append(request.tool)
        return False

    frame = encode_jpeg(np.zeros((8, 8, 3), np.uint8), time.monotonic())
    tools = standard_tools(
        confirm=refuse,
        copy=lambda _text: None,
        grab=lambda: frame,
        send_frame=lambda _jpeg, _mime: None,
        open_url=lambda _url: True,
    )
    listings = tools.listings()
    assert [t.name for t in listings] == tools.names()
    assert [t.label for t in listings][:2] == ["Tell the time", "Open a web page"]
    for listing in listings:
        assert listing.label and "_" not in listing.label, f"{listing.name} needs words"
        assert listing.description == tools.get(listing.name).description
        asked.clear()
        result = tools.get(listing.name).run(ARGS.get(listing.name, {}))
        if hasattr(result, "__await__"):
            await result
        assert bool(asked) is listing.asks_first, f"{listing.name} asks: {bool(asked)}"
