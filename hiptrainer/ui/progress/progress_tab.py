"""The Progress tab: at a glance on top, then one exercise's history, balance, weekly volume,
pain and effort, adherence, records and the hip self-tests, each a chart with a summary.

The window imports this module the first time the tab is shown (it loads pyqtgraph). The
charts are built once; choosing an exercise or a range only gives them new data, and only the
section on screen is drawn (the others when shown). Reads are cached until the data changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from datetime import date, tzinfo
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from hiptrainer.catalog import Catalog
from hiptrainer.domain.progress import (
    Kind,
    RangeName,
    SessionSideTotals,
    balance_trend,
    balance_words,
    exercise_kind,
    exercise_series,
    monday_of,
    range_start,
    symmetry_series,
    volume_by_week,
)
from hiptrainer.domain.progress_habits import goal_weeks, this_week, weekly_streak, year_heatmap
from hiptrainer.domain.progress_pain import (
    MEASURES,
    effort_series,
    latest_pain,
    pain_flags,
    pain_series,
)
from hiptrainer.domain.progress_records import bests
from hiptrainer.domain.selftest import SelfTest, retest_reminder
from hiptrainer.settings import Settings
from hiptrainer.ui.progress.balance_chart import BalanceChart
from hiptrainer.ui.progress.card import ChartCard
from hiptrainer.ui.progress.chart import PlotChart
from hiptrainer.ui.progress.controls import Controls
from hiptrainer.ui.progress.data import ProgressReader, ProgressStore, trend_start
from hiptrainer.ui.progress.empty_state import NO_DATA, NO_STORE, EmptyState
from hiptrainer.ui.progress.exercise_chart import ExerciseChart
from hiptrainer.ui.progress.export import ask_save_path as ask_save_path_dialog
from hiptrainer.ui.progress.export import export_chart
from hiptrainer.ui.progress.glance import GlanceStrip
from hiptrainer.ui.progress.goal_chart import GoalChart
from hiptrainer.ui.progress.heatmap import HeatmapCard
from hiptrainer.ui.progress.pain_chart import PainChart
from hiptrainer.ui.progress.records_table import RecordsCard
from hiptrainer.ui.progress.selftest_chart import SelfTestChart
from hiptrainer.ui.progress.theme import theme_for
from hiptrainer.ui.progress.volume_chart import VolumeChart
from hiptrainer.ui.style.tokens import SPACE_S

#: Sessions a week counted as meeting the goal when none is given (the settings' default).
DEFAULT_WEEKLY_GOAL = Settings().weekly_goal
SavePath = Callable[[ChartCard, date], tuple[Path, str] | None]


class ProgressTab(QWidget):
    #: "Start the warm-up" on the empty page: the window switches to Train and starts it.
    start_routine_requested = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        store_getter: Callable[[], ProgressStore | None],
        settings: Settings,
        *,
        today: Callable[[], date] = date.today,
        tz: tzinfo | None = None,
        weekly_goal: int = DEFAULT_WEEKLY_GOAL,
        ask_save_path: SavePath | None = None,
        warn: Callable[[str], None] | None = None,
        selftests: Callable[[], Mapping[str, SelfTest]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progress")
        self.catalog = catalog
        self.settings = settings
        self.today = today
        self.tz = tz
        self.weekly_goal = weekly_goal
        self.reader = ProgressReader(store_getter)
        self._ask_save_path = ask_save_path or partial(ask_save_path_dialog, self)
        self._warn = warn or self._warn_dialog
        # The self-tests' definitions are read the first time their section is drawn.
        self._selftests = selftests or _bundled_selftests
        self.names = {exercise.id: exercise.name for exercise in catalog.exercises.values()}

        self.empty = EmptyState()
        self.empty.start_routine_requested.connect(self.start_routine_requested)
        self.glance = GlanceStrip()
        self.controls = Controls()
        self.over_time = ExerciseChart(tz)
        self.balance = BalanceChart(tz)
        self.volume = VolumeChart(tz, self.name_of)
        self.pain = PainChart(tz)
        self.heatmap = HeatmapCard()
        self.goal = GoalChart(tz)
        self.records = RecordsCard(self.name_of)
        self.selftests = SelfTestChart(tz)
        self.adherence = QWidget()
        self.adherence.setObjectName("adherence")
        adherence_layout = QVBoxLayout(self.adherence)
        adherence_layout.addWidget(self.heatmap)
        adherence_layout.addWidget(self.goal, 1)
        self.sections = QTabWidget()
        self.sections.setObjectName("progressSections")
        self._drawers: dict[QWidget, Callable[[], None]] = {}
        for page, title, drawer in (
            (self.over_time, self.tr("&Over time"), self._draw_over_time),
            (self.balance, self.tr("&Balance"), self._draw_balance),
            (self.volume, self.tr("Wee&kly volume"), self._draw_volume),
            (self.pain, self.tr("Pa&in and effort"), self._draw_pain),
            #: The section with the training calendar and the sessions per week.
            (self.adherence, self.tr("A&dherence"), self._draw_adherence),
            (self.records, self.tr("Re&cords"), self._draw_records),
            (self.selftests, self.tr("Self-test res&ults"), self._draw_selftests),
        ):
            self.sections.addTab(page, title)
            self._drawers[page] = drawer
        self.cards: list[ChartCard] = [
            self.over_time, self.balance, self.volume, self.pain, self.heatmap, self.goal,
            self.records, self.selftests,
        ]  # fmt: skip
        for card in self.cards:
            card.save_requested.connect(self.save_chart)
        self._dirty: set[QWidget] = set(self._drawers)
        self._stale = True

        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.glance)
        content_layout.addWidget(self.controls)
        content_layout.addWidget(self.sections, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_S, SPACE_S, SPACE_S, SPACE_S)
        layout.addWidget(self.pages)

        self.controls.exercise_changed.connect(self._exercise_changed)
        self.controls.range_changed.connect(self._range_changed)
        self.sections.currentChanged.connect(lambda _index: self._draw_current())
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply_theme)
        self.apply_theme()

    # --- names, days and rows ----------------------------------------------------------------

    def name_of(self, exercise: str) -> str:
        return self.names.get(exercise, exercise.replace("_", " ").capitalize())

    def exercise(self) -> str:
        return self.controls.exercise()

    def range_name(self) -> RangeName:
        return self.controls.range_name()

    def _since(self) -> date | None:
        return range_start(self.range_name(), self.today())

    def _rows(self) -> list[SessionSideTotals]:
        """The chosen exercise's rows for the range and for the balance trend."""
        since, trend = self._since(), trend_start(self.today())
        query_since = None if since is None else min(since, trend)
        return self.reader.side_totals(self.exercise(), query_since)

    def _range_rows(self) -> list[SessionSideTotals]:
        since = self._since()
        rows = self._rows()
        return rows if since is None else [r for r in rows if r.local_date >= since]

    def _first_day(self, fallback: date | None) -> date:
        """Where the charts start: the range's first day, or for "all" the first data."""
        return self._since() or fallback or self.today()

    def _kind(self, rows: list[SessionSideTotals]) -> Kind:
        found = exercise_kind(rows)
        if found is not None:
            return found
        exercise = self.catalog.exercises.get(self.exercise())
        return "hold" if exercise is not None and exercise.dosage.hold_s else "reps"

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again (a session finished, an import landed), keeping the chosen
        exercise and range. A hidden tab only notes it and reads when it is shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            self.reader.reset()
            if self.reader.store() is None:
                self._show_empty(NO_STORE)
                return
            found = self.reader.exercises()
            if not found:
                self._show_empty(NO_DATA)
                return
            self.controls.set_exercises(found, self.name_of)
            self.pages.setCurrentWidget(self.content)
            self._draw_glance()
            self._dirty = set(self._drawers)
            self._draw_current()
        except sqlite3.Error as exc:
            self._unreadable(exc)

    def _unreadable(self, exc: sqlite3.Error) -> None:
        reason = str(exc).strip().rstrip(".") or type(exc).__name__
        #: {reason} is the database's own reason (in English).
        text = self.tr("Your training data could not be read: {reason}.").format(reason=reason)
        self._show_empty(text, offer_start=False)

    def _show_empty(self, text: str, offer_start: bool = True) -> None:
        self.empty.say(text)
        self.empty.start_button.setVisible(offer_start)
        self.pages.setCurrentWidget(self.empty)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        try:
            changed = self._stale or self.reader.changed()
        except sqlite3.Error:
            changed = True
        if changed:
            self._stale = True
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_theme()

    def apply_theme(self) -> None:
        """Plot colours from the palette (pyqtgraph does not follow it by itself)."""
        theme = theme_for(self.palette())
        for card in self.cards:
            card.apply_theme(theme)

    # --- what changes what ---------------------------------------------------------------------

    def _exercise_changed(self, _exercise: str) -> None:
        self._guarded(self._draw_glance_balance)
        self._mark({self.over_time, self.balance})

    def _range_changed(self, _name: str) -> None:
        self._mark(set(self._drawers) - {self.records, self.selftests})

    def _mark(self, sections: set[QWidget]) -> None:
        self._dirty |= sections
        self._draw_current()

    def _draw_current(self) -> None:
        if self.pages.currentWidget() is not self.content:
            return
        page = self.sections.currentWidget()
        if page in self._dirty:
            self._dirty.discard(page)
            self._guarded(self._drawers[page])
        self._settle()

    def _settle(self) -> None:
        """Lay out the page and place the plots now, so the next frame is the only one (left
        to the event loop, new texts, legends and plot ranges took up to three full paints of
        a chart for one change, bench/progress.py)."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for card in self.cards:
            if isinstance(card, PlotChart) and card.isVisible():
                card.settle()

    def _guarded(self, draw: Callable[[], None]) -> None:
        try:
            draw()
        except sqlite3.Error as exc:
            self._unreadable(exc)

    # --- drawing -------------------------------------------------------------------------------

    def _draw_glance(self) -> None:
        today, days = self.today(), self.reader.session_days()
        self.glance.set_week(
            this_week(days, self.weekly_goal, today),
            weekly_streak(days, self.weekly_goal, today),
        )
        self.glance.set_pain(latest_pain(self.reader.scores()), today)
        self.glance.set_retest(retest_reminder(self.reader.last_tested(), today))
        self._draw_glance_balance()

    def balance_text(self) -> str:
        """The chosen exercise's balance trend in words (the same whatever the range)."""
        rows = self._rows()
        if rows and not any(row.side in ("left", "right") for row in rows):
            return self.tr("Done with both sides at once: no left/right balance to show.")
        start = trend_start(self.today())
        recent = [row for row in rows if row.local_date >= start]
        trend = balance_trend(symmetry_series(recent), self.today())
        return balance_words(trend)

    def _draw_glance_balance(self) -> None:
        self.glance.set_balance(self.name_of(self.exercise()), self.balance_text())

    def _draw_over_time(self) -> None:
        rows = self._range_rows()
        today = self.today()
        first = self._first_day(rows[0].local_date if rows else None)
        self.over_time.show_exercise(
            self.name_of(self.exercise()), self._kind(rows), exercise_series(rows), first, today,
            today,
        )  # fmt: skip

    def _draw_balance(self) -> None:
        rows = self._range_rows()
        today = self.today()
        first = self._first_day(rows[0].local_date if rows else None)
        self.balance.show_balance(
            self.name_of(self.exercise()), symmetry_series(rows), self.balance_text(), first,
            today, today,
        )  # fmt: skip

    def _draw_volume(self) -> None:
        since, today = self._since(), self.today()
        weeks = self.reader.weeks(monday_of(since) if since else None)
        first = self._first_day(weeks[0].week_start if weeks else None)
        volume = volume_by_week(weeks, first_day=first, last_day=today)
        colour_order = sorted(exercise for exercise, _last in self.reader.exercises())
        self.volume.show_volume(volume, colour_order, (monday_of(first), today), today)

    def _draw_pain(self) -> None:
        since, today = self._since(), self.today()
        scores = self.reader.scores()
        flags = self.reader.memo(("flags",), lambda: pain_flags(scores))
        effort = self.reader.memo(("effort",), lambda: effort_series(scores))
        pain = {
            measure: self.reader.memo(("pain", measure), partial(pain_series, scores, measure))
            for measure in MEASURES
        }
        if since is not None:
            pain = {m: [p for p in points if p.day >= since] for m, points in pain.items()}
            effort = [p for p in effort if p.day >= since]
            flags = [f for f in flags if f.day >= since]
        first = self._first_day(scores[0].local_date if scores else None)
        self.pain.show_pain(pain, effort, flags, first, today, today)

    def _draw_adherence(self) -> None:
        today, days = self.today(), self.reader.session_days()
        heatmap = self.reader.memo(("heatmap", today), lambda: year_heatmap(days, today))
        self.heatmap.show_heatmap(heatmap)
        first = self._first_day(days[0][0] if days else None)
        self.goal.show_weeks(
            goal_weeks(days, self.weekly_goal, first, today), self.weekly_goal, today
        )

    def _draw_records(self) -> None:
        found = self.reader.memo(("bests",), lambda: bests(self.reader.record_candidates()))
        self.records.show_records(found)

    def _draw_selftests(self) -> None:
        results = self.reader.selftest_results()
        self.selftests.show_selftests(self._selftests(), results, self.today())

    # --- saving --------------------------------------------------------------------------------

    def save_chart(self, card: ChartCard) -> None:
        """Ask where to save ``card`` and in which format, then write it."""
        choice = self._ask_save_path(card, self.today())
        if choice is None:
            return
        path, kind = choice
        try:
            export_chart(card, path, kind)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            #: {reason} is the system's reason ("No space left on device").
            self._warn(self.tr("Could not save {file}: {reason}").format(file=path, reason=reason))

    def _warn_dialog(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Could not save"), text)


def _bundled_selftests() -> Mapping[str, SelfTest]:
    from hiptrainer.catalog.selftests import bundled_selftests

    return bundled_selftests()
