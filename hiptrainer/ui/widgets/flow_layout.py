"""A layout that puts its items in a row and wraps them onto further rows when the width runs
out, as words wrap in a paragraph (after Qt's flow layout example).

A row of settings or filters, each group one item (a label with its control), stays on one
line on a wide window and takes two with a large system font or at 200% scaling, instead of
holding the whole window wider than the screen. The layout's height follows its width
(``heightForWidth``), so the layouts around it make room for the second row.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QWidget

from hiptrainer.ui.style.tokens import SPACE_L, SPACE_XS


class FlowLayout(QLayout):
    """Items left to right at their preferred size, each row as high as its tallest item and
    the items centred in it; ``spacing`` between items in a row, ``row_spacing`` between
    rows."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = SPACE_L, row_spacing: int = SPACE_XS
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._row_spacing = row_spacing
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout's item list -------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def add_group(self, *widgets: QWidget, spacing: int = SPACE_XS) -> QWidget:
        """Keep ``widgets`` together on one row (a caption and its control): one item, a
        widget of their own; returned to be named or hidden as one."""
        group = QWidget()
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(spacing)
        for widget in widgets:
            row.addWidget(widget)
        self.addWidget(group)
        return group

    # --- sizes ---------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def minimumSize(self) -> QSize:  # noqa: N802
        """As wide as the widest item (every item on a row of its own at worst)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def sizeHint(self) -> QSize:  # noqa: N802
        """Every item on one row."""
        items = self._shown()
        width = sum(item.sizeHint().width() for item in items)
        width += self.spacing() * max(0, len(items) - 1)
        height = max((item.sizeHint().height() for item in items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # --- placing -------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            wanted = item.sizeHint().width()
            if rows and used + self.spacing() + wanted <= width:
                rows[-1].append(item)
                used += self.spacing() + wanted
            else:
                rows.append([item])
                used = wanted
        return rows

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Place the items in ``rect`` (only measure unless ``place``); the height used."""
        margins: QMargins = self.contentsMargins()
        inner = rect.marginsRemoved(margins)
        y = inner.y()
        for number, row in enumerate(self._rows(inner.width())):
            if number:
                y += self._row_spacing
            height = max(item.sizeHint().height() for item in row)
            x = inner.x()
            for item in row:
                hint = item.sizeHint()
                width = min(hint.width(), inner.width()) if len(row) == 1 else hint.width()
                if place:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, hint.height())))
                x += width + self.spacing()
            y += height
        return y - rect.y() + margins.bottom()
