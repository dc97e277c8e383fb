"""Fixtures for the emulator's own tests: an `Emulator` on the test's plain asyncio loop."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from desktop_app.emulator import Emulator

from .client import API_KEY


@pytest_asyncio.fixture
async def emu(tmp_path_factory) -> AsyncIterator[Emulator]:
    """An emulator that requires `API_KEY`, with a fresh certificate directory."""
    async with Emulator(tls_dir=tmp_path_factory.mktemp("tls"), api_key=API_KEY) as emulator:
        yield emulator
