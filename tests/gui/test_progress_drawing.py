"""How the charts are drawn, for speed on long histories without changing what they show:
dense series as thin lines, a legend left alone when its entries stay, one paint per switch,
dates named once under stacked plots, and no cached background picture per chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QGraphicsView
from pytestqt.qtbot import QtBot

from hiptrainer.ui.progress.plotlib import DENSE
from hiptrainer.ui.progress.progress_tab import ProgressTab
from tests.gui.test_progress_tab import make_tab
from tests.gui.test_progress_theme import dark_palette
from tests.helpers.progress import BRIDGE, CLAM, PLANK, daily_planks, known_history

LONG = DENSE + 10  # days, so a year of them is dense and four weeks are not


@pytest.fixture
def long_tab(qtbot: QtBot, data_dir: Path) -> ProgressTab:
    tab = make_tab(qtbot, daily_planks(data_dir, LONG).store)
    tab.controls.choose_range("1_year")
    return tab


@pytest.fixture
def tab(qtbot: QtBot, data_dir: Path) -> ProgressTab:
    return make_tab(qtbot, known_history(data_dir).store)


def width_and_symbol(item: Any) -> tuple[float, object]:
    return item.opts["pen"].widthF(), item.opts["symbol"]


# --- dense series -------------------------------------------------------------------------------


def test_dense_lines_are_one_pixel_without_markers(long_tab: ProgressTab) -> None:
    left, right = long_tab.over_time.lines[(0, "left")], long_tab.over_time.lines[(0, "right")]
    assert len(left.getData()[0]) == LONG
    assert width_and_symbol(left) == (1, None)
    assert width_and_symbol(right) == (1, None)
    assert right.opts["pen"].style() == Qt.PenStyle.DashLine  # still told apart by the dash
    long_tab.controls.choose_range("4_weeks")
    assert width_and_symbol(left) == (2, "o")
    assert width_and_symbol(right) == (2, "t")


def test_dense_pain_effort_and_balance_lines_are_thin(long_tab: ProgressTab) -> None:
    long_tab.sections.setCurrentWidget(long_tab.pain)
    pain = long_tab.pain
    assert width_and_symbol(pain.lines["after"]) == (1, None)
    assert width_and_symbol(pain.effort) == (1, None)
    assert pain.lines["after"].opts["pen"].style() == Qt.PenStyle.DashLine
    long_tab.sections.setCurrentWidget(long_tab.balance)
    assert long_tab.balance.line.opts["pen"].widthF() == 1
    long_tab.controls.choose_range("4_weeks")
    assert long_tab.balance.line.opts["pen"].widthF() == 1.5
    long_tab.sections.setCurrentWidget(long_tab.pain)
    assert width_and_symbol(pain.lines["after"]) == (2, "t")


def test_a_new_theme_keeps_dense_lines_thin(long_tab: ProgressTab) -> None:
    line = long_tab.over_time.lines[(0, "left")]
    before = line.opts["pen"].color()
    long_tab.setPalette(dark_palette())
    assert line.opts["pen"].color() != before  # restyled...
    assert width_and_symbol(line) == (1, None)  # ...and still dense


# --- one paint, once laid out -------------------------------------------------------------------


class PaintCounter(QObject):
    def __init__(self, widget: Any) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def paints_after(tab: ProgressTab, change: Any) -> int:
    """How often the Over time chart is painted for ``change``, until nothing is pending."""
    QApplication.processEvents()
    counter = PaintCounter(tab.over_time.view.viewport())
    change()
    for _ in range(6):  # a paint, then whatever it asks for
        QApplication.processEvents()
    return counter.count


def test_a_switch_paints_the_chart_once(tab: ProgressTab) -> None:
    assert paints_after(tab, lambda: tab.controls.choose_range("all")) == 1
    assert paints_after(tab, lambda: tab.controls.choose_exercise(CLAM)) == 1
    assert paints_after(tab, lambda: tab.controls.choose_range("4_weeks")) == 1


# --- legends and axes ---------------------------------------------------------------------------


def test_the_legend_is_left_alone_while_its_entries_stay(tab: ProgressTab) -> None:
    legend = tab.over_time.legends[0]
    samples = [sample for sample, _label in legend.items]
    tab.controls.choose_range("all")
    tab.controls.choose_exercise(CLAM)  # reps, but left and right as well
    assert [sample for sample, _label in legend.items] == samples
    tab.controls.choose_exercise(BRIDGE)  # both sides at once
    assert [label.text for _sample, label in legend.items] == ["Both sides"]


def test_the_balance_band_hides_from_its_legend_entry(tab: ProgressTab) -> None:
    tab.sections.setCurrentWidget(tab.balance)
    chart = tab.balance
    sample = next(s for s, _label in chart.legends[0].items if s.item is chart.band_sample)

    class Click:
        def button(self) -> Qt.MouseButton:
            return Qt.MouseButton.LeftButton

        def accept(self) -> None:
            pass

    sample.mouseClickEvent(Click())
    assert not chart.band.isVisible()
    tab.controls.choose_range("all")  # drawn again: the entry still works
    tab.sections.setCurrentWidget(tab.balance)
    sample = next(s for s, _label in chart.legends[0].items if s.item is chart.band_sample)
    sample.mouseClickEvent(Click())
    assert chart.band.isVisible()


def test_stacked_plots_name_the_dates_under_the_lowest_only(tab: ProgressTab) -> None:
    top, bottom = (plot.getAxis("bottom") for plot in tab.over_time.plots)
    assert tab.exercise() == PLANK  # holds: best above, total below
    assert (top.style["showValues"], bottom.style["showValues"]) == (False, True)
    tab.controls.choose_exercise(CLAM)  # reps: one plot, named
    assert top.style["showValues"]
    tab.sections.setCurrentWidget(tab.pain)
    pain, effort = (plot.getAxis("bottom") for plot in tab.pain.plots)
    assert (pain.style["showValues"], effort.style["showValues"]) == (False, True)


def test_the_date_axis_keeps_its_drawing_while_its_days_stay(tab: ProgressTab) -> None:
    plot = tab.over_time.plots[1]  # the lowest plot, whose axis names the dates
    tab.over_time.view.grab()  # painted once
    dates, values = plot.getAxis("bottom"), plot.getAxis("left")
    drawn = dates.picture, values.picture
    tab.resize(tab.width(), tab.height() - 120)  # shorter: the same days, as wide
    tab.over_time.view.grab()
    assert values.picture is not drawn[1]  # a shorter value axis: drawn again
    assert dates.picture is drawn[0]  # the same days on the same width: kept


def test_charts_keep_no_background_picture(tab: ProgressTab) -> None:
    for index in range(tab.sections.count()):
        tab.sections.setCurrentIndex(index)
    for chart in (tab.over_time, tab.balance, tab.volume, tab.pain, tab.goal):
        assert chart.view.cacheMode() == QGraphicsView.CacheModeFlag.CacheNone
