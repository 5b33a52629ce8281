"""An exercise figure as a widget: one key pose, or a movement as it happens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from hiptrainer.figures.render import Illustration


class FigureView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 160)
        self.art: Illustration | None = None
        self.pose = ""
        self.side = "left"
        self.t = 1.0

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 320)

    def show_pose(self, art: Illustration | None, pose: str, side: str, t: float = 1.0) -> None:
        changed = (art, pose, side, round(t, 3)) != (
            self.art,
            self.pose,
            self.side,
            round(self.t, 3),
        )
        self.art, self.pose, self.side, self.t = art, pose, side, t
        if changed:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self.art is None or not self.pose:
            return
        from hiptrainer.figures.render import draw
        from hiptrainer.figures.theme import DARK, LIGHT

        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        painter = QPainter(self)
        draw(
            painter,
            QRectF(0, 0, self.width(), self.height()),
            self.art,
            self.pose,
            self.side,
            DARK if dark else LIGHT,
            self.t,
            background=False,
        )
        painter.end()
