"""Hip self-tests over time: one test at a time (chosen above the chart), each sitting's
left and right result (told apart by colour *and* marker shape), and the sources' figures as
a shaded band "for comparison", named with where they come from. The summary beside it reads
the latest sitting with the domain's own words: each side, the left/right difference in
percent, the ratio McGill's test reads, and what the figures mean (never a diagnosis)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, tzinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from hiptrainer.domain.selftest import SelfTest, Sitting, amount, reading, sittings
from hiptrainer.domain.selftest import SelfTestResult as Result
from hiptrainer.ui.progress.card import CsvTable, long_date, short_date
from hiptrainer.ui.progress.chart import PlotChart
from hiptrainer.ui.progress.plotlib import PgItem, days_x, np, pg, series_pen
from hiptrainer.ui.progress.theme import SIDE_SYMBOLS, PlotTheme, side_label

SIDES = ("left", "right")


def reference_span(test: SelfTest) -> tuple[float, float, str] | None:
    """The figures to shade (low, high) and their legend words; None when the sources
    publish none. Group means: from the lowest to the highest of them, either side; bands:
    the middle one (the one with both ends, "average")."""
    if test.groups:
        values = [value for g in test.groups for value in (g.left, g.right)]
        sources = ", ".join(dict.fromkeys(g.source for g in test.groups))
        low, high = min(values), max(values)
        #: The legend of the shaded band: "For comparison: group means 40–60 s (Author 2019)".
        words = QCoreApplication.translate(
            "SelfTestChart", "For comparison: group means {low}–{high} ({sources})"
        )
        return (
            low,
            high,
            words.format(low=f"{low:g}", high=amount(high, test.unit), sources=sources),
        )
    middle = [b for b in test.bands if b.low is not None and b.high is not None]
    if middle:
        band = middle[0]
        assert band.low is not None
        assert band.high is not None
        source = (test.bands_from or "").split(",")[0]
        #: The legend of the shaded band: a band of the sources' figures, {label} its name
        #: ("average"), {words} what it spans.
        words = QCoreApplication.translate(
            "SelfTestChart", "For comparison: “{label}”, {words} ({source})"
        )
        return band.low, band.high, words.format(label=band.label, words=band.words, source=source)
    return None


class SelfTestChart(PlotChart):
    def __init__(self, tz: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("SelfTestChart", "Self-tests"), "selftestChart",
            QCoreApplication.translate("SelfTestChart", "Hip self-test results per side over time"),
            tz, parent=parent,
        )  # fmt: skip
        self.chooser = QComboBox()
        self.chooser.setObjectName("selftestChooser")
        self.chooser.setAccessibleName(self.tr("Self-test to show"))
        self.chooser.setAccessibleDescription(self.tr("The self-test whose results are drawn"))
        self.chooser.currentIndexChanged.connect(lambda _index: self._draw())
        # The caption a screen reader gives the combo box (Linux readers follow the buddy).
        caption = QLabel(self.tr("Self-test:"))
        caption.setBuddy(self.chooser)
        self.add_control(caption)
        self.add_control(self.chooser)
        self.tests: dict[str, SelfTest] = {}
        self.results: list[Result] = []
        self.shown: list[Sitting] = []
        self._today = date.today()
        self.series: dict[str, tuple[PgItem, PgItem]] = {}

    def build(self) -> None:
        plot = self.add_plot(self.tr("Result"))
        self.band = pg.LinearRegionItem((0, 1), orientation="horizontal", movable=False)
        self.band.setZValue(-10)
        for line in self.band.lines:
            line.setPen(pg.mkPen(None))
        plot.addItem(self.band, ignoreBounds=True)
        self.band_sample = pg.BarGraphItem(x=[], height=[], width=1)
        for side in SIDES:
            line = pg.PlotDataItem()
            marker = pg.ScatterPlotItem(
                symbol=SIDE_SYMBOLS[side], size=11 if side == "left" else 13
            )
            plot.addItem(line)
            plot.addItem(marker)
            self.series[side] = (line, marker)

    def test_id(self) -> str | None:
        found = self.chooser.currentData()
        return str(found) if found is not None else None

    def show_selftests(
        self, tests: Mapping[str, SelfTest], results: Sequence[Result], today: date
    ) -> None:
        """Every bundled test in the chooser (the most recently tested first chosen, the
        user's choice kept), and its sittings drawn."""
        self.tests, self.results, self._today = dict(tests), list(results), today
        chosen = self.test_id()
        if chosen is None and self.results:
            chosen = self.results[-1].test
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for test in self.tests.values():
            self.chooser.addItem(test.name, test.id)
        index = self.chooser.findData(chosen)
        self.chooser.setCurrentIndex(max(0, index))
        self.chooser.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        test = self.tests.get(self.test_id() or "")
        if test is None:
            return
        self.ensure_built()
        self.shown = sittings(r for r in self.results if r.test == test.id)
        if not self.shown:
            note = self.tr(
                "No {test} results yet. Test mode in the Train tab plays it: one effort on each "
                "side, saved side by side."
            )
            self.show_note(note.format(test=test.name))
            self.set_summary(f"{test.name}: {test.summary}")
            self.set_hover_days([])
            return
        self.show_canvas()
        self.set_heading(self.tr("{test}: each side per sitting").format(test=test.name))
        unit = self.tr("Seconds held") if test.unit == "s" else self.tr("Reps")
        self.plots[0].setLabel("left", unit)
        days = [s.local_date for s in self.shown]
        x = days_x(days, self.tz)
        entries: list[tuple[PgItem, str]] = []
        highest = 0.0
        for side in SIDES:
            values = [getattr(s, side) for s in self.shown]
            y = np.array([np.nan if v is None else v for v in values], dtype=float)
            line, marker = self.series[side]
            line.setData(x, y, connect="finite")
            keep = ~np.isnan(y)
            marker.setData(x[keep], y[keep])
            if keep.any():
                highest = max(highest, float(np.nanmax(y)))
                entries.append((marker, side_label(side)))
        span = reference_span(test)
        self.band.setVisible(span is not None)
        if span is not None:
            self.band.setRegion(span[:2])
            entries.append((self.band_sample, span[2]))
            highest = max(highest, span[1])
        self.set_legend(0, entries)
        self.plots[0].setYRange(0, highest * 1.1 + 1, padding=0)
        first, last = days[0], max(days[-1], self._today)
        self.set_span(first - (last - first) / 20, last)
        self.set_hover_days(sorted(set(days)))
        self.set_summary(self.summary_text(test))

    def summary_text(self, test: SelfTest) -> str:
        latest = self.shown[-1]
        words = reading(test, latest.left, latest.right)
        day = short_date(latest.local_date, self._today.year)
        lines = [self.tr("{test}, latest on {day}:").format(test=test.name, day=day)]
        lines += words.lines()
        lines.append(self.tr("Sources: {sources}").format(sources="; ".join(words.sources)))
        return "\n\n".join(lines)

    def describe(self, day: date) -> str:
        test = self.tests.get(self.test_id() or "")
        found = [s for s in self.shown if s.local_date == day]
        lines = [long_date(day)]
        for sitting in found:
            for side in SIDES:
                value = getattr(sitting, side)
                if value is not None and test is not None:
                    lines.append(f"{side_label(side)} {amount(value, test.unit)}")
            difference = sitting.difference
            if difference is not None and difference.behind is not None:
                if difference.behind == "left":
                    behind = self.tr("The left side {gap}% behind")
                else:
                    behind = self.tr("The right side {gap}% behind")
                lines.append(behind.format(gap=round(difference.gap_pct)))
        return "\n".join(lines)

    def restyle(self, theme: PlotTheme) -> None:
        band = theme.zone("green")
        self.band.setBrush(pg.mkBrush(band))
        self.band_sample.setOpts(brush=pg.mkBrush(band), pen=pg.mkPen(None))
        for side, (line, marker) in self.series.items():
            colour = theme.side(side)
            style = Qt.PenStyle.SolidLine if side == "left" else Qt.PenStyle.DashLine
            line.setPen(series_pen(colour, 2, False, style))
            marker.setBrush(pg.mkBrush(colour))
            marker.setPen(pg.mkPen(theme.background, width=1))

    def csv_table(self) -> CsvTable:
        test = self.tests.get(self.test_id() or "")
        unit = test.unit if test is not None else ""
        rows = [
            [
                s.local_date.isoformat(),
                s.test,
                "" if s.left is None else f"{s.left:g}",
                "" if s.right is None else f"{s.right:g}",
                unit,
                "" if s.difference is None else f"{s.difference.gap_pct:.1f}",
            ]
            for s in self.shown
        ]
        return ["date", "test", "left", "right", "unit", "difference_pct"], rows
