"""Print… and Export PDF… from the Routines tab: the routine chosen in its list (bundled or
your own) prints as the routine sheet, your exercise chosen on its exercises page as an
exercise sheet; with nothing chosen (a new routine not saved yet, no exercise of yours)
nothing is offered; unsaved edits are not on the sheet, and the status line says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.printing import SheetOptions, page_of, routine_sheet
from hiptrainer.ui.main_window import MainWindow, PrintChoice
from hiptrainer.ui.printing.preview import SheetPreview
from hiptrainer.ui.routines.routines_tab import RoutinesTab
from tests.gui.test_printing import ctrl_p, export_to, needs_poppler, pdf_text, problems
from tests.gui.test_routines import CTRL, Unexpected, make_routine, press
from tests.gui.test_routines_exercises import exercise_page
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import close, start_window


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    win = start_window(qtbot, data_dir, FakePrompts())
    yield win
    for dialog in win.findChildren(SheetPreview):
        dialog.close()
    close(win)  # an edit left unsaved on purpose is discarded (Unexpected answers so)


def routines_tab(qtbot: QtBot, window: MainWindow) -> RoutinesTab:
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    tab = window.built_tab("routines")
    assert isinstance(tab, RoutinesTab)
    assert window.tabs.currentWidget().objectName() == "routines"
    tab.port.ask = Unexpected()  # not a modal box with no one to answer it
    return tab


def choose(tab: RoutinesTab, workout_id: str) -> None:
    ids = [tab.routines.list.item(row).data(Qt.ItemDataRole.UserRole)
           for row in range(tab.routines.list.count())]  # fmt: skip
    tab.routines.list.setCurrentRow(ids.index(workout_id))


def test_ctrl_p_on_the_routines_tab_previews_the_routine_chosen_in_its_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = routines_tab(qtbot, window)
    workout = list(window.catalog.workouts.values())[1]  # not the one shown first
    choose(tab, workout.id)
    assert tab.selected_routine() == workout.id
    assert window.print_choice() == PrintChoice("routine", (workout.id,))
    assert window.named_actions["print"].isEnabled()
    preview = ctrl_p(qtbot, window)
    expected = routine_sheet(workout, window.catalog, SheetOptions(page=page_of(preview.printer())))
    assert preview.pages.pageCount() == expected.page_count
    assert workout.name in preview.windowTitle()
    preview.reject()


@needs_poppler
def test_export_pdf_writes_your_own_routine_from_the_routines_tab(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tab = routines_tab(qtbot, window)
    workout_id = make_routine(qtbot, window, tab, "clamshell", "side_plank")
    assert tab.selected_routine() == workout_id
    assert window.print_choice() == PrintChoice("routine", (workout_id,))
    export_to(qtbot, window, tmp_path / "mine.pdf")
    assert problems(window) == []
    text = pdf_text(tmp_path / "mine.pdf")
    assert "Morning hips" in text
    assert window.catalog.exercises["side_plank"].name in text


def test_print_follows_what_the_routines_tab_has_chosen(qtbot: QtBot, window: MainWindow) -> None:
    actions = window.named_actions["print"], window.named_actions["export_pdf"]
    tab = routines_tab(qtbot, window)
    assert all(action.isEnabled() for action in actions)  # the first bundled routine
    page = exercise_page(tab)  # none of yours yet: nothing to print
    assert tab.selected_routine() is None
    assert tab.selected_exercise() is None
    assert not any(action.isEnabled() for action in actions)
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    assert window.findChildren(SheetPreview) == []

    page.template.setCurrentIndex(page.template.findData("clamshell"))
    assert page.duplicate_exercise()
    assert window.print_choice() == PrintChoice("exercises", ("clamshell_copy",))
    assert all(action.isEnabled() for action in actions)

    tab.pages.setCurrentWidget(tab.routines)
    assert all(action.isEnabled() for action in actions)
    tab.routines.new_routine()  # not saved: it has no sheet yet
    assert tab.selected_routine() is None
    assert window.print_choice() is None
    assert not any(action.isEnabled() for action in actions)


def test_unsaved_changes_are_not_on_the_sheet_and_the_status_line_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = routines_tab(qtbot, window)
    workout_id = make_routine(qtbot, window, tab, "clamshell")
    tab.routines.editor.name.setText("Evening hips")
    assert window.print_choice() == PrintChoice("routine", (workout_id,))
    tab.routines.editor.name.setFocus()
    preview = ctrl_p(qtbot, window)
    assert "Morning hips" in preview.windowTitle()
    assert "as last saved" in window.statusBar().currentMessage()
    preview.reject()
    assert QApplication.activeModalWidget() is None
