"""Print… and Export PDF… from the window, through its real widgets: Ctrl+P opens the preview
of what the tab in front has chosen (the Library's exercises, the Train tab's routine) laid out
for the preview's paper; several exercises make one sheet; Export PDF writes a file whose text
holds every name; the options reach the sheet; the user's own exercises and routines print
like the bundled ones, their text as typed."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.catalog.poses import exercise_poses
from hiptrainer.domain.model import Exercise
from hiptrainer.figures.render import Illustration
from hiptrainer.printing import (
    LETTER,
    SheetOptions,
    exercise_sheet,
    page_of,
    routine_sheet,
)
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.printing.export import ExportDialog
from hiptrainer.ui.printing.preview import SheetPreview
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import bring_to, close, start_window, train_tab

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")


# --- helpers, shared with test_printing_errors ---------------------------------------------


def pdf_text(path: Path) -> str:
    """The PDF's text with every run of white space made one space (lines wrap anywhere)
    and ligatures as their letters ("ﬁ" is "fi")."""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60)  # fmt: skip
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


def pdf_pages(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True,
                          timeout=60)  # fmt: skip
    line = next(line for line in done.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Make ``widget``'s window the active one (the offscreen platform does it a little
    later), as a window manager does for a window shown or clicked."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key as the user types it: to the focused widget of the active window, so the
    window's shortcuts apply."""
    activate(qtbot, window)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, key, modifiers)


def ctrl_p(qtbot: QtBot, window: MainWindow) -> SheetPreview:
    """Ctrl+P, and the preview it opens, active (as a window manager makes a new dialog)."""
    press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    previews = [d for d in window.findChildren(SheetPreview) if d.isVisible()]
    assert len(previews) == 1
    activate(qtbot, previews[0])
    return previews[0]


def select_rows(window: MainWindow, rows: list[int]) -> list[str]:
    library = window.library
    model = library.list.selectionModel()
    model.clearSelection()
    for row in rows:
        model.select(library.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    return [library.proxy.exercise_at(library.proxy.index(row, 0)).id for row in rows]


def export_to(qtbot: QtBot, window: MainWindow, path: Path) -> ExportDialog:
    """File ▸ Export PDF…, Save…, then the file dialog given ``path``."""
    window.named_actions["export_pdf"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    files = window.findChild(QFileDialog, "sheetFile")
    assert files is not None
    assert files.isVisible()
    files.selectFile(str(path))
    files.accept()
    return dialog


def intro(dialog: ExportDialog) -> str:
    label = dialog.findChild(QLabel, "sheetExportIntro")
    assert label is not None
    return label.text()


def problems(window: MainWindow) -> list[str]:
    """The texts of the problem messages showing now."""
    return [box.text() for box in window.findChildren(QMessageBox, "printProblem")
            if box.isVisible()]  # fmt: skip


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the PDFs (the data folder is elsewhere in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    win = start_window(qtbot, data_dir, FakePrompts())
    yield win
    for dialog in win.findChildren(SheetPreview):
        dialog.close()
    tab = win.train
    if tab is not None:
        tab.refresh.stop()  # type: ignore[attr-defined]
    close(win)


# --- the Library ----------------------------------------------------------------------------


def test_ctrl_p_previews_the_exercise_on_show_laid_out_for_the_preview_paper(
    qtbot: QtBot, window: MainWindow
) -> None:
    shown = window.library.current_exercise()
    assert shown is not None
    preview = ctrl_p(qtbot, window)
    printer = preview.printer()
    expected = exercise_sheet([shown], window.catalog, SheetOptions(page=page_of(printer)))
    assert preview.pages.pageCount() == expected.page_count >= 1
    # Landscape Letter: laid out again for it.
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    preview.pages.setLandscapeOrientation()
    assert preview.options().page.width > preview.options().page.height
    landscape = exercise_sheet([shown], window.catalog, SheetOptions(page=page_of(printer)))
    assert page_of(printer).name == "Letter"
    assert preview.pages.pageCount() == landscape.page_count
    preview.reject()


def test_several_chosen_exercises_preview_as_one_sheet_and_export_as_one_pdf(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    library = window.library
    library.list.setFocus()
    library.list.setCurrentIndex(library.proxy.index(0, 0))
    # Shift+Down twice chooses the next two as well.
    for _ in range(2):
        qtbot.keyClick(library.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = [e.id for e in library.chosen_exercises()]
    assert len(chosen) == 3
    assert library.count.text().endswith(", 3 selected")
    preview = ctrl_p(qtbot, window)
    exercises = [window.catalog.exercises[i] for i in chosen]
    sheet = exercise_sheet(exercises, window.catalog, SheetOptions(page=page_of(preview.printer())))
    assert preview.pages.pageCount() == sheet.page_count
    assert sheet.page_count >= 3  # a page at least for each
    preview.reject()

    path = out / "three.pdf"
    export_to(qtbot, window, path)
    assert problems(window) == []
    if POPPLER:
        text = pdf_text(path)
        for exercise in exercises:
            assert exercise.name in text
        assert pdf_pages(path) == sheet.page_count
    assert window.statusBar().currentMessage() == f"Saved three.pdf ({sheet.page_count} pages)"
    assert list(out.iterdir()) == [path]


def test_the_export_dialog_offers_the_options_and_remembers_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    [first, second] = select_rows(window, [0, 1])
    window.named_actions["export_pdf"].trigger()
    [several] = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert intro(several) == ("Save the sheets of 2 exercises as a PDF to print later or to send.")
    several.reject()
    select_rows(window, [0])
    window.named_actions["export_pdf"].trigger()
    [dialog] = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    name = window.catalog.exercises[first].name
    assert (
        intro(dialog) == f"Save the exercise sheet of “{name}” as a PDF to print later or to send."
    )
    panel = dialog.panel
    assert panel.paper is not None
    assert panel.name is None
    assert panel.prescribed is None
    panel.paper.setCurrentText("Letter")
    panel.large_print.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    files = window.findChild(QFileDialog, "sheetFile")
    assert files is not None
    assert Path(files.selectedFiles()[0]).name == f"{window.library.chosen_exercises()[0].name}.pdf"
    files.reject()
    assert window.sheet_options is not None
    assert window.sheet_options.page == LETTER
    assert window.sheet_options.large_print
    # Offered again next time.
    window.named_actions["export_pdf"].trigger()
    again = [d for d in window.findChildren(ExportDialog) if d.isVisible()][-1]
    assert again.panel.large_print.isChecked()
    assert again.panel.paper is not None
    assert again.panel.paper.currentText() == "Letter"
    again.reject()


def test_print_needs_an_exercise_chosen(qtbot: QtBot, window: MainWindow) -> None:
    library = window.library
    library.list.selectAll()
    assert window.print_choice() == ("exercises", tuple(e.id for e in library.chosen_exercises()))
    qtbot.keyClicks(library.filters.search, "no such exercise")
    assert window.print_choice() is None
    assert not window.named_actions["print"].isEnabled()
    assert not window.named_actions["export_pdf"].isEnabled()
    qtbot.mouseClick(library.empty_clear, Qt.MouseButton.LeftButton)
    assert window.named_actions["print"].isEnabled()
    assert window.named_actions["export_pdf"].isEnabled()


def test_the_librarys_context_menu_offers_print_and_export(window: MainWindow) -> None:
    menu = window.library.list.context_menu()
    assert menu is not None
    assert menu.actions() == [window.named_actions["print"], window.named_actions["export_pdf"]]
    menu.deleteLater()


# --- the Train tab --------------------------------------------------------------------------


def test_ctrl_p_on_the_train_tab_prints_the_routine_chosen_there(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tab = train_tab(window)
    workout = next(w for w in window.catalog.workouts.values() if w.id != tab.selected_workout())
    tab.chooser.select(workout.id)
    preview = ctrl_p(qtbot, window)
    assert preview.panel.name is not None
    assert preview.panel.prescribed is not None
    expected = routine_sheet(workout, window.catalog, SheetOptions(page=page_of(preview.printer())))
    assert preview.pages.pageCount() == expected.page_count
    # The options, set from the keyboard, reach the printed sheet.
    qtbot.keyClick(preview, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is preview.panel.name
    qtbot.keyClicks(preview.panel.name, "Ana <b>Runner</b>")
    qtbot.keyClick(preview.panel.name, Qt.Key.Key_Return)
    assert preview.isVisible()  # Enter in a field shows the change; it does not print
    qtbot.keyClick(preview, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(preview.panel.prescribed.isChecked)  # Qt shows the click, then ticks
    assert QApplication.focusWidget() is preview.panel.prescriber
    qtbot.keyClicks(preview.panel.prescriber, "Dr Lee & team")
    path = tmp_path / "printed.pdf"
    preview.printer().setOutputFormat(preview.printer().OutputFormat.PdfFormat)
    preview.printer().setOutputFileName(str(path))
    preview.pages.print()  # what the Print button does once a printer is chosen
    assert problems(window) == []
    if POPPLER:
        text = pdf_text(path)
        assert workout.name in text
        assert "Name: Ana <b>Runner</b>" in text
        assert "Prescribed by: Dr Lee & team" in text
    preview.reject()
    assert window.sheet_options is not None
    assert window.sheet_options.prescribed_by == "Dr Lee & team"


def test_print_is_offered_on_the_chooser_only(qtbot: QtBot, window: MainWindow) -> None:
    action = window.named_actions["print"]
    assert action.isEnabled()  # the Library
    window.show_tab("progress")
    assert not action.isEnabled()
    assert not window.named_actions["export_pdf"].isEnabled()
    press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.findChildren(SheetPreview) == []
    tab = bring_to(window, "summary")
    assert tab is not None
    assert not action.isEnabled()  # a workout under way: its chooser is not on show
    tab.summary.discarded.emit()
    assert tab.pages.currentWidget() is tab.chooser
    assert action.isEnabled()


def test_the_routine_functions_for_the_train_tab(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from hiptrainer.ui.printing import export_routine_pdf, print_routine

    workout = next(iter(window.catalog.workouts.values()))
    preview = print_routine(window, workout.id)
    assert preview is not None
    assert preview.isVisible()
    preview.reject()
    dialog = export_routine_pdf(window, workout.id)
    assert dialog is not None
    assert dialog.panel.name is not None
    dialog.panel.name.setText("Sam")
    dialog.accept()
    files = window.findChild(QFileDialog, "sheetFile")
    assert files is not None
    path = tmp_path / "routine"  # no suffix: the dialog adds ".pdf"
    files.selectFile(str(path))
    files.accept()
    written = tmp_path / "routine.pdf"
    assert written.is_file()
    if POPPLER:
        assert "Name: Sam" in pdf_text(written)
    assert print_routine(window, "no_such_routine") is None
    assert problems(window) == ['The routine "no_such_routine" is not in the catalogue any more.']


# --- the user's own ---------------------------------------------------------------------------


@needs_poppler
def test_your_own_exercise_and_routine_print_like_bundled_ones_their_text_as_typed(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    from tests.gui.test_library_custom import save
    from tests.helpers.custom import MARKUP, custom_workout, marked_exercise

    routine = custom_workout("mine", "marked", "clamshell", name=f"{MARKUP} routine")
    save(data_dir, marked_exercise("marked"), workouts=(routine,))
    window = start_window(qtbot, data_dir, FakePrompts())
    assert window.library.show_exercise("marked")
    assert [e.id for e in window.library.chosen_exercises()] == ["marked"]
    path = tmp_path / "mine.pdf"
    export_to(qtbot, window, path)
    assert problems(window) == []
    text = pdf_text(path)
    assert f"{MARKUP} name" in text
    # Every text written, markup and all (the narrow step columns wrap it at the slashes).
    for n in range(4):
        assert f'<a href="http:// evil.example">y</ a> step {n}' in text
    train = train_tab(window)
    train.chooser.select("mine")
    preview = ctrl_p(qtbot, window)
    options = SheetOptions(page=page_of(preview.printer()))
    expected = routine_sheet(
        window.catalog.workouts["mine"], window.catalog, options, art=custom_art
    )
    assert preview.pages.pageCount() == expected.page_count
    preview.printer().setOutputFileName(str(tmp_path / "routine.pdf"))
    preview.pages.print()
    assert f"{MARKUP} routine" in pdf_text(tmp_path / "routine.pdf")
    preview.reject()
    train.refresh.stop()
    close(window)


def custom_art(exercise: Exercise) -> Illustration:
    """The pictures of one of the user's exercises (bundled_art reads only bundled ones)."""
    return Illustration(exercise_poses(exercise), exercise.primary_muscles)


def test_page_layout_of_the_preview_is_the_printers(qtbot: QtBot, window: MainWindow) -> None:
    preview = ctrl_p(qtbot, window)
    printer = preview.printer()
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A5),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )
    preview.pages.updatePreview()
    assert preview.options().page.name == "A5"
    assert problems(window) == []  # A5 is the smallest that is laid out
    preview.reject()


def test_the_save_dialog_opens_in_a_folder_that_exists_then_where_the_last_pdf_went(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()  # with no Documents folder in it
    monkeypatch.setenv("HOME", str(home))
    window.named_actions["export_pdf"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.accept()
    files = window.findChild(QFileDialog, "sheetFile")
    assert files is not None
    assert Path(files.directory().absolutePath()) == home  # not the program's working folder
    elsewhere = tmp_path / "clinic"
    elsewhere.mkdir()
    files.selectFile(str(elsewhere / "first.pdf"))
    files.accept()
    assert (elsewhere / "first.pdf").is_file()
    export_dialog = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert export_dialog == []
    window.named_actions["export_pdf"].trigger()
    [again] = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    again.accept()
    [files] = [f for f in window.findChildren(QFileDialog, "sheetFile") if f.isVisible()]
    assert Path(files.directory().absolutePath()) == elsewhere
    files.reject()
