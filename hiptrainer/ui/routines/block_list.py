"""A routine's blocks, one a row, each with a drag handle; Alt+Up and Alt+Down move the
current block. The list never moves rows itself: it asks (:attr:`BlockList.move_requested`)
and the editor, which owns the blocks, moves them and fills the list again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

#: The drag's own data: the row dragged (a drop from anywhere else is refused).
MIME = "application/x-hiptrainer-row"

#: The grip drawn at the start of each row: it says the row can be dragged.
HANDLE = "⠿"


class BlockList(QListWidget):
    #: (index of the block, index it goes to)
    move_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockList")
        self.setAccessibleName(self.tr("Blocks of the routine"))
        self.setAccessibleDescription(
            self.tr("The routine's exercises in order; Alt+Up and Alt+Down move the chosen one.")
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setToolTip(self.tr("Drag a block by its handle, or move it with Alt+Up and Alt+Down"))

    def set_rows(self, rows: Sequence[str], current: int) -> None:
        """One row per block (plain text; the list never reads markup)."""
        self.blockSignals(True)
        self.clear()
        for number, text in enumerate(rows, start=1):
            item = QListWidgetItem(f"{HANDLE}  {number}. {text}")
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            self.addItem(item)
        self.blockSignals(False)
        if rows:
            self.setCurrentRow(max(0, min(current, len(rows) - 1)))

    def set_editable(self, editable: bool) -> None:
        self.setDragEnabled(editable)
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.InternalMove
            if editable
            else QAbstractItemView.DragDropMode.NoDragDrop
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        row = self.currentRow()
        if alt and row >= 0 and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            to = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
            if 0 <= to < self.count() and self.dragEnabled():
                self.move_requested.emit(row, to)
            event.accept()
            return
        super().keyPressEvent(event)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        data = super().mimeData(list(items))
        if items:
            data.setData(MIME, QByteArray(str(self.row(items[0])).encode()))
        return data

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        data = event.mimeData()
        dragged = bytes(data.data(MIME).data()).decode() if data.hasFormat(MIME) else ""
        if not dragged.isdigit() or not self.dragEnabled() or int(dragged) >= self.count():
            event.ignore()
            return
        row = int(dragged)
        point = event.position().toPoint()
        index = self.indexAt(point)
        if not index.isValid():
            to = self.count()
        else:
            rect = self.visualRect(index)
            to = index.row() + (1 if point.y() > rect.center().y() else 0)
        if to > row:
            to -= 1  # the block leaves its own place first
        # The editor moves the blocks and fills the list again; the view must not move the
        # row a second time.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if to != row:
            self.move_requested.emit(row, to)
