"""What the user chooses about a sheet: large print, and on a routine sheet the name it is
for and who prescribed it; for a PDF also the paper.

One panel serves the print preview (in a row under the pages, where a change shows at once)
and the Export PDF dialog (as a form). Every control has its letter for Alt.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hiptrainer.printing.options import PAGE_SIZES, SheetOptions
from hiptrainer.ui.style.tokens import SPACE_M, SPACE_S, SPACE_XS

# The placeholder of the sheet's text fields, in English (translated where shown).
BLANK_HINT = str(QT_TRANSLATE_NOOP("SheetOptionsPanel", "Left empty: a line to write on"))


class SheetOptionsPanel(QWidget):
    """Controls for ``options``; :meth:`options` reads them back. ``routine``: the name and
    "prescribed by" fields (only a routine sheet prints them); ``paper``: a choice of A4
    or Letter (a printer has its own page set-up). :attr:`changed` is emitted when a box is
    ticked or a field is left (Enter, or the focus moves on)."""

    changed = Signal()

    def __init__(
        self, options: SheetOptions, *, routine: bool, paper: bool, in_row: bool,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("sheetOptions")
        self._base = options
        self.paper: QComboBox | None = None
        rows: list[tuple[QLabel | None, QWidget]] = []
        if paper:
            self.paper = QComboBox()
            self.paper.setObjectName("sheetPaper")
            self.paper.setAccessibleName(self.tr("Paper size"))
            self.paper.addItems(list(PAGE_SIZES))
            self.paper.setCurrentText(options.page.name if options.page.name in PAGE_SIZES
                                      else "A4")  # fmt: skip
            self.paper.currentIndexChanged.connect(lambda _index: self.changed.emit())
            rows.append((_label(self.tr("P&aper:"), self.paper), self.paper))
        self.large_print = QCheckBox(self.tr("&Large print (14 pt text)"))
        self.large_print.setObjectName("sheetLargePrint")
        self.large_print.setChecked(options.large_print)
        self.large_print.toggled.connect(lambda _on: self.changed.emit())
        rows.append((None, self.large_print))
        self.name: QLineEdit | None = None
        self.prescribed: QCheckBox | None = None
        self.prescriber: QLineEdit | None = None
        if routine:
            self.name = _field("sheetName", options.name, self.tr("Name on the sheet"))
            self.name.editingFinished.connect(self.changed.emit)
            #: The name of the person the routine sheet is for.
            rows.append((_label(self.tr("&Name:"), self.name), self.name))
            self.prescribed = QCheckBox(self.tr("P&rescribed by:"))
            self.prescribed.setObjectName("sheetPrescribed")
            self.prescribed.setChecked(options.prescribed_by is not None)
            self.prescriber = _field(
                "sheetPrescriber", options.prescribed_by or "", self.tr("Prescribed by")
            )
            self.prescriber.setEnabled(self.prescribed.isChecked())
            self.prescribed.toggled.connect(self._prescribed_toggled)
            self.prescriber.editingFinished.connect(self.changed.emit)
            rows.append((None, self.prescribed))
            rows.append((None, self.prescriber))
        self._lay_out(rows, in_row)

    def _lay_out(self, rows: list[tuple[QLabel | None, QWidget]], in_row: bool) -> None:
        if in_row:
            line = QHBoxLayout(self)
            line.setContentsMargins(SPACE_S, SPACE_XS, SPACE_S, SPACE_XS)
            for label, widget in rows:
                if label is not None:
                    line.addWidget(label)
                line.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
                line.addSpacing(SPACE_M)
            return
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        pending: QWidget | None = None  # the "Prescribed by" box, beside its field
        for label, widget in rows:
            if widget is self.prescribed:
                pending = widget
            elif pending is not None:
                form.addRow(pending, widget)
                pending = None
            elif label is not None:
                form.addRow(label, widget)
            else:
                form.addRow(widget)

    def _prescribed_toggled(self, on: bool) -> None:
        assert self.prescriber is not None
        self.prescriber.setEnabled(on)
        if on:
            self.prescriber.setFocus()
        self.changed.emit()

    def options(self) -> SheetOptions:
        """The options as set in the panel (the rest as given)."""
        chosen = replace(self._base, large_print=self.large_print.isChecked())
        if self.paper is not None:
            chosen = replace(chosen, page=PAGE_SIZES[self.paper.currentText()])
        if self.name is not None:
            chosen = replace(chosen, name=self.name.text().strip())
        if self.prescribed is not None and self.prescriber is not None:
            by = self.prescriber.text().strip() if self.prescribed.isChecked() else None
            chosen = replace(chosen, prescribed_by=by)
        return chosen


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _field(name: str, text: str, accessible: str) -> QLineEdit:
    field = QLineEdit(text)
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(QCoreApplication.translate("SheetOptionsPanel", BLANK_HINT))
    field.setClearButtonEnabled(True)
    field.setMinimumWidth(160)
    return field
