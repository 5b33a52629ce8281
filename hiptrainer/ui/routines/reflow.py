"""Room for the editors on a small screen: two parts side by side when the width allows,
one under the other when it does not, and a page that scrolls down instead of holding the
window taller or wider than the screen (a large system font, 200% scaling)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QLayoutItem, QScrollArea, QWidget

from hiptrainer.ui.style.tokens import SPACE_L


class SideBySide(QLayout):
    """Two widgets: side by side, sharing the width ``first_share`` to ``second_share``, while
    the width holds both at their smallest; else the second under the first. Its height
    follows its width (``heightForWidth``), so a scroll area around it gives it its height."""

    def __init__(
        self,
        first: QWidget,
        second: QWidget,
        shares: tuple[int, int] = (1, 1),
        parent: QWidget | None = None,
        spacing: int = SPACE_L,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._shares = shares
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)
        self.addWidget(first)
        self.addWidget(second)

    # --- QLayout's item list -------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- sizes ---------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def side_by_side(self, width: int) -> bool:
        """Whether ``width`` holds both parts beside each other at their smallest."""
        shown = self._shown()
        if len(shown) < 2:
            return False
        least = sum(item.minimumSize().width() for item in shown) + self.spacing()
        return width >= least

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal | Qt.Orientation.Vertical

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return sum(rect.height() for rect in self._places(QRect(0, 0, width, 0), measure=True))

    def minimumSize(self) -> QSize:  # noqa: N802
        """As wide as the wider part (one under the other)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def sizeHint(self) -> QSize:  # noqa: N802
        """Side by side, each at its preferred size."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        for item, place in zip(self._shown(), self._places(rect, measure=False), strict=False):
            item.setGeometry(place)

    # --- placing -------------------------------------------------------------------------

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return max(item.heightForWidth(width), item.minimumSize().height())
        return item.sizeHint().height()

    def _places(self, rect: QRect, measure: bool) -> list[QRect]:
        """Where each shown part goes in ``rect``; measuring, each rectangle's height is the
        height the layout adds (the tallest part side by side; each part, stacked)."""
        shown = self._shown()
        if not shown:
            return []
        if not self.side_by_side(rect.width()):
            places: list[QRect] = []
            y = rect.y()
            for number, item in enumerate(shown):
                gap = self.spacing() if number else 0
                height = self._height(item, rect.width())
                places.append(
                    QRect(rect.x(), y + gap, rect.width(), height + (gap if measure else 0))
                )
                y += gap + height
            if not measure and places:  # the last part takes what height is left
                last = places[-1]
                last.setBottom(max(last.bottom(), rect.bottom()))
            return places
        first, second = shown
        free = rect.width() - self.spacing()
        least = first.minimumSize().width(), second.minimumSize().width()
        share = round(free * self._shares[0] / sum(self._shares))
        first_width = min(max(share, least[0]), free - least[1])
        second_width = free - first_width
        if measure:
            tallest = max(self._height(first, first_width), self._height(second, second_width))
            return [QRect(rect.x(), rect.y(), rect.width(), tallest)]
        height = rect.height()
        return [
            QRect(rect.x(), rect.y(), first_width, height),
            QRect(rect.x() + first_width + self.spacing(), rect.y(), second_width, height),
        ]


def scrolled(page: QWidget, name: str) -> QScrollArea:
    """``page`` in an area that scrolls down, never sideways: the page is laid out to the
    area's width (its parts wrap and stack to fit it). The fields inside take the focus, and
    the area scrolls to the one that has it; the area itself is no Tab stop."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    # The page shows the colour of what it is on (a tab's page), not the window's.
    area.viewport().setAutoFillBackground(False)
    page.setAutoFillBackground(False)
    return area
