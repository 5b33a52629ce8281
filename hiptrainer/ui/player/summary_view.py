"""After the last phase: what was done, and how it felt.

What was done: the time, the holds and sets per side in a small table, the records this
session beat (highlighted), and a line on the left/right balance of this session. How it
felt: effort on the CR10 scale and pain during and now on the traffic light, each one row of
segments, nothing chosen until the runner chooses; and a few lines of notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.domain.progress_pain import ZONE_WORDS, pain_zone
from hiptrainer.domain.summary import EFFORT_WORDS, Summary, balance_line
from hiptrainer.ui.player.emphasis import (
    accent_button,
    notice_label,
    read_across,
    warning_label,
)
from hiptrainer.ui.player.segmented import ScoreChoice
from hiptrainer.ui.player.selftest.suggestion_panel import SuggestionPanel
from hiptrainer.ui.player.wording import side_name, summary_line, unsaved_text
from hiptrainer.ui.style.tokens import SPACE_M, SPACE_S, SPACE_XS
from hiptrainer.ui.widgets.flow_layout import FlowLayout
from hiptrainer.ui.widgets.pain_zones import ZONE_COLOURS


def pain_colour(score: int) -> QColor:
    return QColor(ZONE_COLOURS[pain_zone(score)])


def effort_words(score: int | None) -> str:
    """ "7 — Very hard": the score and its CR10 words, in the interface's language."""
    return "" if score is None else f"{score} — {EFFORT_WORDS[score]}"


def pain_words(score: int | None) -> str:
    """ "4 — acceptable": the score and its traffic-light zone."""
    return "" if score is None else f"{score} — {ZONE_WORDS[pain_zone(score)]}"


class NotesBox(QPlainTextEdit):
    """A few lines of notes: as high as :attr:`LINES` lines of the font it has, also after
    the page's font changes (a larger system font, the page's own larger type)."""

    LINES = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_lines()

    def changeEvent(self, change: QEvent) -> None:  # noqa: N802
        super().changeEvent(change)
        if change.type() == QEvent.Type.FontChange:
            self._fit_lines()

    def _fit_lines(self) -> None:
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * round(self.document().documentMargin())
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self.LINES + frame + SPACE_XS)


class ScoreRow(QWidget):
    """A score's segments with its words beside them, or under them when the page is narrow
    (a large font, a small window).

    It asks for the height its width needs as its minimum, at each new width and each time
    its words change: a form shares out the height of its rows whose height follows their
    width evenly among them, so a row with its words under the segments got the rows' average
    and its words ran into the next row."""

    def __init__(self, box: QWidget, words: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{box.objectName()}Row")
        self._flow = FlowLayout(self, spacing=SPACE_M)
        self._flow.addWidget(box)
        self._flow.addWidget(words)

    def _fit_height(self) -> None:
        self.setMinimumHeight(self._flow.heightForWidth(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()

    def event(self, change: QEvent) -> bool:
        # The words' new text (or font) asks the row's layout to lay out again.
        if change.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return super().event(change)


def totals_table(summary: Summary) -> str:
    """Holds and sets of reps as a small rich-text table: a column per side done (left and
    right side by side, to compare), a row per measure. It stays narrow with a large font and
    long words ("Wiederholungssätze"), where a row per side took five columns of them."""
    sides = [(side, totals) for side in ("left", "right", "both")
             if (totals := summary.per_side.get(side)) is not None]  # fmt: skip
    if not sides:
        nothing = QCoreApplication.translate("SummaryView", "Nothing was done.")
        return f"<p>{nothing}</p>"
    rows = {
        QCoreApplication.translate("SummaryView", "Holds"): [
            str(totals.holds) for _, totals in sides
        ],
        QCoreApplication.translate("SummaryView", "Held"): [
            f"{totals.hold_s:.0f} s" if totals.holds else "–" for _, totals in sides
        ],
        QCoreApplication.translate("SummaryView", "Sets of reps"): [
            str(totals.rep_sets) for _, totals in sides
        ],
        QCoreApplication.translate("SummaryView", "Reps"): [
            # The row says what they are: a bare number, as the other counts ("18", not
            # "18 reps", and in German not "Wiederholungen" three times over).
            str(totals.reps) if totals.rep_sets else "–"
            for _, totals in sides
        ],
    }
    head = "".join(f"<th>{side_name(side)}</th>" for side, _ in sides)
    body = "".join(
        f"<tr><th align='left'>{measure}</th>{''.join(map(_centred_cell, cells))}</tr>"
        for measure, cells in rows.items()
    )
    return f"<table cellspacing='0' cellpadding='6'><tr><th></th>{head}</tr>{body}</table>"


def _centred_cell(text: str) -> str:
    return f"<td align='center'>{text}</td>"


class SummaryView(QWidget):
    """After the last phase: what was done, and how it felt (effort, pain, notes)."""

    # effort, pain during, pain now (each an int 0–10 or None: not given), notes
    saved = Signal(object, object, object, str)
    # The user gave up saving a session the store would not take.
    discarded = Signal()
    # Effort or pain changed on the page (the suggestions for next time follow them).
    ratings_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryView")
        read_across(self)  # read standing by the laptop, not bent over it
        self.text = QLabel()
        self.text.setObjectName("summaryText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.records = QLabel()
        self.records.setObjectName("summaryRecords")
        self.records.setTextFormat(Qt.TextFormat.RichText)
        self.records.setWordWrap(True)
        # New records stand out on the notice colours of the theme shown (following it).
        notice_label(self.records, (SPACE_S, SPACE_M))
        self.records.setFont(self.font())  # a style sheet of its own stops the page's font at it
        self.balance = QLabel()
        self.balance.setObjectName("summaryBalance")
        self.balance.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("summaryWarning")
        self.warning.setWordWrap(True)
        warning_label(self.warning)
        self.warning.hide()
        self.rpe = ScoreChoice(self.tr("Effort, 0 rest to 10 all-out"), "summaryEffort")
        self.pain_during = ScoreChoice(self.tr("Pain during"), "summaryPainDuring", pain_colour)
        self.pain_after = ScoreChoice(self.tr("Pain now"), "summaryPainNow", pain_colour)
        self.notes = NotesBox()
        self.notes.setObjectName("summaryNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            self.tr("Anything to remember: a side that felt weaker, a niggle…")
        )
        self.notes.setAccessibleDescription(self.notes.placeholderText())
        self.notes.setMaximumWidth(720)
        self.feeling = QWidget()
        self.feeling.setObjectName("summaryFeeling")
        self._lay_out_feeling()
        # What the rules suggest for the routine's next session, from the ratings given here.
        self.suggestions = SuggestionPanel(self.tr("Next time"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveSummary")
        self.save_button.setDefault(True)
        accent_button(self.save_button, "body")
        self.discard_button = QPushButton(self.tr("Dis&card"))
        self.discard_button.setObjectName("discardSummary")
        self.discard_button.setToolTip(self.tr("Leave without saving how it felt"))
        self.discard_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        # What was done and how it felt scroll inside the page when they do not fit (a large
        # font, a small window); Save stays below them, always in view.
        self.content = QWidget()
        self.content.setObjectName("summaryContent")
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text)
        column.addWidget(self.records)
        column.addWidget(self.balance)
        column.addWidget(self.warning)
        column.addWidget(self.feeling)
        column.addWidget(self.suggestions)
        column.addStretch(1)
        self.detail = QScrollArea()
        self.detail.setObjectName("summaryDetail")
        # Tab goes to the controls inside, and the area scrolls to show each: it takes no
        # focus of its own (the page's Tab order stays the controls' order).
        self.detail.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail.setWidget(self.content)
        self.detail.setWidgetResizable(True)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self.detail.viewport().setAutoFillBackground(False)
        self.content.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._save)
        self.discard_button.clicked.connect(self.discarded.emit)

    def _lay_out_feeling(self) -> None:
        form = QFormLayout(self.feeling)
        form.setContentsMargins(0, SPACE_S, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # A field that does not fit beside its caption goes under it (a large font).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        question = QLabel(self.tr("<b>How did it feel?</b> Leave a row empty if you are unsure."))
        question.setObjectName("feelingQuestion")
        question.setWordWrap(True)  # a large font, a longer German sentence: never wider
        form.addRow(question)
        self.words: dict[str, QLabel] = {}
        for label, box, describe in (
            (self.tr("Effo&rt"), self.rpe, effort_words),
            (self.tr("Pain &during"), self.pain_during, pain_words),
            (self.tr("Pain &now"), self.pain_after, pain_words),
        ):
            words = QLabel()
            words.setObjectName(f"{box.objectName()}Words")
            words.setMinimumWidth(words.fontMetrics().horizontalAdvance(effort_words(8)) * 9 // 10)
            box.valueChanged.connect(lambda score, w=words, d=describe: w.setText(d(score)))
            box.valueChanged.connect(lambda _score: self.ratings_changed.emit())
            caption = QLabel(label)
            caption.setBuddy(box)
            form.addRow(caption, ScoreRow(box, words))
            self.words[box.objectName()] = words
        scale = QLabel(self.tr("Pain: 0–2 fine, 3–5 acceptable, above 5 too much."))
        scale.setObjectName("painScale")
        scale.setWordWrap(True)
        form.addRow("", scale)
        notes = QLabel(self.tr("N&otes"))
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
        title = self.tr("Well done: {workout}").format(workout=escape(workout))
        self.text.setText(
            f"<h2>{title}</h2>"
            f"<p style='font-size:large'>{summary_line(summary)}</p>{totals_table(summary)}"
        )
        if summary.records:
            items = "".join(f"<li>{escape(line)}</li>" for line in summary.records)
            heading = self.tr("New records")
            self.records.setText(f"<b>★ {heading}</b><ul>{items}</ul>")
        self.records.setVisible(bool(summary.records))
        line = balance_line(summary, names)
        heading = self.tr("Balance:")
        self.balance.setText(f"<b>{heading}</b> {escape(line)}" if line else "")
        self.balance.setVisible(bool(line))
        for box in (self.rpe, self.pain_during, self.pain_after):
            box.setValue(None)
        self.notes.clear()
        self.show_warning(unsaved_text(summary))
        self.discard_button.hide()
        self.feeling.setVisible(summary.recorded)
        self.save_button.setText(self.tr("&Save") if summary.recorded else self.tr("&Close"))
        self.save_button.setAccessibleDescription(
            self.tr("Keeps how it felt with the session and goes back to the routines")
            if summary.recorded
            else self.tr("Back to the routines")
        )
        (self.rpe if summary.recorded else self.save_button).setFocus()

    def show_warning(self, text: str) -> None:
        self.warning.setText(f"⚠ {text}" if text else "")
        self.warning.setVisible(bool(text))

    def save_failed(self, text: str) -> None:
        """The store would not take the session: say so, keep the page, offer to give up."""
        line = self.tr("Not saved: {problem}. Save tries again; Discard leaves without them.")
        self.show_warning(line.format(problem=text))
        self.discard_button.show()
        self.detail.ensureWidgetVisible(self.warning)
