"""Wrapped text as large as its box allows: read from across a room when it is short, and
still whole when it is long.

The text is drawn at ``pixels`` (set by the page as the window grows or shrinks) unless it
would not fit its box; then at the largest size that fits, down to ``smallest`` of it. The
size is worked out once after the text, the box or the size changes: at the paint that
follows (or when asked for), when the page's layout has settled. A new phase often changes
a text and its box together (the set-up line comes, the step's box shrinks); fitting the
text to the old box first would be work thrown away, and the new box's fit was usually
worked out ahead (:meth:`FitText.prepare`).

Each text is painted from a picture of itself, drawn once for its text, box, size, colour
and pixel ratio, and ahead with :meth:`FitText.prepare`: Qt fills glyphs as large as a title
(72 px at 1280×800) from their outlines on every paint (they are past its glyph cache), and
a new step text's glyphs at a size not drawn before are each rasterised at its first paint
(measured: a new phase's paint took two to three times as long just after a sleep as when
repeated). A new phase's paint then copies pictures.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QStaticText,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

WRAPPED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
ONE_LINE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: What a text's picture depends on: text, box width and height, size, colour, pixel ratio.
PictureKey = tuple[str, int, int, int, int, float]


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
        #: The text, box or size changed since the fit was worked out.
        self._stale = True
        #: Texts laid out before, by text, box and size: a workout shows the same few steps
        #: again and again, and the next one is laid out ahead.
        self._layouts: dict[tuple[str, int, int, int], tuple[QFont, QStaticText]] = {}
        #: The text's pictures, with the margin around the text in each.
        self._pictures: dict[PictureKey, tuple[QImage, int]] = {}

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
        self._ensure_fit()
        return self._fitted.pixelSize()

    def _font(self, pixels: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, pixels))
        font.setBold(self._bold)
        return font

    def _fits(self, text: str, font: QFont, box: QRect) -> bool:
        needed = QFontMetrics(font).boundingRect(box, self._flags, text)
        return needed.height() <= box.height() and needed.width() <= box.width()

    def _sizes(self) -> list[int]:
        """The sizes a text may take, largest first: steps of about a tenth, so a workout's
        texts share a few sizes (and the glyphs drawn at them)."""
        sizes: list[int] = []
        size = float(self._pixels)
        while round(size) >= max(8, round(self._pixels * self.smallest)):
            if not sizes or round(size) != sizes[-1]:
                sizes.append(round(size))
            size *= 0.9
        return sizes or [self._pixels]

    def _laid_out(self, text: str, box: QRect | None = None) -> tuple[QFont, QStaticText]:
        """``text`` at the largest size that fits the box (by default its own now), laid
        out; kept for next time."""
        box = box if box is not None else self.contentsRect()
        key = (text, box.width(), box.height(), self._pixels)
        kept = self._layouts.get(key)
        if kept is not None:
            return kept
        sizes = self._sizes()
        font = self._font(sizes[-1])
        if text and not box.isEmpty():
            font = next((f for f in map(self._font, sizes) if self._fits(text, f, box)), font)
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        if not self._one_line:
            static.setTextWidth(max(1, box.width()))
        static.prepare(font=font)
        if len(self._layouts) > 32:
            self._layouts.clear()
        self._layouts[key] = (font, static)
        return font, static

    def prepare(self, text: str, box: QRect | None = None) -> None:
        """Lay ``text`` out now, for a later :meth:`setText` that then costs nothing (the next
        phase's text, worked out while this one plays); ``box``: the box it will have then,
        if not the one it has now."""
        font, static = self._laid_out(text, box)
        if text:
            self._picture(text, box if box is not None else self.contentsRect(), font, static)

    def _picture(
        self, text: str, box: QRect, font: QFont, static: QStaticText
    ) -> tuple[QImage, int]:
        """The text drawn once on a transparent picture with a margin around it (glyphs
        may reach past their advance): the picture and the margin; kept for next time."""
        colour = self._colour or self.palette().color(self.foregroundRole())
        ratio = self.devicePixelRatioF()
        key = (text, box.width(), box.height(), self._pixels, colour.rgba(), ratio)
        kept = self._pictures.get(key)
        if kept is not None:
            return kept
        margin = math.ceil(font.pixelSize() * 0.2)
        size = static.size()
        width, height = size.width() + 2 * margin, size.height() + 2 * margin
        image = QImage(math.ceil(width * ratio), math.ceil(height * ratio),
                       QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
        image.setDevicePixelRatio(ratio)
        image.fill(0)
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawStaticText(QPointF(margin, margin), static)
        painter.end()
        # A wrapped text's picture is large (a step: about 0.9 MB at 1280×800): fewer kept.
        if len(self._pictures) > (16 if self._one_line else 6):
            self._pictures.clear()
        self._pictures[key] = (image, margin)
        return image, margin

    def _fit(self) -> None:
        self._stale = True
        self.update()

    def _ensure_fit(self) -> None:
        if self._stale:
            self._stale = False
            self._fitted, self._static = self._laid_out(self._text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._text:
            return
        self._ensure_fit()
        box = self.contentsRect()
        top = box.top()
        if self._one_line:  # centred on its line
            top += round((box.height() - self._static.size().height()) / 2)
        painter = QPainter(self)
        painter.setClipRect(box)
        image, margin = self._picture(self._text, box, self._fitted, self._static)
        painter.drawImage(QPointF(box.left() - margin, top - margin), image)
        painter.end()
