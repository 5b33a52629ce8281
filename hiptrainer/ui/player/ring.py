"""The player's countdown: a large number inside a ring that fills as the phase goes.

The number changes once a second (or once a rep), and so does the ring: the widget repaints
only then. The empty track, the costly part of the drawing (a thick antialiased circle), is
drawn once per size, colour and pixel ratio into a picture and copied on every later paint.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

#: What the kept track depends on: side of the square, pen width, colour, pixel ratio.
TrackKey = tuple[int, float, str, float]


class PhaseRing(QWidget):
    """Shows ``number`` (seconds left, or a rep) and ``caption`` inside a ring filled to
    ``fraction`` in ``colour``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownRing")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.text = ""
        self.caption = ""
        self.fraction = 0.0
        self.colour = QColor("#495057")
        self._track: tuple[TrackKey, QPixmap] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 360)

    def show_value(self, text: str, fraction: float, caption: str = "") -> None:
        """Repaints only when something shown changes."""
        fraction = min(max(fraction, 0.0), 1.0)
        shown = (text, round(fraction, 3), caption)
        if shown != (self.text, round(self.fraction, 3), self.caption):
            self.text, self.fraction, self.caption = text, fraction, caption
            self.setAccessibleName(f"{caption} {text}".strip())
            self.update()

    def set_colour(self, colour: QColor) -> None:
        if colour != self.colour:
            self.colour = QColor(colour)
            self.update()

    def _track_picture(self, side: int, width: float) -> QPixmap:
        ratio = self.devicePixelRatioF()
        track = QColor(self.palette().color(self.foregroundRole()))
        track.setAlpha(40)
        key: TrackKey = (side, width, track.name(QColor.NameFormat.HexArgb), ratio)
        if self._track is not None and self._track[0] == key:
            return self._track[1]
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(track, width))
        painter.drawEllipse(QRectF(width / 2, width / 2, side - width, side - width))
        painter.end()
        self._track = (key, pixmap)
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        side = max(1, min(self.width(), self.height()) - 8)
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        width = max(6.0, round(side * 0.06))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(round(left), round(top), self._track_picture(side, width))
        inner = QRectF(round(left), round(top), side, side).adjusted(
            width / 2, width / 2, -width / 2, -width / 2
        )
        if self.fraction > 0:
            pen = QPen(self.colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(inner, 90 * 16, -round(self.fraction * 360 * 16))
        font = QFont(self.font())
        font.setPixelSize(max(12, round(side * (0.38 if len(self.text) < 3 else 0.3))))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, self.text)
        if self.caption:
            small = QFont(self.font())
            small.setPixelSize(max(10, round(side * 0.075)))
            painter.setFont(small)
            below = inner.adjusted(0, inner.height() / 2 + side * 0.19, 0, 0)
            painter.drawText(
                below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.caption
            )
        painter.end()
