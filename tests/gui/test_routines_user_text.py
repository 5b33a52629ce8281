"""Whatever a user (or a pack) writes is shown as written on the Routines tab: markup in
every field of an exercise and a routine is never read as HTML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from hiptrainer.ui.routines.ports import ask_with_dialog
from hiptrainer.ui.routines.routines_tab import RoutinesTab
from tests.gui.test_routines import finish, leave, open_tab
from tests.gui.test_routines_exercises import exercise_page
from tests.helpers.custom import MARKUP, custom_workout, marked_exercise


def labels_with_markup(tab: RoutinesTab) -> list[QLabel]:
    return [label for label in tab.findChildren(QLabel) if "<img" in label.text()]


def test_markup_in_every_field_is_shown_literally(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    definitions = window.definitions
    assert definitions is not None
    definitions.save_exercise(marked_exercise("marked"))
    definitions.save_workout(
        custom_workout("marked_routine", "marked", name=f"{MARKUP} routine",
                       summary=f"{MARKUP} summary")
    )  # fmt: skip
    window.set_catalog(definitions.catalog)

    routines = tab.routines
    row = list(window.catalog.workouts).index("marked_routine")
    routines.list.setCurrentRow(row)
    assert routines.list.item(row).text() == f"{MARKUP} routine"
    editor = routines.editor
    assert editor.name.text() == f"{MARKUP} routine"
    assert editor.summary.text() == f"{MARKUP} summary"
    assert editor.block_list.item(0).text().startswith(f"⠿  1. {MARKUP} name — ")
    assert editor.dose_title.text() == f"Dose of block 1: {MARKUP} name"
    assert f"{MARKUP} name (yours)" in [
        editor.add_choice.itemText(i) for i in range(editor.add_choice.count())
    ]
    routines.duplicate.click()  # the status line names it
    assert MARKUP in routines.status.text()

    page = exercise_page(tab)
    page.list.setCurrentRow(0)
    assert page.list.item(0).text() == f"{MARKUP} name"
    form = page.editor
    assert form.name.text() == f"{MARKUP} name"
    assert form.aliases.toPlainText() == f"{MARKUP} alias"
    assert (form.summary.text(), form.why.text()) == (f"{MARKUP} summary", f"{MARKUP} why")
    assert form.setup.text() == f"Left {MARKUP} setup"
    assert form.cues.toPlainText() == f"{MARKUP} cue"
    assert form.mistakes.toPlainText() == f"{MARKUP} mistake"
    assert form.safety.toPlainText() == f"{MARKUP} safety"
    assert form.license.text() == f"{MARKUP} licence"
    assert form.sources.toPlainText() == f"{MARKUP} source https://example.org/<b>x</b>"
    steps = form.steps
    assert steps.list.item(0).text().startswith(f"⠿  1. {MARKUP} step 0 — ")
    assert steps.text.text() == f"{MARKUP} step 0"
    # A refusal quotes the user's names: shown as written too.
    page.delete.click()
    assert page.status.text().startswith(f'"{MARKUP} name" is used by your routine')

    shown = labels_with_markup(tab)
    assert {routines.status, page.status} <= set(shown)
    assert [label for label in shown if label.textFormat() != Qt.TextFormat.PlainText] == []
    # The name round-trips unchanged through a save.
    form.name.setText(f"{MARKUP} name again")
    page.save_button.click()
    assert window.catalog.exercises["marked"].name == f"{MARKUP} name again"
    finish(window, tab)


def test_the_unsaved_changes_question_shows_the_name_as_written(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                   and w.isVisible())  # fmt: skip
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    assert ask_with_dialog(lambda: window)(MARKUP) == "cancel"
    assert seen == [(Qt.TextFormat.PlainText, f"Save the changes to “{MARKUP}”?")]
    leave(window, tab)
