"""Tokens by modality and their price: pure arithmetic on the server's reports and the table."""

from __future__ import annotations

import pytest

from desktop_app.live import events as ev
from desktop_app.metrics.cost import CostMeter, CostSnapshot
from desktop_app.metrics.pricing import load_table, parse_table
from desktop_app.metrics.tokens import KINDS, TokenCounts, counts_of

TABLE = parse_table(
    {
        "unit_tokens": 1_000_000,
        "currency": "USD",
        "source": "https://ai.google.dev/gemini-api/docs/pricing",
        "models": {
            "priced": {
                "as_of": "2026-05-16",
                "per_million": {"text_in": 0.5, "audio_in": 3.0, "audio_out": 12.0},
            }
        },
    }
)


def usage(prompt=None, response=None, thoughts=None, prompt_details=(), details=()):
    total = (prompt or 0) + (response or 0) + (thoughts or 0)
    return ev.Usage(prompt, response, total, thoughts, tuple(details), tuple(prompt_details))


def test_a_report_splits_by_modality_and_keeps_unclaimed_tokens_apart():
    # A prompt whose details leave 25 tokens unclaimed, as the service's reports do
    # (https://discuss.ai.google.dev/t/.../188765: 522 = 332 + 165 + 25).
    counts = counts_of(
        usage(522, 42, 136, (("TEXT", 332), ("AUDIO", 165)), (("AUDIO", 42),))
    )
    assert counts == TokenCounts(text_in=332, audio_in=165, other_in=25, audio_out=42,
                                 thoughts=136)
    assert counts.total == 522 + 42 + 136


def test_video_image_and_a_response_without_details():
    counts = counts_of(usage(300, 7, None, (("VIDEO", 258), ("IMAGE", 40), ("TEXT", 2))))
    assert (counts.video_in, counts.image_in, counts.text_in) == (258, 40, 2)
    assert counts.other_out == 7  # no detail said what the response was


def test_cost_prices_each_kind_and_lists_what_has_no_price():
    meter = CostMeter(TABLE, "priced")
    meter.handle(usage(1000, 500, 100, (("TEXT", 800), ("AUDIO", 200)), (("AUDIO", 500),)))
    snap = meter.snapshot()
    assert snap.cost is not None
    # 800 × 0.5 + 200 × 3 + 500 × 12, per million
    assert snap.cost.amount == pytest.approx((400 + 600 + 6000) / 1e6)
    assert snap.cost.unpriced == ("thoughts",) and snap.cost.unpriced_tokens == 100
    assert not snap.cost.complete
    assert snap.prices_as_of == "2026-05-16"


def test_reports_add_up_over_a_conversation():
    meter = CostMeter(TABLE, "priced")
    for _ in range(3):
        meter.handle(usage(100, 10, None, (("TEXT", 100),), (("AUDIO", 10),)))
    snap = meter.snapshot()
    assert snap.reports == 3 and snap.tokens.text_in == 300 and snap.tokens.audio_out == 30
    assert snap.cost is not None and snap.cost.complete
    assert snap.cost.amount == pytest.approx((300 * 0.5 + 30 * 12) / 1e6)


def test_a_model_without_a_price_shows_tokens_only():
    meter = CostMeter(TABLE, "gemini-unknown-live")
    meter.handle(usage(100, 10, None, (("AUDIO", 100),), (("AUDIO", 10),)))
    snap = meter.snapshot()
    assert snap.cost is None and snap.tokens.total == 110


def test_tokens_on_an_unpriced_model_are_not_hidden_in_a_priced_total():
    meter = CostMeter(TABLE, "priced")
    meter.handle(usage(100, 0, None, (("TEXT", 100),)))
    meter.model = "gemini-unknown-live"  # the user switched model mid-conversation
    meter.handle(usage(50, 0, None, (("TEXT", 50),)))
    snap = meter.snapshot()
    assert snap.cost is not None and snap.cost.amount == pytest.approx(100 * 0.5 / 1e6)
    assert snap.cost.unpriced_tokens == 50 and snap.models == ("priced", "gemini-unknown-live")


def test_a_new_conversation_starts_from_zero_but_a_reconnect_does_not():
    meter = CostMeter(TABLE, "priced")
    meter.handle(usage(100, 0, None, (("TEXT", 100),)))
    meter.handle(ev.StateChanged(ev.ConnectionState.RECONNECTING))
    meter.handle(ev.StateChanged(ev.ConnectionState.CONNECTING))
    assert meter.snapshot().tokens.text_in == 100
    meter.handle(ev.StateChanged(ev.ConnectionState.CLOSED))
    assert meter.snapshot().tokens.text_in == 100  # still shown after End
    meter.handle(ev.StateChanged(ev.ConnectionState.CONNECTING))
    assert meter.snapshot().tokens.total == 0


def test_a_snapshot_survives_the_history_round_trip():
    meter = CostMeter(TABLE, "priced")
    meter.handle(usage(1000, 500, 100, (("TEXT", 800), ("AUDIO", 200)), (("AUDIO", 500),)))
    snap = meter.snapshot()
    assert CostSnapshot.from_dict(snap.to_dict()) == snap


def test_the_table_refuses_a_kind_it_does_not_know():
    with pytest.raises(ValueError, match="audio_input"):
        parse_table({"models": {"m": {"per_million": {"audio_input": 3.0}}}})


def test_the_shipped_table_says_where_and_when_and_prices_only_known_kinds():
    table = load_table()
    assert table.source == "https://ai.google.dev/gemini-api/docs/pricing"
    assert table.models, "the table prices at least one Live model"
    for prices in table.models.values():
        assert prices.as_of and prices.source.startswith("https://")
        assert set(prices.per_unit) <= set(KINDS)
    # The default model has no published price that we found: it must show tokens only.
    assert table.for_model("gemini-3.8-live") is None
