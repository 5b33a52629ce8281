"""The custom exercise editor on the Routines tab: a new exercise from blank, poses picked
from the library with a preview on both sides, duplicate, delete with undo, and problems
shown next to their field (nothing written)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.catalog.custom import CustomExercise
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.routines.exercise_page import ExercisePage
from hiptrainer.ui.routines.routines_tab import RoutinesTab
from tests.gui.test_routines import CTRL, activate, finish, leave, open_tab, press, type_into
from tests.helpers.custom import custom_exercise, custom_workout


def exercise_page(tab: RoutinesTab) -> ExercisePage:
    tab.pages.setCurrentIndex(1)
    page = tab.exercises
    assert page is not None
    return page


def stored_ids(window: MainWindow) -> list[str]:
    definitions = window.definitions
    assert definitions is not None
    return [row[1] for row in definitions.store.definition_rows() if row[0] == "exercise"]


def fill_new(qtbot: QtBot, page: ExercisePage) -> None:
    """Every required field of a new exercise, as a user types it."""
    editor = page.editor
    page.new.click()
    type_into(qtbot, editor.name, "Wall sit, single leg")
    type_into(qtbot, editor.summary, "A held squat against a wall.")
    type_into(qtbot, editor.why, "Builds the quads and glutes without impact.")
    editor.primary.item(0).setCheckState(Qt.CheckState.Checked)
    editor.cues.setPlainText("Knees over the toes\nBack flat on the wall")
    editor.mistakes.setPlainText("Sliding too low")
    for row in range(3):
        editor.steps.list.setCurrentRow(row)
        type_into(qtbot, editor.steps.text, f"Step {row + 1} <b>done</b>")


def test_a_new_exercise_is_saved_and_offered_to_the_builder(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    activate(qtbot, window)
    page = exercise_page(tab)
    assert page.empty.isVisible()  # none yet, and it says how to start
    fill_new(qtbot, page)
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert page.editor.errors.general.text() == ""
    assert stored_ids(window) == ["wall_sit_single_leg"]
    exercise = window.catalog.exercises["wall_sit_single_leg"]
    assert isinstance(exercise, CustomExercise)
    assert exercise.cues == ["Knees over the toes", "Back flat on the wall"]
    assert [s.text for s in exercise.steps][0] == "Step 1 <b>done</b>"
    assert page.list.currentItem().text() == "Wall sit, single leg"
    assert not page.empty.isVisible()
    builder = tab.routines.editor
    index = builder.add_choice.findData("wall_sit_single_leg")
    assert builder.add_choice.itemText(index) == "Wall sit, single leg (yours)"
    finish(window, tab)


def test_a_step_pose_is_picked_from_the_searchable_library_and_previewed_on_both_sides(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    page = exercise_page(tab)
    fill_new(qtbot, page)
    steps = page.editor.steps
    steps.list.setCurrentRow(1)
    picker = steps.picker
    groups = [picker.tree.topLevelItem(i) for i in range(picker.tree.topLevelItemCount())]
    assert "Side plank with top leg on a bench" in [g.text(0) for g in groups if g]
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "clamshell")
    shown = [g for g in groups if g is not None and not g.isHidden()]
    assert [g.text(0) for g in shown] == ["Clamshell"]
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # the arrows move through the list
    chosen = picker.chosen()
    assert chosen.startswith("clamshell:")
    assert steps.steps[1]["pose"] == chosen
    pose = chosen.partition(":")[2]
    assert (steps.preview.left.pose, steps.preview.left.side) == (pose, "left")
    assert (steps.preview.right.pose, steps.preview.right.side) == (pose, "right")
    assert steps.preview.left.art is not None
    assert steps.preview.left.art is steps.preview.right.art
    page.save_button.click()
    saved = window.catalog.exercises["wall_sit_single_leg"]
    assert saved.steps[1].pose == chosen
    finish(window, tab)


def test_steps_are_added_removed_and_moved_with_the_keyboard(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    activate(qtbot, window)
    page = exercise_page(tab)
    fill_new(qtbot, page)
    steps = page.editor.steps
    steps.list.setCurrentRow(2)
    steps.add.click()
    assert len(steps.steps) == 4
    assert QApplication.focusWidget() is steps.text
    qtbot.keyClicks(steps.text, "Last")
    steps.list.setFocus()
    press(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s["text"] for s in steps.steps][2:] == ["Last", "Step 3 <b>done</b>"]
    for _ in range(2):
        steps.add.click()
    assert len(steps.steps) == 6
    assert not steps.add.isEnabled()
    leave(window, tab)


def test_problems_show_next_to_their_field_and_nothing_is_written(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    page = exercise_page(tab)
    editor = page.editor
    fill_new(qtbot, page)
    editor.summary.clear()
    page.save_button.click()
    place = editor.errors.place("summary")
    assert place is not None
    assert place[1].isVisible()
    assert place[1].text().startswith("summary:")
    editor.summary.setText("Back again.")
    editor.steps.list.setCurrentRow(2)
    type_into(qtbot, editor.steps.text, "")
    qtbot.keyClick(editor.steps.text, Qt.Key.Key_Backspace)
    page.save_button.click()
    assert not place[1].isVisible()
    assert editor.steps.text_error.text().startswith("steps[2].text:")
    assert editor.steps.list.currentRow() == 2
    type_into(qtbot, editor.steps.text, "Stand up.")
    editor.unilateral.setChecked(True)  # one-sided needs a set-up line naming the left side
    page.save_button.click()
    setup = editor.errors.place("setup")
    assert setup is not None
    assert setup[1].text().startswith("setup:")
    editor.setup.setText("Right foot only")
    page.save_button.click()
    assert setup[1].text() == "setup: the set-up line must name the left side"
    editor.setup.setText("Left foot on the floor, right foot lifted.")
    editor.dose.tempo.setText("12-1")
    page.save_button.click()
    tempo = editor.dose.errors.place("tempo")
    assert tempo is not None
    assert tempo[1].text().startswith("dosage.tempo:")
    assert stored_ids(window) == []
    editor.dose.tempo.setText("2-0-2")
    page.save_button.click()
    assert stored_ids(window) == ["wall_sit_single_leg"]
    finish(window, tab)


def test_duplicate_a_bundled_exercise_then_delete_and_undo(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    activate(qtbot, window)
    page = exercise_page(tab)
    page.template.setCurrentIndex(page.template.findData("side_plank"))
    page.duplicate.click()
    assert page.current_id() == "side_plank_copy"
    assert page.editor.editable
    assert page.editor.name.text().endswith("(copy)")
    assert [s.pose for s in window.catalog.exercises["side_plank_copy"].steps][0].startswith(
        "side_plank:"
    )
    page.list.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete)
    assert "side_plank_copy" not in window.catalog.exercises
    assert page.undo.isVisible()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert "side_plank_copy" in window.catalog.exercises
    assert page.current_id() == "side_plank_copy"
    finish(window, tab)


def test_an_exercise_a_routine_uses_is_not_deleted(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    definitions = window.definitions
    assert definitions is not None
    definitions.save_exercise(custom_exercise("my_plank"))
    definitions.save_workout(custom_workout("my_routine", "my_plank"))
    window.set_catalog(definitions.catalog)
    page = exercise_page(tab)
    assert page.current_id() == "my_plank"
    page.delete.click()
    assert "my_plank" in window.catalog.exercises
    assert "used by your routine" in page.status.text()
    assert not page.undo.isVisible()
    finish(window, tab)
