"""After the last phase: what was done, and how it felt (effort, pain, notes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.ui.player.session import Summary


class SummaryView(QWidget):
    """After the last phase: what was done, and how it felt (effort, pain, notes)."""

    saved = Signal(int, int, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryView")
        self.text = QLabel(objectName="summaryText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.rpe = self._score("Effort (RPE 0–10): 0 is rest, 10 is all-out")
        self.pain_during = self._score("Pain during (0–10)")
        self.pain_after = self._score("Pain now (0–10)")
        self.notes = QPlainTextEdit(objectName="summaryNotes")
        self.notes.setAccessibleName("Notes")
        self.notes.setTabChangesFocus(True)
        self.save_button = QPushButton("&Save", objectName="saveSummary")
        form = QFormLayout()
        form.addRow("&Effort", self.rpe)
        form.addRow("Pain &during", self.pain_during)
        form.addRow("Pain &now", self.pain_after)
        form.addRow("N&otes", self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.save_button.clicked.connect(
            lambda: self.saved.emit(
                self.rpe.value(),
                self.pain_during.value(),
                self.pain_after.value(),
                self.notes.toPlainText(),
            )
        )

    @staticmethod
    def _score(name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 10)
        box.setAccessibleName(name)
        box.setToolTip(name)
        return box

    def show_summary(self, summary: Summary, workout: str) -> None:
        minutes, seconds = divmod(round(summary.seconds), 60)
        rows = []
        for side in ("left", "right", "both"):
            totals = summary.per_side.get(side)
            if totals is None:
                continue
            parts = [f"{totals.sets} sets"]
            if totals.reps:
                parts.append(f"{totals.reps} reps")
            if totals.hold_s:
                parts.append(f"{totals.hold_s:.0f} s held")
            label = "Both sides" if side == "both" else f"{side.capitalize()} side"
            rows.append(f"<li><b>{label}:</b> {', '.join(parts)}</li>")
        skipped = f", {summary.sets_skipped} skipped" if summary.sets_skipped else ""
        records = ""
        if summary.records:
            items = "".join(f"<li>{line}</li>" for line in summary.records)
            records = f"<p><b>New records</b></p><ul>{items}</ul>"
        self.text.setText(
            f"<h2>Well done: {workout}</h2><p>{minutes} min {seconds:02d} s · "
            f"{summary.sets_done} sets done{skipped}</p><ul>{''.join(rows)}</ul>{records}"
            "<p>How did it feel?</p>"
        )
        self.rpe.setFocus()
