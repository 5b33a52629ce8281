"""Closing the main window with unsaved edits on the Routines tab: the window asks (Save,
Discard or Cancel) with the tab in front, from its own closeEvent. Cancel keeps the window
open with the edit; Save saves it and closes; Discard closes and the edit is gone. Nothing is
asked with nothing unsaved, or before the tab was ever built."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.routines.ports import Answer, ask_with_dialog
from hiptrainer.ui.routines.routines_tab import RoutinesTab
from tests.gui.test_routines import make_routine, open_tab
from tests.gui.test_routines_exercises import exercise_page, fill_new
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import close, start_window


class Answers:
    """Answers the question with ``answer`` and keeps the names it was asked about."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, name: str) -> Answer:
        self.asked.append(name)
        return self.answer


def settings_saved(data_dir: Path) -> bool:
    return (data_dir / "settings.json").is_file()


def edited_routine(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, RoutinesTab, str]:
    """A saved routine, renamed in the editor and not saved; the Library in front."""
    window, tab = open_tab(qtbot, data_dir)
    workout_id = make_routine(qtbot, window, tab, "clamshell")
    tab.routines.editor.name.setText("Evening hips")
    window.show_tab("library")
    return window, tab, workout_id


def stored_name(window: MainWindow, workout_id: str) -> str:
    definitions = window.definitions
    assert definitions is not None
    definitions.reload()
    return definitions.catalog.workouts[workout_id].name


def test_cancel_keeps_the_window_open_with_the_routine_tab_in_front_and_the_edit(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab, workout_id = edited_routine(qtbot, data_dir)
    closing: list[bool] = []
    window.closing.connect(lambda: closing.append(True))
    tab.port.ask = answers = Answers("cancel")
    assert not window.close()
    assert answers.asked == ["Evening hips"]
    assert window.isVisible()
    assert window.tabs.currentWidget().objectName() == "routines"  # the edit is in sight
    assert tab.pages.currentWidget() is tab.routines
    assert tab.routines.editor.name.text() == "Evening hips"
    assert tab.routines.editor.is_dirty()
    assert closing == []  # nothing of the closing ran: settings not written
    assert not settings_saved(data_dir)
    assert stored_name(window, workout_id) == "Morning hips"
    tab.port.ask = Answers("discard")
    close(window)


def test_save_saves_the_routine_and_closes(qtbot: QtBot, data_dir: Path) -> None:
    window, tab, workout_id = edited_routine(qtbot, data_dir)
    tab.port.ask = answers = Answers("save")
    assert window.close()
    assert answers.asked == ["Evening hips"]
    assert not window.isVisible()
    assert not tab.routines.editor.is_dirty()
    assert stored_name(window, workout_id) == "Evening hips"
    assert json.loads((data_dir / "settings.json").read_text("utf-8"))["last_tab"] == "routines"
    window.detach_storage()


def test_discard_closes_and_the_edit_is_gone(qtbot: QtBot, data_dir: Path) -> None:
    window, tab, workout_id = edited_routine(qtbot, data_dir)
    tab.port.ask = answers = Answers("discard")
    assert window.close()
    assert answers.asked == ["Evening hips"]
    assert not window.isVisible()
    assert stored_name(window, workout_id) == "Morning hips"
    window.detach_storage()


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_an_unsaved_exercise_is_asked_about_too(
    qtbot: QtBot, data_dir: Path, answer: Answer
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    page = exercise_page(tab)
    fill_new(qtbot, page)  # a new exercise, not saved yet
    tab.pages.setCurrentWidget(tab.routines)
    window.show_tab("progress")
    tab.port.ask = answers = Answers(answer)
    assert window.close() is (answer != "cancel")
    assert answers.asked == ["Wall sit, single leg"]
    assert tab.pages.currentWidget() is page  # shown while asked
    definitions = window.definitions
    assert definitions is not None
    definitions.reload()
    assert ("wall_sit_single_leg" in definitions.catalog.exercises) is (answer == "save")
    assert window.isVisible() is (answer == "cancel")
    tab.port.ask = Answers("discard")
    close(window)


def test_a_routine_and_an_exercise_both_unsaved_are_asked_about_in_turn(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab, _workout_id = edited_routine(qtbot, data_dir)
    fill_new(qtbot, exercise_page(tab))
    tab.port.ask = answers = Answers("discard")
    assert window.close()
    assert answers.asked == ["Evening hips", "Wall sit, single leg"]
    window.detach_storage()


def test_nothing_is_asked_with_nothing_unsaved_or_the_tab_never_built(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = start_window(qtbot, data_dir, FakePrompts())
    assert window.built_tab("routines") is None
    assert window.close()
    window.detach_storage()

    window, tab = open_tab(qtbot, data_dir)
    make_routine(qtbot, window, tab, "clamshell")
    tab.port.ask = answers = Answers("cancel")
    assert window.close()
    assert answers.asked == []
    window.detach_storage()


def test_the_question_is_a_message_box_whose_cancel_keeps_the_window(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab, _workout_id = edited_routine(qtbot, data_dir)
    tab.port.ask = ask_with_dialog(lambda: window)
    seen: list[str] = []

    def answer_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = box.button(QMessageBox.StandardButton.Cancel)
        assert button is not None
        button.click()

    QTimer.singleShot(0, answer_cancel)  # runs inside the box's own event loop
    assert not window.close()
    assert seen == ["Save the changes to “Evening hips”?"]
    assert window.isVisible()
    tab.port.ask = Answers("discard")
    close(window)
