"""Export PDF…: the sheet's options and paper, then where to save it, then the file written
whole or not at all (a full disk or a read-only folder leaves no file, and says so once)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from hiptrainer.printing.options import SheetOptions
from hiptrainer.ui.printing.jobs import file_name
from hiptrainer.ui.printing.options_panel import SheetOptionsPanel

if TYPE_CHECKING:
    from hiptrainer.ui.printing.jobs import SheetJob


class ExportDialog(QDialog):
    """The options of a sheet to save as a PDF; Save… goes on to the file choice."""

    def __init__(self, job: SheetJob, options: SheetOptions, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetExport")
        self.setWindowTitle(self.tr("Export PDF"))
        #: {what} is "the exercise sheet of “Clamshell”", "the routine sheet of “…”" or "the
        #: sheets of 3 exercises".
        intro = QLabel(
            self.tr("Save {what} as a PDF to print later or to send.").format(what=job.what)
        )
        intro.setObjectName("sheetExportIntro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the title may be the user's own
        self.panel = SheetOptionsPanel(options, routine=job.routine, paper=True, in_row=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def options(self) -> SheetOptions:
        return self.panel.options()


def pdf_file_dialog(parent: QWidget, title: str, folder: Path | None) -> QFileDialog:
    """Qt's Save dialog for a PDF, offering ``title`` as the name in ``folder`` (the folder
    of the last PDF), else in the Documents folder, else at home."""
    files = QFileDialog(
        parent,
        QCoreApplication.translate("ExportDialog", "Export PDF"),
        str(start_folder(folder) / file_name(title)),
        QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)"),
    )
    files.setObjectName("sheetFile")
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    files.setFileMode(QFileDialog.FileMode.AnyFile)
    files.setDefaultSuffix("pdf")
    return files


def start_folder(last: Path | None) -> Path:
    """Where the Save dialog opens: never the program's working folder, which a name with
    no folder would mean."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (last, Path(documents) if documents else None):
        if folder is not None and folder.is_dir():
            return folder
    return Path.home()
