"""An exercise figure as a widget: one key pose, or a movement as it happens.

A figure at rest (a hold, a rest, getting ready: ``t`` = 1) is drawn once into a pixmap and
copied on every later paint, so the player's 30 redraws a second cost a copy, not a figure.
The pixmap belongs to one picture (pose, the pose it came from, side, size, pixel ratio,
theme) and is dropped whenever any of them changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from hiptrainer.figures.render import Illustration
    from hiptrainer.figures.theme import Theme

#: What a still picture depends on: illustration, pose, from pose, side, width, height,
#: device pixel ratio, theme.
StillKey = tuple[int, str, str | None, str, int, int, float, "Theme"]


class FigureView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 160)
        self.art: Illustration | None = None
        self.pose = ""
        self.from_pose: str | None = None
        self.side = "left"
        self.t = 1.0
        self._still: tuple[StillKey, QPixmap] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 320)

    def show_pose(
        self,
        art: Illustration | None,
        pose: str,
        side: str,
        t: float = 1.0,
        from_pose: str | None = None,
    ) -> None:
        """Key pose ``pose``, or with ``t`` < 1 part way to it from ``from_pose`` (by default
        its own start pose)."""
        shown = (art, pose, from_pose, side, round(t, 3))
        if shown == (self.art, self.pose, self.from_pose, self.side, round(self.t, 3)):
            return
        self.art, self.pose, self.from_pose, self.side, self.t = art, pose, from_pose, side, t
        self.update()

    def _theme(self) -> Theme:
        from hiptrainer.figures.theme import DARK, LIGHT

        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        return DARK if dark else LIGHT

    def _draw(self, painter: QPainter, art: Illustration, theme: Theme) -> None:
        from hiptrainer.figures.render import draw

        draw(
            painter,
            QRectF(0, 0, self.width(), self.height()),
            art,
            self.pose,
            self.side,
            theme,
            self.t,
            background=False,
            from_pose=self.from_pose,
        )

    def _still_picture(self, art: Illustration, theme: Theme) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key: StillKey = (
            id(art),
            self.pose,
            self.from_pose,
            self.side,
            self.width(),
            self.height(),
            ratio,
            theme,
        )
        if self._still is not None and self._still[0] == key:
            return self._still[1]
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._draw(painter, art, theme)
        painter.end()
        self._still = (key, pixmap)
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        art = self.art
        if art is None or not self.pose:
            return
        theme = self._theme()
        painter = QPainter(self)
        if self.t >= 1.0:
            painter.drawPixmap(0, 0, self._still_picture(art, theme))
        else:
            self._draw(painter, art, theme)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._still = None  # a picture of the old size is never shown again
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._still = None  # drawn in the other theme's colours
        super().changeEvent(event)
