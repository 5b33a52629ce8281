"""Weekly volume: time under tension (minutes held) or reps per week, stacked by exercise.

Bars have no hover of their own in pyqtgraph; the card's crosshair snaps to the week under
the mouse and the tooltip lists that week's stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta, tzinfo
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget

from hiptrainer.domain.progress import WeeklyVolume
from hiptrainer.storage.transfer import text_cell
from hiptrainer.ui.progress.card import CsvTable, short_date
from hiptrainer.ui.progress.chart import PlotChart
from hiptrainer.ui.progress.plotlib import DAY_S, PgItem, days_x, np, pg
from hiptrainer.ui.progress.theme import PlotTheme
from hiptrainer.ui.style.plurals import plural

VolumeMetric = Literal["hold", "reps"]
BAR_WIDTH_S = 5 * DAY_S
# The axis labels (translated where shown).
LABELS: dict[VolumeMetric, str] = {
    "hold": str(QT_TRANSLATE_NOOP("VolumeChart", "Time under tension (min)")),
    "reps": str(QT_TRANSLATE_NOOP("VolumeChart", "Reps per week")),
}


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, translated now."""
    return QCoreApplication.translate("VolumeChart", text)


def minutes_text(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    if not minutes:
        return QCoreApplication.translate("VolumeChart", "{seconds} s").format(seconds=rest)
    if not rest:
        return QCoreApplication.translate("VolumeChart", "{minutes} min").format(minutes=minutes)
    #: A time held: "3 min 05 s".
    held = QCoreApplication.translate("VolumeChart", "{minutes} min {seconds} s")
    return held.format(minutes=minutes, seconds=f"{rest:02d}")


class VolumeChart(PlotChart):
    def __init__(
        self, tz: tzinfo | None, names: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("VolumeChart", "Weekly volume"), "volumeChart",
            QCoreApplication.translate("VolumeChart", "Weekly volume stacked by exercise"), tz,
            parent=parent,
        )  # fmt: skip
        self.names = names
        self.volume = WeeklyVolume((), (), {}, {})
        self.shown_metric: VolumeMetric = "hold"
        self.colour_order: list[str] = []
        self._this_year: int | None = None
        self._today = date.today()
        self._last_span = (self._today, self._today)
        # exercise id → its bar item, kept between updates (only their data changes).
        self.bars: dict[str, PgItem] = {}
        self.stacked: list[str] = []
        self.hold_button = QRadioButton(self.tr("Ti&me under tension"))
        self.hold_button.setObjectName("volumeHold")
        self.reps_button = QRadioButton(self.tr("&Reps"))
        self.reps_button.setObjectName("volumeReps")
        self.hold_button.setChecked(True)
        self.metric_buttons = QButtonGroup(self)
        self.metric_buttons.addButton(self.hold_button)
        self.metric_buttons.addButton(self.reps_button)
        self.add_control(self.hold_button)
        self.add_control(self.reps_button)
        self.hold_button.toggled.connect(self._metric_toggled)

    def build(self) -> None:
        self.plot = self.add_plot(_tr(LABELS["hold"]), legend_columns=4)

    def _metric_toggled(self, hold: bool) -> None:
        self.shown_metric = "hold" if hold else "reps"
        self.show_volume(self.volume, self.colour_order, self._last_span, self._today)

    def show_volume(
        self,
        volume: WeeklyVolume,
        colour_order: list[str],
        span: tuple[date, date],
        today: date,
    ) -> None:
        """Draw ``volume`` stacked in ``colour_order`` (every exercise with data, so an
        exercise keeps its colour whatever the range)."""
        self.ensure_built()
        self.volume, self.colour_order = volume, colour_order
        self._last_span, self._today, self._this_year = span, today, today.year
        values = self._values()
        self.stacked = [name for name in volume.exercises if any(values[name])]
        for bar in self.bars.values():
            bar.setVisible(False)
        if not self.stacked:
            if self.shown_metric == "hold":
                nothing = self.tr("No holds recorded in this range.")
            else:
                nothing = self.tr("No rep sets recorded in this range.")
            self.show_note(nothing)
            self.set_summary(nothing)
            self.set_hover_days([])
            return
        self.show_canvas()
        self.plot.setLabel("left", _tr(LABELS[self.shown_metric]))
        x = days_x(volume.weeks, self.tz) + 3.5 * DAY_S  # a bar stands on its whole week
        base = np.zeros(len(volume.weeks))
        entries: list[tuple[PgItem, str]] = []
        for exercise in self.stacked:
            height = np.asarray(values[exercise], dtype=np.float64)
            if self.shown_metric == "hold":
                height = height / 60.0
            bar = self._bar(exercise)
            bar.setOpts(x=x, height=height, y0=base.copy(), width=BAR_WIDTH_S)
            bar.setVisible(True)
            entries.append((bar, self.names(exercise)))
            base += height
        self.set_legend(0, entries)
        self.plot.setYRange(0, max(1.0, float(base.max()) * 1.1), padding=0)
        self.set_span(span[0], span[1])
        self.set_hover_days(volume.weeks, snap_days=3.5)
        self._hover_x = self._hover_x + 3.5 * DAY_S
        self.set_summary(self.summary_text())

    def _values(self) -> dict[str, tuple[float, ...]] | dict[str, tuple[int, ...]]:
        return self.volume.hold_s if self.shown_metric == "hold" else self.volume.reps

    def _bar(self, exercise: str) -> PgItem:
        bar = self.bars.get(exercise)
        if bar is None:
            bar = pg.BarGraphItem(x=[0.0], height=[0.0], width=BAR_WIDTH_S)
            self.plot.addItem(bar)
            self.bars[exercise] = bar
            if self.theme is not None:
                self._style_bar(exercise, bar, self.theme)
        return bar

    def _style_bar(self, exercise: str, bar: PgItem, theme: PlotTheme) -> None:
        index = self.colour_order.index(exercise) if exercise in self.colour_order else 0
        bar.setOpts(brush=theme.exercise_brush(index), pen=pg.mkPen(theme.background, width=1))

    def restyle(self, theme: PlotTheme) -> None:
        for exercise, bar in self.bars.items():
            self._style_bar(exercise, bar, theme)

    def _amount(self, value: float) -> str:
        if self.shown_metric == "hold":
            return minutes_text(value)
        reps = round(value)
        return plural(self.tr("%n rep(s)", "", reps), reps)

    def summary_text(self) -> str:
        values = self._values()
        weeks = self.volume.weeks
        per_week = [sum(values[name][i] for name in self.stacked) for i in range(len(weeks))]
        busiest = max(range(len(weeks)), key=lambda i: per_week[i])
        trained = [v for v in per_week if v > 0]
        average = sum(trained) / len(trained) if trained else 0.0
        year = self._this_year
        count = len(self.stacked)
        if self.shown_metric == "hold":
            what = self.tr("Time under tension per week, %n exercise(s).", "", count)
        else:
            what = self.tr("Reps per week, %n exercise(s).", "", count)
        rest = self.tr(
            "This week: {this_week}. Average of the weeks trained: {average}. Busiest: week of "
            "{busiest_week}, {busiest}."
        )
        return " ".join(
            [
                plural(what, count),
                rest.format(
                    this_week=self._amount(per_week[-1]),
                    average=self._amount(average),
                    busiest_week=short_date(weeks[busiest], year),
                    busiest=self._amount(per_week[busiest]),
                ),
            ]
        )

    def describe(self, day: date) -> str:
        i = self.volume.weeks.index(day)
        values = self._values()
        parts = [
            f"{self.names(name)}: {self._amount(values[name][i])}"
            for name in self.stacked
            if values[name][i]
        ]
        total = sum(values[name][i] for name in self.stacked)
        end = day + timedelta(days=6)
        head = self.tr("Week {first} – {last}").format(
            first=short_date(day, end.year), last=short_date(end, self._this_year)
        )
        total_words = self.tr("Total: {amount}").format(amount=self._amount(total))
        return "\n".join([head, *parts, total_words])

    def csv_table(self) -> CsvTable:
        names = list(self.volume.exercises)
        header = ["week_start", "exercise", "hold_s", "reps"]
        rows = [
            [
                week.isoformat(),
                text_cell(self.names(name)),
                f"{self.volume.hold_s[name][i]:g}",
                str(self.volume.reps[name][i]),
            ]
            for i, week in enumerate(self.volume.weeks)
            for name in names
            if self.volume.hold_s[name][i] or self.volume.reps[name][i]
        ]
        return header, rows
