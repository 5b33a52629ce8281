"""Print…: Qt's print preview (page set-up, orientation, zoom, the printer dialog) with the
sheet's options in a row under the pages.

The sheet is laid out again for the paper whenever the preview asks for its pages (the
page set-up or the orientation changed, an option was set) and once more for the printer
the user picks, with the same paint routine (``print_sheet``). Paper smaller than A5 is
refused in one message and set back to the last paper that worked.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QPageLayout, QPaintEngine
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolBar,
    QWidget,
)

from hiptrainer.catalog import CatalogError
from hiptrainer.printing import SheetOptions, page_of, print_sheet
from hiptrainer.ui.printing.messages import tell
from hiptrainer.ui.printing.options_panel import SheetOptionsPanel
from hiptrainer.ui.style.tokens import SPACE_S

if TYPE_CHECKING:
    from hiptrainer.printing import Sheet
    from hiptrainer.ui.printing.jobs import SheetJob


class SheetPreview(QPrintPreviewDialog):
    """The preview of ``job``'s sheet, starting from ``options``; :attr:`panel` holds the
    options and :attr:`pages` is Qt's preview widget."""

    def __init__(self, job: SheetJob, options: SheetOptions, parent: QWidget | None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(job.title)
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own it: kept alive with the dialog
        self.setObjectName("sheetPreview")
        self.job = job
        self.panel = SheetOptionsPanel(options, routine=job.routine, paper=False, in_row=True)
        found = self.findChild(QPrintPreviewWidget)
        assert found is not None
        self.pages: QPrintPreviewWidget = found
        self._add_controls()
        #: The last paper a sheet was laid out on, to go back to from one too small.
        self._good = QPageLayout(printer.pageLayout())
        self._refused = False
        self.paintRequested.connect(self._paint)
        self.panel.changed.connect(self.pages.updatePreview)
        self.resize(960, 860)

    def _add_controls(self) -> None:
        """The options, and buttons for Qt's page set-up and Print: its tool bar's buttons take
        no keyboard focus, so without these a keyboard could not reach them."""
        tools = self.findChild(QToolBar)
        assert tools is not None
        # Qt's tool bar ends with Page setup and Print (their texts are translated).
        self.page_setup_action, self.print_action = [
            action for action in tools.actions() if not action.isSeparator()
        ][-2:]
        self.print_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Print)])
        self._name_qt_controls(tools)
        self.page_setup_button = QPushButton(self.tr("Page set&up…"))
        self.page_setup_button.setObjectName("pageSetupButton")
        self.page_setup_button.clicked.connect(self.page_setup_action.trigger)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_action.trigger)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, SPACE_S, SPACE_S)
        row.addWidget(self.panel, 1)
        for button in (self.page_setup_button, self.print_button):
            button.setAutoDefault(False)  # Enter in a field shows the change, never prints
            row.addWidget(button)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)  # Qt's: its tool bar and the pages
        layout.addLayout(row)

    def _name_qt_controls(self, tools: QToolBar) -> None:
        """Qt's zoom box, page number and pages have no names a screen reader could say."""
        for zoom in tools.findChildren(QComboBox):
            zoom.setAccessibleName(self.tr("Zoom"))
        for page in tools.findChildren(QLineEdit):
            page.setAccessibleName(self.tr("Page number"))
        view = self.pages.findChild(QGraphicsView)
        if view is not None:
            view.setAccessibleName(self.tr("Pages of the sheet"))
            view.setAccessibleDescription(
                self.tr("The sheet as it will print; the arrow keys and Page Down scroll.")
            )

    def options(self) -> SheetOptions:
        """The options as set, on the paper the printer has now."""
        return replace(self.panel.options(), page=page_of(self._printer))

    def _paint(self, printer: QPrinter) -> None:
        # The preview asks with Qt's page-recording engine; the Print button with the printer's.
        previewing = printer.paintEngine().type() == QPaintEngine.Type.Picture
        try:
            page = page_of(printer)  # ValueError: smaller than A5
        except ValueError as exc:
            if previewing:
                self._refuse_paper(str(exc))
            else:
                #: Completes "Nothing was printed: …"; {reason} (English for now) says why.
                small = self.tr("the paper is too small for a sheet ({reason})")
                self._say(small.format(reason=exc))
            return
        try:
            sheet: Sheet = self.job.sheet(replace(self.panel.options(), page=page))
        except (CatalogError, ValueError) as exc:
            if not previewing:
                #: Completes "Nothing was printed: …"; {reason} (English for now) says why.
                self._say(self.tr("the sheet cannot be made: {reason}").format(reason=exc))
            elif not self._refused:  # said once, not at every redraw of the empty preview
                self._refused = True
                text = self.tr("The sheet cannot be made: {reason}.").format(reason=exc)
                title = self.tr("Nothing to print")
                QTimer.singleShot(0, self, lambda: tell(self, title, text))
            return
        self._good = QPageLayout(printer.pageLayout())
        try:
            print_sheet(sheet, printer)
        except OSError as exc:
            self._say(str(exc))

    def _say(self, problem: str) -> None:
        """A problem met while printing: the preview is closing, so the window says it."""
        text = self.tr("Nothing was printed: {problem}.").format(problem=problem)
        tell(self.parentWidget() or self, self.tr("Nothing was printed"), text)

    def _refuse_paper(self, problem: str) -> None:
        paper = self._good.pageSize().name()
        #: {problem} (English for now) says how small; {paper} is a paper size such as A4.
        text = self.tr(
            "The paper is too small for a sheet ({problem}). It is set back to {paper}."
        ).format(problem=problem, paper=paper)
        title = self.tr("Paper too small")

        def set_back() -> None:
            self._printer.setPageLayout(self._good)
            self.pages.updatePreview()
            tell(self, title, text)

        # Not from inside the preview's own drawing: once it is over.
        QTimer.singleShot(0, self, set_back)


def open_preview(job: SheetJob, options: SheetOptions, parent: QWidget) -> SheetPreview:
    """Show the preview (window-modal, without waiting for it: the caller goes on)."""
    from PySide6.QtCore import Qt

    dialog = SheetPreview(job, options, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
