"""`python -m desktop_app.emulator` as a process: ready line, certificate, clean exit."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from .client import kind, session

REPO = Path(__file__).resolve().parents[2]


def start(tls_dir: Path, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "desktop_app.emulator", "--port", "0"]
    return subprocess.Popen(
        [*command, "--tls-dir", str(tls_dir), *extra],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_cli_prints_its_url_serves_and_exits_on_a_signal(tmp_path, signum):
    process = start(tmp_path, "--api-key", "cli-key")
    try:
        line = process.stdout.readline()
        match = re.search(r"wss://127\.0\.0\.1:(\d+)", line)
        assert match and int(match.group(1)) > 0, line
        assert (tmp_path / "cert.pem").is_file()
        assert os.stat(tmp_path / "key.pem").st_mode & 0o077 == 0, "the key is private"

        async def talk():
            remote = SimpleNamespace(url=match.group(0), cert_path=tmp_path / "cert.pem")
            async with session(remote, headers={"x-goog-api-key": "cli-key"}) as c:
                await c.send({"realtimeInput": {"text": "hi"}})
                assert "turnComplete" in [kind(m) for m in await c.turn()]

        asyncio.run(talk())
        process.send_signal(signum)
        assert process.wait(15) == 0
        assert "Traceback" not in process.stderr.read()
    finally:
        process.kill()
        process.wait()


def test_restarting_on_the_same_directory_keeps_the_certificate(tmp_path):
    def run_once() -> bytes:
        process = start(tmp_path)
        try:
            assert "wss://127.0.0.1:" in process.stdout.readline()
            process.terminate()
            assert process.wait(15) == 0
        finally:
            process.kill()
            process.wait()
        return (tmp_path / "cert.pem").read_bytes()

    first = run_once()
    assert run_once() == first, "a client that trusts the certificate can reconnect"


def test_cli_takes_a_seed_and_says_so(tmp_path):
    process = start(tmp_path, "--seed", "31", "--tidy")
    try:
        assert "wss://127.0.0.1:" in process.stdout.readline()
        process.terminate()
        assert process.wait(15) == 0
        assert "emulator seed 31 (replay: LIVEDESK_EMULATOR_SEED=31)" in process.stderr.read()
    finally:
        process.kill()
        process.wait()
