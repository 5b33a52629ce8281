"""Sessions per week against the weekly goal: solid bars for weeks that met it, hatched pale
bars for weeks below it, and a dashed line at the goal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from hiptrainer.domain.progress_habits import WeekGoal
from hiptrainer.ui.progress.card import CsvTable, short_date
from hiptrainer.ui.progress.chart import PlotChart
from hiptrainer.ui.progress.plotlib import DAY_S, column, days_x, pg
from hiptrainer.ui.progress.theme import PlotTheme

BAR_WIDTH_S = 5 * DAY_S


def sessions_words(count: int) -> str:
    return f"{count} session{'s' if count != 1 else ''}"


class GoalChart(PlotChart):
    def __init__(self, tz: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(
            "Sessions per week", "goalChart", "Sessions per week against the weekly goal", tz,
            parent=parent,
        )  # fmt: skip
        self.weeks: list[WeekGoal] = []
        self.goal = 2
        self._this_year: int | None = None

    def build(self) -> None:
        self.plot = self.add_plot("Sessions")
        self.plot.getAxis("left").setTickSpacing(1, 1)  # whole sessions
        self.met_bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=BAR_WIDTH_S)
        self.short_bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=BAR_WIDTH_S)
        self.plot.addItem(self.short_bars)
        self.plot.addItem(self.met_bars)
        self.goal_line = pg.InfiniteLine(angle=0, movable=False)
        self.plot.addItem(self.goal_line)
        # An empty line item stands in for the goal line in the legend.
        self.goal_sample = pg.PlotDataItem([], [])

    def show_weeks(self, weeks: Sequence[WeekGoal], goal: int, today: date) -> None:
        self.ensure_built()
        self.weeks, self.goal, self._this_year = list(weeks), goal, today.year
        if not self.weeks:
            self.show_note("No weeks in this range yet.")
            self.set_summary("No weeks in this range yet.")
            self.set_hover_days([])
            return
        self.show_canvas()
        x = days_x([w.week_start for w in self.weeks], self.tz) + 3.5 * DAY_S
        height = column(self.weeks, "sessions")
        met = height >= goal
        self.met_bars.setOpts(x=x[met], height=height[met], width=BAR_WIDTH_S)
        self.short_bars.setOpts(x=x[~met], height=height[~met], width=BAR_WIDTH_S)
        self.goal_line.setValue(goal)
        self.set_legend(
            0,
            [
                (self.met_bars, "Goal met"),
                (self.short_bars, "Below goal"),
                (self.goal_sample, f"Goal: {sessions_words(goal)} a week"),
            ],
        )
        self.plot.setYRange(0, max(goal + 1.0, float(height.max()) + 0.5), padding=0)
        self.set_span(self.weeks[0].week_start, today)
        self.set_hover_days([w.week_start for w in self.weeks], snap_days=3.5)
        self._hover_x = self._hover_x + 3.5 * DAY_S
        met_count = int(met.sum())
        total = len(self.weeks)
        mean = float(height.mean())
        self.set_summary(
            f"Goal: {sessions_words(goal)} a week. Met in {met_count} of {total} week"
            f"{'s' if total != 1 else ''} shown; {mean:.1f} sessions a week on average."
        )

    def describe(self, day: date) -> str:
        week = next(w for w in self.weeks if w.week_start == day)
        end = day + timedelta(days=6)
        state = "goal met" if week.met else f"goal {week.goal}"
        return (
            f"Week {short_date(day, end.year)} – {short_date(end, self._this_year)}\n"
            f"{sessions_words(week.sessions)} ({state})"
        )

    def restyle(self, theme: PlotTheme) -> None:
        self.met_bars.setOpts(brush=QBrush(theme.accent), pen=pg.mkPen(theme.background))
        pale = QColor(theme.text)
        pale.setAlpha(110)
        self.short_bars.setOpts(
            brush=QBrush(pale, Qt.BrushStyle.BDiagPattern), pen=pg.mkPen(pale, width=1)
        )
        goal_pen = pg.mkPen(theme.text, width=2, style=Qt.PenStyle.DashLine)
        self.goal_line.setPen(goal_pen)
        self.goal_sample.setPen(goal_pen)

    def csv_table(self) -> CsvTable:
        rows = [
            [w.week_start.isoformat(), str(w.sessions), str(w.goal), "yes" if w.met else "no"]
            for w in self.weeks
        ]
        return ["week_start", "sessions", "goal", "goal_met"], rows
