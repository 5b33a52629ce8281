"""The player's countdown: a large number inside a ring that fills as the phase goes.

The number changes once a second (or once a rep), and so does the ring: the widget repaints
only then, and only where something changed (the number, the caption, the filled part of the
ring), not the whole square. It paints its own background, so the page behind it is not
painted first.

What depends only on the widget's size, font, colours and pixel ratio is worked out once
(:class:`RingLayout`): the window's colour with the empty track on it (a thick antialiased
circle) as one opaque picture, each digit drawn once as a picture of its own (Qt fills a
glyph this large as an outline every time it draws it), and where each number, caption and
stretch of the ring goes. A new second then costs a few look-ups and copies.

The filled part is an arc stroked with round caps. A new second repaints only the stretch
it grew by (and the number): Qt clips the stroke to that rectangle, so drawing it costs what
the stretch costs. Outside the stretch the pixels of earlier seconds stay; along the arc's
smoothed edge a repainted stretch may differ from them by a shade, which is not seen. (A
wedge-shaped clip of a filled ring, tried before, kept the pixels exact but cost three times
as much a second: Qt fills a clip path span by span.)
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

#: What a layout depends on, besides the font and palette: width, height, pixel ratio.
LayoutKey = tuple[int, int, float]
#: The smallest caption in pixels: below it the words are hard to read from the mat, so a
#: caption too long for the ring at this size is cut short with "…" instead.
CAPTION_MIN_PX = 11


def arc_point(inner: QRectF, fraction: float) -> QPointF:
    """The point of the ring ``fraction`` of the way round, clockwise from twelve o'clock."""
    angle = 2 * math.pi * fraction
    centre, radius = inner.center(), inner.width() / 2
    return QPointF(centre.x() + radius * math.sin(angle), centre.y() - radius * math.cos(angle))


def arc_span(inner: QRectF, start: float, end: float, width: float) -> QRect:
    """What the ring's pen (``width`` wide, round ends) covers between fractions ``start``
    and ``end`` of the way round, in whole pixels with a pixel to spare for the smoothing."""
    low, high = sorted((min(max(start, 0.0), 1.0), min(max(end, 0.0), 1.0)))
    # The ends, and every quarter passed on the way (where the circle reaches furthest out).
    fractions = [low, high] + [q / 4 for q in range(5) if low < q / 4 < high]
    points = [arc_point(inner, f) for f in fractions]
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    reach = width / 2 + 2
    box = QRectF(min(xs) - reach, min(ys) - reach, max(xs) - min(xs) + 2 * reach,
                 max(ys) - min(ys) + 2 * reach)  # fmt: skip
    return box.toAlignedRect()


class Placed(NamedTuple):
    """Words in the ring: digit pictures, each where it goes, or laid-out text with its
    place and font; and the box they cover (empty for no words)."""

    digits: list[tuple[QPointF, QImage]]
    text: tuple[QPointF, QStaticText, QFont] | None
    box: QRect


def _digit_pictures(font: QFont, colour: QColor, ratio: float) -> dict[str, tuple[QImage, float]]:
    """Each digit drawn once on a transparent picture with a margin around its advance: the
    picture and the advance."""
    metrics = QFontMetricsF(font)
    margin = math.ceil(font.pixelSize() * 0.15)
    pictures = {}
    for digit in "0123456789":
        advance = metrics.horizontalAdvance(digit)
        width, height = advance + 2 * margin, metrics.height() + 2 * margin
        image = QImage(math.ceil(width * ratio), math.ceil(height * ratio),
                       QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
        image.setDevicePixelRatio(ratio)
        image.fill(0)
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QPointF(margin, margin + metrics.ascent()), digit)
        painter.end()
        pictures[digit] = (image, advance)
    return pictures


class RingLayout:
    """Where everything goes in a ring of one size, font, colours and pixel ratio, and the
    pictures it is drawn from; numbers, captions and stretches of the ring are placed the
    first time they are asked for and kept."""

    def __init__(self, ring: QWidget) -> None:
        width, height, ratio = ring.width(), ring.height(), ring.devicePixelRatioF()
        self.side = side = max(1, min(width, height) - 8)
        left, top = round((width - side) / 2), round((height - side) / 2)
        self.pen = pen = max(6.0, round(side * 0.06))
        self.inner = QRectF(left, top, side, side).adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2)
        self._font = QFont(ring.font())
        self._colour = ring.palette().color(ring.foregroundRole())
        self._ratio = ratio
        track = QColor(self._colour)
        track.setAlpha(40)
        self.background = QPixmap(round(width * ratio), round(height * ratio))
        self.background.setDevicePixelRatio(ratio)
        self.background.fill(ring.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(self.background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(track, pen))
        painter.drawEllipse(self.inner)
        painter.end()
        self._digits: dict[int, dict[str, tuple[QImage, float]]] = {}
        self._numbers: dict[str, Placed] = {}
        self._captions: dict[str, Placed] = {}
        self._arcs: dict[float, QRect] = {}

    def paint_filled(self, painter: QPainter, colour: QColor, fraction: float) -> None:
        """The ring filled up to ``fraction``: an arc clockwise from twelve o'clock."""
        pen = QPen(colour, self.pen)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if fraction >= 1.0:
            painter.drawEllipse(self.inner)
        else:
            # Qt's angles are in sixteenths of a degree, counter-clockwise from three o'clock.
            painter.drawArc(self.inner, 90 * 16, -round(fraction * 360 * 16))

    def _sized(self, pixels: int, bold: bool) -> QFont:
        font = QFont(self._font)
        font.setPixelSize(pixels)
        font.setBold(bold)
        return font

    def _text(self, text: str, font: QFont, left: float, top: float) -> Placed:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=font)
        size = static.size()
        point = QPointF(left - size.width() / 2, top)
        # A pixel or two to spare: glyphs may reach a little past their advance.
        spare = size.height() * 0.1 + 2
        box = QRectF(point, size).adjusted(-spare, -spare, spare, spare).toAlignedRect()
        return Placed([], (point, static, font), box)

    def number(self, text: str) -> Placed:
        """``text`` centred in the ring, large: from the digits' pictures if it is digits."""
        kept = self._numbers.get(text)
        if kept is not None:
            return kept
        pixels = max(12, round(self.side * (0.38 if len(text) < 3 else 0.3)))
        font = self._sized(pixels, True)
        centre = self.inner.center()
        if not text.isdigit():
            metrics = QFontMetricsF(font)
            placed = self._text(text, font, centre.x(), centre.y() - metrics.height() / 2)
        else:
            digits = self._digits.get(pixels)
            if digits is None:
                digits = self._digits[pixels] = _digit_pictures(font, self._colour, self._ratio)
            margin = math.ceil(pixels * 0.15)
            x = centre.x() - sum(digits[d][1] for d in text) / 2
            top = round(centre.y() - QFontMetricsF(font).height() / 2) - margin
            pieces = []
            box = QRectF()
            for digit in text:
                image, advance = digits[digit]
                point = QPointF(round(x) - margin, top)
                pieces.append((point, image))
                box |= QRectF(point, image.deviceIndependentSize())
                x += advance
            placed = Placed(pieces, None, box.toAlignedRect().adjusted(-1, -1, 1, 1))
        if len(self._numbers) > 128:
            self._numbers.clear()
        self._numbers[text] = placed
        return placed

    def caption(self, caption: str) -> Placed:
        """``caption`` in small print under the number, inside the ring: its size is fitted
        to the width of the ring's inside at the caption's lowest line (the circle narrows
        there), never below :data:`CAPTION_MIN_PX`; at that size what still does not fit
        ends in "…" (the ring's accessible name keeps the whole caption)."""
        kept = self._captions.get(caption)
        if kept is None:
            if not caption:
                kept = Placed([], None, QRect())
            else:
                font, text = self._fitted_caption(caption)
                kept = self._text(text, font, self.inner.center().x(), self._caption_top())
            self._captions[caption] = kept
        return kept

    def _caption_top(self) -> float:
        return self.inner.center().y() + self.side * 0.19

    def chord(self, depth: float) -> float:
        """The width inside the ring (inside its pen) ``depth`` pixels below its centre."""
        radius = self.inner.width() / 2 - self.pen / 2
        return 2 * math.sqrt(max(0.0, radius * radius - depth * depth))

    def _fitted_caption(self, caption: str) -> tuple[QFont, str]:
        depth = self._caption_top() - self.inner.center().y()
        margin = self.pen / 2  # a little room between the words and the pen
        pixels = max(CAPTION_MIN_PX, round(self.side * 0.075))
        while True:
            font = self._sized(pixels, False)
            metrics = QFontMetricsF(font)
            room = self.chord(depth + metrics.height()) - 2 * margin
            if metrics.horizontalAdvance(caption) <= room:
                return font, caption
            if pixels <= CAPTION_MIN_PX:  # bounded: one step down a pixel each time
                elided = metrics.elidedText(caption, Qt.TextElideMode.ElideRight, max(0.0, room))
                return font, elided
            pixels -= 1

    def arc(self, fraction: float) -> QRect:
        """What the filled part of the ring covers, up to ``fraction`` of the way round."""
        key = round(fraction, 4)
        kept = self._arcs.get(key)
        if kept is None:
            if len(self._arcs) > 512:
                self._arcs.clear()
            kept = self._arcs[key] = arc_span(self.inner, 0.0, fraction, self.pen)
        return kept


class PhaseRing(QWidget):
    """Shows ``number`` (seconds left, or a rep) and ``caption`` inside a ring filled to
    ``fraction`` in ``colour``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownRing")
        # It paints its own background (the window's colour, in the layout's picture): a new
        # second repaints the ring's changed parts alone, not the page behind them.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.text = ""
        self.caption = ""
        self.fraction = 0.0
        self.colour = QColor("#495057")
        self._layout: tuple[LayoutKey, RingLayout] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 360)

    def layout_now(self) -> RingLayout:
        """The layout for the ring as it is (size and pixel ratio; a new font or palette
        drops it)."""
        key = (self.width(), self.height(), self.devicePixelRatioF())
        if self._layout is None or self._layout[0] != key:
            self._layout = (key, RingLayout(self))
        return self._layout[1]

    def show_value(self, text: str, fraction: float, caption: str = "") -> None:
        """Repaints only when something shown changes, and only where it changed."""
        fraction = min(max(fraction, 0.0), 1.0)
        if (text, round(fraction, 3), caption) == (
            self.text, round(self.fraction, 3), self.caption,
        ):  # fmt: skip
            return
        layout = self.layout_now()
        changed = QRect()
        if text != self.text:
            changed |= layout.number(self.text).box | layout.number(text).box
        if caption != self.caption:
            changed |= layout.caption(self.caption).box | layout.caption(caption).box
        if round(fraction, 3) != round(self.fraction, 3):
            # The stretch between the old end and the new (the filled part's pixels do not
            # move as it grows: see the module's notes).
            changed |= arc_span(layout.inner, self.fraction, fraction, layout.pen)
        self.text, self.fraction, self.caption = text, fraction, caption
        self.setAccessibleName(f"{caption} {text}".strip())
        self.update(changed)

    def set_colour(self, colour: QColor) -> None:
        if colour != self.colour:
            self.colour = QColor(colour)
            self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._layout = None  # drawn in the old colours or font
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        layout = self.layout_now()
        region = event.rect()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, layout.background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.fraction > 0 and region.intersects(layout.arc(self.fraction)):
            layout.paint_filled(painter, self.colour, self.fraction)
        painter.setPen(self.palette().color(self.foregroundRole()))
        for placed in (layout.number(self.text), layout.caption(self.caption)):
            if not region.intersects(placed.box):
                continue
            for point, image in placed.digits:
                painter.drawImage(point, image)
            if placed.text is not None:
                point, static, font = placed.text
                painter.setFont(font)
                painter.drawStaticText(point, static)
        painter.end()
