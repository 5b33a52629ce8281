"""Writing an illustration to a PNG (any size, hi-DPI) or an SVG made of vector paths."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from hiptrainer.figures.render import Illustration, draw
from hiptrainer.figures.theme import LIGHT, Theme


def render_image(
    art: Illustration, pose: str, side: str = "left", size: int = 600, theme: Theme = LIGHT,
    scale: float = 1.0, t: float = 1.0, height: int | None = None, background: bool = True,
) -> QImage:  # fmt: skip
    """A ``size`` × ``height`` (default square) picture; ``scale`` 2 gives a sharp image for a
    hi-DPI screen. Without ``background`` the picture is transparent around the figure, so
    it sits on any surface with no box around it."""
    height = height or size
    image = QImage(max(1, round(size * scale)), max(1, round(height * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
    image.setDevicePixelRatio(scale)
    if not background:
        image.fill(0)
    painter = QPainter(image)
    try:
        draw(painter, QRectF(0, 0, size, height), art, pose, side, theme, t, background=background)
    finally:
        painter.end()
    return image


def write_png(path: Path, art: Illustration, pose: str, side: str, size: int, theme: Theme) -> None:
    image = render_image(art, pose, side, size, theme)
    # Qt takes the format from the suffix (".png", checked by the caller); the stubs offer a
    # bytes format argument that PySide refuses at run time.
    if not image.save(str(path)):
        raise OSError(f"cannot write {path}")


def write_svg(path: Path, art: Illustration, pose: str, side: str, size: int, theme: Theme,
              title: str = "") -> None:  # fmt: skip
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(size, size))
    generator.setViewBox(QRectF(0, 0, size, size))
    generator.setTitle(title)
    generator.setDescription("HipTrainer exercise illustration")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"cannot write {path}")
    try:
        draw(painter, QRectF(0, 0, size, size), art, pose, side, theme)
    finally:
        painter.end()
