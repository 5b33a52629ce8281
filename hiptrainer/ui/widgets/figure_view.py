"""An exercise figure as a widget: one key pose, or a movement as it happens.

A figure at rest (a hold, a rest, getting ready: ``t`` = 1) is drawn once into a pixmap and
copied on every later paint, so repaints cost a copy, not a figure. The pixmap belongs to one
picture (pose, the pose it came from, side, size, pixel ratio, theme); the two latest are
kept, so the picture of what comes next can be drawn ahead (:meth:`FigureView.prepare`) while
nothing else happens, and a new phase shows it at once.

A movement (``t`` < 1) is drawn at half the resolution, which costs half as much and cannot
be told apart while it moves, and each of its pictures is kept (up to ``FRAME_BUDGET`` bytes)
for as long as the movement is the same one: a set of paced reps, whose reps show the very
same moments (see ``hiptrainer.domain.rep_motion.rep_frame``), draws its pictures in the
first rep and copies them in every later one.
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
#: What the kept pictures of a movement share: illustration, side, width, height, device
#: pixel ratio, theme; each picture is then the pose, the pose it comes from and ``t``.
MovementKey = tuple[int, str, int, int, float, "Theme"]
FrameKey = tuple[str, str | None, float]
#: Bytes of pictures one movement may keep (a set's worth at full screen, about 40 of them).
FRAME_BUDGET = 32 * 1024 * 1024
#: The resolution a moving figure is drawn at, as a share of the still one.
MOVING_SCALE = 0.5
#: Still pictures kept: the one shown and the one drawn ahead for the next phase.
STILLS = 2


class FigureView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureView")
        # It paints its own background: a repaint (ten a second while a rep moves) touches
        # this widget alone, not the page behind it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 160)
        self.art: Illustration | None = None
        self.pose = ""
        self.from_pose: str | None = None
        self.side = "left"
        self.t = 1.0
        #: The latest still pictures, oldest first (at most ``STILLS``).
        self._stills: dict[StillKey, QPixmap] = {}
        self._movement: MovementKey | None = None
        self._frames: dict[FrameKey, QPixmap] = {}
        self._frame_bytes = 0
        self._theme_now: Theme | None = None

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
        if self._theme_now is None:
            from hiptrainer.figures.theme import DARK, LIGHT

            dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            self._theme_now = DARK if dark else LIGHT
        return self._theme_now

    def _picture(
        self,
        ratio: float,
        art: Illustration,
        pose: str,
        side: str,
        t: float,
        from_pose: str | None,
    ) -> QPixmap:
        from hiptrainer.figures.render import draw

        pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        # On the window's own colour, opaque: a paint is a plain copy, with nothing to blend
        # and no background to fill first.
        pixmap.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(pixmap)
        rect = QRectF(0, 0, self.width(), self.height())
        draw(
            painter, rect, art, pose, side, self._theme(), t, background=False, from_pose=from_pose
        )
        painter.end()
        return pixmap

    def _still_picture(
        self, art: Illustration, pose: str, side: str, from_pose: str | None
    ) -> QPixmap:
        ratio, width, height = self.devicePixelRatioF(), self.width(), self.height()
        key: StillKey = (id(art), pose, from_pose, side, width, height, ratio, self._theme())
        kept = self._stills.pop(key, None)  # taken out and put back: the latest
        if kept is None:
            kept = self._picture(ratio, art, pose, side, 1.0, from_pose)
        self._stills[key] = kept
        while len(self._stills) > STILLS:
            del self._stills[next(iter(self._stills))]
        return kept

    def _moving_picture(
        self, art: Illustration, pose: str, side: str, t: float, from_pose: str | None
    ) -> QPixmap:
        ratio, width, height = self.devicePixelRatioF() * MOVING_SCALE, self.width(), self.height()
        movement: MovementKey = (id(art), side, width, height, ratio, self._theme())
        if movement != self._movement:
            self.drop_frames()
            self._movement = movement
        key: FrameKey = (pose, from_pose, round(t, 3))
        kept = self._frames.get(key)
        if kept is not None:
            return kept
        pixmap = self._picture(ratio, art, pose, side, t, from_pose)
        size = pixmap.width() * pixmap.height() * 4
        if self._frame_bytes + size <= FRAME_BUDGET:  # past the budget: drawn, not kept
            self._frames[key] = pixmap
            self._frame_bytes += size
        return pixmap

    def prepare(
        self,
        art: Illustration | None,
        pose: str,
        side: str,
        t: float = 1.0,
        from_pose: str | None = None,
    ) -> None:
        """Draw a picture now that :meth:`show_pose` will show later (the next phase's), so
        showing it then costs a copy. Nothing is shown or repainted."""
        if art is None or not pose or not self.isVisible():
            return
        if t >= 1.0:
            shown = self._stills.pop(self._shown_key(), None)
            self._still_picture(art, pose, side, from_pose)
            if shown is not None:  # the picture on screen stays the latest
                self._stills[self._shown_key()] = shown
        else:
            self._moving_picture(art, pose, side, t, from_pose)

    def _shown_key(self) -> StillKey:
        ratio, width, height = self.devicePixelRatioF(), self.width(), self.height()
        key = (self.pose, self.from_pose, self.side, width, height, ratio, self._theme())
        return (id(self.art), *key)

    def drop_frames(self) -> None:
        """Forget the kept pictures of a movement (a set is over)."""
        self._frames.clear()
        self._frame_bytes = 0
        self._movement = None

    @property
    def kept_frames(self) -> int:
        return len(self._frames)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        art, pose, side, from_pose = self.art, self.pose, self.side, self.from_pose
        if art is None or not pose:
            painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        elif self.t >= 1.0:
            painter.drawPixmap(0, 0, self._still_picture(art, pose, side, from_pose))
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            picture = self._moving_picture(art, pose, side, self.t, from_pose)
            # Stretched to the widget by hand: a pixmap's own pixel ratio below 1 is not
            # honoured by every paint device (a grab of the window drew it at half size).
            painter.drawPixmap(QRectF(self.rect()), picture, QRectF(picture.rect()))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._stills.clear()  # a picture of the old size is never shown again
        self.drop_frames()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._stills.clear()  # drawn in the other theme's colours
            self._theme_now = None
            self.drop_frames()
        super().changeEvent(event)
