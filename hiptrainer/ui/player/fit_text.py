"""Wrapped text as large as its box allows: read from across a room when it is short, and
still whole when it is long.

The text is drawn at ``pixels`` (set by the page as the window grows or shrinks) unless it
would not fit its box; then at the largest size that fits, down to ``smallest`` of it. The
size is worked out when the text, the box or the size changes, never on a paint.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QStaticText,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

WRAPPED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
ONE_LINE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class FitText(QWidget):
    """``one_line``: a title that never wraps; it is one line high at ``pixels`` and shrinks
    to its width."""

    def __init__(
        self,
        name: str,
        pixels: int,
        bold: bool = False,
        one_line: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._one_line = one_line
        self._flags = ONE_LINE if one_line else WRAPPED
        vertical = QSizePolicy.Policy.Fixed if one_line else QSizePolicy.Policy.Expanding
        self.setSizePolicy(QSizePolicy.Policy.Expanding, vertical)
        self._text = ""
        self._pixels = pixels
        self._bold = bold
        self._colour: QColor | None = None
        #: Never shrink below this share of ``pixels``; past it the text is cut at the box.
        self.smallest = 0.4 if one_line else 0.55
        self._fitted = QFont(self.font())
        #: The text laid out once at its size, drawn as it is on every paint.
        self._static = QStaticText()
        #: Sizes worked out before, by text, box and size: a workout shows the same few
        #: steps again and again.
        self._fits_found: dict[tuple[str, int, int, int], int] = {}

    def sizeHint(self) -> QSize:  # noqa: N802
        if self._one_line:
            return QSize(200, QFontMetrics(self._font(self._pixels)).height())
        return QSize(400, self._pixels * 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        if self._one_line:
            return self.sizeHint()
        return QSize(100, round(self._pixels * 1.3))

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (the QLabel name the tests read)
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self._fit()

    def set_pixels(self, pixels: int) -> None:
        """The size the text is meant to be read at (the page scales it with the window)."""
        if pixels != self._pixels:
            self._pixels = pixels
            self.updateGeometry()
            self._fit()

    def set_colour(self, colour: QColor | None) -> None:
        """``None``: the palette's text colour."""
        if colour != self._colour:
            self._colour = colour
            self.update()

    def font_pixels(self) -> int:
        """The size the text is drawn at now."""
        return self._fitted.pixelSize()

    def _font(self, pixels: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, pixels))
        font.setBold(self._bold)
        return font

    def _fits(self, font: QFont, box: QRect) -> bool:
        needed = QFontMetrics(font).boundingRect(box, self._flags, self._text)
        return needed.height() <= box.height() and needed.width() <= box.width()

    def _fit(self) -> None:
        box = self.contentsRect()
        key = (self._text, box.width(), box.height(), self._pixels)
        best = self._fits_found.get(key, 0) or self._largest(box)
        if len(self._fits_found) > 64:
            self._fits_found.clear()
        self._fits_found[key] = best
        self._fitted = self._font(best)
        self._static = QStaticText(self._text)
        self._static.setTextFormat(Qt.TextFormat.PlainText)
        if not self._one_line:
            self._static.setTextWidth(max(1, box.width()))
        self._static.prepare(font=self._fitted)
        self.update()

    def _largest(self, box: QRect) -> int:
        low, high = max(8, round(self._pixels * self.smallest)), self._pixels
        if not self._text or box.isEmpty() or self._fits(self._font(high), box):
            best = high
        else:
            best = low
            while low <= high:  # the largest size that fits, by halving
                middle = (low + high) // 2
                if self._fits(self._font(middle), box):
                    best, low = middle, middle + 1
                else:
                    high = middle - 1
        return best

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._text:
            return
        box = self.contentsRect()
        top = box.top()
        if self._one_line:  # centred on its line
            top += round((box.height() - self._static.size().height()) / 2)
        painter = QPainter(self)
        painter.setClipRect(box)
        painter.setFont(self._fitted)
        painter.setPen(self._colour or self.palette().color(self.foregroundRole()))
        painter.drawStaticText(QPointF(box.left(), top), self._static)
        painter.end()
