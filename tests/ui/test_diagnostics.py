"""View → Diagnostics and the status bar's figure, in the real app against the emulator: the
answer times the panel shows come from a real conversation (the real SDK, the real player on
PulseAudio), the tokens from the emulator's usageMetadata, the cost from resources/prices.json."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.live import events as ev
from tests.ui.harness import emulator_overrides, running_app, until

pytestmark = [pytest.mark.asyncio, pytest.mark.qasync, pytest.mark.audio]

PRICED = "gemini-2.5-flash-native-audio-preview-12-2025"
DELAY_S = 0.4


async def connect(qtbot, desk) -> None:
    qtbot.mouseClick(desk.window.connect_button, Qt.MouseButton.LeftButton)
    await until(lambda: desk.window.state is ev.ConnectionState.LIVE, what="the Live state")


def cell(table, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


async def type_and_wait(qtbot, desk, text: str, turns: int = 1) -> None:
    """Type `text`; wait until `turns` answers have been heard."""
    window = desk.window
    qtbot.keyClicks(window.text, text)
    qtbot.keyClick(window.text, Qt.Key.Key_Return)
    await until(lambda: sum(t.answer_s is not None for t in
                            desk.figures.snapshot().latency.turns) >= turns,
                what="the answer to be heard")


async def test_the_panel_shows_each_answers_wait_and_the_status_bar_the_last(
        qtbot, emulator, tmp_path):
    emulator.set_answer_seconds(0.3)
    emulator.set_answer_delay(DELAY_S)
    try:
        async with running_app(tmp_path, emulator_overrides(emulator)) as desk:
            window = desk.window
            await connect(qtbot, desk)
            await type_and_wait(qtbot, desk, "hello")
            panel = window.open_diagnostics()
            assert panel.isVisible() and panel.accessibleName()
            assert panel.turns.rowCount() == 1
            assert cell(panel.turns, 0, 1) == "text sent"
            answer_ms = float(cell(panel.turns, 0, 2).replace(",", ""))
            arrival_ms = float(cell(panel.turns, 0, 3).replace(",", ""))
            # The emulator waited DELAY_S after the text arrived; the rest is the way there
            # and back, through a whole app on a busy machine, on the connection's first
            # answer (tests/metrics/test_latency_e2e.py checks the figures to 20 ms).
            assert DELAY_S * 1000 <= arrival_ms < DELAY_S * 1000 + 300
            assert arrival_ms < answer_ms < arrival_ms + 400
            assert panel.setups.text() != "–"  # the connection's setup time
            await until(lambda: "tokens" in window.status.usage.text(), what="tokens shown")
            status = window.status.usage.text()
            assert f"answer {answer_ms:,.0f} ms" in status
            # The default model has no known price: tokens only, never money.
            assert "$" not in status
            assert "No known price" in panel.cost.text()
            assert panel.tokens.rowCount() >= 2  # a kind or more, and the total
            # Kept with the conversation in the history, as the panel last showed them.
            assert desk.store.flush(5)
            saved = desk.store.load_conversation(desk.recorder.conversation_id)
            assert saved is not None and saved.info.figures is not None
            turns = saved.info.figures["latency"]["turns"]
            assert turns[0]["user_end"] == "typed"
            assert turns[0]["answer_ms"] == pytest.approx(answer_ms, abs=1)
            assert saved.info.figures["cost"]["tokens"]["audio_out"] > 0
            # The history dialog shows them with the conversation.
            window.history_requested.emit()
            dialog = desk.history
            dialog.open_conversation(saved.info.id)
            await until(lambda: dialog.conversation is not None, what="the conversation")
            assert "median answer" in dialog.title.text()
            assert "tokens" in dialog.title.text() and "$" not in dialog.title.text()
    finally:
        emulator.set_answer_delay(0.0)


async def test_a_priced_model_shows_its_cost(qtbot, emulator, tmp_path):
    emulator.set_answer_seconds(0.3)
    overrides = emulator_overrides(emulator, model=PRICED)
    async with running_app(tmp_path, overrides) as desk:
        window = desk.window
        await connect(qtbot, desk)
        await type_and_wait(qtbot, desk, "what does this cost")
        await until(lambda: "$" in window.status.usage.text(), what="the cost")
        panel = window.open_diagnostics()
        snapshot = desk.figures.snapshot().cost
        assert snapshot.cost is not None and snapshot.cost.amount > 0
        assert "2026-05-16" in panel.cost.text()  # the date of the prices used
        kinds = [cell(panel.tokens, r, 0) for r in range(panel.tokens.rowCount())]
        assert "Audio out" in kinds and kinds[-1] == "Total"
        total = cell(panel.tokens, panel.tokens.rowCount() - 1, 1)
        assert total == f"{snapshot.tokens.total:,}"
