"""The suggestions for a routine's next session, in the chooser and in the summary.

One row per exercise and side: what to do and the dose ("Move on · Clamshell, right side:
12 reps → 13 reps"), with its reason under it. A suggestion that changes the dose has a tick
box, ticked; Apply makes the user's own copy of the routine with the ticked ones, Dismiss
forgets them. Nothing happens without one of the two. Every text is plain (exercise and
routine names may be the user's own).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.domain.model import Exercise, Workout
from hiptrainer.domain.progression import Suggestion
from hiptrainer.ui.player.selftest.suggestions import headline, reason_words
from hiptrainer.ui.style.plurals import plural

# At most this many rows show without scrolling.
ROWS_SHOWN = 4


class SuggestionPanel(QWidget):
    # The ticked suggestions (a list of Suggestion), to apply or to dismiss.
    apply_requested = Signal(object)
    dismiss_requested = Signal(object)

    def __init__(self, heading: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionPanel")
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("suggestionHeading")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self._heading = self.tr("Suggested for next time") if heading is None else heading
        self.list = QListWidget()
        self.list.setObjectName("suggestionList")
        self.list.setAccessibleName(self.tr("Suggestions"))
        self.list.setAccessibleDescription(
            self.tr("Changes of dose the rules suggest; Space ticks or unticks the chosen one")
        )
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # A row's lines wrap anew when the list's width changes, and its height with them
        # (a long German reason takes four lines where the English one took two).
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.viewport().installEventFilter(self)
        # One suggestion apart from the next by a rule (not alternating row colours, which
        # some dark palettes leave light under light text).
        self.list.setStyleSheet(
            "QListWidget::item { border-bottom: 1px solid palette(mid); padding: 3px 0; }"
        )
        self.note = QLabel()
        self.note.setObjectName("suggestionNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self.apply_button = QPushButton(self.tr("&Apply to my copy"))
        self.apply_button.setObjectName("applySuggestions")
        self.apply_button.setToolTip(
            self.tr("Make your own copy of the routine with the ticked doses (the original stays)")
        )
        self.dismiss_button = QPushButton(self.tr("Dis&miss"))
        self.dismiss_button.setObjectName("dismissSuggestions")
        self.dismiss_button.setToolTip(self.tr("Do not offer the ticked suggestions again"))
        self.suggestions: list[Suggestion] = []
        self._writable = True
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        # The note on a line of its own: beside the buttons, a German note ("read-only: ...")
        # with a doubled font held the summary 8 px wider than a 960 px window.
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.apply_button.clicked.connect(lambda: self._request(dismiss=False))
        self.dismiss_button.clicked.connect(lambda: self._request(dismiss=True))
        self.list.itemChanged.connect(lambda _item: self._enable())
        self.hide()

    def set_suggestions(
        self,
        suggestions: Sequence[Suggestion],
        workout: Workout,
        exercises: Mapping[str, Exercise],
        writable: bool = True,
    ) -> None:
        """Show ``suggestions`` for ``workout`` (none: the panel hides). ``writable``: False
        when nothing can be saved (Apply and Dismiss are off)."""
        self.suggestions = list(suggestions)
        self._writable = writable
        self.list.blockSignals(True)
        self.list.clear()
        for suggestion in self.suggestions:
            item = QListWidgetItem(
                f"{headline(workout, exercises, suggestion)}\n"
                f"{reason_words(workout, exercises, suggestion)}"
            )
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if suggestion.applicable:
                item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(flags)
            self.list.addItem(item)
        self.list.blockSignals(False)
        changes = sum(s.applicable for s in self.suggestions)
        if changes:
            line = plural(self.tr("{heading}: %n change(s)", "", changes), changes)
        else:
            line = self.tr("{heading}: keep the doses")
        self.heading.setText(line.format(heading=self._heading))
        for widget in (self.heading, self.list, self.apply_button, self.dismiss_button):
            widget.setVisible(bool(self.suggestions))
        self._fit_height()
        self.note.setText(
            "" if writable else self.tr("Your training data is read-only: nothing can be saved.")
        )
        self.note.setVisible(not writable)
        self._enable()
        self.setVisible(bool(self.suggestions))

    def say(self, line: str) -> None:
        """One line under the suggestions (what Apply did, or why it could not): shown
        even when no suggestion is left."""
        self.note.setText(line)
        self.note.setVisible(bool(line))
        if line:
            self.setVisible(True)

    def _fit_height(self) -> None:
        """Up to ``ROWS_SHOWN`` whole rows without scrolling; in a small window, the tallest
        row at least, whole (the pictures above and Start below keep their room). Rows are
        as high as their wrapped lines at the list's width now."""
        rows = self.row_heights()
        frame = 2 * self.list.frameWidth()
        if not rows or min(rows) <= 0:  # not laid out yet: three lines a row
            rows = [self.list.fontMetrics().lineSpacing() * 3 + 8] * max(1, self.list.count())
        self.list.setMinimumHeight(max(rows) + frame)
        self.list.setMaximumHeight(sum(rows[:ROWS_SHOWN]) + frame)

    def row_heights(self) -> list[int]:
        """Each row's height as the list lays it out at its present width."""
        self.list.doItemsLayout()
        model = self.list.model()
        rows = range(self.list.count())
        return [self.list.visualRect(model.index(row, 0)).height() for row in rows]

    def eventFilter(self, watched: QObject, change: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.list.viewport()
            and isinstance(change, QResizeEvent)
            and change.size().width() != change.oldSize().width()
        ):
            self._fit_height()  # the rows wrap anew at the new width
        return False

    def ticked(self) -> list[Suggestion]:
        return [
            suggestion
            for row, suggestion in enumerate(self.suggestions)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _enable(self) -> None:
        some = bool(self.ticked())
        self.apply_button.setEnabled(self._writable and some)
        self.dismiss_button.setEnabled(self._writable and bool(self.suggestions))

    def _request(self, dismiss: bool) -> None:
        ticked = self.ticked()
        if dismiss:
            # Nothing ticked: what is shown (the stays, say) goes.
            self.dismiss_requested.emit(ticked or list(self.suggestions))
        elif ticked:
            self.apply_requested.emit(ticked)
