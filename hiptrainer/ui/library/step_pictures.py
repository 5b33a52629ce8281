"""Pictures of exercise steps for the Library, drawn on demand and kept for reuse.

Pictures are drawn on a transparent background, so the page's own colour shows around the
figure in a light or a dark palette alike (no box of the illustrations' background colour).
Finished pictures are kept per size: dragging the splitter back and forth, or switching
between exercises, shows kept pictures instead of drawing them again.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from hiptrainer.catalog import CatalogError
from hiptrainer.domain.model import Exercise

if TYPE_CHECKING:
    from hiptrainer.figures.render import Illustration

log = logging.getLogger(__name__)

#: Pictures kept at most: a few exercises at a few sizes (about 25 MB at 420 px, 2× DPI).
KEPT = 48


class StepPictures:
    """Draws step ``n`` of an exercise (a key pose, or a moment of its movement)."""

    def __init__(self, scale: float = 1.0, dark: bool = False) -> None:
        self.scale = scale
        self.dark = dark
        #: Per exercise id: the exercise drawn (an edited one of the user's is drawn anew)
        #: and its illustration.
        self._art: dict[str, tuple[Exercise, Illustration | None]] = {}
        self._images: OrderedDict[tuple[str, int, int, int], QImage] = OrderedDict()

    def illustration(self, exercise: Exercise) -> Illustration | None:
        kept = self._art.get(exercise.id)
        if kept is not None and (kept[0] is exercise or kept[0] == exercise):
            return kept[1]
        if kept is not None:  # changed since: its pictures are out of date
            for key in [key for key in self._images if key[0] == exercise.id]:
                del self._images[key]
        from hiptrainer.catalog.poses import exercise_poses
        from hiptrainer.figures.render import Illustration

        art: Illustration | None
        try:
            art = Illustration(exercise_poses(exercise), exercise.primary_muscles)
        except (CatalogError, OSError) as exc:
            log.warning("No pictures for %s: %s", exercise.id, exc)
            art = None
        self._art[exercise.id] = (exercise, art)
        return art

    def aspect(self, exercise: Exercise) -> float:
        """Height over width of the exercise's scene (below 1 lying, above 1 standing)."""
        art = self.illustration(exercise)
        if art is None:
            return 1.0
        x0, y0, x1, y1 = art.bounds["left"]
        return (y1 - y0) / max(x1 - x0, 1e-6)

    def moves(self, exercise: Exercise, step: int) -> bool:
        """Whether step ``step`` (from 0) is a movement that can be played."""
        art = self.illustration(exercise)
        if art is None:
            return False
        pose = exercise.steps[step].pose
        return art.poses.poses[pose].start is not None

    def image(
        self, exercise: Exercise, step: int, size: tuple[int, int], t: float = 1.0
    ) -> QImage | None:
        """Step ``step`` at ``size`` (width, height in device-independent pixels); with ``t``
        below 1, that moment of its movement (not kept: each frame is new)."""
        key = (exercise.id, step, *size)
        art = self.illustration(exercise)  # first: drops the pictures of a changed exercise
        if t >= 1.0 and key in self._images:
            self._images.move_to_end(key)
            return self._images[key]
        if art is None:
            return None
        image = self._draw(art, exercise.steps[step].pose, size, t)
        if t >= 1.0:
            self._images[key] = image
            while len(self._images) > KEPT:
                self._images.popitem(last=False)
        return image

    def _draw(self, art: Illustration, pose: str, size: tuple[int, int], t: float) -> QImage:
        from hiptrainer.figures.render import draw
        from hiptrainer.figures.theme import DARK, LIGHT

        width, height = size
        image = QImage(
            max(1, round(width * self.scale)),
            max(1, round(height * self.scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(self.scale)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        try:
            theme = DARK if self.dark else LIGHT
            box = QRectF(0, 0, width, height)
            draw(painter, box, art, pose, "left", theme, t, background=False)
        finally:
            painter.end()
        return image
