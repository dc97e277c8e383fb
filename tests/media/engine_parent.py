"""An app stand-in for the engine's orphan test: starts an audio engine, prints its pid and
waits forever (the test kills this process with SIGKILL)."""

from __future__ import annotations

import asyncio

from desktop_app.media.engine.client import AudioEngine
from desktop_app.media.engine.protocol import EngineConfig


async def main() -> None:
    engine = AudioEngine(EngineConfig(mic=False))
    assert await engine.start()
    print(engine.pid, flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
