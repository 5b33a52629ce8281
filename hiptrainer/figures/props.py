"""Drawing the props (mat, bench or chair, step, wall) and a mini-band."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from hiptrainer.figures.poses import Placed
from hiptrainer.figures.scene import SEAT, Box, Scene
from hiptrainer.figures.skeleton import Mat, Vec
from hiptrainer.figures.theme import Theme
from hiptrainer.figures.view import Frame, project


def _box(frame: Frame, view: Mat, box: Box) -> list[QPolygonF]:
    """The faces of a box that face the viewer, far faces first."""
    lo, hi = box.low, box.high
    corners = {
        (i, j, k): (
            lo[0] if i < 0 else hi[0],
            lo[1] if k == 0 else hi[1],
            lo[2] if j < 0 else hi[2],
        )
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


def draw_mat(
    painter: QPainter, frame: Frame, view: Mat, corners: Sequence[Vec], theme: Theme
) -> None:
    mat = QColor(theme.prop_edge)
    mat.setAlpha(70)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(mat)
    painter.drawPolygon(QPolygonF([QPointF(*frame.point(project(view, c))) for c in corners]))


def draw_props(painter: QPainter, frame: Frame, view: Mat, scene: Scene, theme: Theme) -> None:
    """The exercise's wall and step, where they stand for every pose (the bench is drawn in
    two parts, around the body: see :func:`bench_legs` and :func:`draw_seat`)."""
    if scene.wall is not None:
        _solid(painter, _box(frame, view, scene.wall), theme)
    if scene.step is not None:
        _solid(painter, _box(frame, view, scene.step), theme)


def bench_legs(frame: Frame, view: Mat, scene: Scene) -> list[tuple[float, list[QPolygonF]]]:
    """The bench's (or chair's) legs, each with its depth, to be drawn among the limbs that
    pass under the seat."""
    if scene.bench is None:
        return []
    leg = 0.04 if scene.chair else 0.05
    (x0, _, z0), (x1, top, z1) = scene.bench.low, scene.bench.high
    legs = []
    for x in (x0 + leg, x1 - leg * 2):
        for z in (z0 + leg, z1 - leg * 2):
            faces = _box(frame, view, Box((x, 0.0, z), (x + leg, top - SEAT, z + leg)))
            legs.append((project(view, (x + leg / 2, top / 2, z + leg / 2))[2], faces))
    return legs


def draw_solid(painter: QPainter, faces: list[QPolygonF], theme: Theme) -> None:
    _solid(painter, faces, theme)


def draw_seat(painter: QPainter, frame: Frame, view: Mat, scene: Scene, theme: Theme) -> None:
    """The bench's seat (and a chair's back), its top where the exercise's bench is."""
    if scene.bench is None:
        return
    (x0, _, z0), (_, top, z1) = scene.bench.low, scene.bench.high
    _solid(painter, _box(frame, view, Box((x0, top - SEAT, z0), scene.bench.high)), theme)
    if scene.chair:
        _solid(painter, _box(frame, view, Box((x0, top, z0), (x0 + 0.04, top + 0.45, z1))), theme)


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
