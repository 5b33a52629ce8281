"""Left/right balance over time: the symmetry index (weaker side ÷ stronger × 100) per session,
with the balanced band (90–100) shaded. Each point's marker says which side was behind."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from hiptrainer.domain.progress import BALANCED_WITHIN_PCT, SymmetryPoint
from hiptrainer.ui.progress.card import CsvTable, long_date, short_date
from hiptrainer.ui.progress.chart import PlotChart
from hiptrainer.ui.progress.plotlib import DENSE, PgItem, column, days_x, np, pg, series_pen
from hiptrainer.ui.progress.theme import SIDE_SYMBOLS, PlotTheme

BAND_LOW = 100.0 - BALANCED_WITHIN_PCT
# Marker groups: which side was behind (None: even), their legend words (translated where
# shown) and look.
GROUPS: dict[str | None, tuple[str, str]] = {
    "left": (str(QT_TRANSLATE_NOOP("BalanceChart", "Left behind")), "left"),
    "right": (str(QT_TRANSLATE_NOOP("BalanceChart", "Right behind")), "right"),
    #: Legend: sessions where the left and right side were even.
    None: (str(QT_TRANSLATE_NOOP("BalanceChart", "Even")), "both"),
}


def point_words(point: SymmetryPoint) -> str:
    index = round(point.index)
    if point.behind is None:
        #: A session's balance: "97%, left and right even".
        return QCoreApplication.translate("BalanceChart", "{index}%, left and right even").format(
            index=index
        )
    if point.behind == "left":
        #: A session's balance: "85%, left side 15% behind".
        words = QCoreApplication.translate("BalanceChart", "{index}%, left side {gap}% behind")
    else:
        words = QCoreApplication.translate("BalanceChart", "{index}%, right side {gap}% behind")
    return words.format(index=index, gap=round(100 - point.index))


class BalanceChart(PlotChart):
    def __init__(self, tz: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("BalanceChart", "Balance"), "balanceChart",
            QCoreApplication.translate(
                "BalanceChart", "Left and right balance (symmetry index) over time"
            ),
            tz, parent=parent,
        )  # fmt: skip
        self.points: list[SymmetryPoint] = []
        self._this_year: int | None = None
        self.markers: dict[str | None, PgItem] = {}
        # True while the line joining the markers is dense (drawn one pixel wide).
        self.dense = False

    def build(self) -> None:
        plot = self.add_plot(self.tr("Symmetry (%)"))
        self.band = pg.LinearRegionItem((BAND_LOW, 100.0), orientation="horizontal", movable=False)
        self.band.setZValue(-10)
        for line in self.band.lines:
            line.setPen(pg.mkPen(None))
        plot.addItem(self.band, ignoreBounds=True)
        # A region has no legend sample of its own: an empty bar item stands in for it, and
        # clicking it shows or hides the band as it does a series.
        self.band_sample = pg.BarGraphItem(x=[], height=[], width=1)
        self.legends[0].sigSampleClicked.connect(self._sample_clicked)
        self.line = pg.PlotDataItem()
        plot.addItem(self.line)
        for behind, (_words, side) in GROUPS.items():
            marker = pg.ScatterPlotItem(
                symbol=SIDE_SYMBOLS[side], size=10 if side != "right" else 12
            )
            plot.addItem(marker)
            self.markers[behind] = marker

    def show_balance(
        self,
        name: str,
        points: Sequence[SymmetryPoint],
        trend_words: str,
        first: date,
        last: date,
        today: date,
    ) -> None:
        self.ensure_built()
        self.points = list(points)
        self._this_year = today.year
        if not self.points:
            note = self.tr(
                "No {exercise} sessions with both sides between {first} and {last}: balance "
                "compares the left and right side of one-sided exercises done in the same session."
            )
            self.show_note(
                note.format(
                    exercise=name,
                    first=short_date(first, today.year),
                    last=short_date(last, today.year),
                )
            )
            self.set_summary(f"{name}: {trend_words}")
            self.set_hover_days([])
            return
        self.show_canvas()
        self.set_heading(
            self.tr("{exercise}: left/right balance per session").format(exercise=name)
        )
        days = [p.day for p in self.points]
        x = days_x(days, self.tz)
        y = column(self.points, "index")
        self.line.setData(x, y)
        if self.dense != (len(x) > DENSE):
            self.dense = len(x) > DENSE
            if self.theme is not None:
                self.line.setPen(series_pen(self.theme.muted, 1.5, self.dense))
        # Which side was behind, as each marker group's number: one pass over the points,
        # then one comparison per group.
        codes = {group: code for code, group in enumerate(self.markers)}
        behind = np.fromiter((codes[p.behind] for p in self.points), np.int8, len(x))
        entries: list[tuple[PgItem, str]] = []
        for code, (group, marker) in enumerate(self.markers.items()):
            mask = behind == code
            marker.setData(x[mask], y[mask])
            if mask.any():
                entries.append(
                    (marker, QCoreApplication.translate("BalanceChart", GROUPS[group][0]))
                )
        #: The legend of the shaded band: "Balanced: 90–100%".
        band = self.tr("Balanced: {low}–100%").format(low=round(BAND_LOW))
        entries.append((self.band_sample, band))
        self.set_legend(0, entries)
        low = float(y.min())
        self.plots[0].setYRange(min(BAND_LOW - 10, low - 5), 102, padding=0)
        self.set_span(first, last)
        self.set_hover_days(sorted(set(days)))
        lowest = self.points[int(y.argmin())]
        year = today.year
        #: {trend} is a sentence of its own; {latest} a session's balance ("97%, left and
        #: right even"); {lowest} a percentage.
        summary = self.tr(
            "{exercise}: {trend} Latest ({day}): {latest}. Lowest in this range: {lowest}% on "
            "{lowest_day}. 100% is even; the band marks {low}–100%."
        )
        self.set_summary(
            summary.format(
                exercise=name,
                trend=trend_words,
                day=short_date(self.points[-1].day, year),
                latest=point_words(self.points[-1]),
                lowest=round(lowest.index),
                lowest_day=short_date(lowest.day, year),
                low=round(BAND_LOW),
            )
        )

    def _sample_clicked(self, item: PgItem) -> None:
        if item is self.band_sample:
            self.band.setVisible(item.isVisible())

    def describe(self, day: date) -> str:
        found = [point_words(p) for p in self.points if p.day == day]
        #: A tooltip's line: "Balance 85%, left side 15% behind".
        balance = self.tr("Balance {words}")
        return "\n".join([long_date(day), *(balance.format(words=words) for words in found)])

    def restyle(self, theme: PlotTheme) -> None:
        self.band.setBrush(pg.mkBrush(theme.zone("green")))
        self.band_sample.setOpts(brush=pg.mkBrush(theme.zone("green")), pen=pg.mkPen(None))
        self.line.setPen(series_pen(theme.muted, 1.5, self.dense))
        for behind, marker in self.markers.items():
            colour = theme.side(GROUPS[behind][1])
            marker.setBrush(pg.mkBrush(colour))
            marker.setPen(pg.mkPen(theme.background, width=1))

    def csv_table(self) -> CsvTable:
        rows = [
            [p.day.isoformat(), str(p.session_id), f"{p.index:.1f}", p.behind or "even"]
            for p in self.points
        ]
        return ["date", "session_id", "symmetry_index", "side_behind"], rows
