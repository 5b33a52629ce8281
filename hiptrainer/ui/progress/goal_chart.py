"""Sessions per week against the weekly goal: solid bars for weeks that met it, hatched pale
bars for weeks below it, and a dashed line at the goal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from hiptrainer.domain.progress_habits import WeekGoal
from hiptrainer.ui.progress.card import CsvTable, short_date
from hiptrainer.ui.progress.chart import PlotChart
from hiptrainer.ui.progress.plotlib import DAY_S, column, days_x, pg
from hiptrainer.ui.progress.theme import PlotTheme
from hiptrainer.ui.style.plurals import TextContext, plural

BAR_WIDTH_S = 5 * DAY_S


def sessions_words(count: int) -> str:
    return plural(GoalWords.tr("%n session(s)", "", count), count)


class GoalWords(TextContext):
    """The translation context of the chart's counts."""


class GoalChart(PlotChart):
    def __init__(self, tz: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("GoalChart", "Sessions per week"), "goalChart",
            QCoreApplication.translate("GoalChart", "Sessions per week against the weekly goal"),
            tz, parent=parent,
        )  # fmt: skip
        self.weeks: list[WeekGoal] = []
        self.goal = 2
        self._this_year: int | None = None

    def build(self) -> None:
        self.plot = self.add_plot(self.tr("Sessions"))
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
            self.show_note(self.tr("No weeks in this range yet."))
            self.set_summary(self.tr("No weeks in this range yet."))
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
                (self.met_bars, self.tr("Goal met")),
                (self.short_bars, self.tr("Below goal")),
                (self.goal_sample, self._goal_words(goal)),
            ],
        )
        self.plot.setYRange(0, max(goal + 1.0, float(height.max()) + 0.5), padding=0)
        self.set_span(self.weeks[0].week_start, today)
        self.set_hover_days([w.week_start for w in self.weeks], snap_days=3.5)
        self._hover_x = self._hover_x + 3.5 * DAY_S
        met_count = int(met.sum())
        total = len(self.weeks)
        mean = float(height.mean())
        #: {met} of %n weeks (the weeks shown) met the goal; {mean} has one decimal.
        met_words = self.tr(
            "Met in {met} of %n week(s) shown; {mean} sessions a week on average.", "", total
        )
        mean_text = QLocale().toString(mean, "f", 1)
        self.set_summary(
            f"{self._goal_words(goal)}. "
            + plural(met_words, total).format(met=met_count, mean=mean_text)
        )

    def _goal_words(self, goal: int) -> str:
        """ "Goal: 2 sessions a week"."""
        return self.tr("Goal: {sessions} a week").format(sessions=sessions_words(goal))

    def describe(self, day: date) -> str:
        week = next(w for w in self.weeks if w.week_start == day)
        end = day + timedelta(days=6)
        #: In a tooltip, after the week's sessions: "1 session (goal 2)".
        short = self.tr("goal {goal}").format(goal=week.goal)
        state = self.tr("goal met") if week.met else short
        head = self.tr("Week {first} – {last}").format(
            first=short_date(day, end.year), last=short_date(end, self._this_year)
        )
        return f"{head}\n{sessions_words(week.sessions)} ({state})"

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
