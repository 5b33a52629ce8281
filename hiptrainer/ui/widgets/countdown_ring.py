"""A large countdown with a progress ring, readable across a room."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class CountdownRing(QWidget):
    """Shows ``text`` (the seconds left, or a rep count) inside a ring filled to ``fraction``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownRing")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.text = ""
        self.caption = ""
        self.fraction = 0.0
        self.colour = QColor("#5d7fa3")

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 360)

    def show_value(self, text: str, fraction: float, caption: str = "") -> None:
        fraction = min(max(fraction, 0.0), 1.0)
        if (text, round(fraction, 3), caption) != (
            self.text,
            round(self.fraction, 3),
            self.caption,
        ):
            self.text, self.fraction, self.caption = text, fraction, caption
            self.setAccessibleName(f"{caption} {text}".strip())
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        side = min(self.width(), self.height()) - 12
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(6.0, side * 0.06)
        track = QColor(self.palette().color(self.foregroundRole()))
        track.setAlpha(40)
        painter.setPen(QPen(track, width))
        inner = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.drawEllipse(inner)
        painter.setPen(QPen(self.colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(inner, 90 * 16, -round(self.fraction * 360 * 16))
        font = QFont(self.font())
        font.setPixelSize(max(12, round(side * 0.34)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, self.text)
        if self.caption:
            small = QFont(self.font())
            small.setPixelSize(max(10, round(side * 0.07)))
            painter.setFont(small)
            below = inner.adjusted(0, inner.height() / 2 + side * 0.16, 0, 0)
            painter.drawText(
                below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.caption
            )
        painter.end()
