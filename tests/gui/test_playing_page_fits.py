"""The playing page never holds the window wider than the window is made: every size on it
follows the window's, so in German (its longest button words) and with a double-size system
font it fits a 1024×640 and a 960×540 window, its buttons whole and inside the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.test_playing_page_theme import playing
from tests.helpers.a11y import cut_short


@pytest.fixture(params=[1.0, 2.0], ids=["normal font", "2x font"])
def font_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    before = QFont(qapp.font())
    larger = QFont(before)
    larger.setPointSizeF(before.pointSizeF() * request.param)
    qapp.setFont(larger)
    yield float(request.param)
    qapp.setFont(before)


@pytest.mark.parametrize("size", [(1024, 640), (960, 540)])
def test_the_playing_page_fits_a_small_window_in_german(
    qtbot: QtBot, data_dir: Path, german: None, font_scale: float, size: tuple[int, int]
) -> None:
    tab = playing(qtbot, data_dir)
    tab.resize(*size)
    for _ in range(3):  # the resize, the page's new scale, its layout
        QApplication.processEvents()
    held = {
        tab.pages.widget(i).objectName(): tab.pages.widget(i).minimumSizeHint().width()
        for i in range(tab.pages.count())
    }
    assert tab.size().toTuple() == size, held
    page = tab.playing
    assert cut_short(page) == []
    inside = QRect(0, 0, page.width(), page.height())
    for name, button in page.buttons.items():
        assert inside.contains(button.geometry()), name
