"""After the last phase: what was done, and how it felt.

What was done: the time, the holds and sets per side in a small table, the records this
session beat (highlighted), and a line on the left/right balance of this session. How it
felt: effort on the CR10 scale and pain during and now on the traffic light, each one row of
segments, nothing chosen until the runner chooses; and a few lines of notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.domain.progress_pain import ZONE_WORDS, pain_zone
from hiptrainer.domain.summary import EFFORT_WORDS, Summary, balance_line
from hiptrainer.ui.player.segmented import ScoreChoice
from hiptrainer.ui.player.selftest.suggestion_panel import SuggestionPanel
from hiptrainer.ui.player.wording import SIDE_NAMES, counted, summary_line, unsaved_text
from hiptrainer.ui.widgets.pain_zones import ZONE_COLOURS

RECORD_STYLE = "background:#fff3bf; color:#5c3c00; border-radius:6px; padding:6px 10px;"


def pain_colour(score: int) -> QColor:
    return QColor(ZONE_COLOURS[pain_zone(score)])


def effort_words(score: int | None) -> str:
    return "" if score is None else f"{score} — {EFFORT_WORDS[score]}"


def pain_words(score: int | None) -> str:
    return "" if score is None else f"{score} — {ZONE_WORDS[pain_zone(score)]}"


def totals_table(summary: Summary) -> str:
    """Holds and sets of reps per side, as a small rich-text table."""
    rows = []
    for side in ("left", "right", "both"):
        totals = summary.per_side.get(side)
        if totals is None:
            continue
        held = f"{totals.hold_s:.0f} s" if totals.holds else "–"
        reps = counted(totals.reps, "rep") if totals.rep_sets else "–"
        rows.append(
            f"<tr><td><b>{SIDE_NAMES[side]}</b></td><td align='center'>{totals.holds}</td>"
            f"<td align='center'>{held}</td><td align='center'>{totals.rep_sets}</td>"
            f"<td align='center'>{reps}</td></tr>"
        )
    if not rows:
        return "<p>Nothing was done.</p>"
    head = (
        "<tr><th align='left'>Side</th><th>Holds</th><th>Held</th>"
        "<th>Sets of reps</th><th>Reps</th></tr>"
    )
    return f"<table cellspacing='0' cellpadding='6'>{head}{''.join(rows)}</table>"


class SummaryView(QWidget):
    """After the last phase: what was done, and how it felt (effort, pain, notes)."""

    #: effort, pain during, pain now (each an int 0–10 or None: not given), notes
    saved = Signal(object, object, object, str)
    #: The user gave up saving a session the store would not take.
    discarded = Signal()
    #: Effort or pain changed on the page (the suggestions for next time follow them).
    ratings_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryView")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)  # read standing by the laptop, not bent over it
        self.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("summaryText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.records = QLabel()
        self.records.setObjectName("summaryRecords")
        self.records.setTextFormat(Qt.TextFormat.RichText)
        self.records.setWordWrap(True)
        self.records.setStyleSheet(f"QLabel {{ {RECORD_STYLE} }}")
        self.records.setFont(font)  # a style sheet of its own stops the page's font at it
        self.balance = QLabel()
        self.balance.setObjectName("summaryBalance")
        self.balance.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("summaryWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c92a2a; font-weight: bold;")
        self.warning.hide()
        self.rpe = ScoreChoice("Effort, 0 rest to 10 all-out", "summaryEffort")
        self.pain_during = ScoreChoice("Pain during", "summaryPainDuring", pain_colour)
        self.pain_after = ScoreChoice("Pain now", "summaryPainNow", pain_colour)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("summaryNotes")
        self.notes.setAccessibleName("Notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText("Anything to remember: a side that felt weaker, a niggle…")
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.notes.setMaximumWidth(720)
        self.feeling = QWidget()
        self._lay_out_feeling()
        #: What the rules suggest for the routine's next session, from the ratings given here.
        self.suggestions = SuggestionPanel("Next time")
        self.save_button = QPushButton("&Save")
        self.save_button.setObjectName("saveSummary")
        self.save_button.setDefault(True)
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        self.save_button.setStyleSheet(
            "QPushButton { font-weight: bold; padding: 8px 28px; border-radius: 6px; "
            f"color: white; background: {accent}; }}"
        )
        self.discard_button = QPushButton("Dis&card")
        self.discard_button.setObjectName("discardSummary")
        self.discard_button.setToolTip("Leave without saving how it felt")
        self.discard_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.records)
        layout.addWidget(self.balance)
        layout.addWidget(self.warning)
        layout.addWidget(self.feeling)
        layout.addWidget(self.suggestions)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._save)
        self.discard_button.clicked.connect(self.discarded.emit)

    def _lay_out_feeling(self) -> None:
        form = QFormLayout(self.feeling)
        form.setContentsMargins(0, 8, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(QLabel("<b>How did it feel?</b> Leave a row empty if you are unsure."))
        self.words: dict[str, QLabel] = {}
        for label, box, describe in (
            ("Effo&rt", self.rpe, effort_words),
            ("Pain &during", self.pain_during, pain_words),
            ("Pain &now", self.pain_after, pain_words),
        ):
            words = QLabel()
            words.setObjectName(f"{box.objectName()}Words")
            words.setMinimumWidth(words.fontMetrics().horizontalAdvance("10 — Very hard, close "))
            box.valueChanged.connect(lambda score, w=words, d=describe: w.setText(d(score)))
            box.valueChanged.connect(lambda _score: self.ratings_changed.emit())
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(words)
            row.addStretch(1)
            caption = QLabel(label)
            caption.setBuddy(box)
            form.addRow(caption, row)
            self.words[box.objectName()] = words
        scale = QLabel("Pain: 0–2 fine, 3–5 acceptable, above 5 too much.")
        scale.setObjectName("painScale")
        form.addRow("", scale)
        notes = QLabel("N&otes")
        notes.setBuddy(self.notes)
        form.addRow(notes, self.notes)

    def _save(self) -> None:
        self.saved.emit(
            self.rpe.value(),
            self.pain_during.value(),
            self.pain_after.value(),
            self.notes.toPlainText(),
        )

    def show_summary(
        self, summary: Summary, workout: str, names: Mapping[str, str] | None = None
    ) -> None:
        """Fill the page for a new session: the scores start "not given", the notes empty."""
        names = names or {}
        self.text.setText(
            f"<h2>Well done: {escape(workout)}</h2>"
            f"<p style='font-size:large'>{summary_line(summary)}</p>{totals_table(summary)}"
        )
        if summary.records:
            items = "".join(f"<li>{escape(line)}</li>" for line in summary.records)
            self.records.setText(f"<b>★ New records</b><ul>{items}</ul>")
        self.records.setVisible(bool(summary.records))
        line = balance_line(summary, names)
        self.balance.setText(f"<b>Balance:</b> {escape(line)}" if line else "")
        self.balance.setVisible(bool(line))
        for box in (self.rpe, self.pain_during, self.pain_after):
            box.setValue(None)
        self.notes.clear()
        self.show_warning(unsaved_text(summary))
        self.discard_button.hide()
        self.feeling.setVisible(summary.recorded)
        self.save_button.setText("&Save" if summary.recorded else "&Close")
        (self.rpe if summary.recorded else self.save_button).setFocus()

    def show_warning(self, text: str) -> None:
        self.warning.setText(f"⚠ {text}" if text else "")
        self.warning.setVisible(bool(text))

    def save_failed(self, text: str) -> None:
        """The store would not take the session: say so, keep the page, offer to give up."""
        self.show_warning(f"Not saved: {text}. Save tries again; Discard leaves without them.")
        self.discard_button.show()
