"""Run the emulator as a process: `python -m desktop_app.emulator --port 0 --tls-dir DIR`.

It prints one line with its `wss://` URL once it listens (scripts wait for that line),
and exits cleanly on SIGINT or SIGTERM. It behaves like the service, quirks included, from
the seed it prints on stderr (`--seed` to replay one, `--tidy` for a tidy server).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from pathlib import Path

from .quirks import SEED_VARIABLE, TIDY
from .server import Emulator
from .state import LONG_RUN_RECORDS


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m desktop_app.emulator",
        description="A local Gemini Live API server (wss://, self-signed certificate).",
    )
    parser.add_argument("--port", type=int, required=True, help="TCP port; 0 picks a free one")
    parser.add_argument(
        "--tls-dir", type=Path, required=True, help="where cert.pem and key.pem are written"
    )
    parser.add_argument("--api-key", help="the only API key accepted (default: any)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on")
    parser.add_argument(
        "--connection-lifetime",
        type=float,
        metavar="SECONDS",
        help="send goAway before this many seconds, then close each connection",
    )
    parser.add_argument(
        "--answer-delay",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="answer each user turn this long after it ended (default 0)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        help="seed of its random choices (default: LIVEDESK_EMULATOR_SEED, or new)",
    )
    parser.add_argument(
        "--tidy",
        action="store_true",
        help="none of the service's quirks (docs/live-service-quirks.md)",
    )
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    """Run until SIGINT or SIGTERM."""
    emulator = Emulator(
        args.tls_dir,
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        connection_lifetime=args.connection_lifetime,
        max_records=LONG_RUN_RECORDS,  # no one can read its records: a process has no API
        seed=args.seed,
        quirks=TIDY if args.tidy else None,
    )
    emulator.set_answer_delay(args.answer_delay)
    await emulator.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, stop.set)
        except NotImplementedError:  # Windows: no loop signal handlers
            signal.signal(signum, lambda *_: loop.call_soon_threadsafe(stop.set))
    print(
        f"LiveDesk emulator listening on {emulator.url} (certificate: {emulator.cert_path})",
        flush=True,
    )
    print(f"Ephemeral tokens: {emulator.token_url}", flush=True)
    seed = emulator.seed
    print(f"emulator seed {seed} (replay: {SEED_VARIABLE}={seed})", file=sys.stderr, flush=True)
    try:
        await stop.wait()
    finally:
        await emulator.stop()


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args))


if __name__ == "__main__":
    main()
