"""Secrets never leave in an output: a whole session that used an API key and a token URL
with a secret in its query — connecting, talking, errors, a traceback, the model list, the
history and its exports — is grepped for them, in every place it wrote or showed text."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt

from desktop_app.__main__ import setup_logging
from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.client import Credentials
from desktop_app.store.export import to_json, to_markdown
from tests.ui.harness import running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync]

KEY = "sk-SECRET-KEY-4242"
ORG_SECRET = "ORG-SECRET-7777"


@pytest.fixture
def logging_to(tmp_path, monkeypatch):
    """The app's real logging (file and stderr, DEBUG so libraries log their headers), into
    a fresh state directory; removed again afterwards."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    path = setup_logging("DEBUG")
    yield path.parent
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


async def test_no_output_of_a_session_holds_a_secret(qtbot, tmp_path, logging_to, capfd):
    shown: list[str] = []
    with EmulatorThread(tls_dir=tmp_path / "tls", api_key=KEY) as emu:
        base = {
            "endpoint": emu.base_url,
            "ca_file": str(emu.cert_path),
            "model": "gemini-3.8-live",
            "video_source": "none",
        }
        secret_query = f"?org={ORG_SECRET}"
        async with running_app(tmp_path, {**base, "api_key": KEY}) as desk:
            window = desk.window
            desk.bridge.event.connect(
                lambda e: isinstance(e, ev.SessionError | ev.StateChanged) and shown.append(repr(e))
            )
            qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
            await until(lambda: window.state is ev.ConnectionState.LIVE)
            qtbot.keyClicks(window.text, "hello")
            qtbot.keyClick(window.text, Qt.Key.Key_Return)
            await until(lambda: "You said: hello." in window.conversation.texts("model"))
            window.models_requested.emit(desk.settings)
            try:  # a library's exception quoting the key, logged with its traceback
                raise RuntimeError(f"request failed: headers={{'x-api': '{KEY}'}}")
            except RuntimeError:
                logging.getLogger("some.library").exception("unexpected")
            emu.leak_key(KEY)  # the next connection is refused (1008)
            emu.drop()
            await until(lambda: window.state is ev.ConnectionState.FAILED)
            shown += [window.banner_text.text(), window.status.label.text(), repr(desk.settings)]
            shown.append(repr(Credentials(api_key=KEY)))

            # The organisation's token service, first at a plain-http URL (refused)...
            token_url = emu.token_url + secret_query
            plain = token_url.replace("https://", "http://", 1)
            desk._use(desk.settings.replace(api_key="", ephemeral_token_url=plain))
            qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
            await until(
                lambda: (
                    window.state is ev.ConnectionState.FAILED
                    and "token" in window.banner_text.text()
                )
            )
            shown += [window.banner_text.text(), window.status.label.text(), repr(desk.settings)]
            # ...then at its https URL: a token per connection.
            desk._use(desk.settings.replace(ephemeral_token_url=token_url))
            qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
            await until(lambda: window.state is ev.ConnectionState.LIVE)
            assert emu.token_requests()[-1].token, "a token was used"
            shown += [window.banner_text.text(), window.status.label.text()]
            exports = [
                text
                for summary in desk.store.list_conversations()
                for conversation in [desk.store.load_conversation(summary.info.id)]
                for text in (to_markdown(conversation), to_json(conversation))
            ]
            tokens = [r.token for r in emu.token_requests() if r.token]
    captured = capfd.readouterr()
    outputs = {
        "stdout": captured.out,
        "stderr": captured.err,
        "shown": "\n".join(shown),
        "exports": "\n".join(exports),
    }
    for path in [*logging_to.iterdir(), *(tmp_path / "data").iterdir()]:
        outputs[path.name] = path.read_bytes().decode("utf-8", "replace")
    assert "unexpected" in outputs["livedesk.log"] and "request failed" in outputs["livedesk.log"]
    assert exports and any("sqlite" in name for name in outputs)
    for name, text in outputs.items():
        for secret in (KEY, ORG_SECRET, *tokens):
            assert secret not in text, f"{secret!r} in {name}"
