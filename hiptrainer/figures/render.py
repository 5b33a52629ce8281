"""Drawing a posed figure with QPainter: one routine for widgets, PNG images and SVG files.

Limbs are filled, rounded capsules with a soft light-to-shade gradient, drawn far to near;
the side turned away from the viewer is a shade darker. The target muscles glow on the
working side, and an arrow shows where the moving part travels from the step's start pose.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QRadialGradient,
)

from hiptrainer.figures.muscles import anchor
from hiptrainer.figures.poses import ExercisePoses, Placed, blend, ease, place, pose_angles
from hiptrainer.figures.props import WALL_HEIGHT, draw_band, draw_props, mat_corners, wall_extent
from hiptrainer.figures.skeleton import SEGMENTS, THICKNESS, Mat, Vec
from hiptrainer.figures.theme import LIGHT, Theme
from hiptrainer.figures.view import CAMERAS, Frame, bounds_of, project, union, view_matrix

#: Joints whose travel an arrow may show, most telling first.
MOVERS = ("ankle", "toe", "knee", "wrist", "pelvis", "hip", "neck_base")


class Illustration:
    """An exercise's poses, camera, props and target muscles, with one framing for all."""

    def __init__(self, poses: ExercisePoses, muscles: Iterable[str]) -> None:
        self.poses = poses
        self.muscles = list(muscles)
        self.view = view_matrix(poses.camera)
        # Each side is framed on its own (its poses all share one scale and place); the two
        # framings are mirror images, so the figure is the same size on both sides.
        self.bounds: dict[str, tuple[float, float, float, float]] = {}
        for side in ("left", "right"):
            boxes = []
            for name in poses.poses:
                placed = self.placed(name, side)
                boxes.append(bounds_of(project(self.view, p) for p in self._outline(placed)))
            self.bounds[side] = union(boxes)

    def placed(
        self, name: str, side: str, t: float = 1.0, from_pose: str | None = None
    ) -> Placed:
        """Key pose ``name``, or with ``t`` < 1 part way to it from ``from_pose`` (by default
        its own start pose)."""
        angles, contacts = pose_angles(self.poses, name, side)
        start = from_pose or self.poses.poses[name].start
        if start is not None and t < 1.0:
            start_angles, _ = pose_angles(self.poses, start, side)
            angles = blend(start_angles, angles, ease(t))
        return place(angles, contacts)

    def _outline(self, placed: Placed) -> list[Vec]:
        points = list(placed.joints.values())
        # The floor under the body and the props belong in the picture too.
        points += [(p[0], 0.0, p[2]) for p in placed.joints.values()]
        if "mat" in self.poses.props:
            points += mat_corners(placed.joints)
        for support, (height, where) in placed.supports.items():
            if support == "wall":
                (cx, _, cz), (sx, _, sz) = wall_extent(where, placed.joints["pelvis"])
                points += [
                    (cx + i * sx / 2, y, cz + j * sz / 2)
                    for i in (-1, 1)
                    for j in (-1, 1)
                    for y in (0.0, WALL_HEIGHT)
                ]
            elif support != "floor":
                for dx in (-0.22, 0.22):
                    for dz in (-0.45, 0.45):
                        points += [
                            (where[0] + dx, 0.0, where[2] + dz),
                            (where[0] + dx, height, where[2] + dz),
                        ]
        return points


def draw(
    painter: QPainter,
    rect: QRectF,
    art: Illustration,
    pose: str,
    side: str = "left",
    theme: Theme = LIGHT,
    t: float = 1.0,
    arrow: bool = True,
    background: bool = True,
    from_pose: str | None = None,
) -> None:
    """Draw key pose ``pose`` (or, with ``t`` < 1, the way to it from ``from_pose``, by
    default its start pose)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(rect.topLeft())
    if background:
        painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), QColor(theme.background))
    frame = Frame(art.bounds[side], rect.width(), rect.height())
    placed = art.placed(pose, side, t, from_pose)
    view = art.view
    screen = {name: project(view, p) for name, p in placed.joints.items()}

    _draw_floor(painter, frame, screen, theme, art.bounds[side], CAMERAS[art.poses.camera][1] <= 15)
    draw_props(painter, frame, view, art.poses.props, placed, theme)
    _draw_body(painter, frame, screen, theme)
    working = "r" if side == "right" else "l"
    draw_band(painter, frame, view, art.poses.props, placed, theme)
    for muscle in art.muscles:
        found = anchor(muscle, working, placed.joints)
        if found is not None:
            centre, size = found
            _glow(painter, frame.point(project(view, centre)), frame.length(size), theme)
    if arrow and art.poses.poses[pose].start is not None and t >= 1.0:
        _draw_arrow(painter, frame, view, art, pose, side, placed, theme)
    painter.restore()


# --- pieces -----------------------------------------------------------------------------------


def _draw_floor(
    painter: QPainter,
    frame: Frame,
    screen: dict[str, Vec],
    theme: Theme,
    bounds: tuple[float, float, float, float],
    horizon: bool = True,
) -> None:
    xs = [frame.point(p)[0] for p in screen.values()]
    y = frame.point((0.0, 0.0, 0.0))[1]
    # The floor line spans the picture's framing, never beyond it.
    edge_left = frame.point((bounds[0], 0.0, 0.0))[0]
    edge_right = frame.point((bounds[2], 0.0, 0.0))[0]
    left = max(min(xs) - frame.length(0.25), edge_left)
    right = min(max(xs) + frame.length(0.25), edge_right)
    if horizon:
        shadow = QColor(theme.floor)
        shadow.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shadow)
        painter.drawEllipse(QRectF(left, y - frame.length(0.03), right - left, frame.length(0.06)))
        # Seen from near floor level the floor is a line; from higher up, the shadow and the
        # props show it, and a line across the picture would only mislead.
        painter.setPen(QPen(QColor(theme.floor), max(1.0, frame.length(0.008))))
        painter.drawLine(QPointF(edge_left, y), QPointF(edge_right, y))


def _capsule(
    painter: QPainter, a: tuple[float, float], b: tuple[float, float], width: float, colour: QColor
) -> None:
    """A filled, rounded limb with a gentle highlight along one edge."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    nx, ny = -dy / length * width / 2, dx / length * width / 2
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    gradient = QLinearGradient(QPointF(mid[0] - nx, mid[1] - ny), QPointF(mid[0] + nx, mid[1] + ny))
    gradient.setColorAt(0.0, colour.lighter(125))
    gradient.setColorAt(0.55, colour)
    gradient.setColorAt(1.0, colour.darker(125))
    pen = QPen(QBrush(gradient), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(*a), QPointF(*b))


def _draw_body(painter: QPainter, frame: Frame, screen: dict[str, Vec], theme: Theme) -> None:
    near_side = "r" if screen["r_hip"][2] >= screen["l_hip"][2] else "l"
    items: list[tuple[float, str, str, str, float]] = []
    for name, start, end, thick in SEGMENTS:
        depth = (screen[start][2] + screen[end][2]) / 2
        items.append((depth, name, start, end, THICKNESS[thick]))
    items.append((screen["head"][2], "head", "head", "head", 0.22))
    items.append((screen["pelvis"][2], "pelvis", "l_hip", "r_hip", 0.2))
    items.sort(key=lambda item: item[0])
    for _, name, start, end, width in items:
        side = name[0] if name[:2] in ("l_", "r_") else ""
        colour = QColor(theme.far if side and side != near_side else theme.near)
        if name == "head":
            _head(painter, frame, screen, theme)
        else:
            _capsule(
                painter,
                frame.point(screen[start]),
                frame.point(screen[end]),
                frame.length(width),
                colour,
            )


def _head(painter: QPainter, frame: Frame, screen: dict[str, Vec], theme: Theme) -> None:
    centre = frame.point(screen["head"])
    r = frame.length(0.105)
    gradient = QRadialGradient(QPointF(centre[0] - r * 0.3, centre[1] - r * 0.3), r * 1.3)
    colour = QColor(theme.head)
    gradient.setColorAt(0.0, colour.lighter(120))
    gradient.setColorAt(1.0, colour.darker(115))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawEllipse(QPointF(*centre), r, r)
    # The face's direction: a small nose, so a lying or bending figure reads at a glance.
    nose = frame.point(screen["nose"])
    painter.setBrush(colour.darker(110))
    painter.drawEllipse(
        QPointF(nose[0] * 0.35 + centre[0] * 0.65, nose[1] * 0.35 + centre[1] * 0.65),
        r * 0.28,
        r * 0.28,
    )


def _glow(painter: QPainter, centre: tuple[float, float], radius: float, theme: Theme) -> None:
    gradient = QRadialGradient(QPointF(*centre), radius)
    colour = QColor(theme.highlight)
    colour.setAlpha(190)
    gradient.setColorAt(0.0, colour)
    colour.setAlpha(110)
    gradient.setColorAt(0.6, colour)
    colour.setAlpha(0)
    gradient.setColorAt(1.0, colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawEllipse(QPointF(*centre), radius, radius)


def _draw_arrow(
    painter: QPainter,
    frame: Frame,
    view: Mat,
    art: Illustration,
    pose: str,
    side: str,
    placed: Placed,
    theme: Theme,
) -> None:
    key = art.poses.poses[pose]
    start = art.placed(key.start or pose, side)
    best: tuple[float, tuple[float, float], tuple[float, float]] | None = None
    chosen = key.arrow
    if chosen is not None and side == "right" and chosen[:2] in ("l_", "r_"):
        chosen = ("r_" if chosen[:2] == "l_" else "l_") + chosen[2:]
    for suffix in [chosen] if chosen else MOVERS:
        names = [suffix] if suffix in placed.joints else [f"l_{suffix}", f"r_{suffix}"]
        for name in names:
            a = frame.point(project(view, start.joints[name]))
            b = frame.point(project(view, placed.joints[name]))
            travel = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
            if best is None or travel > best[0] * 1.25:
                best = (travel, a, b)
    if best is None or best[0] < frame.length(0.03):
        return
    _, a, b = best
    # Bow the arrow outward so it does not lie on the limb.
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    dx, dy = b[0] - a[0], b[1] - a[1]
    bow = 0.35
    control = QPointF(mx - dy * bow, my + dx * bow)
    shrink = 0.18
    start_pt = QPointF(a[0] + dx * shrink, a[1] + dy * shrink)
    end_pt = QPointF(b[0] - dx * shrink, b[1] - dy * shrink)
    path = QPainterPath(start_pt)
    path.quadTo(control, end_pt)
    width = max(2.0, frame.length(0.018))
    colour = QColor(theme.arrow)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(path)
    # Arrowhead along the curve's last direction.
    tx, ty = end_pt.x() - control.x(), end_pt.y() - control.y()
    norm = max((tx * tx + ty * ty) ** 0.5, 1e-6)
    tx, ty = tx / norm, ty / norm
    head = width * 3.2
    left = QPointF(
        end_pt.x() - tx * head - ty * head * 0.6, end_pt.y() - ty * head + tx * head * 0.6
    )
    right = QPointF(
        end_pt.x() - tx * head + ty * head * 0.6, end_pt.y() - ty * head - tx * head * 0.6
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([end_pt + QPointF(tx * width, ty * width), left, right]))
