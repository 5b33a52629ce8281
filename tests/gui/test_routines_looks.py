"""What looking at the Routines tab during the keyboard walk changed: the estimate says a
routine's length once when its ranges change nothing, and a long text in a one-line field
shows its beginning (Qt leaves the cursor, and the view, at its end)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.test_routines import finish, make_routine, open_tab
from tests.gui.test_routines_exercises import exercise_page


def test_the_estimate_says_the_length_once_when_the_ranges_change_nothing(
    qtbot: QtBot, data_dir: Path
) -> None:
    window, tab = open_tab(qtbot, data_dir)
    editor = tab.routines.editor
    make_routine(qtbot, window, tab, "clamshell")  # 3 × 10 reps: no range
    fixed = editor.estimate.text()
    assert fixed.startswith("Takes about ")
    assert fixed.endswith("(left side first).")
    assert "from the low to the high" not in fixed
    make_routine(qtbot, window, tab, "copenhagen_plank")  # 4–6 × 15–20 s: ranges
    ranged = editor.estimate.text()
    assert "; about " in ranged
    assert ranged.endswith("from the low to the high end of the ranges.")
    finish(window, tab)


def test_long_texts_show_their_beginning(qtbot: QtBot, data_dir: Path) -> None:
    window, tab = open_tab(qtbot, data_dir)
    page = exercise_page(tab)
    page.template.setCurrentIndex(page.template.findData("clamshell"))
    assert page.duplicate_exercise()
    form = page.editor
    assert len(form.why.text()) > 100  # longer than the field shows
    for line in (form.summary, form.why, form.setup, form.license):
        assert line.cursorPosition() == 0, line.text()

    tab.pages.setCurrentWidget(tab.routines)
    routines, editor = tab.routines, tab.routines.editor
    workout_id = make_routine(qtbot, window, tab, "clamshell")
    editor.summary.setText("A long summary, " * 20)
    routines.save()
    routines.list.setCurrentRow(0)  # another routine, then back
    ids = [routines.list.item(row).data(256) for row in range(routines.list.count())]
    routines.list.setCurrentRow(ids.index(workout_id))
    assert editor.summary.text().startswith("A long summary")
    assert editor.summary.cursorPosition() == 0
    finish(window, tab)
