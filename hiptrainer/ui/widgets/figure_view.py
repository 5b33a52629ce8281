"""An exercise figure as a widget: one key pose, or a movement as it happens.

A figure at rest (a hold, a rest, getting ready: ``t`` = 1) is drawn once into a pixmap and
copied on every later paint, so repaints cost a copy, not a figure. The pixmap belongs to one
picture (pose, the pose it came from, side, size, pixel ratio, theme); the two latest are
kept, so the picture of what comes next can be drawn ahead (:meth:`FigureView.prepare`) while
nothing else happens, and a new phase shows it at once.

A movement (``t`` < 1) is drawn at full resolution over its setting: the floor and props with
no figure, drawn once for the movement. Of each moment only the part that differs from the
setting is kept (the figure, its shadow and glow: a patch, found by comparing the pixels), up
to ``FRAME_BUDGET`` bytes, for as long as the movement is the same one: a set of paced reps,
whose reps show the very same moments (see ``hiptrainer.domain.rep_motion.rep_frame``),
draws its pictures in the first rep and copies them in every later one. Showing the next
moment repaints only where the last patch and the new one lie, each a plain copy of pixels
(nothing stretched, nothing drawn): a moving figure costs little more than a still one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QTransform,
)
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
#: Bytes of patches one movement may keep (a set's worth at full screen).
FRAME_BUDGET = 32 * 1024 * 1024
#: Still pictures kept: the one shown and the one drawn ahead for the next phase.
STILLS = 2


class Moment(NamedTuple):
    """A moving figure at one moment: where it differs from its setting, in device pixels,
    and its pixels there."""

    place: QRect
    patch: QImage


def _changed_lines(before: QImage, after: QImage) -> tuple[int, int] | None:
    """The first and last line in which two images of one size and 32-bit format differ;
    None if none does. Each line is compared as bytes, from each end inward."""
    stride, used = before.bytesPerLine(), before.width() * 4
    old, new = before.constBits(), after.constBits()

    def differs(line: int) -> bool:
        start = line * stride
        return bytes(old[start : start + used]) != bytes(new[start : start + used])

    height = before.height()
    first = next((line for line in range(height) if differs(line)), None)
    if first is None:
        return None
    last = next(line for line in range(height - 1, first - 1, -1) if differs(line))
    return first, last


def changed_rect(before: QImage, after: QImage) -> QRect:
    """The smallest rectangle outside which ``after`` is pixel for pixel ``before`` (two
    images of one size and 32-bit format); empty if they are the same."""
    rows = _changed_lines(before, after)
    if rows is None:
        return QRect()
    top, bottom = rows
    # The band of changed rows turned a quarter: its lines are the image's columns, in order.
    turn = QTransform().rotate(90)
    band = [i.copy(0, top, i.width(), bottom - top + 1).transformed(turn) for i in (before, after)]
    columns = _changed_lines(band[0], band[1])
    assert columns is not None  # the band holds a changed row
    left, right = columns
    return QRect(left, top, right - left + 1, bottom - top + 1)


def around(outer: QRect, hole: QRect) -> list[QRect]:
    """``outer`` less ``hole``: the bands above, below, left and right of it (those not
    empty)."""
    cut = outer.intersected(hole)
    if cut.isEmpty():
        return [QRect(outer)] if not outer.isEmpty() else []
    bands = (
        QRect(outer.left(), outer.top(), outer.width(), cut.top() - outer.top()),
        QRect(outer.left(), cut.bottom() + 1, outer.width(), outer.bottom() - cut.bottom()),
        QRect(outer.left(), cut.top(), cut.left() - outer.left(), cut.height()),
        QRect(cut.right() + 1, cut.top(), outer.right() - cut.right(), cut.height()),
    )
    return [band for band in bands if not band.isEmpty()]


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
        #: The movement's setting (floor and props, no figure), device pixels.
        self._setting: QImage | None = None
        self._frames: dict[FrameKey, Moment] = {}
        self._frame_bytes = 0
        #: The latest moment drawn, kept or not (past the budget it is still painted once).
        self._latest: tuple[FrameKey, Moment] | None = None
        #: Where the moment last asked for lies (logical pixels): the next one repaints only
        #: there and where it lies itself. None: the next picture repaints everything.
        self._patch_shown: QRect | None = None
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
        before, movement = self._patch_shown, self._movement
        self._patch_shown = None
        if t < 1.0 and art is not None and pose and self.isVisible():
            place = self._logical(self._moment(art, pose, side, t, from_pose).place)
            self._patch_shown = place
            if before is not None and movement == self._movement:
                # The next moment of the same movement: only the old and new patches change.
                # Painted at once, in this turn of the event loop: a posted repaint would
                # wake it a second time for each picture.
                self.repaint(before.united(place))
                return
        self.update()

    def _theme(self) -> Theme:
        if self._theme_now is None:
            from hiptrainer.figures.theme import DARK, LIGHT

            dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            self._theme_now = DARK if dark else LIGHT
        return self._theme_now

    def _draw_into(
        self,
        device: QImage | QPixmap,
        art: Illustration,
        pose: str,
        side: str,
        t: float,
        from_pose: str | None,
        body: bool = True,
    ) -> None:
        from hiptrainer.figures.render import draw

        # On the window's own colour, opaque: a paint is a plain copy, with nothing to blend
        # and no background to fill first.
        device.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(device)
        rect = QRectF(0, 0, self.width(), self.height())
        theme = self._theme()
        draw(painter, rect, art, pose, side, theme, t, background=False, from_pose=from_pose,
             body=body)  # fmt: skip
        painter.end()

    def _still_picture(
        self, art: Illustration, pose: str, side: str, from_pose: str | None
    ) -> QPixmap:
        ratio, width, height = self.devicePixelRatioF(), self.width(), self.height()
        key: StillKey = (id(art), pose, from_pose, side, width, height, ratio, self._theme())
        kept = self._stills.pop(key, None)  # taken out and put back: the latest
        if kept is None:
            kept = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
            kept.setDevicePixelRatio(ratio)
            self._draw_into(kept, art, pose, side, 1.0, from_pose)
        self._stills[key] = kept
        while len(self._stills) > STILLS:
            del self._stills[next(iter(self._stills))]
        return kept

    def _whole(
        self, art: Illustration, pose: str, side: str, t: float, from_pose: str | None, body: bool
    ) -> QImage:
        """The whole picture in device pixels (its pixel ratio 1: painted one to one)."""
        ratio = self.devicePixelRatioF()
        size = (max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        image = QImage(*size, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        self._draw_into(image, art, pose, side, t, from_pose, body)
        image.setDevicePixelRatio(1.0)
        return image

    def _moment(
        self, art: Illustration, pose: str, side: str, t: float, from_pose: str | None
    ) -> Moment:
        ratio, width, height = self.devicePixelRatioF(), self.width(), self.height()
        movement: MovementKey = (id(art), side, width, height, ratio, self._theme())
        if movement != self._movement:
            self.drop_frames()
            self._movement = movement
        # A rep's lowering is named (and drawn) as its lift, where it is the lift reversed.
        pose, from_pose, t = art.moment_key(pose, t, from_pose)
        key: FrameKey = (pose, from_pose, t)
        kept = self._frames.get(key)
        if kept is not None:
            return kept
        if self._latest is not None and self._latest[0] == key:
            return self._latest[1]
        if self._setting is None:
            self._setting = self._whole(art, pose, side, 1.0, None, body=False)
        whole = self._whole(art, pose, side, t, from_pose, body=True)
        place = changed_rect(self._setting, whole)
        moment = Moment(place, whole.copy(place))
        self._latest = (key, moment)
        size = moment.patch.sizeInBytes()
        if self._frame_bytes + size <= FRAME_BUDGET:  # past the budget: drawn, not kept
            self._frames[key] = moment
            self._frame_bytes += size
        return moment

    def _logical(self, place: QRect) -> QRect:
        """A rectangle of device pixels in the widget's own, rounded outward."""
        ratio = self.devicePixelRatioF()
        if ratio == 1.0:
            return QRect(place)
        exact = QRectF(place)
        return QRectF(exact.topLeft() / ratio, exact.size() / ratio).toAlignedRect()

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
            self._moment(art, pose, side, t, from_pose)

    def _shown_key(self) -> StillKey:
        ratio, width, height = self.devicePixelRatioF(), self.width(), self.height()
        key = (self.pose, self.from_pose, self.side, width, height, ratio, self._theme())
        return (id(self.art), *key)

    def drop_frames(self) -> None:
        """Forget the kept pictures of a movement (a set is over)."""
        self._frames.clear()
        self._frame_bytes = 0
        self._movement = None
        self._setting = None
        self._latest = None
        self._patch_shown = None

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
            moment = self._moment(art, pose, side, self.t, from_pose)
            setting = self._setting
            assert setting is not None  # drawn with the movement's first moment
            # In device pixels, one to one: copies of pixels, never stretched.
            ratio = self.devicePixelRatioF()
            asked = event.rect()
            if ratio != 1.0:
                painter.scale(1 / ratio, 1 / ratio)
                exact = QRectF(asked)
                asked = QRectF(exact.topLeft() * ratio, exact.size() * ratio).toAlignedRect()
            # The setting only where the patch does not cover what is asked for (a moment
            # after the last: a sliver or two), then the patch.
            for part in around(asked, moment.place):
                painter.drawImage(part.topLeft(), setting, part)
            painter.drawImage(moment.place.topLeft(), moment.patch)
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
