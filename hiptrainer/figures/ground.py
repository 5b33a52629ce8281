"""The floor in the camera's perspective, and soft contact shadows under the body.

Both are discs lying on a horizontal surface, drawn through the camera: a disc of radius r at
height h projects to the ellipse spanned by the screen images of (r, 0, 0) and (0, 0, r), so
the floor and every shadow tilt exactly as the camera sees the ground (flat from low down,
rounder from above, slanted in a three-quarter view) and no line across the picture
contradicts the view.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPaintEngine,
    QPainter,
    QRadialGradient,
    QTransform,
)

from hiptrainer.figures.poses import radius
from hiptrainer.figures.scene import Scene
from hiptrainer.figures.skeleton import Mat, Vec
from hiptrainer.figures.theme import Theme
from hiptrainer.figures.view import Frame, project

#: Body points that cast a contact shadow when near the surface below them (heel, ankle and
#: toe together make a foot's shadow; the wrist lies between hand points that cast one).
SHADOWED = (
    "l_heel", "l_toe", "r_heel", "r_toe", "l_ankle", "r_ankle", "l_knee", "r_knee",
    "l_fingers", "r_fingers",
    "l_elbow", "r_elbow", "l_hip", "r_hip", "l_shoulder", "r_shoulder", "head", "pelvis",
)  # fmt: skip
#: A point this far above its surface casts no shadow; nearer, the shadow darkens.
SHADOW_REACH = 0.25


def disc_transform(
    frame: Frame, view: Mat, centre: Vec, rx: float, rz: float, least: float = 0.0
) -> QTransform:
    """The transform that maps the unit circle onto a horizontal ellipse on screen, at
    least ``least`` times as tall as it is wide (seen from near floor level a true shadow
    would be a hairline)."""
    c = frame.point(project(view, centre))
    ux = project(view, (rx, 0.0, 0.0))
    vz = project(view, (0.0, 0.0, rz))
    wide = max(abs(ux[0]), abs(vz[0]), 1e-9)
    tall = (ux[1] ** 2 + vz[1] ** 2) ** 0.5
    stretch = max(1.0, least * wide / tall) if tall > 1e-9 else 1.0
    s = frame.scale
    # Screen y grows downward, hence the minus signs on the y components.
    return QTransform(ux[0] * s, -ux[1] * s * stretch, vz[0] * s, -vz[1] * s * stretch, c[0], c[1])


def floor_bounds(scene: Scene, view: Mat) -> tuple[float, float, float, float]:
    """The projected box of the floor patch (metres, screen axes)."""
    x0, z0, x1, z1 = scene.floor
    centre = project(view, ((x0 + x1) / 2, 0.0, (z0 + z1) / 2))
    u = project(view, ((x1 - x0) / 2, 0.0, 0.0))
    v = project(view, (0.0, 0.0, (z1 - z0) / 2))
    half_x = (u[0] ** 2 + v[0] ** 2) ** 0.5
    half_y = (u[1] ** 2 + v[1] ** 2) ** 0.5
    return (centre[0] - half_x, centre[1] - half_y, centre[0] + half_x, centre[1] + half_y)


def draw_floor(painter: QPainter, frame: Frame, view: Mat, scene: Scene, theme: Theme) -> None:
    """A soft patch of floor under the whole exercise, fading out at its rim."""
    x0, z0, x1, z1 = scene.floor
    centre = ((x0 + x1) / 2, 0.0, (z0 + z1) / 2)
    colour = QColor(theme.floor)
    gradient = QRadialGradient(QPointF(0, 0), 1.0)
    gradient.setColorAt(0.0, colour)
    gradient.setColorAt(0.55, colour)
    colour.setAlpha(0)
    gradient.setColorAt(1.0, colour)
    painter.save()
    painter.setTransform(disc_transform(frame, view, centre, (x1 - x0) / 2, (z1 - z0) / 2), True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawEllipse(QPointF(0, 0), 1.0, 1.0)
    painter.restore()


def shadows(
    joints: dict[str, Vec], scene: Scene
) -> list[tuple[Vec, float, float]]:  # fmt: skip
    """(centre on its surface, radius, darkness 0-1) of each shadow a body point casts."""
    found = []
    for name in SHADOWED:
        point = joints[name]
        r = radius(name)
        top = scene.support_under(point)
        height = point[1] - r - top
        if height > SHADOW_REACH:
            continue
        darkness = 1.0 - max(height, 0.0) / SHADOW_REACH
        found.append(((point[0], top, point[2]), r * 2.0 + max(height, 0.0) * 0.4, darkness))
    return found


_SPRITES: dict[str, QImage] = {}


def _sprite(colour: str) -> QImage:
    """A soft round shadow, drawn once and then stretched onto each shadow's ellipse."""
    sprite = _SPRITES.get(colour)
    if sprite is None:
        sprite = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
        sprite.fill(0)
        painter = QPainter(sprite)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(_soft(QColor(colour), QPointF(32, 32), 32)))
        painter.drawEllipse(QPointF(32, 32), 32, 32)
        painter.end()
        sprite = _SPRITES[colour] = sprite
    return sprite


def _soft(colour: QColor, centre: QPointF, radius: float) -> QRadialGradient:
    gradient = QRadialGradient(centre, radius)
    gradient.setColorAt(0.0, colour)
    gradient.setColorAt(0.5, colour)
    faint = QColor(colour)
    faint.setAlpha(0)
    gradient.setColorAt(1.0, faint)
    return gradient


def draw_shadows(
    painter: QPainter, frame: Frame, view: Mat, found: list[tuple[Vec, float, float]],
    theme: Theme,
) -> None:  # fmt: skip
    """Each shadow a soft disc on its surface, fainter and smaller the higher its point. On
    a raster surface one ready-made soft disc is stretched onto each (a frame is drawn 30
    times a second); elsewhere, as in an SVG file, each is a vector gradient."""
    if not found:
        return
    engine = painter.paintEngine()
    raster = engine is not None and engine.type() == QPaintEngine.Type.Raster
    sprite = _sprite(theme.shadow) if raster else None
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    if sprite is not None:
        # The disc's own rim is soft: smoothing the quad's edges as well costs ten times
        # the drawing and shows nothing.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    base, opacity = painter.transform(), painter.opacity()
    for centre, size, darkness in found:
        reach = size * (0.5 + 0.5 * darkness)
        painter.setTransform(disc_transform(frame, view, centre, reach, reach, 0.45) * base)
        painter.setOpacity(opacity * darkness)
        if sprite is not None:
            painter.drawImage(QRectF(-1, -1, 2, 2), sprite)
        else:
            painter.setBrush(QBrush(_soft(QColor(theme.shadow), QPointF(0, 0), 1.0)))
            painter.drawEllipse(QPointF(0, 0), 1.0, 1.0)
    painter.restore()
