"""The cost meter on the real path: the real SDK parses the emulator's usageMetadata (in each
backend's own field names), the session turns it into `Usage` events, and the meter adds
them up by modality and prices them."""

from __future__ import annotations

import pytest

from desktop_app.emulator import EmulatorThread
from desktop_app.live import events as ev
from desktop_app.live.session import LiveSession, RetryPolicy
from desktop_app.metrics.cost import CostMeter
from desktop_app.metrics.pricing import load_table
from desktop_app.routing import Subscribers
from desktop_app.settings import Settings
from tests.support.events import EventLog
from tests.support.waiting import until

pytestmark = pytest.mark.asyncio

KEY = "cost-e2e-key"
PRICED = "gemini-2.5-flash-native-audio-preview-12-2025"


@pytest.fixture(scope="module")
def emulator(tmp_path_factory):
    with EmulatorThread(tls_dir=tmp_path_factory.mktemp("tls"), api_key=KEY) as emu:
        emu.set_answer_seconds(0.2)
        yield emu


def billed_since(emulator: EmulatorThread, before: int) -> dict[str, int]:
    """What the emulator reported, summed by kind, from its own records."""
    totals: dict[str, int] = {}
    for sent in emulator.sent(kind="turn_complete")[before:]:
        usage = sent.message.get("usageMetadata") or {}
        for field, direction in (("promptTokensDetails", "in"),
                                 ("responseTokensDetails", "out"),
                                 ("candidatesTokensDetails", "out")):
            for detail in usage.get(field) or ():
                key = f"{detail['modality'].lower()}_{direction}"
                totals[key] = totals.get(key, 0) + detail["tokenCount"]
        totals["thoughts"] = totals.get("thoughts", 0) + usage.get("thoughtsTokenCount", 0)
    return totals


async def converse(emulator: EmulatorThread, settings: Settings, meter: CostMeter) -> None:
    """Two typed turns, each answered with usageMetadata, through the real SDK."""
    log = EventLog()
    session = LiveSession(settings, Subscribers(meter, _Log(log)).handle,
                          retry=RetryPolicy(initial_s=0.05, cap_s=0.5))
    session.start()
    try:
        await log.wait_for(ev.StateChanged, lambda e: e.state is ev.ConnectionState.LIVE)
        for n, text in enumerate(("hello", "and once more"), start=1):
            session.send_text(text)
            await until(lambda n=n: len(log.of(ev.Usage)) >= n, what=f"usage report {n}")
    finally:
        await session.stop()


class _Log:
    def __init__(self, log: EventLog) -> None:
        self._log = log

    def handle(self, event: ev.Event) -> None:
        self._log(event)


@pytest.mark.parametrize("backend", ["gemini", "vertex"])
async def test_the_meter_counts_what_the_server_reported_and_prices_it(emulator, backend):
    settings = Settings(api_key=KEY, endpoint=emulator.base_url, ca_file=str(emulator.cert_path),
                        model=PRICED, backend=backend)
    before = len(emulator.sent(kind="turn_complete"))
    meter = CostMeter(load_table(), PRICED)
    await converse(emulator, settings, meter)
    assert len(emulator.sent(kind="turn_complete")) - before == 2
    sent = billed_since(emulator, before)
    snap = meter.snapshot()
    assert snap.reports == 2
    tokens = snap.tokens.to_dict()
    for kind, count in sent.items():
        assert tokens.get(kind, 0) == count, kind
    assert snap.tokens.audio_out > 0 and snap.tokens.text_in > 0
    prices = load_table().for_model(PRICED)
    assert prices is not None and snap.cost is not None
    expected = sum(n * prices.per_unit[k] for k, n in snap.tokens.items()
                   if k in prices.per_unit) / prices.unit_tokens
    assert snap.cost.amount == pytest.approx(expected)
    assert snap.cost.amount > 0


async def test_a_model_without_a_price_is_metered_in_tokens_only(emulator):
    settings = Settings(api_key=KEY, endpoint=emulator.base_url, ca_file=str(emulator.cert_path),
                        model="gemini-3.8-live")
    meter = CostMeter(load_table(), "gemini-3.8-live")
    await converse(emulator, settings, meter)
    snap = meter.snapshot()
    assert snap.tokens.total > 0 and snap.cost is None
