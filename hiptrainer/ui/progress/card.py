"""A chart card: heading, Save button, the drawing, and a summary a screen reader can read.

:class:`ChartCard` is what every chart of the tab shares: the heading row, the summary beside
the drawing, a note that takes the drawing's place when there is nothing to draw, and what the
exporters ask for. The pyqtgraph charts build on it in chart.py; the calendar and the records
table use it as it is.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.ui.progress.theme import PlotTheme
from hiptrainer.ui.style.tokens import scaled_font

CsvTable = tuple[list[str], list[list[str]]]
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?=\s|$)")
SUMMARY_WIDTH = 250
TITLE_HEIGHT = 32


def local_date(day: date, date_format: str) -> str:
    """``day`` in a Qt date format, with the month and weekday names of the language
    chosen (QLocale's default, which the app sets to the interface language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format)


def short_date(day: date, this_year: int | None = None) -> str:
    """ "12 Nov", or "12 Nov 2025" when the day is not in ``this_year`` (German: "12. Nov.",
    "12. Nov. 2025")."""
    if day.year == this_year:
        #: A Qt date format: a day of this year in the charts' words ("12 Nov").
        return local_date(day, QCoreApplication.translate("Dates", "d MMM"))
    #: A Qt date format: a day of another year in the charts' words ("12 Nov 2025").
    return local_date(day, QCoreApplication.translate("Dates", "d MMM yyyy"))


def long_date(day: date) -> str:
    #: A Qt date format: a day with its weekday, in tooltips and tables ("Sun 29 Nov 2026").
    return local_date(day, QCoreApplication.translate("Dates", "ddd d MMM yyyy"))


def number(value: float) -> str:
    """A measured value to one decimal, in the language's digits ("12.5", German "12,5")."""
    return QLocale().toString(float(round(value, 1)), "g", 12)


def seconds_text(value: float) -> str:
    #: A number of seconds ("12.5 s").
    return QCoreApplication.translate("Units", "{number} s").format(number=number(value))


class ChartCard(QWidget):
    """The frame every chart shares; subclasses draw, describe and list their data."""

    save_requested = Signal(object)  # the card
    # What the card can be saved as (see export.py).
    formats: tuple[str, ...] = ("png", "svg", "pdf", "csv")

    def __init__(
        self, title: str, name: str, save_text: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title
        self.heading = QLabel(title)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # names may be the user's
        self.heading.setFont(scaled_font(self.heading.font(), "title"))
        # A long exercise name wraps onto a second line rather than widening the window.
        self.heading.setWordWrap(True)
        self.save_button = QPushButton(save_text or self.tr("&Save…"))
        self.save_button.setObjectName(f"{name}Save")
        #: A Save button's name for screen readers.
        self.save_button.setAccessibleName(
            self.tr("Save the chart “{title}” or its data").format(title=title)
        )
        self.save_button.setToolTip(
            self.tr("Save as a PNG or SVG picture, a PDF, or the data as CSV")
        )
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # names may be the user's
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        #: A chart summary's name for screen readers.
        self.summary.setAccessibleName(self.tr("{title}: summary").format(title=title))
        # In a scroll area of its own: a long summary scrolls instead of being cut, and a new
        # summary (every switch of exercise or range) lays out only this area, not the whole
        # tab around it (measured: 4 ms of the 50 a switch may take, bench/progress.py).
        self.summary_area = QScrollArea()
        self.summary_area.setObjectName(f"{name}SummaryArea")
        self.summary_area.setWidget(self.summary)
        self.summary_area.setWidgetResizable(True)
        self.summary_area.setFrameShape(QFrame.Shape.NoFrame)
        self.summary_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary_area.setFixedWidth(SUMMARY_WIDTH)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # names may be the user's
        self.note.setObjectName(f"{name}Note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.note)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.heading, 1)
        self.header.addWidget(self.save_button)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.stack, 1)
        body.addWidget(self.summary_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.header)
        layout.addLayout(body, 1)

    def add_control(self, widget: QWidget) -> None:
        """A control of the chart's own (such as a metric switch), before the Save button."""
        self.header.insertWidget(self.header.count() - 1, widget)

    # --- what the subclasses provide --------------------------------------------------------

    def canvas(self) -> QWidget:
        raise NotImplementedError

    def paint_canvas(self, painter: QPainter, target: QRectF) -> None:
        """Draw the chart (without its heading) into ``target`` as vectors."""
        raise NotImplementedError

    def csv_table(self) -> CsvTable:
        """The plotted values: a header and rows of text."""
        raise NotImplementedError

    def apply_theme(self, theme: PlotTheme) -> None:
        raise NotImplementedError

    # --- shared -------------------------------------------------------------------------------

    def set_heading(self, text: str) -> None:
        """What the chart shows now (e.g. with the exercise's name); pictures carry it too."""
        self.heading.setText(text)

    def set_summary(self, text: str) -> None:
        # A sentence that ends on an abbreviated date ends on its dot ("am 11. Sept.", never
        # "11. Sept..": German months are abbreviated with a dot).
        text = _DOUBLE_STOP.sub(".", text)
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)
        # The chart itself is described by its summary too: a screen reader on the chart
        # hears what it shows (a chart not built yet takes it when built).
        for index in range(self.stack.count()):
            shown = self.stack.widget(index)
            if shown is not None and shown is not self.note:
                shown.setAccessibleDescription(text)

    def show_note(self, text: str) -> None:
        """Nothing to draw: say why instead of showing an empty axis."""
        self.note.setText(text)
        self.stack.setCurrentWidget(self.note)
        self.save_button.setEnabled(False)

    def show_canvas(self) -> None:
        self.stack.setCurrentWidget(self.canvas())
        self.save_button.setEnabled(True)

    @property
    def has_drawing(self) -> bool:
        return self.stack.currentWidget() is not self.note

    def export_size(self) -> QSize:
        """The picture's size: the chart as it is on screen, heading included."""
        size = self.canvas().size()
        if not self.canvas().isVisible() or size.width() < 200 or size.height() < 120:
            size = QSize(900, 420)
        return QSize(size.width(), size.height() + TITLE_HEIGHT)

    def paint_export(self, painter: QPainter, target: QRectF, theme: PlotTheme) -> None:
        """The whole picture: background, heading, chart."""
        painter.fillRect(target, theme.background)
        painter.setPen(theme.text)
        font = QFont(self.heading.font())
        painter.setFont(font)
        title_rect = QRectF(target.left() + 8, target.top(), target.width() - 16, TITLE_HEIGHT)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter, self.heading.text())
        chart = QRectF(
            target.left(),
            target.top() + TITLE_HEIGHT,
            target.width(),
            target.height() - TITLE_HEIGHT,
        )
        self.paint_canvas(painter, chart)
