"""Problems met while printing or saving a sheet, said in one message box that does not
hold anything up (it is window-modal, and the code that opened it carries on)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def tell(parent: QWidget, title: str, text: str) -> QMessageBox:
    from PySide6.QtCore import Qt

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("printProblem")
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are the user's own
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
