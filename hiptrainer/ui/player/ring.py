"""The player's countdown: a large number inside a ring that fills as the phase goes.

The number changes once a second (or once a rep), and so does the ring: the widget repaints
only then, and only where something changed (the number, the caption, the filled part of the
ring), not the whole square. It paints its own background, so the page behind it is not
painted first: the window's colour and the empty track, the costly part of the drawing (a
thick antialiased circle), are drawn once per size, colour and pixel ratio into an opaque
picture and copied on every later paint. The words are laid out once per text.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

#: The filled part of the ring bends at every degree (see :func:`arc_line`).
DEGREES = 120
#: What the kept track depends on: widget size, side of the square, pen width, track and
#: window colours, pixel ratio.
TrackKey = tuple[int, int, int, float, str, str, float]


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


class PhaseRing(QWidget):
    """Shows ``number`` (seconds left, or a rep) and ``caption`` inside a ring filled to
    ``fraction`` in ``colour``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownRing")
        # It paints its own background (the window's colour, in the kept picture): a new
        # second repaints the ring's changed parts alone, not the page behind them.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.text = ""
        self.caption = ""
        self.fraction = 0.0
        self.colour = QColor("#495057")
        self._track: tuple[TrackKey, QPixmap] | None = None
        #: The words laid out, by text and pixel size (a phase shows a few dozen numbers).
        self._laid_out: dict[tuple[str, int, bool], QStaticText] = {}

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 360)

    def _geometry(self) -> tuple[int, float, float, float, QRectF]:
        """The ring's square (side, left, top), its pen's width and the circle the pen
        follows."""
        side = max(1, min(self.width(), self.height()) - 8)
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        width = max(6.0, round(side * 0.06))
        inner = QRectF(round(left), round(top), side, side).adjusted(
            width / 2, width / 2, -width / 2, -width / 2
        )
        return side, left, top, width, inner

    def _number_pixels(self, side: int, text: str) -> int:
        return max(12, round(side * (0.38 if len(text) < 3 else 0.3)))

    def _caption_pixels(self, side: int) -> int:
        return max(10, round(side * 0.075))

    def _words(self, text: str, pixels: int, bold: bool) -> tuple[QStaticText, QFont]:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        key = (text, pixels, bold)
        static = self._laid_out.get(key)
        if static is None:
            if len(self._laid_out) > 64:
                self._laid_out.clear()
            static = self._laid_out[key] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
        return static, font

    def _number_place(self, text: str) -> tuple[QPointF, QStaticText, QFont]:
        side, _, _, _, inner = self._geometry()
        static, font = self._words(text, self._number_pixels(side, text), True)
        size = static.size()
        centre = inner.center()
        return QPointF(centre.x() - size.width() / 2, centre.y() - size.height() / 2), static, font

    def _caption_place(self, caption: str) -> tuple[QPointF, QStaticText, QFont]:
        side, _, _, _, inner = self._geometry()
        static, font = self._words(caption, self._caption_pixels(side), False)
        top = inner.center().y() + side * 0.19
        return QPointF(inner.center().x() - static.size().width() / 2, top), static, font

    def _words_rect(self, place: tuple[QPointF, QStaticText, QFont]) -> QRect:
        point, static, _ = place
        # A pixel or two to spare: glyphs may reach a little past their advance.
        spare = static.size().height() * 0.1 + 2
        box = QRectF(point, static.size()).adjusted(-spare, -spare, spare, spare)
        return box.toAlignedRect()

    def show_value(self, text: str, fraction: float, caption: str = "") -> None:
        """Repaints only when something shown changes, and only where it changed."""
        fraction = min(max(fraction, 0.0), 1.0)
        shown = (text, round(fraction, 3), caption)
        if shown == (self.text, round(self.fraction, 3), self.caption):
            return
        changed = QRect()
        if text != self.text:
            changed |= self._words_rect(self._number_place(self.text))
            changed |= self._words_rect(self._number_place(text))
        if caption != self.caption:
            changed |= self._words_rect(self._caption_place(self.caption))
            changed |= self._words_rect(self._caption_place(caption))
        if round(fraction, 3) != round(self.fraction, 3):
            # The whole filled part, not just its new stretch: an arc is bent anew for each
            # length, and its pixels near the start move by a shade as it grows.
            _, _, _, width, inner = self._geometry()
            changed |= arc_span(inner, 0.0, max(self.fraction, fraction), width)
        self.text, self.fraction, self.caption = text, fraction, caption
        self.setAccessibleName(f"{caption} {text}".strip())
        self.update(changed)

    def set_colour(self, colour: QColor) -> None:
        if colour != self.colour:
            self.colour = QColor(colour)
            self.update()

    def _background(self, side: int, width: float) -> QPixmap:
        """The window's colour with the empty track on it: the whole widget, opaque."""
        ratio = self.devicePixelRatioF()
        track = QColor(self.palette().color(self.foregroundRole()))
        track.setAlpha(40)
        window = self.palette().color(QPalette.ColorRole.Window)
        key: TrackKey = (self.width(), self.height(), side, width,
                         track.name(QColor.NameFormat.HexArgb), window.name(), ratio)  # fmt: skip
        if self._track is not None and self._track[0] == key:
            return self._track[1]
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(window)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(track, width))
        _, _, _, _, inner = self._geometry()
        painter.drawEllipse(inner)
        painter.end()
        self._track = (key, pixmap)
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        side, _, _, width, inner = self._geometry()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._background(side, width))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.fraction > 0 and event.rect().intersects(
            arc_span(inner, 0.0, self.fraction, width)
        ):
            pen = QPen(self.colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(inner, 90 * 16, -round(self.fraction * 360 * 16))
        painter.setPen(self.palette().color(self.foregroundRole()))
        places = [self._number_place(self.text)]
        if self.caption:
            places.append(self._caption_place(self.caption))
        for place in places:
            point, static, font = place
            if event.rect().intersects(self._words_rect(place)):
                painter.setFont(font)
                painter.drawStaticText(point, static)
        painter.end()
