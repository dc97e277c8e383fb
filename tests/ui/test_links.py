"""Links in the conversation open only for web pages: a search source the server sends with
any other scheme is shown as plain text, never as something a click would hand the system."""

from __future__ import annotations

import re

from desktop_app.live.events import GroundingSource
from desktop_app.store import Message
from desktop_app.ui.conversation import EntryWidget

SOURCES = (
    GroundingSource(title="Docs", uri="https://ai.google.dev/gemini-api/docs/live"),
    GroundingSource(title="Plain", uri="http://example.org/a?b=1&c=2"),
    GroundingSource(title="Passwords", uri="file:///home/user/.ssh/id_rsa"),
    GroundingSource(title="Share", uri="smb://fileserver/share"),
    GroundingSource(title="Script", uri="javascript:alert(1)"),
    GroundingSource(title="Meeting", uri="zoommtg://zoom.us/join?confno=1"),
    GroundingSource(title="Sneaky", uri=" HTTPS://example.org"),
)


def test_only_http_and_https_sources_become_links(qtbot):
    message = Message(1, "model", 0.0, 0.0, text="Found it.", sources=SOURCES, ended_at=0.0)
    entry = EntryWidget("c1", message)
    qtbot.addWidget(entry)
    html = entry.sources.text()
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs == [
        "https://ai.google.dev/gemini-api/docs/live",
        "http://example.org/a?b=1&amp;c=2",
    ]
    for title in ("Passwords", "Share", "Script", "Meeting", "Sneaky"):
        assert title in html, "still shown, as text"
