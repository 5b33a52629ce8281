"""The Library's "Edit a copy": from the detail pane (its link, reached with Tab and Enter)
or Edit ▸ Edit a Copy of the Exercise (Ctrl+E), the exercise shown opens in the Routines tab's
exercise editor: a bundled one as a new copy of yours, your own as it is. An unsaved edit is
asked about first; data that cannot be changed is said in a line and nothing is made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.catalog.custom import is_custom
from hiptrainer.ui.app import build_main_window
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.routines.ports import Answer
from hiptrainer.ui.routines.routines_tab import RoutinesTab
from tests.gui.test_library_custom import opened, save, with_mine  # noqa: F401 (a fixture)
from tests.gui.test_routines import CTRL, Unexpected, activate, press
from tests.gui.test_routines_exercises import fill_new
from tests.helpers.custom import custom_exercise
from tests.helpers.window import close


def routines(window: MainWindow) -> RoutinesTab:
    tab = window.built_tab("routines")
    assert isinstance(tab, RoutinesTab)
    return tab


def yours(window: MainWindow) -> list[str]:
    return [e.id for e in window.catalog.exercises.values() if is_custom(e)]


def finish(window: MainWindow) -> None:
    tab = window.built_tab("routines")
    if isinstance(tab, RoutinesTab):
        tab.port.ask = Unexpected()
    close(window)


def test_the_link_in_the_detail_pane_copies_a_bundled_exercise_to_edit(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = opened(qtbot, data_dir)
    library, detail = window.library, window.library.detail
    library.show_exercise("clamshell")
    assert "✎ Edit a copy" in detail.toPlainText()
    activate(qtbot, window)
    detail.setFocus()
    for _ in range(4):  # bounded: the link is the page's first
        qtbot.keyClick(detail, Qt.Key.Key_Tab)
        if detail.textCursor().charFormat().anchorHref() == "edit:clamshell":
            break
    assert detail.textCursor().charFormat().anchorHref() == "edit:clamshell"
    qtbot.keyClick(detail, Qt.Key.Key_Return)

    assert window.tabs.currentWidget().objectName() == "routines"
    tab = routines(window)
    page = tab.exercises
    assert tab.pages.currentWidget() is page
    assert yours(window) == ["clamshell_copy"]
    assert page.current_id() == "clamshell_copy"
    assert page.editor.editable
    assert page.editor.name.text() == f"{window.catalog.exercises['clamshell'].name} (copy)"
    assert QApplication.focusWidget() is page.editor.name  # type a new name at once
    assert window.library.model.row_of("clamshell_copy") >= 0  # listed in the Library
    finish(window)


def test_ctrl_e_opens_your_own_exercise_as_it_is(qtbot: QtBot, with_mine: Path) -> None:  # noqa: F811
    window = opened(qtbot, with_mine)
    window.library.show_exercise("my_bridge")
    assert "✎ Edit" in window.library.detail.toPlainText()
    assert "Edit a copy" not in window.library.detail.toPlainText()
    assert window.named_actions["edit_copy"].isEnabled()
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    tab = routines(window)
    page = tab.exercises
    assert tab.pages.currentWidget() is page
    assert page.current_id() == "my_bridge"
    assert page.editor.name.text() == "Sofa bridge"
    assert sorted(yours(window)) == ["my_bridge", "my_plank"]  # no copy made
    assert not page.editor.is_dirty()
    finish(window)


def test_edit_a_copy_is_offered_on_the_library_only(qtbot: QtBot, data_dir: Path) -> None:
    window = opened(qtbot, data_dir)
    action = window.named_actions["edit_copy"]
    assert action.isEnabled()
    for name in ("train", "progress", "routines"):
        window.show_tab(name)
        assert not action.isEnabled(), name
        press(qtbot, window, Qt.Key.Key_E, CTRL)
        assert yours(window) == [], name
    window.show_tab("library")
    assert action.isEnabled()
    finish(window)


def test_an_unsaved_exercise_is_asked_about_and_cancel_keeps_it(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = opened(qtbot, data_dir)
    window.show_tab("routines")
    tab = routines(window)
    tab.pages.setCurrentWidget(tab.exercises)
    fill_new(qtbot, tab.exercises)
    asked: list[str] = []

    def cancel(name: str) -> Answer:
        asked.append(name)
        return "cancel"

    tab.port.ask = cancel
    window.show_tab("library")
    window.library.show_exercise("side_plank")
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    assert asked == ["Wall sit, single leg"]
    assert yours(window) == []
    assert tab.exercises.editor.name.text() == "Wall sit, single leg"
    assert tab.exercises.editor.is_dirty()
    finish(window)


def test_with_no_data_folder_open_it_says_so_and_makes_nothing(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = build_main_window(data_dir)  # the data folder never opened
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.library.show_exercise("clamshell")
    assert not window.edit_exercise("clamshell")
    tab = routines(window)
    assert "cannot be copied or edited now" in tab.exercises.status.text()
    assert window.catalog.exercises.keys() == window.bundled.exercises.keys()
    window.close()


def test_an_exercise_that_is_gone_opens_nothing(qtbot: QtBot, data_dir: Path) -> None:
    save(data_dir, custom_exercise("my_plank"))
    window = opened(qtbot, data_dir)
    assert not window.edit_exercise("no_such_exercise")
    assert yours(window) == ["my_plank"]
    finish(window)
