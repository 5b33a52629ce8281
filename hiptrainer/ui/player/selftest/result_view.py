"""After a self-test: each side's figure, the difference between them, the sources' figures
"for comparison", and when to test again.

Every sentence comes from the domain (:func:`hiptrainer.domain.selftest.reading`): the
published figures are other people's averages, worded as a comparison and never as a verdict
on the runner; the left/right difference is the runner's own.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.domain.selftest import (
    RETEST_BY_DAYS,
    RETEST_FROM_DAYS,
    SelfTest,
    amount,
    reading,
    side_difference,
)
from hiptrainer.ui.player.emphasis import (
    accent_button,
    read_across,
    role_font,
    scroll_focus_ring,
    warning_label,
)
from hiptrainer.ui.player.playing_view import side_colour
from hiptrainer.ui.player.selftest.picker import plain
from hiptrainer.ui.style.tokens import SPACE_XL, scaled_font


def retest_line(today: date) -> str:
    """'Test again in 4–6 weeks: between 30 Mar and 13 Apr, …'."""
    first, last = today + timedelta(days=RETEST_FROM_DAYS), today + timedelta(days=RETEST_BY_DAYS)
    #: A Qt date format: a day of the coming weeks ("30 Mar").
    day_format = QCoreApplication.translate("SelfTestResult", "d MMM")
    first_text, last_text = (
        QLocale().toString(QDate(day.year, day.month, day.day), day_format) for day in (first, last)
    )
    line = QCoreApplication.translate(
        "SelfTestResult",
        "Test again in 4–6 weeks: between {first} and {last}, rested, at the same time of day "
        "and with the same set-up, so the numbers compare.",
    )
    return line.format(first=first_text, last=last_text)


def difference_text(left: float | None, right: float | None) -> str:
    difference = side_difference(left, right)
    if difference is None:
        return QCoreApplication.translate("SelfTestResult", "One side only: no difference to show.")
    if difference.behind is None:
        return QCoreApplication.translate("SelfTestResult", "The two sides are even.")
    if difference.behind == "left":
        line = QCoreApplication.translate(
            "SelfTestResult", "The left side is {gap}% behind the other."
        )
    else:
        line = QCoreApplication.translate(
            "SelfTestResult", "The right side is {gap}% behind the other."
        )
    return line.format(gap=f"{difference.gap_pct:.0f}")


class SideFigure(QWidget):
    """One side's result, large: "LEFT" over "72 s", in the side's colour."""

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"{side}Result")
        words = {"left": self.tr("LEFT"), "right": self.tr("RIGHT")}
        self.word = plain(words.get(side, side.upper()), wrap=False)
        self.value = plain("–", wrap=False)
        self.value.setObjectName(f"{side}ResultValue")
        for label in (self.word, self.value):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._size_type()
        column = QVBoxLayout(self)
        column.addWidget(self.word)
        column.addWidget(self.value)

    def _size_type(self) -> None:
        """From the type scale, so they grow with the system font: the side's word a bold
        title, its number two display steps up (read across the room, as the player's)."""
        word = scaled_font(self.font(), "title")
        word.setBold(True)
        self.word.setFont(word)
        self.value.setFont(scaled_font(scaled_font(self.font(), "display"), "display"))

    def changeEvent(self, change: QEvent) -> None:  # noqa: N802
        super().changeEvent(change)
        if change.type() == QEvent.Type.FontChange:  # the page's or the system's font
            self._size_type()

    def show_value(self, text: str) -> None:
        self.value.setText(text)
        colour = side_colour(self.side, self.palette()).name()
        for label in (self.word, self.value):
            label.setStyleSheet(f"color:{colour};")


class SelfTestResultView(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfTestResult")
        read_across(self)  # read standing by the laptop, as the summary
        self.title = role_font(plain(name="resultTitle"), "title")
        self.figures = {side: SideFigure(side) for side in ("left", "right")}
        self.difference = role_font(plain(name="resultDifference"), "title")
        self.lines = plain(name="resultReading")
        self.retest = role_font(plain(name="resultRetest"), "body", bold=True)
        self.sources = plain(name="resultSources")
        self.sources.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        role_font(self.sources, "small")
        self.warning = plain(name="resultWarning")
        warning_label(self.warning)
        self.warning.hide()
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName("resultDone")
        self.done_button.setDefault(True)
        accent_button(self.done_button)
        self.done_button.clicked.connect(self.done.emit)
        sides = QHBoxLayout()
        sides.addStretch(1)
        for figure in self.figures.values():
            sides.addWidget(figure)
            sides.addSpacing(2 * SPACE_XL)
        sides.addStretch(1)
        inside = QWidget()
        column = QVBoxLayout(inside)
        column.addWidget(self.title)
        column.addLayout(sides)
        column.addWidget(self.difference)
        column.addWidget(self.lines)
        column.addWidget(self.retest)
        column.addWidget(self.sources)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("resultDetail")
        scroll.setStyleSheet(scroll_focus_ring("resultDetail"))
        # It takes the focus so the keys scroll a long reading: say what it holds.
        scroll.setAccessibleName(self.tr("Your result"))
        scroll.setAccessibleDescription(
            self.tr("Each side's number, how far apart they are and what it means")
        )
        scroll.setWidget(inside)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)
        inside.setAutoFillBackground(False)
        inside.setMaximumWidth(1000)  # lines a reader can follow
        buttons = QHBoxLayout()
        buttons.addWidget(self.warning, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def show_result(
        self,
        test: SelfTest,
        left: float | None,
        right: float | None,
        today: date,
        saved: bool = True,
    ) -> None:
        self.title.setText(self.tr("{test}: your result").format(test=test.name))
        for side, value in (("left", left), ("right", right)):
            self.figures[side].show_value("–" if value is None else amount(value, test.unit))
        self.difference.setText(difference_text(left, right))
        words = reading(test, left, right)
        self.lines.setText("\n\n".join(words.lines()))
        self.retest.setText(retest_line(today))
        self.sources.setText(self.tr("Sources: {sources}").format(sources="; ".join(words.sources)))
        self.show_warning("" if saved else self.tr("Practice: nothing was saved."))
        self.done_button.setFocus()

    def show_warning(self, text: str) -> None:
        self.warning.setText(f"⚠ {text}" if text else "")
        self.warning.setVisible(bool(text))
