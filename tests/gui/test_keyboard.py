"""Alt+letter on the whole window: on every page, the menus, the tabs and the page's own
controls never share a letter (Qt would cycle between them instead of acting)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from tests.helpers.mnemonics import collect, duplicates, mnemonic
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import STATES, bring_to, close, start_window


@pytest.mark.parametrize("state", STATES)
def test_no_letter_is_taken_twice_anywhere_on_the_window(
    qtbot: QtBot, data_dir: Path, state: str
) -> None:
    window = start_window(qtbot, data_dir, FakePrompts())
    bring_to(window, state)
    letters = {m.letter for m in collect(window)}
    assert {"f", "e", "v", "h", "l", "t"} <= letters  # the menus and tabs are seen
    assert duplicates(window) == {}
    tab = window.train
    if tab is not None:
        tab.refresh.stop()
    close(window)


# --- printing -------------------------------------------------------------------------------


def menu_letters(menu: QMenu) -> list[str]:
    return [m for a in menu.actions() if not a.isSeparator() and (m := mnemonic(a.text()))]


def answer_print_dialog() -> None:
    """Accept Qt's print dialog, from inside its own event loop, as a user would (the printer
    prints to the PDF file it was given: no printer is installed here); never leave the
    test waiting on it."""

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog)]
        try:
            next(d for d in dialogs if d.isVisible()).accept()
        finally:
            for dialog in dialogs:
                if dialog.isVisible():
                    dialog.reject()

    QTimer.singleShot(0, answer)


def test_the_file_menu_prints_with_ctrl_p_and_no_letter_twice(qtbot: QtBot, data_dir: Path) -> None:
    window = start_window(qtbot, data_dir, FakePrompts())
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    printing = texts.index("&Print…")
    assert texts[printing : printing + 2] == ["&Print…", "Export P&DF…"]
    letters = menu_letters(file_menu)
    assert len(letters) == len(texts) == len(set(letters))
    assert window.named_actions["print"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    close(window)


def test_print_several_exercises_with_the_keyboard_alone(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    from tests.gui.test_printing import activate, ctrl_p, pdf_text

    window = start_window(qtbot, data_dir, FakePrompts())
    library = window.library
    activate(qtbot, window)
    library.focus_search()
    # Typing goes to the search; the arrows move in the list, Shift with them chooses more.
    qtbot.keyClicks(library.filters.search, "plank")
    qtbot.keyClick(library.filters.search, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is library.filters.search
    chosen = library.chosen_exercises()
    assert len(chosen) == 2
    assert all("plank" in exercise.name.lower() for exercise in chosen)
    preview = ctrl_p(qtbot, window)
    assert duplicates(preview) == {}
    assert {"l", "u", "p"} <= {m.letter for m in collect(preview)}
    qtbot.keyClick(preview, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(preview.panel.large_print.isChecked)  # Qt shows the press, then ticks
    # Ctrl+P again, in the preview: the printer dialog, then print.
    path = tmp_path / "printed.pdf"
    preview.printer().setOutputFileName(str(path))
    answer_print_dialog()
    qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not preview.isVisible()
    assert path.is_file()
    text = pdf_text(path)
    assert all(exercise.name in text for exercise in chosen)
    assert window.sheet_options is not None
    assert window.sheet_options.large_print
    close(window)


def test_the_print_button_prints(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    from tests.gui.test_printing import ctrl_p

    window = start_window(qtbot, data_dir, FakePrompts())
    preview = ctrl_p(qtbot, window)
    assert preview.print_button.text() == "&Print…"
    assert preview.page_setup_button.text() == "Page set&up…"
    path = tmp_path / "button.pdf"
    preview.printer().setOutputFileName(str(path))
    answer_print_dialog()
    preview.print_button.click()
    assert path.is_file()
    assert not preview.isVisible()
    close(window)


# A popup menu raises itself and grabs the keyboard; the offscreen platform says it cannot.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_librarys_context_menu_from_the_menu_key(qtbot: QtBot, data_dir: Path) -> None:
    from hiptrainer.ui.printing.export import ExportDialog

    window = start_window(qtbot, data_dir, FakePrompts())
    library = window.library
    library.list.setFocus()
    spot = library.list.visualRect(library.list.currentIndex()).center()
    key = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, spot,
                            library.list.mapToGlobal(spot))  # fmt: skip
    QApplication.sendEvent(library.list, key)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == ["&Print…", "Export P&DF…"]
    qtbot.keyClick(menu, Qt.Key.Key_D)
    assert not menu.isVisible()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert duplicates(dialog) == {}
    assert {"a", "l", "s"} <= {m.letter for m in collect(dialog)}
    dialog.reject()
    close(window)


def test_the_routine_dialogs_give_each_field_its_own_letter(qtbot: QtBot, data_dir: Path) -> None:
    from hiptrainer.ui.printing import export_routine_pdf, print_routine

    window = start_window(qtbot, data_dir, FakePrompts())
    routine = next(iter(window.catalog.workouts))
    preview = print_routine(window, routine)
    assert preview is not None
    assert duplicates(preview) == {}
    assert {"l", "n", "r", "u", "p"} <= {m.letter for m in collect(preview)}
    preview.reject()
    dialog = export_routine_pdf(window, routine)
    assert dialog is not None
    assert duplicates(dialog) == {}
    assert {"a", "l", "n", "r", "s"} <= {m.letter for m in collect(dialog)}
    dialog.reject()
    close(window)
