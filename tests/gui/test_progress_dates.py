"""Dates on the charts are local days: a point sits on its day's local midnight and under
its day's tick and label, also across a change to summer time (Europe/Berlin moved its
clocks on Sunday 29 March 2026, a day of 23 hours)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.ui.progress.plotlib import day_seconds
from hiptrainer.ui.progress.progress_tab import ProgressTab
from tests.gui.test_progress_tab import make_tab
from tests.helpers.progress import add_session, empty_history, plank

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 4, 9)
DAYS = (date(2026, 3, 23), date(2026, 3, 26), date(2026, 3, 29), date(2026, 4, 1))


@pytest.fixture
def in_berlin() -> Iterator[None]:
    """The machine's zone is Berlin for the test (Python and Qt both follow TZ)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture
def tab(qtbot: QtBot, data_dir: Path, in_berlin: None) -> ProgressTab:
    history = empty_history(data_dir, TODAY, BERLIN)
    for hold, day in enumerate(DAYS, start=12):
        add_session(history, day, plank(hold, 20), hour=20)
    tab = make_tab(qtbot, history.store, today=TODAY)  # tz None: the machine's rules
    tab.controls.choose_range("4_weeks")
    return tab


def ticks(tab: ProgressTab) -> dict[float, str]:
    """The bottom axis's ticks as drawn now: position → label."""
    plot = tab.over_time.plots[0]
    tab.over_time.view.grab()  # lay the axis out and paint it once
    axis = plot.getAxis("bottom")
    low, high = plot.vb.viewRange()[0]
    found: dict[float, str] = {}
    for spacing, values in axis.tickValues(low, high, axis.width()):
        for value, label in zip(values, axis.tickStrings(values, 1, spacing), strict=True):
            found.setdefault(value, label)
    return found


def test_point_dated_29_march_sits_on_its_local_midnight(tab: ProgressTab) -> None:
    x, _y = tab.over_time.lines[(0, "left")].getData()
    midnight = datetime(2026, 3, 29, tzinfo=BERLIN).timestamp()
    assert list(x) == [datetime(d.year, d.month, d.day, tzinfo=BERLIN).timestamp() for d in DAYS]
    assert x[2] == midnight == 1_774_738_800  # 28 March 23:00 UTC
    # 29 March has 23 hours: the next midnight comes an hour early in UTC terms.
    assert day_seconds(date(2026, 3, 30), None) - day_seconds(date(2026, 3, 29), None) == 23 * 3600


def test_day_ticks_label_the_right_days_across_the_change(tab: ProgressTab) -> None:
    plot = tab.over_time.plots[0]
    plot.setXRange(day_seconds(date(2026, 3, 26), None), day_seconds(date(2026, 4, 2), None))
    found = ticks(tab)
    x = tab.over_time.lines[(0, "left")].getData()[0]
    assert found[x[2]] == "Sun 29"  # the point dated 29 March is under the 29th's label
    assert found[day_seconds(date(2026, 3, 30), None)] == "Mon 30"
    assert found[day_seconds(date(2026, 3, 28), None)] == "Sat 28"


def test_week_ticks_fall_on_local_mondays(tab: ProgressTab) -> None:
    found = ticks(tab)
    mondays = {value: label for value, label in found.items() if label}
    assert mondays[day_seconds(date(2026, 3, 23), None)] == "23 Mar"
    assert mondays[day_seconds(date(2026, 3, 30), None)] == "30 Mar"  # after the change
    assert all(
        datetime.fromtimestamp(value, BERLIN).strftime("%a %H:%M") == "Mon 00:00"
        for value in mondays
    )


def test_tooltip_names_the_stored_day(tab: ProgressTab) -> None:
    assert tab.over_time.hover_at(day_seconds(date(2026, 3, 29), None) + 3600).startswith(
        "Sun 29 Mar 2026"
    )


def test_ticks_and_days_follow_a_change_of_the_machine_zone(tab: ProgressTab) -> None:
    berlin_day = day_seconds(date(2026, 3, 29), None)
    assert min(ticks(tab)) < max(ticks(tab))  # worked out (and kept) in Berlin
    os.environ["TZ"] = "Asia/Tokyo"  # the in_berlin fixture puts it back
    time.tzset()
    tokyo = ZoneInfo("Asia/Tokyo")
    assert day_seconds(date(2026, 3, 29), None) == datetime(2026, 3, 29, tzinfo=tokyo).timestamp()
    assert day_seconds(date(2026, 3, 29), None) != berlin_day
    mondays = [value for value, label in ticks(tab).items() if label]
    assert mondays
    assert all(
        datetime.fromtimestamp(value, tokyo).strftime("%a %H:%M") == "Mon 00:00"
        for value in mondays
    )
