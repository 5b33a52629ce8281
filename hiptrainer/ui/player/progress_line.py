"""The workout's progress as a plain bar: a rounded groove, filled from the left in the
highlight colour.

It replaces ``QProgressBar``, which repaints itself there and then on every new value (a
paint of its own, and of the page behind it) and draws through the style each time: on the
player's page it cost more than the rest of a second's repaint. This bar is opaque, keeps
two pictures of itself (empty and full, drawn once per size and palette) and paints a new
value, with the rest of the page, as a copy of the stretch that changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

#: What the kept pictures depend on: width, height, pixel ratio.
PicturesKey = tuple[int, int, float]


class ProgressLine(QWidget):
    """Shows ``value`` out of 100."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._value = 0
        self._pictures: tuple[PicturesKey, QPixmap, QPixmap] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 20)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:  # noqa: N802 (QProgressBar's name, which it replaces)
        value = min(max(value, 0), 100)
        if value == self._value:
            return
        low, high = sorted((self._fill_x(self._value), self._fill_x(value)))
        self._value = value
        self.setAccessibleDescription(f"{value}%")
        self.update(QRect(low - 1, 0, high - low + 2, self.height()))

    def _fill_x(self, value: int) -> int:
        """Where the filled part ends."""
        return round(self.width() * value / 100)

    def _drawn(self) -> tuple[QPixmap, QPixmap]:
        """The bar empty and full, on the window's colour."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio)
        if self._pictures is not None and self._pictures[0] == key:
            return self._pictures[1], self._pictures[2]
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        empty = self._groove(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Mid)
        )
        full = self._groove(highlight, highlight.darker(125))
        self._pictures = (key, empty, full)
        return empty, full

    def _groove(self, fill: QColor, edge: QColor) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(fill)
        groove = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = min(4.0, groove.height() / 2)
        painter.drawRoundedRect(groove, radius, radius)
        painter.end()
        return pixmap

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._pictures = None  # drawn in the old colours
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        empty, full = self._drawn()
        ratio = self.devicePixelRatioF()
        split = self._fill_x(self._value)
        height = self.height()
        painter = QPainter(self)
        if split > 0:
            source = QRectF(0, 0, split * ratio, height * ratio)
            painter.drawPixmap(QRectF(0, 0, split, height), full, source)
        if split < self.width():
            source = QRectF(split * ratio, 0, (self.width() - split) * ratio, height * ratio)
            painter.drawPixmap(QRectF(split, 0, self.width() - split, height), empty, source)
        painter.end()
