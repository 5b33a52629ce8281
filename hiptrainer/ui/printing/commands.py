"""Print… and Export PDF… of exercises and routines, as the File menu, the Library's context
menu and the Train tab's chooser call them.

Each opens its dialog and returns it at once (window-modal, nothing waits for it): the print
preview, or the Export PDF options whose Save… leads to the file choice and the write. What
was chosen (large print, the name, who prescribed) is offered again the next time. Problems
are said in one message each; a PDF that cannot be written is not written at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from hiptrainer.ui.printing.jobs import SheetJob, UnknownItem, exercises_job, routine_job
from hiptrainer.ui.printing.messages import tell
from hiptrainer.ui.style.plurals import plural

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from hiptrainer.catalog import Catalog
    from hiptrainer.printing import SheetOptions
    from hiptrainer.ui.printing.export import ExportDialog
    from hiptrainer.ui.printing.preview import SheetPreview


class PrintHost(Protocol):
    """What printing uses of the main window (which imports this module when first used);
    the window is also the dialogs' parent."""

    catalog: Catalog  # bundled + the user's own
    sheet_options: SheetOptions | None
    sheet_folder: Path | None

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)


def print_exercises(window: PrintHost, exercise_ids: Sequence[str]) -> SheetPreview | None:
    """Preview and print a sheet of ``exercise_ids`` (one exercise a page, or two)."""
    return _preview(window, lambda: exercises_job(window.catalog, exercise_ids))


def print_routine(window: PrintHost, workout_id: str) -> SheetPreview | None:
    """Preview and print the routine sheet of ``workout_id``."""
    return _preview(window, lambda: routine_job(window.catalog, workout_id))


def export_exercises_pdf(window: PrintHost, exercise_ids: Sequence[str]) -> ExportDialog | None:
    """Save a sheet of ``exercise_ids`` as one PDF."""
    return _export(window, lambda: exercises_job(window.catalog, exercise_ids))


def export_routine_pdf(window: PrintHost, workout_id: str) -> ExportDialog | None:
    """Save the routine sheet of ``workout_id`` as a PDF."""
    return _export(window, lambda: routine_job(window.catalog, workout_id))


# --- the two ways out ---------------------------------------------------------------------------


def _preview(window: PrintHost, make_job: Callable[[], SheetJob]) -> SheetPreview | None:
    parent = _parent(window)
    job = _job(parent, make_job)
    if job is None:
        return None
    from hiptrainer.ui.printing.preview import open_preview

    with _busy():  # the preview lays the sheet out before it shows
        dialog = open_preview(job, _options(window), parent)
    dialog.finished.connect(lambda _result: _remember(window, dialog.panel.options()))
    return dialog


def _export(window: PrintHost, make_job: Callable[[], SheetJob]) -> ExportDialog | None:
    parent = _parent(window)
    job = _job(parent, make_job)
    if job is None:
        return None
    from PySide6.QtCore import Qt

    from hiptrainer.ui.printing.export import ExportDialog

    dialog = ExportDialog(job, _options(window), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _choose_file(window, job, dialog.options()))
    dialog.open()
    return dialog


def _choose_file(window: PrintHost, job: SheetJob, options: SheetOptions) -> None:
    from PySide6.QtCore import Qt

    from hiptrainer.ui.printing.export import pdf_file_dialog

    _remember(window, options)
    files = pdf_file_dialog(_parent(window), job.title, window.sheet_folder)
    files.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    files.fileSelected.connect(lambda name: save_pdf(window, job, options, Path(name)))
    files.open()


def save_pdf(window: PrintHost, job: SheetJob, options: SheetOptions, path: Path) -> bool:
    """Lay the sheet out and write it to ``path`` whole, or say in one message why not (and
    leave no file); True if it was written."""
    from hiptrainer.catalog import CatalogError
    from hiptrainer.printing import write_pdf
    from hiptrainer.storage.errors import os_problem

    parent = _parent(window)
    window.sheet_folder = path.parent
    try:
        with _busy():
            sheet = job.sheet(options)
            write_pdf(sheet, path)
    except (CatalogError, ValueError) as exc:
        not_saved = QCoreApplication.translate("PrintCommands", "The PDF was not saved")
        #: {reason} is the problem, in English for now.
        cannot = QCoreApplication.translate("PrintCommands", "The sheet cannot be made: {reason}")
        tell(parent, not_saved, cannot.format(reason=exc))
        return False
    except OSError as exc:
        not_saved = QCoreApplication.translate("PrintCommands", "The PDF was not saved")
        #: Followed by the system's reason (in English for now), such as ": disk full".
        write = QCoreApplication.translate("PrintCommands", "cannot write {path}")
        tell(parent, not_saved, str(os_problem(exc, write.format(path=path))))
        return False
    saved = PrintCounts().saved(sheet.page_count).format(file=path.name)
    window.statusBar().showMessage(saved, 10_000)
    return True


class PrintCounts(QObject):
    """Counted texts: pyside6-lupdate gives plural forms to ``self.tr(text, "", n)`` in a
    class, not to ``QCoreApplication.translate(context, text, "", n)``."""

    def saved(self, pages: int) -> str:
        #: The status line after a sheet was saved as a PDF: "Saved Clamshell.pdf (2 pages)".
        return plural(self.tr("Saved {file} (%n page(s))", "", pages), pages)


# --- shared -----------------------------------------------------------------------------------


def _parent(window: PrintHost) -> QWidget:
    assert isinstance(window, QWidget), window
    return window


def _job(parent: QWidget, make_job: Callable[[], SheetJob]) -> SheetJob | None:
    try:
        return make_job()
    except UnknownItem as exc:
        tell(parent, QCoreApplication.translate("PrintCommands", "Nothing to print"), str(exc))
        return None


def _options(window: PrintHost) -> SheetOptions:
    """The options chosen last time, else the usual paper where the user lives."""
    if window.sheet_options is not None:
        return window.sheet_options
    from PySide6.QtCore import QLocale

    from hiptrainer.printing import A4, LETTER, SheetOptions

    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return SheetOptions(page=LETTER if us else A4)


def _remember(window: PrintHost, options: SheetOptions) -> None:
    window.sheet_options = options


@contextmanager
def _busy() -> Iterator[None]:
    """The wait cursor while a sheet is laid out or written."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
