"""The brief coloured frame that marks each phase change when the sound is off.

Four thin edges along the page's margins, always there and filled only while they flash, so a
flash repaints the edges alone: no style sheet, no showing and hiding, not the page beneath.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


class FlashEdges:
    """The four edges of ``page``; :meth:`place` after each resize of the page."""

    def __init__(self, page: QWidget) -> None:
        self.page = page
        self.edges = [QWidget(page) for _ in range(4)]
        for edge in self.edges:
            edge.setObjectName("phaseFlash")
            edge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.flashing = False

    def place(self, unit: float) -> None:
        """Along the page's edges, as thick as ``unit`` (the page's scale) makes 8 px."""
        width, w, h = max(4, round(8 * unit)), self.page.width(), self.page.height()
        top, bottom, left, right = self.edges
        top.setGeometry(0, 0, w, width)
        bottom.setGeometry(0, h - width, w, width)
        left.setGeometry(0, 0, width, h)
        right.setGeometry(w - width, 0, width, h)

    def flash(self, colour: QColor) -> None:
        self._fill(colour)
        self.flashing = True

    def end(self) -> None:
        if self.flashing:
            self._fill(None)
            self.flashing = False

    def _fill(self, colour: QColor | None) -> None:
        for edge in self.edges:
            if colour is not None:
                palette = QPalette(edge.palette())
                palette.setColor(QPalette.ColorRole.Window, colour)
                edge.setPalette(palette)
            edge.setAutoFillBackground(colour is not None)
            edge.raise_()
            edge.update()
