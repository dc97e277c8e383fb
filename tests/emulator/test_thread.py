"""EmulatorThread: the same controls, synchronous, for clients on another loop or thread."""

from __future__ import annotations

import asyncio
import socket
import threading

import pytest

from desktop_app.emulator import EmulatorThread

from .client import API_KEY, kind, session


@pytest.fixture
def emu(tmp_path):
    with EmulatorThread(tls_dir=tmp_path, api_key=API_KEY) as emulator:
        yield emulator


def test_urls_and_certificate(emu, tmp_path):
    assert emu.url == f"wss://127.0.0.1:{emu.port}" and emu.port > 0
    assert emu.base_url == f"https://127.0.0.1:{emu.port}"
    assert emu.cert_path == tmp_path / "cert.pem" and emu.cert_path.is_file()


def test_controls_do_not_block_a_client_on_the_callers_loop(emu):
    """The app's tests call the blocking controls from the loop their client runs on."""

    async def scenario():
        async with session(emu) as c:
            emu.script_answer("Scripted over a thread.", audio_seconds=1.0)
            await c.send({"realtimeInput": {"text": "hello"}})
            heard = await emu.wait_for_async("text")
            assert heard.payload == "hello" and heard.conn == 1
            turn = await c.until_kind("turnComplete")
            assert emu.turn_count() == 1, "counts change before the client hears of it"
            said = "".join(
                m["serverContent"]["outputTranscription"]["text"]
                for m in turn
                if kind(m) == "outputTranscription"
            )
            assert said == "Scripted over a thread."
            ids = emu.tool_call([{"name": "f", "args": {}}])
            assert (await c.until_kind("toolCall"))[-1]["toolCall"]["functionCalls"][0][
                "id"
            ] == ids[0]
            emu.close(1011, "bye")  # returns without waiting for this loop to answer
            closed = await c.closed()
            assert closed.rcvd.code == 1011
        await emu.wait_for_async(lambda: not emu.connections()[0].open)

    asyncio.run(scenario())
    assert emu.turn_count(1) == 1
    assert emu.connections()[0].close_code == 1011


def test_blocking_waits_while_a_client_runs_in_another_thread(emu):
    done = threading.Event()
    emu.script_answer("Ok.", audio_seconds=0.3)

    async def client():
        async with session(emu) as c:
            await c.send({"realtimeInput": {"text": "from a thread"}})
            await c.turn()
            done.set()

    worker = threading.Thread(target=asyncio.run, args=(client(),))
    worker.start()
    try:
        (info,) = emu.wait_for_connections(1)
        assert info.api_version == "v1beta"
        assert emu.wait_for("text", 10, conn=info.id).payload == "from a thread"
        assert emu.wait_for(lambda: emu.turn_count() == 1 and "one turn", 10) == "one turn"
    finally:
        worker.join(10)
    assert done.is_set()


def test_a_timeout_says_what_was_waited_for_and_what_happened(emu):
    with pytest.raises(TimeoutError) as timed_out:
        emu.wait_for("audio", 0.2)
    assert "'audio'" in str(timed_out.value) and "connections: []" in str(timed_out.value)
    with pytest.raises(TimeoutError):
        emu.wait_for_connections(1, 0.1)


def test_controls_need_an_open_connection(emu):
    with pytest.raises(LookupError):
        emu.drop()


def test_starting_on_a_busy_port_fails_loudly(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        emulator = EmulatorThread(tls_dir=tmp_path, port=busy.getsockname()[1])
        with pytest.raises(OSError):
            emulator.start()
