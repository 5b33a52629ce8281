"""The Progress tab on a training history written through the store: what it lists, what it
plots when the exercise or the range changes, the at-a-glance texts, records, the empty
state, and reloading after new sessions.

:func:`make_tab` is shared by the other Progress tests (tests/gui/test_progress_*.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import load_catalog
from hiptrainer.domain.progress import local_midnight_seconds
from hiptrainer.settings import Settings
from hiptrainer.storage.progress_queries import exercises_with_data
from hiptrainer.ui.progress.progress_tab import ProgressTab
from tests.helpers.progress import (
    BRIDGE,
    CLAM,
    KNOWN_DAYS,
    PLANK,
    TODAY,
    Done,
    History,
    add_session,
    believable_history,
    empty_history,
    known_history,
    plank,
)

CATALOG = load_catalog()
PLANK_NAME = CATALOG.exercises[PLANK].name


def make_tab(
    qtbot: QtBot,
    store: Callable[[], Any] | Any,
    today: date = TODAY,
    size: tuple[int, int] = (1280, 800),
    **options: Any,
) -> ProgressTab:
    """The tab on ``store`` (or a getter of it), shown at ``size`` on the fake ``today``."""
    getter = store if callable(store) else (lambda: store)
    options.setdefault("weekly_goal", 2)  # the known history's weeks are counted against 2
    tab = ProgressTab(CATALOG, getter, Settings(), today=lambda: today, **options)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def line_data(tab: ProgressTab, side: str, plot: int = 0) -> tuple[list[float], list[float]]:
    x, y = tab.over_time.lines[(plot, side)].getData()
    return list(x if x is not None else []), list(y if y is not None else [])


def midnights(*days: date) -> list[float]:
    return [float(local_midnight_seconds(day)) for day in days]


@pytest.fixture
def known(data_dir: Path) -> History:
    return known_history(data_dir)


@pytest.fixture
def tab(qtbot: QtBot, known: History) -> ProgressTab:
    return make_tab(qtbot, known.store)


# --- the exercise selector ------------------------------------------------------------------


def test_selector_lists_only_exercises_with_data_most_recent_first(tab: ProgressTab) -> None:
    box = tab.controls.exercise_box
    names = [box.itemText(i) for i in range(box.count())]
    assert tab.controls.exercise_ids() == [PLANK, CLAM, BRIDGE]
    assert names == [PLANK_NAME, "Clamshell", "Glute bridge"]
    assert tab.exercise() == PLANK  # the most recent is chosen first


def test_selector_on_months_of_history_matches_the_store(qtbot: QtBot, data_dir: Path) -> None:
    history = believable_history(data_dir)
    tab = make_tab(qtbot, history.store)
    expected = [exercise for exercise, _day in exercises_with_data(history.store.conn)]
    assert tab.controls.exercise_ids() == expected
    assert 0 < len(expected) < len(CATALOG.exercises)


# --- what is plotted ------------------------------------------------------------------------


def test_plank_holds_plotted_per_side_on_local_midnights(tab: ProgressTab) -> None:
    x, y = line_data(tab, "left")
    assert x == midnights(*KNOWN_DAYS)  # 3 months back from 27 Nov reach 28 Sep
    assert y == [10, 10, 15, 15, 15, 15, 15, 15, 15]
    assert line_data(tab, "right")[1] == [20.0] * 9
    assert line_data(tab, "left", plot=1)[1] == y  # one hold a session: total = best
    assert tab.over_time.plots[1].isVisible()


def test_switching_exercise_plots_its_reps(tab: ProgressTab) -> None:
    tab.controls.choose_exercise(CLAM)
    x, y = line_data(tab, "left")
    assert x == midnights(date(2026, 9, 30), date(2026, 11, 18))
    assert y == [10, 12]
    assert line_data(tab, "right")[1] == [10, 11]
    assert not tab.over_time.plots[1].isVisible()  # reps have one plot
    assert "Clamshell" in tab.over_time.heading.text()


def test_switching_range_changes_the_plotted_sessions(tab: ProgressTab) -> None:
    tab.controls.choose_range("4_weeks")  # from 30 Oct
    assert line_data(tab, "left")[0] == midnights(*KNOWN_DAYS[2:])
    tab.controls.choose_range("all")
    assert line_data(tab, "left")[0] == midnights(*KNOWN_DAYS)
    low, high = tab.over_time.plots[0].vb.viewRange()[0]
    assert low <= local_midnight_seconds(KNOWN_DAYS[0])
    assert high >= local_midnight_seconds(TODAY)


def test_both_sides_exercise_plots_one_line(tab: ProgressTab) -> None:
    tab.controls.choose_exercise(BRIDGE)
    assert line_data(tab, "both")[1] == [12]
    assert line_data(tab, "left")[1] == []
    assert "no left/right balance" in tab.glance.balance.value.text()


def test_a_range_without_sessions_says_so_instead_of_an_empty_axis(tab: ProgressTab) -> None:
    tab.controls.choose_exercise(BRIDGE)  # last done on 28 Sep
    tab.controls.choose_range("4_weeks")
    chart = tab.over_time
    assert not chart.has_drawing
    assert "No Glute bridge sessions" in chart.note.text()
    assert not chart.save_button.isEnabled()


def test_balance_volume_pain_and_adherence_are_drawn_when_shown(tab: ProgressTab) -> None:
    tab.sections.setCurrentWidget(tab.balance)
    x, y = tab.balance.line.getData()
    assert list(y) == [50, 50] + [75] * 7
    tab.sections.setCurrentWidget(tab.volume)
    assert tab.volume.stacked == [PLANK]  # holds: only the plank has time under tension
    tab.volume.reps_button.click()
    assert tab.volume.stacked == [CLAM, BRIDGE]
    tab.sections.setCurrentWidget(tab.pain)
    assert list(tab.pain.lines["after"].getData()[1]) == [1, 4]
    flags = list(tab.pain.flag_marks.getData()[1])
    assert flags == [4]  # after: 1 → 4 rose by 3
    assert "rose by 3, to 4/10" in tab.pain.summary.text()
    tab.sections.setCurrentIndex(4)
    weeks = [(w.week_start, w.sessions) for w in tab.goal.weeks]
    assert weeks[0] == (date(2026, 8, 24), 0)  # the week of 27 Aug, 3 months back
    assert [count for _week, count in weeks] == [0] * 5 + [2] + [0] * 4 + [1, 3, 2, 1]
    assert tab.heatmap.view.heatmap.most == 1


# --- at a glance ----------------------------------------------------------------------------


def test_at_a_glance_for_the_known_history(tab: ProgressTab) -> None:
    glance = tab.glance
    assert glance.week.value.text() == "1 of 2 sessions"
    assert glance.week.detail.text() == "1 more to reach the weekly goal"
    assert glance.streak.value.text() == "2 weeks"
    assert glance.balance.caption.text() == f"Balance · {PLANK_NAME}"
    assert glance.balance.value.text() == "Left side 25% behind, was 50% eight weeks ago."
    assert glance.pain.value.text() == "Pain 4/10 after: acceptable"
    assert "#f59f00" in glance.dot.styleSheet()  # amber, beside the words
    assert not glance.dot.isHidden()


def test_weekly_goal_comes_from_the_constructor(qtbot: QtBot, known: History) -> None:
    tab = make_tab(qtbot, known.store, weekly_goal=1)
    assert tab.glance.week.value.text() == "1 of 1 session"
    assert tab.glance.week.detail.text() == "Goal met this week"
    assert tab.glance.streak.value.text() == "4 weeks"  # 2 Nov to this week


def test_balance_in_words_follows_the_chosen_exercise_not_the_range(tab: ProgressTab) -> None:
    before = tab.glance.balance.value.text()
    tab.controls.choose_range("4_weeks")
    assert tab.glance.balance.value.text() == before
    tab.controls.choose_exercise(CLAM)
    assert tab.glance.balance.caption.text() == "Balance · Clamshell"
    assert tab.glance.balance.value.text() != before


# --- records --------------------------------------------------------------------------------


def test_records_table_lists_bests_per_exercise_and_side(tab: ProgressTab) -> None:
    tab.sections.setCurrentWidget(tab.records)
    table = tab.records.table
    rows = [
        [table.model().index(row, column).data() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]
    assert rows == [
        ["Clamshell", "Most reps in a set, left: 12", "Wed 18 Nov 2026"],
        ["Clamshell", "Most reps in a set, right: 11", "Wed 18 Nov 2026"],
        ["Glute bridge", "Most reps in a set: 12", "Mon 28 Sep 2026"],
        [PLANK_NAME, "Longest hold, left: 15 s", "Mon 2 Nov 2026"],
        [PLANK_NAME, "Longest hold, right: 20 s", "Mon 28 Sep 2026"],
    ]
    assert "5 records across 3 exercises" in tab.records.summary.text()


# --- empty, missing and refreshed data ------------------------------------------------------


def test_empty_history_explains_and_offers_the_warm_up(qtbot: QtBot, data_dir: Path) -> None:
    tab = make_tab(qtbot, empty_history(data_dir).store)
    assert tab.pages.currentWidget() is tab.empty
    assert not tab.content.isVisible()  # no chart, so no empty axis
    assert "After your first workout" in tab.empty.message.text()
    with qtbot.waitSignal(tab.start_routine_requested) as signal:
        tab.empty.start_button.click()
    assert signal.args == ["runners_hip_warmup"]


def test_no_training_data_open_says_so(qtbot: QtBot) -> None:
    tab = make_tab(qtbot, lambda: None)
    assert tab.pages.currentWidget() is tab.empty
    assert "not open" in tab.empty.message.text()


def test_refresh_after_a_session_keeps_exercise_and_range(tab: ProgressTab, known: History) -> None:
    tab.controls.choose_range("1_year")
    tab.controls.choose_exercise(CLAM)
    add_session(known, TODAY, plank(18, 20))
    tab.refresh()
    assert tab.exercise() == CLAM
    assert tab.range_name() == "1_year"
    assert tab.glance.week.value.text() == "2 of 2 sessions"
    tab.controls.choose_exercise(PLANK)
    assert line_data(tab, "left")[1][-1] == 18


def test_first_session_replaces_the_empty_page(qtbot: QtBot, data_dir: Path) -> None:
    history = empty_history(data_dir)
    tab = make_tab(qtbot, history.store)
    add_session(history, TODAY, plank(12, 14))
    tab.refresh()
    assert tab.pages.currentWidget() is tab.content
    assert line_data(tab, "left")[1] == [12]


def test_hidden_tab_reloads_when_shown_again_after_new_data(
    tab: ProgressTab, known: History
) -> None:
    tab.hide()
    add_session(known, TODAY, plank(19, 20))
    assert line_data(tab, "left")[1][-1] == 15  # nothing read while hidden
    tab.show()
    assert line_data(tab, "left")[1][-1] == 19


def test_shown_again_without_changes_reads_nothing(
    tab: ProgressTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(tab, "refresh", lambda: calls.append("refresh"))
    tab.hide()
    tab.show()
    assert calls == []


def test_cached_reads_are_not_repeated_on_switching_back(tab: ProgressTab) -> None:
    tab.controls.choose_exercise(CLAM)
    tab.controls.choose_exercise(PLANK)
    first = tab.reader.side_totals(PLANK, None)
    assert tab.reader.side_totals(PLANK, None) is first
    x, _y = line_data(tab, "left")
    assert np.all(np.diff(x) > 0)


def test_empty_page_text_is_not_cut_off(qtbot: QtBot, data_dir: Path) -> None:
    tab = make_tab(qtbot, empty_history(data_dir).store)
    message = tab.empty.message
    assert message.height() >= message.heightForWidth(message.width())
    assert "records" in message.accessibleDescription()
    assert "<li>" not in message.accessibleDescription()


def test_charts_are_built_once_and_only_given_new_data(tab: ProgressTab) -> None:
    chart = tab.over_time
    items = dict(chart.lines)
    plots = list(chart.plots)
    tab.controls.choose_exercise(CLAM)
    tab.controls.choose_range("all")
    tab.controls.choose_exercise(PLANK)
    assert chart.plots == plots
    assert all(chart.lines[key] is item for key, item in items.items())
    assert len(chart.view.ci.items) == 4  # two legends, two plots: nothing added


def test_sections_not_opened_build_no_plots(tab: ProgressTab) -> None:
    assert tab.over_time.view is not None
    assert tab.pain.view is None
    assert tab.volume.view is None
    tab.sections.setCurrentWidget(tab.pain)
    assert tab.pain.view is not None


def test_exercise_missing_from_the_catalogue_gets_a_readable_name(
    qtbot: QtBot, data_dir: Path
) -> None:
    history = empty_history(data_dir)
    add_session(history, TODAY, [Done("my_own_move", "both", reps=8)])
    tab = make_tab(qtbot, history.store)
    assert tab.controls.exercise_box.itemText(0) == "My own move"
    assert line_data(tab, "both")[1] == [8]


class ClosedStore:
    """A store whose connection was closed under the tab (the data folder went away)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn


def test_unreadable_data_is_one_line_not_a_crash(qtbot: QtBot, known: History) -> None:
    known.store.conn.close()
    tab = make_tab(qtbot, ClosedStore(known.store.conn))
    assert tab.pages.currentWidget() is tab.empty
    text = tab.empty.message.text()
    assert text == "Your training data could not be read: Cannot operate on a closed database."
    assert not tab.empty.start_button.isVisible()


@pytest.mark.parametrize(
    ("sessions", "goal", "words"),
    [
        (0, 2, ("0 of 2 sessions", "2 more to reach the weekly goal")),
        (1, 1, ("1 of 1 session", "Goal met this week")),
        (2, 2, ("2 of 2 sessions", "Goal met this week")),
        (3, 2, ("3 sessions", "Goal of 2 met this week")),
    ],
)
def test_this_week_in_words(sessions: int, goal: int, words: tuple[str, str]) -> None:

    from hiptrainer.domain.progress_habits import WeekGoal
    from hiptrainer.ui.progress.glance import week_words

    assert week_words(WeekGoal(date(2026, 3, 2), sessions, goal)) == words
