"""The floor in the camera's perspective, and soft contact shadows under the body.

Both are discs lying on a horizontal surface, drawn through the camera: a disc of radius r at
height h projects to the ellipse spanned by the screen images of (r, 0, 0) and (0, 0, r), so
the floor and every shadow tilt exactly as the camera sees the ground (flat from low down,
rounder from above, slanted in a three-quarter view) and no line across the picture
contradicts the view.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QRadialGradient, QTransform

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
        found.append(((point[0], top, point[2]), r * 1.5 + max(height, 0.0) * 0.4, darkness))
    return found


def draw_shadows(
    painter: QPainter, frame: Frame, view: Mat, found: list[tuple[Vec, float, float]],
    theme: Theme,
) -> None:  # fmt: skip
    """The shadows as two fills of one outline each, a wide faint one and a tight darker one,
    so overlapping shadows merge instead of darkening and a frame costs two fills however
    many points touch down (a point higher up casts a smaller shadow)."""
    if not found:
        return
    unit = QPainterPath()
    unit.addEllipse(QPointF(0, 0), 1.0, 1.0)
    wide, tight = QPainterPath(), QPainterPath()
    wide.setFillRule(Qt.FillRule.WindingFill)
    tight.setFillRule(Qt.FillRule.WindingFill)
    inner = QTransform.fromScale(0.6, 0.6)
    for centre, size, darkness in found:
        reach = size * (0.4 + 0.6 * darkness)
        disc = disc_transform(frame, view, centre, reach, reach, 0.35)
        wide.addPath(disc.map(unit))
        tight.addPath((inner * disc).map(unit))
    colour = QColor(theme.shadow)
    alpha = colour.alphaF()
    painter.setPen(Qt.PenStyle.NoPen)
    for outline, share in ((wide, 0.45), (tight, 0.55)):
        colour.setAlphaF(alpha * share)
        painter.setBrush(colour)
        painter.drawPath(outline)
