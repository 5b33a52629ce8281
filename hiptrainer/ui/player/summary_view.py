"""After the last phase: what was done, and how it felt (effort, pain, notes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.ui.player.score import clear_score, score, score_box
from hiptrainer.ui.player.tally import Summary
from hiptrainer.ui.player.wording import SIDE_NAMES, side_text, summary_line, unsaved_text


class SummaryView(QWidget):
    """After the last phase: what was done, and how it felt (effort, pain, notes)."""

    #: effort, pain during, pain now (each an int 0–10 or None: not given), notes
    saved = Signal(object, object, object, str)
    #: The user gave up saving a session the store would not take.
    discarded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryView")
        self.text = QLabel()
        self.text.setObjectName("summaryText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("summaryWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c92a2a; font-weight: bold;")
        self.warning.hide()
        self.rpe = score_box("Effort (RPE 0–10): 0 is rest, 10 is all-out", "summaryEffort")
        self.pain_during = score_box("Pain during (0–10)", "summaryPainDuring")
        self.pain_after = score_box("Pain now (0–10)", "summaryPainNow")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("summaryNotes")
        self.notes.setAccessibleName("Notes")
        self.notes.setTabChangesFocus(True)
        self.feeling = QWidget()
        form = QFormLayout(self.feeling)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QLabel("How did it feel? Leave a score “not given” if you are unsure."))
        form.addRow("Effo&rt", self.rpe)
        form.addRow("Pain &during", self.pain_during)
        form.addRow("Pain &now", self.pain_after)
        form.addRow("N&otes", self.notes)
        self.save_button = QPushButton("&Save")
        self.save_button.setObjectName("saveSummary")
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
        layout.addWidget(self.warning)
        layout.addWidget(self.feeling, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._save)
        self.discard_button.clicked.connect(self.discarded.emit)

    def _save(self) -> None:
        self.saved.emit(
            score(self.rpe),
            score(self.pain_during),
            score(self.pain_after),
            self.notes.toPlainText(),
        )

    def show_summary(self, summary: Summary, workout: str) -> None:
        """Fill the page for a new session: the scores start "not given", the notes empty."""
        rows = []
        for side in ("left", "right", "both"):
            totals = summary.per_side.get(side)
            if totals is not None:
                rows.append(f"<li><b>{SIDE_NAMES[side]}:</b> {side_text(totals)}</li>")
        records = ""
        if summary.records:
            items = "".join(f"<li>{line}</li>" for line in summary.records)
            records = f"<p><b>New records</b></p><ul>{items}</ul>"
        self.text.setText(
            f"<h2>Well done: {workout}</h2><p>{summary_line(summary)}</p>"
            f"<ul>{''.join(rows)}</ul>{records}"
        )
        for box in (self.rpe, self.pain_during, self.pain_after):
            clear_score(box)
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
