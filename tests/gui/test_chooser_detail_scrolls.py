"""The chooser's detail column (the chosen routine's name, description, pictures with their
captions) with a font twice the system's, in a short window, in English and German: its
parts keep the height their text needs and lie side by side or one under the other, never
over each other (the column scrolls down instead, never sideways), and Start stays below it,
in view and the default button, however far the column is scrolled."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.settings import Settings
from hiptrainer.ui.player.chooser import RoutineChooser
from tests.gui.test_train_tab import BASE
from tests.helpers.a11y import describe

#: The routine with the most exercises: the most pictures and captions to fit.
FULLEST = max(BASE.workouts.values(), key=lambda workout: len(workout.blocks)).id


def chooser_at(qtbot: QtBot, size: tuple[int, int]) -> RoutineChooser:
    chooser = RoutineChooser(BASE, Settings())
    qtbot.addWidget(chooser)
    chooser.set_recording("practice")  # the longest Start label
    assert chooser.select(FULLEST)
    chooser.resize(*size)
    chooser.show()
    qtbot.waitExposed(chooser)
    for _ in range(3):  # the scroll area lays its card out after the chooser
        QApplication.processEvents()
    return chooser


def column_parts(chooser: RoutineChooser) -> list[QWidget]:
    """The shown widgets laid out beside the routine's title (its column's parts)."""
    column = chooser.title.parentWidget()
    assert column is not None
    return [
        widget
        for widget in column.findChildren(QWidget)
        if widget.parentWidget() is column and widget.isVisibleTo(chooser)
    ]


def overlaps(parts: list[QWidget]) -> list[str]:
    return [
        f"{describe(first)} {first.geometry()} over {describe(second)} {second.geometry()}"
        for first, second in combinations(parts, 2)
        if first.geometry().intersects(second.geometry())
    ]


def squashed(parts: list[QWidget]) -> list[str]:
    """Wrapped labels lower than their text needs at their width (lines lost)."""
    return [
        f"{describe(label)} {label.text()[:30]!r} {label.height()} < "
        f"{label.heightForWidth(label.width())}"
        for label in parts
        if isinstance(label, QLabel) and label.wordWrap() and label.text()
        and label.height() + 1 < label.heightForWidth(label.width())
    ]  # fmt: skip


@pytest.mark.parametrize("size", [(1024, 640), (960, 540)], ids=["1024x640", "960x540"])
def test_the_detail_column_scrolls_and_its_parts_never_overlap(
    qtbot: QtBot, large_font: str, size: tuple[int, int]
) -> None:
    chooser = chooser_at(qtbot, size)
    parts = column_parts(chooser)
    captions = [caption for _view, caption in chooser.pictures_shown()]
    assert len(captions) == min(6, len(BASE.workouts[FULLEST].blocks))
    assert len(parts) >= 2 + 2 * len(captions)  # title, description, pictures, captions
    assert overlaps(parts) == []
    assert squashed(parts) == []
    # Everything the column holds is there at full height: it scrolls down for it ...
    detail = chooser.detail
    assert detail.isAncestorOf(chooser.title)
    assert detail.verticalScrollBar().maximum() > 0, "the case needs a column taller than it"
    # ... and never sideways: the column is as wide as the area shows.
    assert not detail.horizontalScrollBar().isVisible()
    assert chooser.card.width() <= detail.viewport().width()
    assert chooser.width() <= size[0]
    # Start is below the column, not in it: in view and the default however far it scrolls.
    start = chooser.start_button
    assert not detail.isAncestorOf(start)
    assert start.isDefault()
    where = QRect(start.mapTo(chooser, start.rect().topLeft()), start.size())
    for value in (0, detail.verticalScrollBar().maximum()):
        detail.verticalScrollBar().setValue(value)
        QApplication.processEvents()
        assert start.isVisible()
        assert QRect(start.mapTo(chooser, start.rect().topLeft()), start.size()) == where
        assert chooser.rect().contains(where)
        below = QRect(detail.mapTo(chooser, detail.rect().topLeft()), detail.size())
        assert where.top() >= below.bottom()


def test_the_pictures_take_fewer_to_a_row_when_a_captions_word_does_not_fit(
    qtbot: QtBot, large_font: str
) -> None:
    """Three to a row at the normal width; in a narrow column, as many as the captions'
    longest words allow, every caption whole inside the column."""
    chooser = chooser_at(qtbot, (700, 540))
    card = chooser.card
    assert card.columns < 3
    right = chooser.detail.viewport().width()
    for view, _caption in chooser.pictures_shown():
        assert view.geometry().right() < right
    assert overlaps(column_parts(chooser)) == []
    chooser.resize(2400, 900)
    QApplication.processEvents()
    assert card.columns == 3
