"""The German build's keyboard mnemonics: the window's menus and tabs, the Library, the Routines
tab's two pages, the large step view and the sheet dialogs, built with the German translation
installed.

German words are longer and begin with other letters, so letters chosen for English say
nothing about the German ones. Within a page or dialog no two controls may share a letter,
and a tab's page leaves alone the letters German menus and tabs conventionally take (Datei,
Bearbeiten, Ansicht, Hilfe; Training, Fortschritt): :data:`GERMAN_WINDOW` holds the window's
own letters, checked against its menu bar and tab bar. The Library and Routines tabs have no
letter in German: every letter of "Bibliothek" is taken (B by Bearbeiten, the others by the
Library page, the tabs and the Progress page), as every one of "Routinen" is.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.catalog.poses import exercise_poses
from hiptrainer.figures.render import Illustration
from hiptrainer.printing import SheetOptions
from hiptrainer.ui import i18n
from hiptrainer.ui.library.large_view import LargeStepView
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.printing.export import ExportDialog
from hiptrainer.ui.printing.jobs import routine_job
from hiptrainer.ui.printing.preview import SheetPreview
from hiptrainer.ui.routines.routines_tab import RoutinesTab
from tests.gui.test_library import choose
from tests.gui.test_library_custom import save
from tests.helpers.custom import custom_exercise
from tests.helpers.mnemonics import collect, duplicates, mnemonic, reserved_clashes
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import close, start_window

#: Letters German menus and tabs conventionally take.
GERMAN_WINDOW = {
    "d": "Datei menu",
    "b": "Bearbeiten menu",
    "a": "Ansicht menu",
    "h": "Hilfe menu",
    "t": "Training tab",
    "f": "Fortschritt tab",
}


@pytest.fixture
def german(qapp: QApplication) -> Iterator[list[QTranslator]]:
    translators = i18n.install_translators(qapp, "de")
    assert len(translators) == 2  # Qt's and HipTrainer's
    yield translators
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, german: list[QTranslator]) -> Iterator[MainWindow]:
    # One exercise of the user's own: the Library's source filter shows, and the exercise
    # page of the Routines tab has an exercise to edit.
    save(data_dir, custom_exercise("my_plank", name="Gartenbank-Stütz"))
    window = start_window(qtbot, data_dir, FakePrompts())
    window.resize(1280, 800)
    yield window
    close(window)


def assert_letters_unique(root: QWidget, kept: dict[str, str] | None = None) -> None:
    assert collect(root), "no mnemonics found: the check would pass for nothing"
    assert duplicates(root) == {}
    if kept is not None:
        assert reserved_clashes(root, kept) == {}


def test_the_window_s_german_menus_and_tabs(window: MainWindow) -> None:
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert titles == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    assert tabs == ["Bibliothek", "&Training", "&Fortschritt", "Routinen"]
    letters = [mnemonic(text) for text in [*titles, *tabs]]
    taken = sorted(letter for letter in letters if letter is not None)
    assert taken == sorted(GERMAN_WINDOW)  # one letter each, and the ones the pages leave
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        items = [item.text() for item in menu.actions() if not item.isSeparator()]
        assert all(item and "&" in item for item in items), items  # German, with a letter
        menu_letters = [mnemonic(item) for item in items]
        assert len(set(menu_letters)) == len(menu_letters), (action.text(), items)
    assert window.named_actions["quit"].text() == "&Beenden"
    assert window.named_actions["find"].toolTip() == "In der Übungsbibliothek suchen"


def test_the_library_s_german_letters(window: MainWindow) -> None:
    library = window.library
    bar = library.filters
    assert bar.clear_button.text() == "Filter &zurücksetzen"  # German, not English
    kept = GERMAN_WINDOW
    assert_letters_unique(library, kept)
    assert len(collect(library)) == 6  # the six filters (the clear button is off)
    choose(bar.sides, True)
    assert bar.clear_button.isEnabled()
    assert_letters_unique(library, kept)
    bar.search.setText("keine solche Übung")
    assert library.empty_clear.isVisible()
    assert library.empty_clear.text() == "A&lle Übungen zeigen"
    assert_letters_unique(library, kept)


def test_the_routines_tab_s_german_letters(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.show_tab("routines")
    assert isinstance(tab, RoutinesTab)
    kept = GERMAN_WINDOW
    # A routine of one's own: its editor's fields and buttons are enabled and count.
    tab.pages.setCurrentWidget(tab.routines)
    tab.routines.new_routine()
    assert tab.routines.editor.editable
    assert tab.routines.editor.add.text() == "Block h&inzufügen"
    assert_letters_unique(tab.routines, kept)
    tab.routines.discard()
    # The user's exercise in the exercise editor.
    tab.pages.setCurrentWidget(tab.exercises)
    tab.exercises.fill(window.catalog, select="my_plank")
    assert tab.exercises.editor.editable
    assert_letters_unique(tab.exercises, kept)


def test_the_large_step_view_s_german_letters(qtbot: QtBot, window: MainWindow) -> None:
    exercise = window.catalog.exercises["copenhagen_plank"]
    art = Illustration(exercise_poses(exercise), exercise.primary_muscles)
    view = LargeStepView(exercise, art, 0, window)
    qtbot.addWidget(view)
    view.show_step(1)  # the previous and next buttons both enabled
    assert view.previous_button.isEnabled()
    assert view.next_button.isEnabled()
    assert view.play_button.text() == "▶ Bewegung &abspielen"
    assert_letters_unique(view)


def test_the_sheet_dialogs_german_letters(qtbot: QtBot, window: MainWindow) -> None:
    job = routine_job(window.catalog, "runners_hip_warmup")
    options = SheetOptions(prescribed_by="Dr. Muster")  # the prescriber's field enabled
    export = ExportDialog(job, options, window)
    qtbot.addWidget(export)
    assert export.save_button.text() == "&Speichern …"
    assert_letters_unique(export)
    preview = SheetPreview(job, options, window)
    qtbot.addWidget(preview)
    assert preview.print_button.text() == "&Drucken …"
    assert_letters_unique(preview)
