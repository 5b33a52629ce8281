"""Pictures of exercise steps for the Library, drawn on demand and kept for reuse."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from hiptrainer.catalog import CatalogError
from hiptrainer.domain.model import Exercise

if TYPE_CHECKING:
    from hiptrainer.figures.render import Illustration

log = logging.getLogger(__name__)


class StepPictures:
    """Draws step ``n`` of an exercise (a key pose, or a moment of its movement)."""

    def __init__(self, size: int = 170, scale: float = 1.0, dark: bool = False) -> None:
        self.size = size
        self.scale = scale
        self.dark = dark
        self._art: dict[str, Illustration | None] = {}
        self._images: dict[tuple[str, int], QImage] = {}

    def illustration(self, exercise: Exercise) -> Illustration | None:
        if exercise.id not in self._art:
            from hiptrainer.catalog.poses import load_poses
            from hiptrainer.figures.render import Illustration

            try:
                self._art[exercise.id] = Illustration(
                    load_poses(exercise.id), exercise.primary_muscles
                )
            except (CatalogError, OSError) as exc:
                log.warning("No pictures for %s: %s", exercise.id, exc)
                self._art[exercise.id] = None
        return self._art[exercise.id]

    def picture_size(self, exercise: Exercise) -> tuple[int, int]:
        """Width and height that suit the exercise's scene (wide for lying, tall for standing)."""
        art = self.illustration(exercise)
        if art is None:
            return self.size, self.size
        x0, y0, x1, y1 = art.bounds["left"]
        aspect = (y1 - y0) / max(x1 - x0, 1e-6)
        width = round(self.size * 1.25)
        return width, max(round(self.size * 0.7), min(round(width * aspect), self.size + 40))

    def moves(self, exercise: Exercise, step: int) -> bool:
        """Whether step ``step`` (from 0) is a movement that can be played."""
        art = self.illustration(exercise)
        if art is None:
            return False
        pose = exercise.steps[step].pose
        return art.poses.poses[pose].start is not None

    def image(self, exercise: Exercise, step: int, t: float = 1.0) -> QImage | None:
        key = (exercise.id, step)
        if t >= 1.0 and key in self._images:
            return self._images[key]
        art = self.illustration(exercise)
        if art is None:
            return None
        from hiptrainer.figures.output import render_image
        from hiptrainer.figures.theme import DARK, LIGHT

        theme = DARK if self.dark else LIGHT
        width, height = self.picture_size(exercise)
        image = render_image(
            art, exercise.steps[step].pose, "left", width, theme, self.scale, t, height
        )
        if t >= 1.0:
            self._images[key] = image
        return image
