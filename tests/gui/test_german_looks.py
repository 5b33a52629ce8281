"""The German Library and Routines tab at 1280×800: longer words, nothing cut.

Each label and button gets at least the width its German text asks for, and a routine's or
exercise's long name wraps in its list instead of running out of sight behind a scroll bar.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.routines.routines_tab import RoutinesTab
from tests.gui.test_german_mnemonics import german  # noqa: F401 (a fixture)
from tests.gui.test_library_custom import save
from tests.helpers.custom import custom_exercise
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import close, start_window

LONG_NAME = "Hüft- und Gesäßkraft nach dem Laufen mit Seitstütz und einbeiniger Brücke"


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, german: list[QTranslator]) -> Iterator[MainWindow]:  # noqa: F811
    routine = {
        "id": "my_long_routine",
        "name": LONG_NAME,
        "summary": "Eine Routine mit langem Namen.",
        "focus": "strength",
        "rest_between_exercises_s": 20,
        "blocks": [{"exercise": "clamshell", "dosage": {"sets": 2, "reps": [10, 12]}}],
        "custom": True,
    }
    save(data_dir, custom_exercise("my_plank", name=LONG_NAME), workouts=(routine,))
    window = start_window(qtbot, data_dir, FakePrompts())
    window.resize(1280, 800)
    yield window
    close(window)


def cut_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (a word-wrapped label
    takes more lines instead, so it is left out)."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap():
            needed = widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton):
            needed = widget.sizeHint().width()
        else:
            continue
        if widget.text() and widget.width() < needed:
            cut.append(f"{widget.text()} ({widget.width()} < {needed})")
    return cut


def nothing_cut(qtbot: QtBot, root: QWidget) -> None:
    """Once the layouts have settled (a label's new text is laid out at the next turn of the
    event loop), no text of ``root`` is cut."""
    try:
        qtbot.waitUntil(lambda: cut_texts(root) == [], timeout=2000)
    except qtbot.TimeoutError:
        assert cut_texts(root) == []  # says which


def names_fit(items: QListWidget, name: str) -> None:
    """The row of ``name`` is as wide as the list's viewport at most (wrapped, not cut)."""
    row = next(i for i in range(items.count()) if name in items.item(i).text())
    rect = items.visualItemRect(items.item(row))
    assert rect.width() <= items.viewport().width()
    assert rect.height() > items.fontMetrics().height() * 1.5  # on two lines or more


def test_the_library_s_german_texts_fit(qtbot: QtBot, window: MainWindow) -> None:
    library = window.library
    assert library.filters.clear_button.text() == "Filter &zurücksetzen"
    assert library.filters.source.isVisibleTo(library)  # the longest label, "Herkunft", too
    nothing_cut(qtbot, library)


def test_the_routines_tab_s_german_texts_fit_and_long_names_wrap(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.show_tab("routines")
    assert isinstance(tab, RoutinesTab)
    qtbot.waitExposed(tab)
    tab.routines.fill(window.catalog, select="my_long_routine")
    assert tab.routines.editor.editable
    nothing_cut(qtbot, tab.routines)
    names_fit(tab.routines.list, LONG_NAME)
    tab.pages.setCurrentWidget(tab.exercises)
    tab.exercises.fill(window.catalog, select="my_plank")
    nothing_cut(qtbot, tab.exercises)
    names_fit(tab.exercises.list, LONG_NAME)
