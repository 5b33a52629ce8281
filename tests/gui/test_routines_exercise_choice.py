"""The exercise box beside Add block, on a routine that cannot be edited (a bundled one): the
box is off and its list cannot open, so the name it shows is shown whole, in English and in
German; on the user's own routine it keeps its fixed width; its tooltip holds the name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from hiptrainer.ui import i18n
from tests.gui.test_routines import finish, open_tab


def text_room(box: QComboBox) -> int:
    """How wide the box's text may be drawn."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return field.width() - 2  # the label is drawn a pixel in from each side


def longest_name_shown(box: QComboBox) -> None:
    """Show the box's longest exercise name (the one most likely cut short)."""
    names = [box.itemText(row) for row in range(box.count())]
    box.setCurrentIndex(names.index(max(names, key=box.fontMetrics().horizontalAdvance)))


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_read_only_routines_exercise_box_shows_the_whole_name(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, language: str
) -> None:
    translators = i18n.install_translators(qapp, "de") if language == "de" else []
    try:
        window, tab = open_tab(qtbot, data_dir)
        page = tab.routines
        box = page.editor.add_choice
        assert not page.editor.editable  # the first routine is bundled
        longest_name_shown(box)
        for _ in range(3):
            QApplication.processEvents()
        text = box.currentText()
        assert box.fontMetrics().horizontalAdvance(text) <= text_room(box), text
        assert box.toolTip() == text
        # The page does not grow sideways for it: the box's row wraps instead.
        assert box.mapTo(window, box.rect().topRight()).x() <= window.width()
        finish(window, tab)
    finally:
        i18n.remove_translators(qapp, translators)


def test_an_editable_routines_box_keeps_its_fixed_width(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    page = tab.routines
    fixed = page._choice_length
    page.duplicate_routine()
    assert page.editor.editable
    box = page.editor.add_choice
    longest_name_shown(box)
    assert box.minimumContentsLength() == fixed
    assert box.toolTip() == box.currentText()
    finish(window, tab)
