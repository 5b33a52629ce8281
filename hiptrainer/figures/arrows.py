"""Arrows over a figure: where the moving part travels, or which way the pelvis turns."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from hiptrainer.figures.skeleton import Mat, Vec
from hiptrainer.figures.theme import Theme
from hiptrainer.figures.view import Frame, body_axes, cross, normalise, project, sub

#: Joints whose travel an arrow may show, most telling first.
MOVERS = ("ankle", "toe", "knee", "wrist", "pelvis", "hip", "neck_base")
#: A turning arrow circles the pelvis this far out (metres) over at least this many degrees,
#: so it reads as a turn even when the turn itself is small.
TURN_RADIUS = 0.3
TURN_MIN_SWEEP = 150.0


def arrow_width(frame: Frame) -> float:
    return max(2.0, frame.length(0.018))


def draw_travel_arrow(
    painter: QPainter, frame: Frame, view: Mat, start: dict[str, Vec], end: dict[str, Vec],
    chosen: str | None, theme: Theme,
) -> None:  # fmt: skip
    """A bowed arrow along the way the chosen (or the furthest moving) point travels."""
    best: tuple[float, tuple[float, float], tuple[float, float]] | None = None
    for suffix in [chosen] if chosen else MOVERS:
        names = [suffix] if suffix in end else [f"l_{suffix}", f"r_{suffix}"]
        for name in names:
            a = frame.point(project(view, start[name]))
            b = frame.point(project(view, end[name]))
            travel = math.hypot(b[0] - a[0], b[1] - a[1])
            if best is None or travel > best[0] * 1.25:
                best = (travel, a, b)
    if best is None or best[0] < frame.length(0.03):
        return
    _, a, b = best
    # Bow the arrow outward so it does not lie on the limb.
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    dx, dy = b[0] - a[0], b[1] - a[1]
    control = QPointF(mx - dy * 0.35, my + dx * 0.35)
    shrink = 0.18
    start_pt = QPointF(a[0] + dx * shrink, a[1] + dy * shrink)
    end_pt = QPointF(b[0] - dx * shrink, b[1] - dy * shrink)
    path = QPainterPath(start_pt)
    path.quadTo(control, end_pt)
    _stroke(painter, path, end_pt, end_pt - control, frame, theme)


def draw_turn_arrow(
    painter: QPainter, frame: Frame, view: Mat, start: dict[str, Vec], end: dict[str, Vec],
    chosen: str | None, theme: Theme,
) -> None:  # fmt: skip
    """An arc around the body's long axis at the pelvis, turning the way ``chosen`` (a hip)
    travels: the turn of a hip opening toward the ceiling, at a size that reads."""
    _, axis, _ = body_axes(end)
    centre = end["pelvis"]
    point = chosen or "r_hip"
    first = _across(sub(start[point], start["pelvis"]), axis)
    last = _across(sub(end[point], centre), axis)
    e1 = normalise(first)
    e2 = normalise(cross(axis, e1))
    turned = math.degrees(math.atan2(_dot(last, e2), _dot(last, e1)))
    sweep = math.copysign(max(abs(turned) * 1.6, TURN_MIN_SWEEP), turned or 1.0)
    begin = turned / 2 - sweep / 2
    points = []
    for i in range(25):
        angle = math.radians(begin + sweep * i / 24)
        offset = tuple(
            TURN_RADIUS * (math.cos(angle) * e1[k] + math.sin(angle) * e2[k]) for k in range(3)
        )
        where = (centre[0] + offset[0], centre[1] + offset[1], centre[2] + offset[2])
        points.append(QPointF(*frame.point(project(view, where))))
    path = QPainterPath(points[0])
    for p in points[1:]:
        path.lineTo(p)
    _stroke(painter, path, points[-1], points[-1] - points[-3], frame, theme)


def _dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _across(v: Vec, axis: Vec) -> Vec:
    """``v`` without its part along ``axis``."""
    along = _dot(v, axis)
    return (v[0] - axis[0] * along, v[1] - axis[1] * along, v[2] - axis[2] * along)


def _stroke(
    painter: QPainter, path: QPainterPath, tip: QPointF, direction: QPointF, frame: Frame,
    theme: Theme,
) -> None:  # fmt: skip
    width = arrow_width(frame)
    colour = QColor(theme.arrow)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(path)
    norm = max(math.hypot(direction.x(), direction.y()), 1e-6)
    tx, ty = direction.x() / norm, direction.y() / norm
    head = width * 3.2
    left = QPointF(tip.x() - tx * head - ty * head * 0.6, tip.y() - ty * head + tx * head * 0.6)
    right = QPointF(tip.x() - tx * head + ty * head * 0.6, tip.y() - ty * head - tx * head * 0.6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([tip + QPointF(tx * width, ty * width), left, right]))
