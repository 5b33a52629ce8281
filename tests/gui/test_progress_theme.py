"""Plot colours follow the palette: a dark palette set on the tab (as a desktop's colour
scheme change does) gives dark plot backgrounds, light axes and the lighter series colours."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from hiptrainer.ui.progress.progress_tab import ProgressTab
from hiptrainer.ui.progress.theme import PlotTheme, theme_for
from tests.gui.test_progress_tab import make_tab
from tests.helpers.progress import known_history

DARK_BASE, DARK_TEXT = QColor("#1e1e1e"), QColor("#e9ecef")


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, DARK_TEXT.name()),
        (QPalette.ColorRole.Base, DARK_BASE.name()),
        (QPalette.ColorRole.Text, DARK_TEXT.name()),
        (QPalette.ColorRole.Button, "#343a40"),
        (QPalette.ColorRole.ButtonText, DARK_TEXT.name()),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def tab(qtbot: QtBot, data_dir: Path) -> ProgressTab:
    return make_tab(qtbot, known_history(data_dir).store)


def looks(tab: ProgressTab) -> tuple[QColor, QColor, QColor, QColor]:
    chart = tab.over_time
    axis = chart.plots[0].getAxis("left")
    left_line = chart.lines[(0, "left")]
    return (
        chart.view.backgroundBrush().color(),
        axis.pen().color(),
        axis.textPen().color(),
        left_line.opts["pen"].color(),
    )


def test_dark_palette_restyles_the_chart_on_screen(tab: ProgressTab) -> None:
    light = looks(tab)
    assert light[0] == tab.palette().color(QPalette.ColorRole.Base)
    tab.setPalette(dark_palette())
    background, axis, text, left = looks(tab)
    assert (background, axis, text) == (DARK_BASE, DARK_TEXT, DARK_TEXT)
    assert left != light[3]
    assert left.lightness() > light[3].lightness()


def test_charts_made_after_the_change_are_dark_too(tab: ProgressTab) -> None:
    tab.sections.setCurrentWidget(tab.balance)  # made now, in the light theme
    tab.setPalette(dark_palette())
    for index in range(tab.sections.count()):
        tab.sections.setCurrentIndex(index)  # the others are made in the dark one
    for chart in (tab.over_time, tab.balance, tab.volume, tab.pain, tab.goal):
        assert chart.view.backgroundBrush().color() == DARK_BASE, chart.objectName()
        axis = chart.plots[0].getAxis("bottom")
        assert axis.pen().color() == DARK_TEXT, chart.objectName()
    assert tab.heatmap.view.theme is not None
    assert tab.heatmap.view.theme.dark


def test_back_to_light(tab: ProgressTab) -> None:
    light = looks(tab)
    tab.setPalette(dark_palette())
    tab.setPalette(QPalette())
    assert looks(tab) == light


def test_legend_text_follows_the_palette(tab: ProgressTab) -> None:
    tab.setPalette(dark_palette())
    legend = tab.over_time.legends[0]
    _sample, label = legend.items[0]
    assert QColor(label.opts["color"]) == DARK_TEXT
    # What is drawn: the label's HTML, made again when the theme changed.
    assert f"color:{DARK_TEXT.name()}" in label.item.toHtml()


def test_theme_reads_base_and_text() -> None:
    theme = theme_for(dark_palette())
    assert isinstance(theme, PlotTheme)
    assert theme.dark
    assert theme.background == DARK_BASE
    assert theme.text == DARK_TEXT
    assert not theme_for(QPalette(QColor("#eeeeee"), QColor("#ffffff"))).dark
