"""One exercise over time, one line per side: best and total hold per session for holds
(two plots on one date axis), reps per session for rep exercises."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo
from operator import attrgetter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hiptrainer.domain.progress import Kind, Metric, SideSeries
from hiptrainer.ui.progress.card import CsvTable, long_date, short_date
from hiptrainer.ui.progress.chart import PlotChart
from hiptrainer.ui.progress.plotlib import DENSE, Floats, PgItem, column, days_x, pg, series_pen
from hiptrainer.ui.progress.theme import SIDE_SYMBOLS, SIDE_WORDS, PlotTheme

SIDES = ("left", "right", "both")
SYMBOL_SIZES = {"left": 7, "right": 13, "both": 9}
DAY, SESSION = attrgetter("day"), attrgetter("session_id")
METRIC_LABELS: dict[Metric, str] = {
    "best_hold_s": "Best hold (s)",
    "total_hold_s": "Total hold (s)",
    "total_reps": "Reps per session",
}
METRIC_WORDS: dict[Metric, str] = {
    "best_hold_s": "best hold",
    "total_hold_s": "total hold",
    "total_reps": "reps",
}


def nice_step(span: float) -> float:
    """A tick step of 1, 2 or 5 times a power of ten (at least 1: whole reps and seconds)
    giving about five ticks over ``span``."""
    step = 1.0
    while span / step > 7:
        for factor in (2.0, 2.5, 2.0):  # 1 → 2 → 5 → 10 → 20 …
            step *= factor
            if span / step <= 7:
                break
    return step


def amount(metric: Metric, value: float) -> str:
    return f"{round(value, 1):g} s" if metric != "total_reps" else f"{value:g}"


class ExerciseChart(PlotChart):
    def __init__(self, tz: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(
            "Over time",
            "overTimeChart",
            "Hold times and reps per side over time",
            tz,
            parent=parent,
        )
        self.series: list[SideSeries] = []
        self.exercise_name = ""
        self.kind: Kind = "hold"
        self._this_year: int | None = None
        self._lookup: dict[date, dict[tuple[Metric, str], float]] | None = None
        #: (plot index, side) → its line with markers.
        self.lines: dict[tuple[int, str], PgItem] = {}
        #: The lines drawn dense now (thin, no markers).
        self.dense: set[tuple[int, str]] = set()

    def build(self) -> None:
        for index in range(2):
            plot = self.add_plot(METRIC_LABELS["best_hold_s"])
            for side in SIDES:
                line = pg.PlotDataItem(name=SIDE_WORDS[side], symbol=SIDE_SYMBOLS[side])
                # Small circles over large triangles: equal values still show both sides.
                line.setSymbolSize(SYMBOL_SIZES[side])
                line.setZValue(2 if side == "left" else 1)
                plot.addItem(line)
                self.lines[(index, side)] = line
        self.legends[1].setVisible(False)  # the top legend names the sides for both plots

    def show_exercise(
        self,
        name: str,
        kind: Kind,
        series: Sequence[SideSeries],
        first: date,
        last: date,
        today: date,
    ) -> None:
        """Draw ``series`` (the exercise's lines in the range) from ``first`` to ``last``."""
        self.ensure_built()
        self.exercise_name, self.kind, self.series = name, kind, list(series)
        self._this_year, self._lookup = today.year, None
        metrics: tuple[Metric, ...] = (
            ("best_hold_s", "total_hold_s") if kind == "hold" else ("total_reps",)
        )
        if not self.series:
            self.show_note(
                f"No {name} sessions between {short_date(first, today.year)} and "
                f"{short_date(last, today.year)}. Choose a longer range to see earlier ones."
            )
            self.set_summary(f"{name}: nothing recorded in this range.")
            self.set_hover_days([])
            return
        self.show_canvas()
        what = "best and total hold" if kind == "hold" else "reps"
        self.set_heading(f"{name}: {what} per session")
        found = {(line.metric, line.side): line for line in self.series}
        for index in range(2):
            metric = metrics[index] if index < len(metrics) else None
            self.set_plot_visible(index, metric is not None, legend=False)
            entries: list[tuple[PgItem, str]] = []
            if metric is None:
                for side in SIDES:
                    self.lines[(index, side)].setData([], [])
                self.set_legend(index, entries)
                continue
            plot = self.plots[index]
            plot.setLabel("left", METRIC_LABELS[metric])
            top, low = 0.0, float("inf")
            for side in SIDES:
                line = self.lines[(index, side)]
                data = found.get((metric, side))
                if data is None:
                    line.setData([], [])
                    line.setVisible(False)
                    continue
                x, y = self._arrays(data)
                # Markers first: given data while it still has them, a dense line would lay
                # out thousands of markers only to drop them.
                self._set_dense((index, side), len(x) > DENSE)
                line.setData(x, y)
                line.setVisible(True)
                entries.append((line, SIDE_WORDS[side]))
                top, low = max(top, float(y.max())), min(low, float(y.min()))
            self.set_legend(index, entries)
            # Zoomed on the values (from 0 they would hide the progress), with room for the
            # markers; a flat series still gets a visible span.
            room = max(1.0, (top - low) * 0.15)
            plot.setYRange(max(0.0, low - room), top + room, padding=0)
            step = nice_step(top - low + 2 * room)
            plot.getAxis("left").setTickSpacing(step, step)
        self.set_span(first, last)
        days = {day for line in self.series for day in map(DAY, line.points)}
        self.set_hover_days(sorted(days))
        self.set_summary(self.summary_text())

    def _arrays(self, line: SideSeries) -> tuple[Floats, Floats]:
        x = days_x(list(map(DAY, line.points)), self.tz)
        y = column(line.points, "value")
        return x, y

    def summary_text(self) -> str:
        """The latest session per side and the best in the range, e.g. "Latest (25 Nov):
        best hold left 18 s, right 15 s. Best in this range: left 20 s on 12 Nov, …"."""
        metric: Metric = "best_hold_s" if self.kind == "hold" else "total_reps"
        lines = [line for line in self.series if line.metric == metric]
        if not lines:
            return f"{self.exercise_name}: nothing recorded in this range."
        year = self._this_year
        latest_day = max(line.points[-1].day for line in lines)
        latest = [
            f"{side_word(line.side)} {amount(metric, line.points[-1].value)}"
            for line in lines
            if line.points[-1].day == latest_day
        ]
        best = []
        for line in lines:
            values = column(line.points, "value")
            top = line.points[int(values.argmax())]  # the first day it was reached
            best.append(
                f"{side_word(line.side)} {amount(metric, top.value)} on {short_date(top.day, year)}"
            )
        sessions = len({session for line in lines for session in map(SESSION, line.points)})
        what = METRIC_WORDS[metric]
        most = "Longest hold" if metric == "best_hold_s" else "Most reps"
        return (
            f"{self.exercise_name}, {sessions} session{'s' if sessions != 1 else ''} in range. "
            f"Latest ({short_date(latest_day, year)}), {what}: {', '.join(latest)}. "
            f"{most} in this range: {'; '.join(best)}."
        )

    def describe(self, day: date) -> str:
        if self._lookup is None:
            self._lookup = {}
            for line in self.series:
                for point in line.points:
                    # Two sessions on one day: the tooltip shows the better.
                    values = self._lookup.setdefault(point.day, {})
                    key = (line.metric, line.side)
                    values[key] = max(values.get(key, point.value), point.value)
        values = self._lookup.get(day, {})
        parts = []
        for metric in METRIC_LABELS:
            sides = [
                f"{side_word(side)} {amount(metric, values[(metric, side)])}"
                for side in SIDES
                if (metric, side) in values
            ]
            if sides:
                parts.append(f"{METRIC_WORDS[metric].capitalize()}: {', '.join(sides)}")
        return f"{long_date(day)}\n" + "\n".join(parts)

    def _set_dense(self, key: tuple[int, str], dense: bool) -> None:
        if dense != (key in self.dense):
            if dense:
                self.dense.add(key)
            else:
                self.dense.discard(key)
            if self.theme is not None:
                self._style_line(key, self.theme)
        self.lines[key].setSymbol(None if dense else SIDE_SYMBOLS[key[1]])

    def _style_line(self, key: tuple[int, str], theme: PlotTheme) -> None:
        line, side = self.lines[key], key[1]
        colour = theme.side(side)
        # The right side's line is dashed: one more cue besides colour and marker.
        dash = Qt.PenStyle.DashLine if side == "right" else Qt.PenStyle.SolidLine
        line.setPen(series_pen(colour, 2, key in self.dense, dash))
        line.setSymbolBrush(pg.mkBrush(colour))
        line.setSymbolPen(pg.mkPen(theme.background, width=1))

    def restyle(self, theme: PlotTheme) -> None:
        for key in self.lines:
            self._style_line(key, theme)

    def csv_table(self) -> CsvTable:
        """One row per session and side, one column per plotted metric."""
        metrics = [m for m in METRIC_LABELS if any(line.metric == m for line in self.series)]
        table: dict[tuple[date, int, int], dict[Metric, float]] = {}
        for line in self.series:
            for point in line.points:
                key = (point.day, point.session_id, SIDES.index(line.side))
                table.setdefault(key, {})[line.metric] = point.value
        rows = [
            [day.isoformat(), str(session), SIDES[side]]
            + [f"{values[m]:g}" if m in values else "" for m in metrics]
            for (day, session, side), values in sorted(table.items())
        ]
        return ["date", "session_id", "side", *metrics], rows


def side_word(side: str) -> str:
    return {"left": "left", "right": "right", "both": "both sides"}.get(side, side)
