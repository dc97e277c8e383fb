"""The app's tool side, wired as the app wires it, with recorders for every action that
leaves the app and a user who agrees to every other question.

`Actions.check()` states the invariant the fuzzing holds the app to: nothing left the app
without a yes for exactly that URL, that text or that picture, and every page opened is one
`check_url` accepts as it is.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from desktop_app.media.frames import EncodedFrame, encode_jpeg
from desktop_app.tools.builtin import standard_tools
from desktop_app.tools.consent import Answer, ConsentGate, Request
from desktop_app.tools.registry import ToolRegistry
from desktop_app.tools.urls import check_url

PICTURE = encode_jpeg(np.full((16, 16, 3), 90, np.uint8), time.monotonic())


@dataclass
class Actions:
    asked: list[Request] = field(default_factory=list)
    allowed: list[Request] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)
    copied: list[str] = field(default_factory=list)
    sent: list[bytes] = field(default_factory=list)

    async def ask(self, request: Request) -> Answer:
        """Yes to every other question."""
        self.asked.append(request)
        if len(self.asked) % 2:
            self.allowed.append(request)
            return Answer(True)
        return Answer(False)

    def open(self, url: str) -> bool:
        self.opened.append(url)
        return True

    def grab(self) -> EncodedFrame:
        return PICTURE

    def send(self, data: bytes, _mime: str) -> None:
        self.sent.append(data)

    def registry(self) -> ToolRegistry:
        return standard_tools(
            confirm=ConsentGate(self.ask),
            copy=self.copied.append,
            grab=self.grab,
            send_frame=self.send,
            open_url=self.open,
        )

    def check(self) -> None:
        allowed_pages = [r.detail for r in self.allowed if r.tool == "open_web_page"]
        allowed_texts = [r.detail for r in self.allowed if r.tool == "copy_to_clipboard"]
        allowed_images = [r.image for r in self.allowed if r.tool == "take_screenshot"]
        assert self.opened == allowed_pages, "a page opened without a yes for that URL"
        assert self.copied == allowed_texts, "a text copied without a yes for that text"
        assert self.sent == allowed_images, "a picture sent without a yes for it"
        for url in self.opened:
            assert check_url(url).url == url, "what was opened is the checked, rebuilt URL"
