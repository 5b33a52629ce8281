"""Left/right balance over time: the symmetry index (weaker side ÷ stronger × 100) per session,
with the balanced band (90–100) shaded. Each point's marker says which side was behind."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo

from PySide6.QtWidgets import QWidget

from hiptrainer.domain.progress import BALANCED_WITHIN_PCT, SymmetryPoint
from hiptrainer.ui.progress.chart import CsvTable, PlotChart, long_date, short_date
from hiptrainer.ui.progress.plotlib import PgItem, days_x, np, pg
from hiptrainer.ui.progress.theme import SIDE_SYMBOLS, PlotTheme

BAND_LOW = 100.0 - BALANCED_WITHIN_PCT
#: Marker groups: which side was behind (None: even), their legend words and look.
GROUPS: dict[str | None, tuple[str, str]] = {
    "left": ("Left behind", "left"),
    "right": ("Right behind", "right"),
    None: ("Even", "both"),
}


def point_words(point: SymmetryPoint) -> str:
    index = f"{point.index:.0f}%"
    if point.behind is None:
        return f"{index}, left and right even"
    return f"{index}, {point.behind} side {100 - point.index:.0f}% behind"


class BalanceChart(PlotChart):
    def __init__(self, tz: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(
            "Balance", "balanceChart", "Left and right balance (symmetry index) over time", tz,
            parent=parent,
        )  # fmt: skip
        self.points: list[SymmetryPoint] = []
        self._this_year: int | None = None
        self.markers: dict[str | None, PgItem] = {}

    def build(self) -> None:
        plot = self.add_plot("Symmetry (%)")
        self.band = pg.LinearRegionItem((BAND_LOW, 100.0), orientation="horizontal", movable=False)
        self.band.setZValue(-10)
        for line in self.band.lines:
            line.setPen(pg.mkPen(None))
        plot.addItem(self.band, ignoreBounds=True)
        # A region has no legend sample of its own: an empty bar item stands in for it.
        self.band_sample = pg.BarGraphItem(x=[], height=[], width=1)
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
            self.show_note(
                f"No {name} sessions with both sides between {short_date(first, today.year)} "
                f"and {short_date(last, today.year)}: balance compares the left and right side "
                "of one-sided exercises done in the same session."
            )
            self.set_summary(f"{name}: {trend_words}")
            self.set_hover_days([])
            return
        self.show_canvas()
        self.set_heading(f"{name}: left/right balance per session")
        x = days_x((p.day for p in self.points), self.tz)
        y = np.fromiter((p.index for p in self.points), dtype=np.float64)
        self.line.setData(x, y)
        behind = [p.behind for p in self.points]
        legend = self.legends[0]
        legend.clear()
        for group, marker in self.markers.items():
            mask = np.fromiter((b == group for b in behind), dtype=bool, count=len(behind))
            marker.setData(x[mask], y[mask])
            if mask.any():
                legend.addItem(marker, GROUPS[group][0])
        legend.addItem(self.band_sample, f"Balanced: {BAND_LOW:.0f}–100%")
        sample = legend.items[-1][0]
        sample.sigClicked.connect(lambda item: self.band.setVisible(item.isVisible()))
        low = float(y.min())
        self.plots[0].setYRange(min(BAND_LOW - 10, low - 5), 102, padding=0)
        self.set_span(first, last)
        self.set_hover_days(sorted({p.day for p in self.points}))
        lowest = self.points[int(y.argmin())]
        year = today.year
        self.set_summary(
            f"{name}: {trend_words} Latest ({short_date(self.points[-1].day, year)}): "
            f"{point_words(self.points[-1])}. Lowest in this range: {lowest.index:.0f}% on "
            f"{short_date(lowest.day, year)}. 100% is even; the band marks "
            f"{BAND_LOW:.0f}–100%."
        )

    def describe(self, day: date) -> str:
        found = [point_words(p) for p in self.points if p.day == day]
        return f"{long_date(day)}\nBalance " + "\nBalance ".join(found)

    def restyle(self, theme: PlotTheme) -> None:
        self.band.setBrush(pg.mkBrush(theme.zone("green")))
        self.band_sample.setOpts(brush=pg.mkBrush(theme.zone("green")), pen=pg.mkPen(None))
        self.line.setPen(pg.mkPen(theme.muted, width=1.5))
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
