"""The Progress tab for keyboard and screen-reader users, and its tooltips: mnemonics that do
not clash with the window's, accessible names and text summaries for every chart, hover
tooltips on lines, bars (through the crosshair) and calendar days."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from hiptrainer.ui.progress.chart import PlotChart, plain_tip
from hiptrainer.ui.progress.plotlib import day_seconds
from hiptrainer.ui.progress.progress_tab import ProgressTab
from tests.gui.test_progress_tab import make_tab
from tests.helpers.mnemonics import duplicates, reserved_clashes
from tests.helpers.progress import History, empty_history, known_history

REPO = Path(__file__).resolve().parents[2]
#: Showing a tooltip raises its window; the offscreen platform says it cannot.
tooltips_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def known(data_dir: Path) -> History:
    return known_history(data_dir)


@pytest.fixture
def tab(qtbot: QtBot, known: History) -> ProgressTab:
    return make_tab(qtbot, known.store)


def test_mnemonics_are_unique_and_leave_the_window_its_letters(tab: ProgressTab) -> None:
    for index in range(tab.sections.count()):
        tab.sections.setCurrentIndex(index)
        assert duplicates(tab) == {}, tab.sections.tabText(index)
        assert reserved_clashes(tab) == {}, tab.sections.tabText(index)


def test_empty_page_mnemonics(qtbot: QtBot, data_dir: Path) -> None:
    tab = make_tab(qtbot, empty_history(data_dir).store)
    assert tab.empty.start_button.isVisible()
    assert duplicates(tab) == {}
    assert reserved_clashes(tab) == {}


def test_every_chart_has_a_name_and_a_summary(tab: ProgressTab) -> None:
    for index in range(tab.sections.count()):
        tab.sections.setCurrentIndex(index)
        for card in tab.cards:
            if not card.isVisible():
                continue
            assert card.canvas().accessibleName(), card.objectName()
            assert card.save_button.accessibleName(), card.objectName()
            assert card.summary.text().strip(), card.objectName()
            assert card.summary.accessibleDescription() == card.summary.text()
    assert tab.controls.exercise_box.accessibleName() == "Exercise"


def test_over_time_summary_names_latest_and_best(tab: ProgressTab) -> None:
    text = tab.over_time.summary.text()
    assert "Latest (23 Nov), best hold: left 15 s, right 20 s." in text
    assert text.endswith("Longest hold in this range: left 15 s on 2 Nov; right 20 s on 28 Sep.")


def hover(chart: PlotChart, day: date, y: float, plot: int = 0, shift_days: float = 0) -> str:
    """Move the mouse over ``day`` (and ``y``) on the chart's plot; the tooltip shown."""
    view_box = chart.plots[plot].vb
    spot = QPointF(day_seconds(day, chart.tz) + shift_days * 86_400, y)
    chart.view.scene().sigMouseMoved.emit(view_box.mapViewToScene(spot))
    return chart.tip_text


@tooltips_offscreen
def test_hovering_a_line_shows_date_and_values(tab: ProgressTab) -> None:
    text = hover(tab.over_time, date(2026, 11, 23), 16, shift_days=0.6)  # snaps to the day
    assert text.splitlines()[0] == "Mon 23 Nov 2026"
    assert "Best hold: left 15 s, right 20 s" in text
    assert QToolTip.text() == plain_tip(text)  # shown as written, never as markup
    crosshair = tab.over_time._crosshairs[0]
    assert crosshair.isVisible()
    assert crosshair.value() == day_seconds(date(2026, 11, 23), None)


def test_hovering_far_from_any_session_shows_nothing(tab: ProgressTab) -> None:
    assert hover(tab.over_time, date(2026, 10, 15), 16) == ""
    assert not tab.over_time._crosshairs[0].isVisible()


@tooltips_offscreen
def test_hovering_a_bar_uses_the_crosshair(tab: ProgressTab) -> None:
    tab.sections.setCurrentWidget(tab.volume)
    tab.volume.reps_button.click()
    text = hover(tab.volume, date(2026, 9, 28), 5, shift_days=3.5)  # the middle of the bar
    assert text.splitlines()[0] == "Week 28 Sep – 4 Oct"
    assert "Clamshell: 20 reps" in text
    assert "Glute bridge: 12 reps" in text
    assert text.splitlines()[-1] == "Total: 32 reps"


@tooltips_offscreen
def test_hovering_a_calendar_day(tab: ProgressTab) -> None:
    tab.sections.setCurrentWidget(tab.adherence)
    view = tab.heatmap.view
    heatmap = view.heatmap
    column = heatmap.weeks.index(date(2026, 11, 23))
    cell = view.cell_size(view.width())
    spot = QPoint(int(34 + (column + 0.5) * cell), int(20 + 0.5 * cell))
    assert view.day_at(QPointF(spot)) == date(2026, 11, 23)
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, spot, view.mapToGlobal(spot)))
    assert QToolTip.text() == "Mon 23 Nov 2026: 1 session"
    assert view.day_at(QPointF(spot.x(), 20 + 6.5 * cell)) is None  # Sunday 29 Nov: ahead


def test_pyqtgraph_loads_with_the_tab_and_not_before() -> None:
    """Start-up never pays for pyqtgraph and numpy; the tab brings them, on PySide6 even
    when nothing chose the binding (pyqtgraph would pick PyQt6 first)."""
    code = (
        "import sys\n"
        "import hiptrainer.ui.app, hiptrainer.ui.main_window, hiptrainer.ui.progress\n"
        "assert 'pyqtgraph' not in sys.modules and 'numpy' not in sys.modules\n"
        "import hiptrainer.ui.progress.progress_tab\n"
        "import pyqtgraph\n"
        "print(pyqtgraph.Qt.QT_LIB)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "PySide6"
