"""Model-callable actions that leave the app: nothing happens without a yes for exactly what
is shown, and a URL is shown and opened only as rebuilt from checked parts."""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import pytest

from desktop_app.live import events as ev
from desktop_app.media.frames import encode_jpeg
from desktop_app.tools.builtin import copy_to_clipboard, open_web_page, take_screenshot
from desktop_app.tools.consent import Answer, ConsentGate, Request
from desktop_app.tools.registry import ToolError

pytestmark = pytest.mark.asyncio

YES = Answer(True)
SPOOF = "https://docs.google.com" + "\n" * 40 + "@evil.example/?d=SECRET"


class User:
    """Answers every question with `answer` and remembers what it was asked."""

    def __init__(self, answer: Answer = YES) -> None:
        self.answer = answer
        self.asked: list[Request] = []

    async def __call__(self, request: Request) -> Answer:
        self.asked.append(request)
        return self.answer


async def agree(_request: Request) -> bool:
    return True


def page_tool(user: User, opened: list[str], allow_local: bool = False):
    gate = ConsentGate(user)
    return open_web_page(gate, lambda url: opened.append(url) or True, lambda: allow_local)


@pytest.mark.parametrize(
    "url",
    [
        SPOOF,
        "https://docs.google.com@evil.example/",
        "https://user:pw@example.org/",
        "\x08https://example.org/",
        "\u202ehttps://example.org/gpj.exe",
        "https://example.org/\u200b",
        "https://example.org/a b",
        " https://example.org/",
        "https://example.org/\t",
        "http://127.0.0.1:8080/admin",
        "http://127.1/",
        "http://0x7f000001/",
        "http://2130706433/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://localhost/",
        "http://192.168.1.1/",
        "http://10.0.0.8/",
        "http://169.254.169.254/latest/meta-data/",
        "http://router.local/",
        "http://intranet/",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "smb://server/share",
        "https:///no-host",
    ],
)
async def test_a_hostile_url_is_refused_before_the_user_is_asked(url):
    user, opened = User(), []
    with pytest.raises(ToolError):
        await page_tool(user, opened).run({"url": url})
    assert user.asked == [] and opened == []


async def test_the_rebuilt_url_is_what_is_shown_and_opened():
    user, opened = User(), []
    result = await page_tool(user, opened).run({"url": "HTTPS://Bücher.Example/ä?q=ü#top"})
    rebuilt = "https://xn--bcher-kva.example/%C3%A4?q=%C3%BC#top"
    [asked] = user.asked
    assert asked.headline == "xn--bcher-kva.example", "the host, as the browser looks it up"
    assert asked.detail == rebuilt and opened == [rebuilt] and result["url"] == rebuilt


async def test_local_pages_open_only_when_the_settings_allow_them():
    user, opened = User(), []
    await page_tool(user, opened, allow_local=True).run({"url": "http://192.168.1.1/setup"})
    assert opened == ["http://192.168.1.1/setup"] and user.asked[0].headline == "192.168.1.1"


async def test_the_clipboard_shows_the_text_and_a_no_copies_nothing():
    user, copied = User(Answer(False)), []
    tool = copy_to_clipboard(ConsentGate(user), copied.append)
    result = await tool.run({"text": "rm -rf ~\nsecond line"})
    assert result["copied"] is False and copied == []
    assert user.asked[0].detail == "rm -rf ~\nsecond line"


async def test_a_screenshot_shows_the_picture_and_a_no_sends_nothing():
    picture = encode_jpeg(np.full((90, 160, 3), 200, np.uint8), time.monotonic())
    user, sent = User(Answer(False)), []
    tool = take_screenshot(ConsentGate(user), lambda: picture, lambda *frame: sent.append(frame))
    result = await tool.run({})
    assert result["sent"] is False and sent == []
    assert user.asked[0].image == picture.jpeg


async def test_always_holds_for_that_tool_in_this_conversation_only():
    user = User(Answer(True, always=True))
    gate = ConsentGate(user)
    copied: list[str] = []
    copy = copy_to_clipboard(gate, copied.append)
    screenshot: list[Any] = []
    picture = encode_jpeg(np.zeros((8, 8, 3), np.uint8), 0.0)
    shot = take_screenshot(gate, lambda: picture, lambda *frame: screenshot.append(frame))

    await copy.run({"text": "one"})
    user.answer = Answer(False)
    await copy.run({"text": "two"})
    assert copied == ["one", "two"] and len(user.asked) == 1, "ticked: not asked again"
    await shot.run({})
    assert screenshot == [] and len(user.asked) == 2, "another tool still asks"

    gate.handle(ev.StateChanged(ev.ConnectionState.CLOSED))
    await copy.run({"text": "three"})
    assert copied == ["one", "two"] and len(user.asked) == 3, "a new conversation asks again"


async def test_a_plain_yes_is_asked_again_next_time():
    user = User(Answer(True))
    copied: list[str] = []
    copy = copy_to_clipboard(ConsentGate(user), copied.append)
    await copy.run({"text": "one"})
    await copy.run({"text": "two"})
    assert copied == ["one", "two"] and len(user.asked) == 2
