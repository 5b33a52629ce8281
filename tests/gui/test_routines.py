"""The routine builder on the Routines tab, through its real widgets, on a fresh data folder
each: create, duplicate, rename, delete and undo, reorder by drag and by keyboard, dose
edits, the live estimate, and problems shown next to their field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.catalog.custom import is_custom
from hiptrainer.domain.dose import minutes_text, workout_seconds
from hiptrainer.domain.model import Workout
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.routines.ports import Answer
from hiptrainer.ui.routines.routines_tab import RoutinesTab
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import close, start_window

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def open_tab(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, RoutinesTab]:
    window = start_window(qtbot, data_dir, FakePrompts())
    tab = window.show_tab("routines")
    assert isinstance(tab, RoutinesTab)
    tab.port.ask = Unexpected()
    return window, tab


class Unexpected:
    """An answer to a question the test does not expect (kept, then failed at :func:`finish`:
    raising inside Qt's event filter would only be printed)."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, name: str) -> Answer:
        self.asked.append(name)
        return "discard"


def finish(window: MainWindow, tab: RoutinesTab) -> None:
    """Close the window; nothing was left unsaved, so nothing was asked."""
    ask = tab.port.ask
    close(window)
    assert not isinstance(ask, Unexpected) or ask.asked == []


def leave(window: MainWindow, tab: RoutinesTab) -> None:
    """Close the window, dropping an edit the test left unsaved on purpose."""
    tab.port.ask = lambda name: "discard"
    close(window)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def press(
    qtbot: QtBot, window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE
) -> None:
    """A key to whatever has the focus in the active window, as a user types it."""
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def stored(window: MainWindow, workout_id: str) -> Workout:
    definitions = window.definitions
    assert definitions is not None
    definitions.reload()  # from the database, not the editor's copy
    return definitions.catalog.workouts[workout_id]


def make_routine(qtbot: QtBot, window: MainWindow, tab: RoutinesTab, *exercises: str) -> str:
    """A routine of ``exercises`` built with the keyboard and saved; its id."""
    page, editor = tab.routines, tab.routines.editor
    page.new.setFocus()
    press(qtbot, window, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is editor.name
    qtbot.keyClicks(editor.name, "Morning hips")
    type_into(qtbot, editor.summary, "Before a run.")
    for count, exercise in enumerate(exercises, start=1):
        editor.add_choice.setFocus()
        editor.add_choice.setCurrentIndex(editor.add_choice.findData(exercise))
        press(qtbot, window, Qt.Key.Key_A, ALT)  # &Add block (a button clicks a moment later)
        qtbot.waitUntil(lambda count=count: len(editor.blocks) == count)
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert not editor.is_dirty(), editor.errors.general.text()
    return editor.workout_id


def test_the_tab_opens_with_ctrl_4_and_lists_bundled_routines_first_read_only(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = start_window(qtbot, data_dir, FakePrompts())
    assert window.built_tab("routines") is None  # built lazily
    assert window.named_actions["routines"].shortcut() == QKeySequence("Ctrl+4")
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    tab = window.built_tab("routines")
    assert isinstance(tab, RoutinesTab)
    assert tab.isVisible()
    page = tab.routines
    ids = [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]
    assert ids == list(window.bundled.workouts)
    assert page.list.currentRow() == 0
    assert not page.editor.editable
    assert not page.editor.name.isEnabled()
    assert not page.editor.save.isEnabled()
    assert page.editor.banner.isVisible()
    assert page.duplicate.text() == "&Duplicate to edit"
    assert page.duplicate.isEnabled()
    assert not page.delete.isEnabled()
    close(window)


def test_build_a_routine_with_the_keyboard_and_it_is_stored(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    workout_id = make_routine(qtbot, window, tab, "clamshell", "glute_bridge")
    assert workout_id == "morning_hips"
    workout = stored(window, workout_id)
    assert is_custom(workout)
    assert workout.name == "Morning hips"
    assert workout.summary == "Before a run."
    assert [b.exercise for b in workout.blocks] == ["clamshell", "glute_bridge"]
    # The first block has the exercise's own dose; the second (reps after reps) copies it.
    clamshell = window.catalog.exercises["clamshell"].dosage
    assert [b.dosage for b in workout.blocks] == [clamshell, clamshell]
    assert workout_id in window.catalog.workouts  # every tab is told
    page = tab.routines
    assert page.current_id() == workout_id
    assert page.delete.isEnabled()
    assert page.duplicate.text() == "&Duplicate"
    finish(window, tab)


def test_a_new_block_copies_the_chosen_blocks_dose(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    make_routine(qtbot, window, tab, "clamshell")
    editor = tab.routines.editor
    editor.block_list.setCurrentRow(0)
    editor.dose.sets.setValue(4)
    editor.dose.rest_s.setValue(40)
    editor.add_choice.setCurrentIndex(editor.add_choice.findData("single_leg_bridge"))
    editor.add.click()
    assert editor.block_list.currentRow() == 1
    dose = editor.blocks[1][1]
    assert (dose.sets, dose.rest_s, dose.tempo) == (4, 40, "2-1-2")
    assert editor.dose.sets.value() == 4  # the new block's dose is the one shown
    leave(window, tab)


def test_dose_edits_change_the_estimate_live_and_it_is_the_players(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    make_routine(qtbot, window, tab, "copenhagen_plank")
    editor = tab.routines.editor
    before = editor.estimate.text()
    editor.dose.sets.setFocus()
    qtbot.keyClick(editor.dose.sets, Qt.Key.Key_Up)  # 1 → 2 sets
    qtbot.keyClick(editor.dose.sets, Qt.Key.Key_Up)  # 3 sets
    after = editor.estimate.text()
    assert after != before
    draft = editor.draft()
    assert draft is not None
    expected = minutes_text(
        workout_seconds(draft, window.catalog.exercises, window.settings.side_order, "low")
    )
    assert after.startswith(f"Takes {expected} as the player plays it")
    assert editor.is_dirty()
    assert editor.discard.isEnabled()
    # Holds: the seconds a hold and the rest between holds are edited too.
    assert editor.dose.is_hold()
    assert editor.dose.hold_s.isVisible()
    assert not editor.dose.tempo.isVisible()
    editor.dose.hold_s.high.setValue(40)
    editor.dose.between.setValue(5)
    editor.save.click()
    dose = stored(window, editor.workout_id).blocks[0].dosage
    assert dose is not None
    assert (dose.sets, dose.hold_s, dose.rest_between_reps_s) == (3, (15, 40), 5)
    finish(window, tab)


def test_the_estimate_uses_the_players_get_ready_and_switch_times_from_the_settings(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    make_routine(qtbot, window, tab, "clamshell")  # one-sided: a switch of sides in it
    editor = tab.routines.editor
    window.settings.prepare_s, window.settings.switch_sides_s = 30, 60
    draft = editor.draft()
    assert draft is not None
    exercises, order = window.catalog.exercises, window.settings.side_order
    played = workout_seconds(draft, exercises, order, "low", switch_s=60, prepare_s=30)
    assert played > workout_seconds(draft, exercises, order, "low")  # the defaults: shorter
    assert editor.estimate_text().startswith(f"Takes {minutes_text(played)} as the player")
    leave(window, tab)


def test_switching_a_block_to_reps_takes_a_tempo_and_low_high_keep_in_order(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    make_routine(qtbot, window, tab, "copenhagen_plank")
    dose = tab.routines.editor.dose
    dose.kind.setCurrentIndex(dose.kind.findData("reps"))
    assert dose.tempo.isVisible()
    assert not dose.hold_s.isVisible()
    dose.tempo.setText("3-1-3")
    dose.reps.low.setValue(12)  # above the high end (6): the high end follows
    assert dose.reps.value() == (12, 12)
    tab.routines.editor.save.click()
    saved = stored(window, tab.routines.editor.workout_id).blocks[0].dosage
    assert saved is not None
    assert (saved.hold_s, saved.tempo, saved.reps) == (None, "3-1-3", (12, 12))
    finish(window, tab)


def test_reorder_with_alt_up_and_down(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    workout_id = make_routine(qtbot, window, tab, "clamshell", "glute_bridge", "side_plank")
    editor = tab.routines.editor
    editor.block_list.setFocus()
    editor.block_list.setCurrentRow(2)
    press(qtbot, window, Qt.Key.Key_Up, ALT)
    press(qtbot, window, Qt.Key.Key_Up, ALT)
    assert [e for e, _ in editor.blocks] == ["side_plank", "clamshell", "glute_bridge"]
    assert editor.block_list.currentRow() == 0
    assert QApplication.focusWidget() is editor.block_list  # keep moving it with the keys
    press(qtbot, window, Qt.Key.Key_Up, ALT)  # already first: nothing moves
    press(qtbot, window, Qt.Key.Key_Down, ALT)
    assert [e for e, _ in editor.blocks] == ["clamshell", "side_plank", "glute_bridge"]
    assert "1. Single-leg" not in editor.block_list.item(0).text()
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert [b.exercise for b in stored(window, workout_id).blocks] == [
        "clamshell", "side_plank", "glute_bridge",
    ]  # fmt: skip
    finish(window, tab)


def drop_on(qtbot: QtBot, tab: RoutinesTab, row: int, lower_half: bool) -> None:
    """Drop the current block on ``row`` of the list, as a drag by the handle ends."""
    blocks = tab.routines.editor.block_list
    rect = blocks.visualRect(blocks.model().index(row, 0))
    point = QPointF(rect.center() + QPoint(0, rect.height() // 4 * (1 if lower_half else -1)))
    mime: QMimeData = blocks.mimeData([blocks.currentItem()])
    drop = QDropEvent(
        point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, NONE,
        QDropEvent.Type.Drop,
    )  # fmt: skip
    # The list's own drop handler (a synthesised drop is not routed without a drag under way).
    blocks.dropEvent(drop)


def test_reorder_by_dragging_a_block(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    make_routine(qtbot, window, tab, "clamshell", "glute_bridge", "side_plank")
    editor = tab.routines.editor
    assert editor.block_list.item(0).text().startswith("⠿")  # the handle
    editor.block_list.setCurrentRow(0)
    drop_on(qtbot, tab, 2, lower_half=True)  # below the last
    assert [e for e, _ in editor.blocks] == ["glute_bridge", "side_plank", "clamshell"]
    assert editor.block_list.currentRow() == 2
    drop_on(qtbot, tab, 0, lower_half=False)  # above the first
    assert [e for e, _ in editor.blocks] == ["clamshell", "glute_bridge", "side_plank"]
    assert editor.block_list.count() == 3  # the view did not move a row of its own
    finish(window, tab)


def test_duplicate_a_bundled_routine_rename_it_and_the_bundled_one_stays(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    activate(qtbot, window)
    page = tab.routines
    bundled = window.bundled.workouts["runners_hip_warmup"]
    page.list.setCurrentRow(list(window.catalog.workouts).index(bundled.id))
    page.duplicate.click()
    copy_id = page.current_id()
    assert copy_id == "runners_hip_warmup_copy"
    assert page.editor.editable
    assert page.editor.name.hasFocus()
    type_into(qtbot, page.editor.name, "My warm-up")
    page.editor.save.click()
    assert stored(window, copy_id).name == "My warm-up"
    assert window.catalog.workouts[bundled.id] == bundled
    assert page.list.currentItem().text() == "My warm-up"
    finish(window, tab)


def test_delete_then_undo_with_ctrl_z(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    workout_id = make_routine(qtbot, window, tab, "clamshell")
    page = tab.routines
    page.list.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete)
    assert workout_id not in window.catalog.workouts
    assert page.undo.isVisible()
    assert "Deleted “Morning hips”" in page.status.text()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert workout_id in window.catalog.workouts
    assert stored(window, workout_id).name == "Morning hips"
    assert page.current_id() == workout_id
    assert not page.undo.isVisible()
    finish(window, tab)


def test_a_bundled_routine_cannot_be_deleted(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    tab.routines.list.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete)
    assert list(window.catalog.workouts) == list(window.bundled.workouts)
    assert not tab.routines.undo.isVisible()
    finish(window, tab)


def test_problems_are_shown_next_to_their_field_and_nothing_is_written(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    activate(qtbot, window)
    page, editor = tab.routines, tab.routines.editor
    page.new.click()
    editor.summary.setText("Soon.")
    editor.save.click()  # no blocks
    assert editor.blocks_error.isVisible()
    assert editor.blocks_error.text().startswith("blocks:")
    editor.add_choice.setCurrentIndex(editor.add_choice.findData("clamshell"))
    editor.add.click()
    editor.name.setText("   ")
    editor.save.click()
    name_error = editor.errors.place("name")
    assert name_error is not None
    assert name_error[1].text().startswith("name:")
    assert not editor.blocks_error.isVisible()  # the old problem went
    editor.name.setText("Ok")
    editor.dose.tempo.setText("2-1")  # half a tempo
    editor.save.click()
    tempo_error = editor.dose.errors.place("tempo")
    assert tempo_error is not None
    assert tempo_error[1].isVisible()
    assert tempo_error[1].text().startswith("blocks[0].dosage.tempo")
    assert editor.dose.tempo.hasFocus()
    assert list(window.catalog.workouts) == list(window.bundled.workouts)
    definitions = window.definitions
    assert definitions is not None
    assert definitions.store.definition_rows() == []
    leave(window, tab)


def test_moving_to_another_routine_with_unsaved_changes_asks(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    workout_id = make_routine(qtbot, window, tab, "clamshell")
    page = tab.routines
    page.editor.name.setText("Changed")
    asked: list[str] = []
    tab.port.ask = lambda name: asked.append(name) or "cancel"  # type: ignore[func-returns-value]
    page.list.setCurrentRow(0)
    assert asked == ["Changed"]
    assert page.current_id() == workout_id
    assert page.editor.name.text() == "Changed"
    tab.port.ask = lambda name: "save"
    page.list.setCurrentRow(0)
    assert stored(window, workout_id).name == "Changed"
    assert page.current_id() == "post_run_strength"
    finish(window, tab)
