"""Drawing the floor props (mat, bench or chair, step, wall) and a mini-band."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from hiptrainer.figures.poses import Placed
from hiptrainer.figures.skeleton import Mat, Vec
from hiptrainer.figures.theme import Theme
from hiptrainer.figures.view import Frame, project


def _box(
    frame: Frame, view: Mat, centre: Vec, size: Vec, top: float, bottom: float = 0.0
) -> list[QPolygonF]:
    """The faces of a box from ``bottom`` to ``top``, far faces first."""
    cx, _, cz = centre
    hx, hz = size[0] / 2, size[2] / 2
    corners = {
        (i, j, k): (cx + i * hx, bottom + (top - bottom) * k, cz + j * hz)
        for i in (-1, 1)
        for j in (-1, 1)
        for k in (0, 1)
    }
    faces = [  # (outward normal, corners)
        ((0.0, 1.0, 0.0), [(-1, -1, 1), (1, -1, 1), (1, 1, 1), (-1, 1, 1)]),
        ((0.0, 0.0, 1.0), [(-1, 1, 0), (1, 1, 0), (1, 1, 1), (-1, 1, 1)]),
        ((1.0, 0.0, 0.0), [(1, -1, 0), (1, 1, 0), (1, 1, 1), (1, -1, 1)]),
        ((0.0, 0.0, -1.0), [(-1, -1, 0), (1, -1, 0), (1, -1, 1), (-1, -1, 1)]),
        ((-1.0, 0.0, 0.0), [(-1, -1, 0), (-1, 1, 0), (-1, 1, 1), (-1, -1, 1)]),
    ]
    polys = []
    for normal, face in faces:
        if project(view, normal)[2] <= 0:
            continue  # facing away from the viewer: hidden behind the front faces
        points = [project(view, corners[c]) for c in face]
        depth = sum(p[2] for p in points) / 4
        polys.append((depth, QPolygonF([QPointF(*frame.point(p)) for p in points])))
    polys.sort(key=lambda item: item[0])
    return [poly for _, poly in polys]


WALL_HEIGHT = 1.9


def wall_extent(hand: Vec, body: Vec) -> tuple[Vec, Vec]:
    """A wall panel just beyond the hand, facing the body (along x or z, whichever the hand
    reaches along most)."""
    dx, dz = hand[0] - body[0], hand[2] - body[2]
    if abs(dx) >= abs(dz):
        sign = 1.0 if dx >= 0 else -1.0
        return (hand[0] + sign * 0.06, 0.0, hand[2]), (0.06, 0.0, 1.0)
    sign = 1.0 if dz >= 0 else -1.0
    return (hand[0], 0.0, hand[2] + sign * 0.06), (1.0, 0.0, 0.06)


def mat_corners(joints: dict[str, Vec]) -> list[Vec]:
    """The corners of an exercise mat under the body, laid along the body's length (so a
    mirrored body gets the mirrored mat)."""
    head, pelvis = joints["head"], joints["pelvis"]
    ax, az = head[0] - pelvis[0], head[2] - pelvis[2]
    norm = math.hypot(ax, az)
    ax, az = (ax / norm, az / norm) if norm > 0.05 else (1.0, 0.0)
    bx, bz = -az, ax  # across the mat
    along = [p[0] * ax + p[2] * az for p in joints.values()]
    across = [p[0] * bx + p[2] * bz for p in joints.values()]
    a0, a1 = min(along) - 0.18, max(along) + 0.18
    mid = (min(across) + max(across)) / 2
    half = max(0.3, (max(across) - min(across)) / 2 + 0.15)
    return [
        (u * ax + v * bx, 0.012, u * az + v * bz)
        for u, v in ((a0, mid - half), (a1, mid - half), (a1, mid + half), (a0, mid + half))
    ]


def draw_props(
    painter: QPainter, frame: Frame, view: Mat, names: Sequence[str], placed: Placed, theme: Theme
) -> None:
    props = set(names)
    joints = placed.joints
    if "mat" in props:
        mat = QColor(theme.floor)
        mat.setAlpha(170)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mat)
        corners = [QPointF(*frame.point(project(view, c))) for c in mat_corners(joints)]
        painter.drawPolygon(QPolygonF(corners))
    for support, (height, where) in placed.supports.items():
        if support == "bench" and props & {"bench", "chair"}:
            _bench(painter, frame, view, where, height, "chair" in props, theme)
        elif support == "step":
            _solid(
                painter, _box(frame, view, (where[0], 0.0, where[2]), (0.34, 0, 0.6), height), theme
            )
        elif support == "wall":
            centre, size = wall_extent(where, placed.joints["pelvis"])
            _solid(painter, _box(frame, view, centre, size, WALL_HEIGHT), theme)


def _bench(
    painter: QPainter,
    frame: Frame,
    view: Mat,
    where: Vec,
    height: float,
    chair: bool,
    theme: Theme,
) -> None:
    """A seat on four legs (a chair also has a back), its seat top at ``height``."""
    depth, width, slab, leg = (0.42, 0.42, 0.05, 0.04) if chair else (0.40, 0.9, 0.06, 0.05)
    cx, cz = where[0], where[2]
    parts: list[tuple[float, list[QPolygonF]]] = []
    for i in (-1, 1):
        for j in (-1, 1):
            x, z = cx + i * (depth / 2 - leg), cz + j * (width / 2 - leg)
            faces = _box(frame, view, (x, 0.0, z), (leg, 0, leg), height - slab)
            parts.append((project(view, (x, 0.0, z))[2], faces))
    parts.sort(key=lambda item: item[0])
    for _, faces in parts:
        _solid(painter, faces, theme)
    _solid(
        painter, _box(frame, view, (cx, 0.0, cz), (depth, 0, width), height, height - slab), theme
    )
    if chair:
        back_x = cx - depth / 2 + 0.02
        _solid(
            painter,
            _box(frame, view, (back_x, 0.0, cz), (0.04, 0, width), height + 0.45, height),
            theme,
        )


def _solid(painter: QPainter, faces: list[QPolygonF], theme: Theme) -> None:
    painter.setPen(QPen(QColor(theme.prop_edge), 1.2))
    base = QColor(theme.prop)
    for index, poly in enumerate(faces):
        painter.setBrush(base.darker(100 + 12 * (len(faces) - 1 - index)))
        painter.drawPolygon(poly)


def draw_band(
    painter: QPainter, frame: Frame, view: Mat, names: Sequence[str], placed: Placed, theme: Theme
) -> None:
    props = set(names)
    for prop, joint in (("mini_band_knees", "knee"), ("mini_band_ankles", "ankle")):
        if prop in props:
            a = frame.point(project(view, placed.joints[f"l_{joint}"]))
            b = frame.point(project(view, placed.joints[f"r_{joint}"]))
            pen = QPen(
                QColor(theme.band),
                frame.length(0.025),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
            )
            painter.setPen(pen)
            painter.drawLine(QPointF(*a), QPointF(*b))
