"""One exercise over time, one line per side: best and total hold per session for holds
(two plots on one date axis), reps per session for rep exercises."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo
from operator import attrgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from hiptrainer.domain.progress import Kind, Metric, SideSeries
from hiptrainer.ui.progress.card import CsvTable, long_date, number, seconds_text, short_date
from hiptrainer.ui.progress.chart import PlotChart
from hiptrainer.ui.progress.plotlib import DENSE, Floats, PgItem, column, days_x, pg, series_pen
from hiptrainer.ui.progress.theme import SIDE_SYMBOLS, PlotTheme, side_label
from hiptrainer.ui.style.plurals import plural

SIDES = ("left", "right", "both")
SYMBOL_SIZES = {"left": 7, "right": 13, "both": 9}
DAY, SESSION = attrgetter("day"), attrgetter("session_id")
# Axis labels, the words in the summary, and the tooltip's (translated where shown).
METRIC_LABELS: dict[Metric, str] = {
    "best_hold_s": str(QT_TRANSLATE_NOOP("ExerciseChart", "Best hold (s)")),
    "total_hold_s": str(QT_TRANSLATE_NOOP("ExerciseChart", "Total hold (s)")),
    "total_reps": str(QT_TRANSLATE_NOOP("ExerciseChart", "Reps per session")),
}
METRIC_WORDS: dict[Metric, str] = {
    #: In the summary: "Latest (25 Nov), best hold: left 18 s, right 15 s."
    "best_hold_s": str(QT_TRANSLATE_NOOP("ExerciseChart", "best hold")),
    "total_hold_s": str(QT_TRANSLATE_NOOP("ExerciseChart", "total hold")),
    #: In the summary: "Latest (25 Nov), reps: left 12, right 10."
    "total_reps": str(QT_TRANSLATE_NOOP("ExerciseChart", "reps")),
}
METRIC_TIPS: dict[Metric, str] = {
    #: In a tooltip: "Best hold: left 18 s, right 15 s".
    "best_hold_s": str(QT_TRANSLATE_NOOP("ExerciseChart", "Best hold")),
    "total_hold_s": str(QT_TRANSLATE_NOOP("ExerciseChart", "Total hold")),
    #: In a tooltip: "Reps: left 12, right 10".
    "total_reps": str(QT_TRANSLATE_NOOP("ExerciseChart", "Reps")),
}


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, translated now."""
    return QCoreApplication.translate("ExerciseChart", text)


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
    return seconds_text(value) if metric != "total_reps" else number(value)


class ExerciseChart(PlotChart):
    def __init__(self, tz: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ExerciseChart", "Over time"),
            "overTimeChart",
            QCoreApplication.translate("ExerciseChart", "Hold times and reps per side over time"),
            tz,
            parent=parent,
        )
        self.series: list[SideSeries] = []
        self.exercise_name = ""
        self.kind: Kind = "hold"
        self._this_year: int | None = None
        self._lookup: dict[date, dict[tuple[Metric, str], float]] | None = None
        # (plot index, side) → its line with markers.
        self.lines: dict[tuple[int, str], PgItem] = {}
        # The lines drawn dense now (thin, no markers).
        self.dense: set[tuple[int, str]] = set()

    def build(self) -> None:
        for index in range(2):
            plot = self.add_plot(_tr(METRIC_LABELS["best_hold_s"]))
            for side in SIDES:
                line = pg.PlotDataItem(name=side_label(side), symbol=SIDE_SYMBOLS[side])
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
            note = self.tr(
                "No {exercise} sessions between {first} and {last}. Choose a longer range to "
                "see earlier ones."
            )
            self.show_note(
                note.format(
                    exercise=name,
                    first=short_date(first, today.year),
                    last=short_date(last, today.year),
                )
            )
            self.set_summary(self._nothing())
            self.set_hover_days([])
            return
        self.show_canvas()
        if kind == "hold":
            heading = self.tr("{exercise}: best and total hold per session")
        else:
            heading = self.tr("{exercise}: reps per session")
        self.set_heading(heading.format(exercise=name))
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
            plot.setLabel("left", _tr(METRIC_LABELS[metric]))
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
                entries.append((line, side_label(side)))
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

    def _nothing(self) -> str:
        return self.tr("{exercise}: nothing recorded in this range.").format(
            exercise=self.exercise_name
        )

    def summary_text(self) -> str:
        """The latest session per side and the best in the range, e.g. "Latest (25 Nov):
        best hold left 18 s, right 15 s. Best in this range: left 20 s on 12 Nov, …"."""
        metric: Metric = "best_hold_s" if self.kind == "hold" else "total_reps"
        lines = [line for line in self.series if line.metric == metric]
        if not lines:
            return self._nothing()
        year = self._this_year
        latest_day = max(line.points[-1].day for line in lines)
        latest = [
            f"{side_word(line.side)} {amount(metric, line.points[-1].value)}"
            for line in lines
            if line.points[-1].day == latest_day
        ]
        best = []
        #: A side's best in the summary: "left 20 s on 12 Nov".
        best_words = self.tr("{side} {amount} on {day}")
        for line in lines:
            values = column(line.points, "value")
            top = line.points[int(values.argmax())]  # the first day it was reached
            best.append(
                best_words.format(
                    side=side_word(line.side),
                    amount=amount(metric, top.value),
                    day=short_date(top.day, year),
                )
            )
        sessions = len({session for line in lines for session in map(SESSION, line.points)})
        if metric == "best_hold_s":
            most = self.tr("Longest hold in this range: {bests}.")
        else:
            most = self.tr("Most reps in this range: {bests}.")
        count = plural(self.tr("{exercise}, %n session(s) in range.", "", sessions), sessions)
        #: {what} is "best hold" or "reps"; {values} one per side ("left 18 s, right 15 s").
        latest_words = self.tr("Latest ({day}), {what}: {values}.")
        return " ".join(
            [
                count.format(exercise=self.exercise_name),
                latest_words.format(
                    day=short_date(latest_day, year),
                    what=_tr(METRIC_WORDS[metric]),
                    values=", ".join(latest),
                ),
                most.format(bests="; ".join(best)),
            ]
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
                parts.append(f"{_tr(METRIC_TIPS[metric])}: {', '.join(sides)}")
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
    """A side within a sentence ("left 18 s")."""
    if side == "left":
        #: A side within a sentence: "left 18 s, right 15 s".
        return QCoreApplication.translate("ExerciseChart", "left")
    if side == "right":
        return QCoreApplication.translate("ExerciseChart", "right")
    if side == "both":
        #: Within a sentence: "both sides 30 s".
        return QCoreApplication.translate("ExerciseChart", "both sides")
    return side
