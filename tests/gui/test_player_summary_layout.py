"""The summary with a system font twice its size in the smallest window it is meant for
(1024×640): its content scrolls inside the page, no part is drawn over another (a score's
words under its segments included), and Save stays in the window, reachable and seen."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.ui import i18n
from hiptrainer.ui.player.summary_view import SummaryView
from tests.gui.test_accessibility_train_progress import activate, summary_pages
from tests.gui.test_large_font_train_progress import settle
from tests.helpers.a11y import describe, tab_order


def blocks(summary: SummaryView) -> list[QWidget]:
    """The parts of the page laid out side by side or one under another: the content's own
    widgets, the feeling form's rows and the page's buttons (not a part's inner widgets)."""
    window = summary.window()
    holders = {id(summary), id(summary.feeling), id(summary.content)}
    return [
        widget
        for widget in summary.findChildren(QWidget)
        if widget.isVisibleTo(window)
        and id(widget.parentWidget()) in holders
        and not isinstance(widget, QScrollArea)
    ]


def on_screen(summary: SummaryView, widget: QWidget) -> QRect:
    """Where ``widget`` is seen on the page: inside the scroll area, only what its view shows."""
    rect = QRect(widget.mapTo(summary, widget.rect().topLeft()), widget.size())
    viewport = summary.detail.viewport()
    if viewport.isAncestorOf(widget):
        rect &= QRect(viewport.mapTo(summary, viewport.rect().topLeft()), viewport.size())
    return rect


def overlaps(summary: SummaryView) -> list[str]:
    found = []
    placed = [(widget, on_screen(summary, widget)) for widget in blocks(summary)]
    for (a, rect_a), (b, rect_b) in combinations(placed, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a):
            continue
        if rect_a.intersects(rect_b):
            found.append(f"{describe(a)} {rect_a.getRect()} × {describe(b)} {rect_b.getRect()}")
    return found


def test_nothing_overlaps_on_the_summary_with_a_double_size_font(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(large)
    try:
        checked = 0
        for title, page in summary_pages(qtbot, tmp_path):
            assert isinstance(page, SummaryView)
            settle(page)
            assert page.window().height() <= 640, title  # the page does not grow the window
            assert overlaps(page) == [], title
            # Save stays whole inside the page and the window, below the scrolled content.
            save = page.save_button
            where = QRect(save.mapTo(page, save.rect().topLeft()), save.size())
            assert save.isVisible(), title
            assert page.rect().contains(where), title
            assert not page.detail.isAncestorOf(save), title
            # What does not fit scrolls: the content is taller than its view at this size.
            assert page.detail.verticalScrollBar().maximum() > 0, title
            checked += 1
        assert checked == 3
    finally:
        qapp.setFont(before)


def test_tab_reaching_the_notes_scrolls_them_into_view(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(large)
    try:
        _title, page = next(summary_pages(qtbot, tmp_path))
        assert isinstance(page, SummaryView)
        settle(page)
        order = tab_order(page)
        before_notes = order[order.index(page.notes) - 1]
        activate(qtbot, page)
        before_notes.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(before_notes, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.notes
        settle(page)
        # The area scrolls to where one types (Qt shows a text box's cursor, not all of it).
        viewport = page.detail.viewport()
        cursor = page.notes.cursorRect()
        inside = page.notes.viewport()
        where = QRect(inside.mapTo(viewport, cursor.topLeft()), cursor.size())
        assert page.detail.verticalScrollBar().value() > 0
        assert viewport.rect().contains(where)
    finally:
        qapp.setFont(before)


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_scores_words_under_its_segments_keep_off_the_next_row(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    """With a large font the words of a score ("7 — Very hard") go under its segments: the
    row is then as high as both, and the next row starts below them. (The feeling form shared
    the height of such rows out evenly, so a row with words got less than it needed and they
    ran into the next row's segments, out of the view the check above looks at.)"""
    translators = i18n.install_translators(qapp, "de") if language == "de" else []
    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(large)
    try:
        _title, page = next(summary_pages(qtbot, tmp_path))
        assert isinstance(page, SummaryView)
        settle(page)
        page.rpe.setValue(7)
        page.pain_during.setValue(4)
        settle(page)
        boxes = [page.rpe, page.pain_during, page.pain_after]

        def where(widget: QWidget) -> QRect:
            return QRect(widget.mapTo(page.feeling, QPoint(0, 0)), widget.size())

        for box, below in zip(boxes, boxes[1:], strict=False):
            words = page.words[box.objectName()]
            assert words.text(), box.objectName()
            assert where(words).top() >= where(box).bottom(), "the words are under the segments"
            assert not where(words).intersects(where(below)), (
                f"{box.objectName()} words {where(words).getRect()} over "
                f"{below.objectName()} {where(below).getRect()}"
            )
    finally:
        qapp.setFont(before)
        i18n.remove_translators(qapp, translators)
