"""The 12-month calendar heatmap: a column per week, a row per weekday, a square per day
shaded by the sessions done that day. It ignores the range the other charts show.

It is painted with QPainter (rectangles and text), not pyqtgraph: the same paint call draws
the widget and the exported SVG or PDF, which therefore holds vectors only, and each day has
its own tooltip without a graphics item per day.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontInfo, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hiptrainer.domain.progress import monday_of
from hiptrainer.domain.progress_habits import Heatmap
from hiptrainer.ui.progress.card import TITLE_HEIGHT, ChartCard, CsvTable, local_date, long_date
from hiptrainer.ui.progress.theme import PlotTheme, theme_for
from hiptrainer.ui.style.plurals import TextContext, plural
from hiptrainer.ui.style.tokens import scaled_font

LEFT = 34  # weekday labels
TOP = 20  # month labels
BOTTOM = 26  # the "Less … More" key
MAX_CELL = 18.0
MIN_CELL = 7.0
GAP = 2.0
# The rows named beside the calendar: Monday, Wednesday, Friday.
WEEKDAY_ROWS = (0, 2, 4)


def sessions_words(count: int) -> str:
    if count == 0:
        #: A calendar day's tooltip: "Sun 29 Nov 2026: no session".
        return HeatmapWords.tr("no session")
    return plural(HeatmapWords.tr("%n session(s)", "", count), count)


class HeatmapWords(TextContext):
    """The translation context of the calendar's counts."""


class HeatmapView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatmapView")
        self.setAccessibleName(self.tr("Calendar of training days over the last 12 months"))
        self.setMouseTracking(True)
        # Reached by Tab like the other charts, so a screen reader reads its summary.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.heatmap = Heatmap((), ())
        self.theme: PlotTheme | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(int(TOP + 7 * MAX_CELL + BOTTOM + 4))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(int(LEFT + 53 * MAX_CELL + 8), self.height())

    def set_heatmap(self, heatmap: Heatmap) -> None:
        self.heatmap = heatmap
        self.update()

    def cell_size(self, width: float) -> float:
        weeks = max(1, len(self.heatmap.weeks))
        return max(MIN_CELL, min(MAX_CELL, (width - LEFT - 8) / weeks))

    def day_at(self, pos: QPointF) -> date | None:
        """The day under ``pos`` (widget coordinates), or None (outside, or a future day)."""
        cell = self.cell_size(self.width())
        column = int((pos.x() - LEFT) // cell)
        row = int((pos.y() - TOP) // cell)
        if pos.x() < LEFT or pos.y() < TOP or not 0 <= row < 7:
            return None
        if not 0 <= column < len(self.heatmap.weeks):
            return None
        if self.heatmap.counts[column][row] is None:
            return None
        return self.heatmap.day(column, row)

    def describe(self, day: date) -> str:
        column = (monday_of(day) - self.heatmap.weeks[0]).days // 7
        count = self.heatmap.counts[column][day.weekday()] or 0
        return f"{long_date(day)}: {sessions_words(count)}"

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            day = self.day_at(QPointF(e.pos()))
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(e.globalPos(), self.describe(day), self)
            return True
        return super().event(e)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_heatmap(painter, QRectF(self.rect()), self.theme or theme_for(self.palette()))
        if self.hasFocus():  # the keyboard's focus, as on the other charts: an accent ring
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def paint_heatmap(self, painter: QPainter, target: QRectF, theme: PlotTheme) -> None:
        """Draw the calendar into ``target``: month names, weekday names, the days, a key."""
        heatmap = self.heatmap
        cell = self.cell_size(target.width())
        size = cell - GAP
        left, top = target.left() + LEFT, target.top() + TOP
        font = scaled_font(self.font(), "small")
        # The labels keep within a row of the calendar (a large system font would spill).
        font.setPixelSize(max(7, min(QFontInfo(font).pixelSize(), int(cell * 0.8))))
        painter.setFont(font)
        painter.setPen(theme.text)
        locale = QLocale()
        for row in WEEKDAY_ROWS:
            label = locale.dayName(row + 1, QLocale.FormatType.ShortFormat).rstrip(".")
            box = QRectF(target.left(), top + row * cell, LEFT - 6, cell)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
        shown_month = None
        for column, monday in enumerate(heatmap.weeks):
            # A month is named over the first week that starts in it.
            if monday.month != shown_month and (column or monday.day <= 7):
                shown_month = monday.month
                box = QRectF(left + column * cell, target.top(), cell * 4, TOP - 4)
                month = locale.monthName(monday.month, QLocale.FormatType.ShortFormat)
                painter.drawText(box, Qt.AlignmentFlag.AlignBottom, month)
            elif column == 0:
                shown_month = monday.month
        most = heatmap.most
        painter.setPen(Qt.PenStyle.NoPen)
        for column, counts in enumerate(heatmap.counts):
            for row, count in enumerate(counts):
                if count is None:
                    continue
                painter.setBrush(theme.heat(count, most))
                painter.drawRoundedRect(
                    QRectF(left + column * cell, top + row * cell, size, size), 2, 2
                )
        self._paint_key(painter, QRectF(left, top + 7 * cell + 6, target.width(), 16), theme)

    def _paint_key(self, painter: QPainter, box: QRectF, theme: PlotTheme) -> None:
        most = max(1, self.heatmap.most)
        painter.setPen(theme.text)
        x = box.left()
        #: The calendar's key: "Less ▢▢▢ More (2 sessions a day)".
        less = self.tr("Less")
        painter.drawText(
            QRectF(x, box.top(), 120, box.height()), Qt.AlignmentFlag.AlignVCenter, less
        )
        x += painter.fontMetrics().horizontalAdvance(less) + 6
        for count in range(most + 1):
            painter.setPen(QPen(theme.muted, 0.5) if count == 0 else Qt.PenStyle.NoPen)
            painter.setBrush(theme.heat(count, most))
            painter.drawRoundedRect(QRectF(x, box.top() + 2, 12, 12), 2, 2)
            x += 15
        painter.setPen(theme.text)
        more = plural(self.tr("More (%n session(s) a day)", "", most), most)
        painter.drawText(
            QRectF(x + 3, box.top(), 300, box.height()), Qt.AlignmentFlag.AlignVCenter, more
        )


class HeatmapCard(ChartCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("HeatmapCard", "Last 12 months"),
            "heatmapChart",
            QCoreApplication.translate("HeatmapCard", "Save cale&ndar…"),
            parent,
        )
        self.view = HeatmapView()
        self.stack.addWidget(self.view)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.show_canvas()

    def canvas(self) -> QWidget:
        return self.view

    def show_heatmap(self, heatmap: Heatmap) -> None:
        self.view.set_heatmap(heatmap)
        days = [
            (heatmap.day(w, d), count)
            for w, counts in enumerate(heatmap.counts)
            for d, count in enumerate(counts)
            if count
        ]
        sessions = sum(count for _day, count in days)
        if not sessions:
            self.set_summary(self.tr("No sessions in the last 12 months."))
            return
        months: dict[tuple[int, int], int] = {}
        for day, count in days:
            months[(day.year, day.month)] = months.get((day.year, day.month), 0) + count
        busiest = max(months, key=lambda key: (months[key], key))
        #: A Qt date format: the busiest month of the calendar ("November 2026").
        name = local_date(date(busiest[0], busiest[1], 1), self.tr("MMMM yyyy"))
        #: {sessions} is "12 sessions"; %n counts the days they were on.
        done = plural(
            self.tr("{sessions} on %n day(s) in the last 12 months.", "", len(days)), len(days)
        )
        busiest_words = self.tr("Busiest month: {month}, {sessions}. Hover a day for its date.")
        said = sessions_words(sessions)
        self.set_summary(
            done.format(sessions=said[:1].upper() + said[1:])
            + " "
            + busiest_words.format(month=name, sessions=sessions_words(months[busiest]))
        )

    def paint_canvas(self, painter: QPainter, target: QRectF) -> None:
        self.view.paint_heatmap(painter, target, self.view.theme or theme_for(self.palette()))

    def export_size(self) -> QSize:
        width = max(self.view.width(), self.view.sizeHint().width())
        return QSize(width, self.view.height() + TITLE_HEIGHT)

    def apply_theme(self, theme: PlotTheme) -> None:
        self.view.theme = theme
        self.view.update()

    def csv_table(self) -> CsvTable:
        heatmap = self.view.heatmap
        rows = [
            [heatmap.day(w, d).isoformat(), str(count)]
            for w, counts in enumerate(heatmap.counts)
            for d, count in enumerate(counts)
            if count is not None
        ]
        return ["date", "sessions"], rows
