"""The Progress tab's self-test section and the retest line of its at-a-glance strip: each
test's results per side over time (left and right in different colours and markers), the
latest left/right difference in percent, the sources' figures shaded "for comparison" with
their source, and when to test again, on a fake today; user-free text, never markup."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.storage import selftests
from hiptrainer.storage.store import Store
from hiptrainer.ui.progress.glance import retest_words
from hiptrainer.ui.progress.progress_tab import ProgressTab
from hiptrainer.ui.progress.selftest_chart import reference_span
from hiptrainer.ui.progress.theme import SIDE_SYMBOLS
from tests.gui.test_progress_tab import make_tab
from tests.helpers.clock import TZ
from tests.helpers.progress import TODAY, History, known_history

#: Side bridge sittings: (days before TODAY, left s, right s).
BRIDGE = [(100, 52.0, 64.0), (65, 58.5, 66.0), (30, 63.0, 70.0)]


def add_selftests(store: Store, today: date = TODAY) -> None:
    """Sittings stored as the Test mode stores them: a sitting, then each side as it ends."""
    for number, (before, left, right) in enumerate(BRIDGE):
        moment = datetime.combine(today - timedelta(days=before), time(18), TZ)
        with store.transaction() as conn:
            sitting = selftests.start_selftest(conn, "side_bridge", moment, f"{number:032x}")
            selftests.record_side(conn, sitting, "left", left, "s", moment)
            selftests.record_side(conn, sitting, "right", right, "s", moment)
    moment = datetime.combine(today - timedelta(days=30), time(18, 30), TZ)
    with store.transaction() as conn:
        sitting = selftests.start_selftest(conn, "single_leg_hamstring_bridge", moment, "f" * 32)
        selftests.record_side(conn, sitting, "left", 24, "reps", moment)


@pytest.fixture
def known(data_dir: Path) -> History:
    history = known_history(data_dir)
    add_selftests(history.store)
    return history


@pytest.fixture
def tab(qtbot: QtBot, known: History) -> ProgressTab:
    tab = make_tab(qtbot, known.store)
    tab.sections.setCurrentWidget(tab.selftests)
    return tab


def test_each_side_is_drawn_per_sitting_with_its_own_colour_and_marker(tab: ProgressTab) -> None:
    chart = tab.selftests
    assert chart.test_id() == "single_leg_hamstring_bridge"  # the latest tested first
    chart.chooser.setCurrentIndex(chart.chooser.findData("side_bridge"))
    assert chart.has_drawing
    left_line, left_marker = chart.series["left"]
    right_line, right_marker = chart.series["right"]
    assert list(left_marker.getData()[1]) == [52.0, 58.5, 63.0]
    assert list(right_marker.getData()[1]) == [64.0, 66.0, 70.0]
    assert left_marker.opts["symbol"] == SIDE_SYMBOLS["left"] != right_marker.opts["symbol"]
    assert left_marker.opts["brush"].color() != right_marker.opts["brush"].color()
    assert left_line.opts["pen"].style() != right_line.opts["pen"].style()
    labels = [label.text for _sample, label in chart.legends[0].items]
    assert labels[:2] == ["Left", "Right"]
    assert labels[2].startswith("For comparison: group means 54–104 s (McGill et al. 1999")
    assert chart.band.isVisible()
    assert chart.band.getRegion() == (54.0, 104.0)


def test_the_summary_gives_the_latest_difference_in_percent_and_its_sources(
    tab: ProgressTab,
) -> None:
    chart = tab.selftests
    chart.chooser.setCurrentIndex(chart.chooser.findData("side_bridge"))
    text = chart.summary.text()
    assert text.startswith("Side bridge hold, latest on 28 Oct:")
    # 63 ÷ 70 = 90%: the left side is 10% behind.
    assert "Left 63 s, right 70 s: the left side is 10% behind." in text
    assert "Right ÷ left = 1.11" in text
    assert "For comparison, 31 healthy young men (McGill et al. 1999)" in text
    assert "Sources: " in text
    assert chart.summary.textFormat().name == "PlainText"
    tip = chart.describe(TODAY - timedelta(days=30))
    assert tip.splitlines()[1:] == ["Left 63 s", "Right 70 s", "The left side 10% behind"]


def test_one_side_only_and_a_test_never_taken(tab: ProgressTab) -> None:
    chart = tab.selftests
    chart.chooser.setCurrentIndex(chart.chooser.findData("single_leg_hamstring_bridge"))
    assert list(chart.series["left"][1].getData()[1]) == [24.0]
    assert len(chart.series["right"][1].getData()[1]) == 0
    assert "the other side has no result to compare" in chart.summary.text()
    labels = [label.text for _sample, label in chart.legends[0].items]
    assert labels == [
        "Left",
        "For comparison: “average”, about 25 reps (20 to 30) (Freckleton et al. 2014)",
    ]
    chart.chooser.setCurrentIndex(chart.chooser.findData("copenhagen_hold"))
    assert not chart.has_drawing
    assert "No Copenhagen plank hold results yet" in chart.note.text()
    assert "Test mode" in chart.note.text()


def test_the_copenhagen_hold_has_no_figures_to_shade() -> None:
    from hiptrainer.catalog.selftests import bundled_selftests

    tests = bundled_selftests()
    assert reference_span(tests["copenhagen_hold"]) is None
    assert reference_span(tests["side_bridge"]) is not None


def test_the_glance_says_when_to_retest(tab: ProgressTab) -> None:
    # The last sitting was 30 days before the fake today: 4 weeks ago, due.
    assert tab.glance.retest.value.text() == "Last self-test 4 weeks ago: time to retest"
    assert tab.glance.retest.value.textFormat().name == "PlainText"


@pytest.mark.parametrize(
    ("days_before", "value"),
    [
        (None, "No self-test yet"),
        (3, "Next self-test in 3 weeks"),
        (10, "Next self-test in 2 weeks"),
        (35, "Last self-test 5 weeks ago: time to retest"),
        (60, "Last self-test 8 weeks ago: retest overdue"),
    ],
)
def test_the_retest_line_on_a_fake_today(
    qtbot: QtBot, data_dir: Path, days_before: int | None, value: str
) -> None:
    history = known_history(data_dir)
    if days_before is not None:
        moment = datetime.combine(TODAY - timedelta(days=days_before), time(18), TZ)
        with history.store.transaction() as conn:
            sitting = selftests.start_selftest(conn, "copenhagen_hold", moment, "e" * 32)
            selftests.record_side(conn, sitting, "right", 30.0, "s", moment)
    tab = make_tab(qtbot, history.store)
    assert tab.glance.retest.value.text() == value
    if days_before is None:
        assert "Test mode in the Train tab" in tab.glance.retest.detail.text()


def test_a_new_sitting_shows_after_a_refresh(tab: ProgressTab, known: History) -> None:
    moment = datetime.combine(TODAY, time(8), TZ)
    with known.store.transaction() as conn:
        sitting = selftests.start_selftest(conn, "side_bridge", moment, "9" * 32)
        selftests.record_side(conn, sitting, "left", 71.0, "s", moment)
        selftests.record_side(conn, sitting, "right", 71.0, "s", moment)
    tab.refresh()
    assert tab.glance.retest.value.text() == "Next self-test in 4 weeks"
    chart = tab.selftests
    chart.chooser.setCurrentIndex(chart.chooser.findData("side_bridge"))
    assert list(chart.series["left"][1].getData()[1])[-1] == 71.0
    assert "Left 71 s, right 71 s: even." in chart.summary.text()


def test_retest_words_for_each_kind() -> None:
    from hiptrainer.domain.selftest import retest_reminder

    assert retest_words(retest_reminder(None, TODAY))[0] == "No self-test yet"
    assert retest_words(retest_reminder(TODAY, TODAY))[1] == (
        "Last one today; retest every 4–6 weeks"
    )
