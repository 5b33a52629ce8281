"""The Train tab's chooser, summary and self-test pages and the Progress tab with a system
font twice its size, at the smallest window they are meant for (200% scaling halves the
logical size of a window, so a 2× font in a small window is the same test): no label or button
is cut short, and no horizontal scroll bar appears that the normal font did not need. Each
page is also saved as a picture at both sizes (in HIPTRAINER_SHOTS, when set) to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_accessibility_train_progress import PAGES
from tests.helpers.a11y import cut_short, describe

#: The smallest window the pages are meant for (a 1280×800 laptop's at 125%).
SMALLEST = (1024, 640)


def horizontal_bars(page: QWidget) -> set[str]:
    return {
        describe(area)
        for area in page.findChildren(QAbstractScrollArea)
        if area.isVisibleTo(page.window()) and area.horizontalScrollBar().isVisible()
    }


def shoot(page: QWidget, name: str) -> None:
    folder = os.environ.get("HIPTRAINER_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.window().grab().save(str(Path(folder) / f"{name}.png"))


def settle(page: QWidget) -> None:
    window = page.window()
    window.resize(*SMALLEST)
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("pages", list(PAGES))
def test_nothing_is_cut_short_with_a_double_size_font(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, pages: str
) -> None:
    normal: dict[str, set[str]] = {}
    for title, page in PAGES[pages](qtbot, tmp_path / "normal"):
        settle(page)
        normal[title] = horizontal_bars(page)
        shoot(page, f"{title}, normal".replace(" ", "_").replace("&", ""))
    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(large)
    try:
        checked = 0
        for title, page in PAGES[pages](qtbot, tmp_path / "large"):
            settle(page)
            shoot(page, f"{title}, 2x font".replace(" ", "_").replace("&", ""))
            assert cut_short(page) == [], title
            assert horizontal_bars(page) <= normal[title], title
            checked += 1
        assert checked == len(normal)
    finally:
        qapp.setFont(before)


@pytest.mark.parametrize("pages", ["chooser", "progress"])
def test_pages_fit_the_smallest_window_with_a_double_size_font(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, pages: str
) -> None:
    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(large)
    try:
        for title, page in PAGES[pages](qtbot, tmp_path):
            settle(page)
            assert page.window().width() <= SMALLEST[0], title
    finally:
        qapp.setFont(before)


def test_the_summary_notes_box_holds_four_lines_of_its_own_font(qtbot: QtBot) -> None:
    """The page's larger type (and a later font change) reaches the box: it is four lines
    of the font it has, not of the font it had before it was put on the page."""
    from hiptrainer.ui.player.summary_view import SummaryView

    view = SummaryView()
    qtbot.addWidget(view)
    notes = view.notes
    assert notes.font().pointSizeF() > QApplication.font().pointSizeF()  # the page's type
    assert notes.height() >= 4 * notes.fontMetrics().lineSpacing()
    larger = QFont(view.font())
    larger.setPointSizeF(view.font().pointSizeF() * 2)
    view.setFont(larger)
    assert notes.height() >= 4 * notes.fontMetrics().lineSpacing()
    assert notes.height() < 6 * notes.fontMetrics().lineSpacing()


def test_the_self_test_numbers_grow_with_the_font(qtbot: QtBot) -> None:
    from hiptrainer.ui.player.selftest.result_view import SideFigure

    figure = SideFigure("left")
    qtbot.addWidget(figure)
    before = figure.value.fontMetrics().height()
    assert before > 3 * figure.fontMetrics().height()  # big: read across the room
    larger = QFont(figure.font())
    larger.setPointSizeF(figure.font().pointSizeF() * 2)
    figure.setFont(larger)
    assert figure.value.fontMetrics().height() > 1.8 * before
    assert figure.word.fontMetrics().height() > figure.fontMetrics().height()
