"""Close the window with the Routines tab open and open it again on the same data folder:
saved routines and exercises are there; an unsaved edit is asked about (saved, discarded, or
the window stays open)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.ui.routines.routines_tab import RoutinesTab
from tests.gui.test_routines import finish, make_routine, open_tab
from tests.gui.test_routines_exercises import exercise_page, fill_new
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import close, start_window


def reopen(qtbot: QtBot, data_dir: Path) -> RoutinesTab:
    window = start_window(qtbot, data_dir, FakePrompts())
    tab = window.built_tab("routines")  # the tab that was open comes back, built
    assert isinstance(tab, RoutinesTab)
    assert tab.isVisible()
    return tab


def test_saved_routines_and_exercises_are_there_after_a_restart(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    page = exercise_page(tab)
    fill_new(qtbot, page)
    page.save_button.click()
    tab.pages.setCurrentIndex(0)
    workout_id = make_routine(qtbot, window, tab, "wall_sit_single_leg", "clamshell")
    finish(window, tab)

    again = reopen(qtbot, data_dir)
    window = again.window()
    assert workout_id in window.catalog.workouts  # type: ignore[attr-defined]
    routines = again.routines
    ids = [routines.list.item(i).data(256) for i in range(routines.list.count())]
    assert ids[-1] == workout_id  # yours after the bundled ones
    routines.list.setCurrentRow(len(ids) - 1)
    assert [e for e, _ in routines.editor.blocks] == ["wall_sit_single_leg", "clamshell"]
    assert routines.editor.editable
    exercises = exercise_page(again)
    assert exercises.current_id() == "wall_sit_single_leg"
    assert exercises.editor.name.text() == "Wall sit, single leg"
    finish(window, again)  # type: ignore[arg-type]


@pytest.mark.parametrize("answer", ["save", "discard"])
def test_an_unsaved_edit_is_asked_about_when_the_window_closes(
    qtbot: QtBot, data_dir: Path, answer: str
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    workout_id = make_routine(qtbot, window, tab, "clamshell")
    tab.routines.editor.name.setText("Evening hips")
    asked: list[str] = []
    tab.port.ask = lambda name: asked.append(name) or answer  # type: ignore[assignment,func-returns-value]
    close(window)
    assert asked == ["Evening hips"]

    again = reopen(qtbot, data_dir)
    name = again.window().catalog.workouts[workout_id].name  # type: ignore[attr-defined]
    assert name == ("Evening hips" if answer == "save" else "Morning hips")
    finish(again.window(), again)  # type: ignore[arg-type]


def test_cancel_keeps_the_window_open_with_the_edit(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    make_routine(qtbot, window, tab, "clamshell")
    tab.routines.editor.name.setText("Evening hips")
    tab.port.ask = lambda name: "cancel"
    window.close()
    assert window.isVisible()
    assert tab.routines.editor.is_dirty()
    assert tab.routines.editor.name.text() == "Evening hips"
    tab.port.ask = lambda name: "discard"
    close(window)
    assert not window.isVisible()


def test_a_save_that_fails_on_closing_keeps_the_window_open(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    make_routine(qtbot, window, tab, "clamshell")
    tab.routines.editor.summary.setText("")  # the schema refuses an empty summary
    tab.port.ask = lambda name: "save"
    window.close()
    assert window.isVisible()
    place = tab.routines.editor.errors.place("summary")
    assert place is not None
    assert place[1].text().startswith("summary:")
    tab.port.ask = lambda name: "discard"
    close(window)
