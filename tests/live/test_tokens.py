"""Which token authenticates each connection: one starts a session and resumes it while it has
time left (resuming does not use a token up); a new session, another model or service, or a
token about to expire means a new one. The token service is replaced by a counter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.live import tokens
from desktop_app.live.tokens import EphemeralToken, TokenCredentials
from desktop_app.settings import Settings

pytestmark = pytest.mark.asyncio

URL = "https://tokens.example.com/livedesk"


class Desk:
    """The clock, the current settings and the tokens the fake service has minted."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
        self.settings = Settings(ephemeral_token_url=URL)
        self.minted: list[str] = []
        self.lifetime: timedelta | None = timedelta(minutes=30)

    def fetch(self, settings: Settings) -> EphemeralToken:
        self.minted.append(f"auth_tokens/{len(self.minted) + 1}")
        expire = self.now + self.lifetime if self.lifetime is not None else None
        return EphemeralToken(self.minted[-1], expire)

    def credentials(self) -> TokenCredentials:
        return TokenCredentials(lambda: self.settings, now=lambda: self.now)


@pytest.fixture
def desk(monkeypatch) -> Desk:
    desk = Desk()
    monkeypatch.setattr(tokens, "fetch_token", desk.fetch)
    return desk


async def test_without_a_token_url_the_key_is_used(desk):
    desk.settings = Settings(api_key="k")
    assert (await desk.credentials()(resuming=False)).api_key == "k"
    assert not desk.minted


async def test_the_token_that_started_a_session_resumes_it(desk):
    credentials = desk.credentials()
    first = await credentials(resuming=False)
    desk.now += timedelta(minutes=10)
    again = await credentials(resuming=True)
    assert again.ephemeral_token == first.ephemeral_token == "auth_tokens/1"
    assert desk.minted == ["auth_tokens/1"]


async def test_a_new_session_gets_a_new_token(desk):
    credentials = desk.credentials()
    await credentials(resuming=False)
    assert (await credentials(resuming=False)).ephemeral_token == "auth_tokens/2"


async def test_a_token_about_to_expire_is_replaced_before_resuming(desk):
    credentials = desk.credentials()
    await credentials(resuming=False)
    desk.now += timedelta(minutes=29, seconds=30)  # 30 s left: less than the margin
    assert (await credentials(resuming=True)).ephemeral_token == "auth_tokens/2"


async def test_a_token_for_another_model_is_not_presented(desk):
    credentials = desk.credentials()
    await credentials(resuming=False)
    desk.settings = desk.settings.replace(model="gemini-3.1-flash-live-preview")
    assert (await credentials(resuming=True)).ephemeral_token == "auth_tokens/2"


async def test_a_token_without_a_known_expiry_is_not_presented_twice(desk):
    desk.lifetime = None
    credentials = desk.credentials()
    await credentials(resuming=False)
    assert (await credentials(resuming=True)).ephemeral_token == "auth_tokens/2"
