"""The exercise box beside Add block, in a 1024×640 window with a font twice the size, in
English and German: the name it shows fits the box, whole, or cut with "…" (never cut
mid-letter at the box's edge); the whole name is its tooltip and accessible description, on a
bundled (read-only) routine and on the user's own one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.routines.routine_editor import ExerciseChoice
from hiptrainer.ui.routines.routines_tab import RoutinesTab
from tests.gui.test_routines import leave, open_tab
from tests.gui.test_routines_exercise_choice import longest_name_shown, text_room

#: A user's own exercise may have a name longer than any column (the box lists theirs too).
LONG_NAME = (
    "Single-leg glute bridge with the other knee hugged to the chest and a band round "
    "both thighs, slow on the way down (yours)"
)


def settle() -> None:
    for _ in range(3):  # the page's layouts, then the box's new width
        QApplication.processEvents()


def routines_at_1024x640(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, RoutinesTab]:
    window, tab = open_tab(qtbot, data_dir)
    window.resize(1024, 640)
    settle()
    return window, tab


def the_box(tab: RoutinesTab) -> ExerciseChoice:
    box = tab.routines.editor.add_choice
    assert isinstance(box, ExerciseChoice)
    return box


def show_long_name(box: QComboBox) -> None:
    box.addItem(LONG_NAME, "long_own_exercise")
    box.setCurrentIndex(box.count() - 1)
    settle()


def check_shown(box: ExerciseChoice) -> str:
    """The name as drawn fits the box, whole or cut with "…"; the whole name is at hand."""
    full, shown = box.currentText(), box.shown_text()
    assert box.fontMetrics().horizontalAdvance(shown) <= text_room(box), shown
    assert shown == full or (shown.endswith("…") and full.startswith(shown[:-1].rstrip()))
    assert box.toolTip() == full
    assert box.accessibleDescription() == full
    return shown


def test_a_long_name_on_a_read_only_routine_is_cut_with_an_ellipsis(
    qtbot: QtBot, data_dir: Path, large_font: str
) -> None:
    window, tab = routines_at_1024x640(qtbot, data_dir)
    assert not tab.routines.editor.editable  # the first routine is bundled
    box = the_box(tab)
    longest_name_shown(box)
    settle()
    assert check_shown(box) == box.currentText()  # the bundled names fit, whole
    show_long_name(box)
    shown = check_shown(box)
    assert shown != LONG_NAME
    assert shown.endswith("…")
    # The box stays inside the window: the name is cut, the page not widened.
    assert box.mapTo(window, box.rect().topRight()).x() <= window.width()
    leave(window, tab)


def test_a_long_name_on_the_users_own_routine_is_cut_with_an_ellipsis(
    qtbot: QtBot, data_dir: Path, large_font: str
) -> None:
    window, tab = routines_at_1024x640(qtbot, data_dir)
    tab.routines.duplicate_routine()
    assert tab.routines.editor.editable
    box = the_box(tab)
    longest_name_shown(box)  # wider than the box's fixed 18 letters at this font
    settle()
    assert check_shown(box).endswith("…")
    show_long_name(box)
    assert check_shown(box).endswith("…")
    leave(window, tab)


def test_the_box_draws_the_cut_name(qtbot: QtBot) -> None:
    """What is painted is :meth:`shown_text`: the box looks like a plain box holding it."""
    box = ExerciseChoice()
    box.addItem(LONG_NAME)
    plain = QComboBox()
    for widget in (box, plain):
        qtbot.addWidget(widget)
        widget.setMinimumContentsLength(18)
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.resize(widget.sizeHint())
    shown = box.shown_text()
    assert shown.endswith("…")
    assert len(shown) < len(LONG_NAME)
    plain.addItem(shown)
    assert box.size() == plain.size()
    assert box.grab().toImage() == plain.grab().toImage()
    unclipped = QComboBox()
    qtbot.addWidget(unclipped)
    unclipped.addItem(LONG_NAME)
    unclipped.resize(box.size())
    assert box.grab().toImage() != unclipped.grab().toImage()  # Qt's own cut, without "…"


def test_an_empty_box_shows_and_names_nothing(qtbot: QtBot) -> None:
    box = ExerciseChoice()
    qtbot.addWidget(box)
    box.addItem("Clamshell")
    box.clear()
    assert box.shown_text() == ""
    assert box.toolTip() == ""
    assert box.accessibleDescription() == ""
