"""View → Diagnostics: the conversation's figures, and their one-line form for the status bar.

Only shows `metrics.figures.Figures` snapshots; every figure is computed elsewhere
(desktop_app/metrics). Times are in milliseconds; money only where the price table knows
the model, and marked as partial when some tokens had no price (see resources/prices.json).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.metrics.cost import CostSnapshot
from desktop_app.metrics.figures import Figures
from desktop_app.metrics.pricing import Cost
from desktop_app.ui.access import describe

DASH = "–"


def kind_label(kind: str) -> str:
    labels = {
        "text_in": QCoreApplication.translate("Diagnostics", "Text in"),
        "audio_in": QCoreApplication.translate("Diagnostics", "Audio in"),
        "image_in": QCoreApplication.translate("Diagnostics", "Images in"),
        "video_in": QCoreApplication.translate("Diagnostics", "Video in"),
        "other_in": QCoreApplication.translate("Diagnostics", "Other in (not itemised)"),
        "text_out": QCoreApplication.translate("Diagnostics", "Text out"),
        "audio_out": QCoreApplication.translate("Diagnostics", "Audio out"),
        "other_out": QCoreApplication.translate("Diagnostics", "Other out (not itemised)"),
        "thoughts": QCoreApplication.translate("Diagnostics", "Thinking"),
    }
    return labels.get(kind, kind)


def ms(seconds: float | None) -> str:
    return DASH if seconds is None else f"{seconds * 1000:,.0f}"


def money(cost: Cost) -> str:
    """"$0.0123"; "≥ $0.0123" when some tokens had no price."""
    amount = f"${cost.amount:,.4f}" if cost.currency == "USD" else (
        f"{cost.amount:,.4f} {cost.currency}"
    )
    return amount if cost.complete else f"≥ {amount}"


def cost_sentence(cost: CostSnapshot) -> str:
    translate = QCoreApplication.translate
    if cost.cost is None:
        if not cost.tokens.total:
            return translate("Diagnostics", "No tokens yet.")
        return translate("Diagnostics", "No known price for this model: tokens only.")
    date = cost.prices_as_of or translate("Diagnostics", "an unknown date")
    text = translate("Diagnostics", "{amount} at the prices of {date}.")
    text = text.format(amount=money(cost.cost), date=date)
    if not cost.cost.complete:
        kinds = ", ".join(kind_label(k) for k in cost.cost.unpriced)
        left_out = translate("Diagnostics", "{tokens} tokens have no known price ({kinds}).")
        text += " " + left_out.format(tokens=f"{cost.cost.unpriced_tokens:,}", kinds=kinds)
    return text


def compact(figures: Figures) -> str:
    """The status bar's figure: the last answer's wait, tokens, and cost where known."""
    last = figures.latency.last_answer_s
    wait = None if last is None else QCoreApplication.translate(
        "Diagnostics", "answer {ms} ms").format(ms=ms(last))
    return _one_line(wait, figures)


def history_line(data: dict[str, Any] | None) -> str:
    """A conversation's kept figures in one line for the history: the median answer time,
    the tokens and their cost where known ("" when nothing was kept)."""
    if not data:
        return ""
    figures = Figures.from_dict(data)
    median = figures.latency.median_answer_s
    wait = None if median is None else QCoreApplication.translate(
        "Diagnostics", "median answer {ms} ms").format(ms=ms(median))
    return _one_line(wait, figures)


def _one_line(wait: str | None, figures: Figures) -> str:
    """`wait`, then the tokens and their cost where known, as one line."""
    parts = [wait] if wait else []
    tokens = figures.cost.tokens.total
    if tokens:
        parts.append(QCoreApplication.translate("Diagnostics", "{count} tokens").format(
            count=f"{tokens:,}"))
    if figures.cost.cost is not None:
        parts.append(money(figures.cost.cost))
    return " · ".join(parts)


class DiagnosticsPanel(QDialog):
    """Per turn: how the user's turn ended, answer (end → first sound), arrival (end → first
    chunk), playout (chunk → sound), interrupted → silence; per connection: setup and
    reconnect gaps; the tokens by kind and their cost."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnostics")
        self.setWindowTitle(self.tr("Diagnostics"))
        describe(self, self.tr("Diagnostics"),
                 self.tr("Latency and cost figures of this conversation"))
        layout = QVBoxLayout(self)

        answers = QGroupBox(self.tr("Answers"), self)
        box = QVBoxLayout(answers)
        columns = [self.tr("Turn"), self.tr("Ended by"), self.tr("Answer (ms)"),
                   self.tr("Arrival (ms)"), self.tr("Playout (ms)"),
                   self.tr("Cut → silence (ms)")]
        self.turns = QTableWidget(0, len(columns), answers)
        self.turns.setObjectName("latency-turns")
        self.turns.setHorizontalHeaderLabels(columns)
        header = self.turns.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.turns.verticalHeader().setVisible(False)
        self.turns.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        describe(self.turns, self.tr("Answer times"),
                 self.tr("For each model turn: from the end of your turn to the first sound "
                         "of the answer, split into its arrival and its playout"))
        self.summary = QLabel(answers)
        self.summary.setObjectName("latency-summary")
        describe(self.summary, self.tr("Answer time summary"))
        box.addWidget(self.turns)
        box.addWidget(self.summary)
        layout.addWidget(answers, 3)

        connection = QGroupBox(self.tr("Connection"), self)
        form = QFormLayout(connection)
        self.setups = QLabel(DASH, connection)
        self.setups.setObjectName("setup-times")
        describe(self.setups, self.tr("Setup times"),
                 self.tr("From opening each connection to the server's setupComplete"))
        self.gaps = QLabel(DASH, connection)
        self.gaps.setObjectName("reconnect-gaps")
        describe(self.gaps, self.tr("Reconnect gaps"),
                 self.tr("From losing the connection to the next setupComplete"))
        form.addRow(self.tr("Setup (ms):"), self.setups)
        form.addRow(self.tr("Reconnect gaps (ms):"), self.gaps)
        layout.addWidget(connection)

        spend = QGroupBox(self.tr("Tokens and cost"), self)
        box = QVBoxLayout(spend)
        self.tokens = QTableWidget(0, 2, spend)
        self.tokens.setObjectName("token-counts")
        self.tokens.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Tokens")])
        self.tokens.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tokens.verticalHeader().setVisible(False)
        self.tokens.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # As tall as its few rows: the room goes to the answers, which grow turn by turn.
        self.tokens.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.tokens.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        describe(self.tokens, self.tr("Tokens by kind"),
                 self.tr("Tokens of this conversation by modality, as the server counted them"))
        self.cost = QLabel(spend)
        self.cost.setObjectName("cost")
        self.cost.setWordWrap(True)
        describe(self.cost, self.tr("Cost"), self.tr("What the tokens cost, where known"))
        box.addWidget(self.tokens)
        box.addWidget(self.cost)
        layout.addWidget(spend)
        self.resize(640, 560)
        self.show_figures(Figures())

    def show_figures(self, figures: Figures) -> None:
        turns = figures.latency.turns
        self.turns.setRowCount(len(turns))
        how = {"voice": self.tr("silence"), "push_to_talk": self.tr("key released"),
               "typed": self.tr("text sent")}
        for row, turn in enumerate(turns):
            cells = (
                str(turn.generation),
                how.get(turn.user_end or "", DASH),
                ms(turn.answer_s),
                ms(turn.arrival_s),
                ms(turn.playout_s),
                ms(turn.cut_s) if turn.interrupted else DASH,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.turns.setItem(row, column, item)
        if turns:
            self.turns.scrollToBottom()
        median = figures.latency.median_answer_s
        self.summary.setText(
            self.tr("Median answer time: {ms} ms.").format(ms=ms(median))
            if median is not None else self.tr("No answer measured yet.")
        )
        self.setups.setText(", ".join(ms(s) for s in figures.latency.setups_s) or DASH)
        self.gaps.setText(", ".join(ms(s) for s in figures.latency.reconnect_gaps_s) or DASH)
        items = figures.cost.tokens.items()
        self.tokens.setRowCount(len(items) + 1)
        for row, (kind, count) in enumerate(
            [*((kind_label(k), n) for k, n in items),
             (self.tr("Total"), figures.cost.tokens.total)]
        ):
            self.tokens.setItem(row, 0, QTableWidgetItem(kind))
            number = QTableWidgetItem(f"{count:,}")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tokens.setItem(row, 1, number)
        self.cost.setText(cost_sentence(figures.cost))
