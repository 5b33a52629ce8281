"""Drawing a posed figure with QPainter: one routine for widgets, PNG images and SVG files.

Limbs are filled, rounded capsules with a soft light-to-shade gradient, drawn far to near;
the side turned away from the viewer is a shade darker. The target muscles glow on the
working side, and an arrow shows where the moving part travels from the step's start pose.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QLinearGradient,
    QPaintEngine,
    QPainter,
    QPen,
    QPolygonF,
    QRadialGradient,
)

from hiptrainer.figures.arrows import draw_travel_arrow, draw_turn_arrow
from hiptrainer.figures.ground import draw_floor, draw_shadows, floor_bounds, shadows
from hiptrainer.figures.muscles import anchor
from hiptrainer.figures.poses import ExercisePoses, Placed
from hiptrainer.figures.props import (
    bench_legs,
    draw_band,
    draw_mat,
    draw_props,
    draw_seat,
    draw_solid,
)
from hiptrainer.figures.scene import build_scene, place_key, reverses
from hiptrainer.figures.skeleton import SEGMENTS, THICKNESS, Vec, mirror_point
from hiptrainer.figures.theme import LIGHT, Theme
from hiptrainer.figures.view import Frame, bounds_of, mirror_plane, project, union, view_matrix


class Illustration:
    """An exercise's poses, camera, scene and target muscles, with one framing for all.

    Every picture is drawn for the left side; the right side's is its mirror image, flipped
    left to right as a whole (figure, props, shadows and arrows alike).
    """

    def __init__(self, poses: ExercisePoses, muscles: Iterable[str]) -> None:
        self.poses = poses
        self.muscles = list(muscles)
        self.view = view_matrix(poses.camera)
        self.scene = build_scene(poses)
        #: Pairs of key poses (pose, its start) whose way back is the way there reversed.
        self._reversible: dict[tuple[str, str], bool] = {}
        #: The floor drawn once per (width, height, pixel ratio, theme, side).
        self.ground_cache: dict[
            tuple[int, int, float, Theme, str], tuple[QImage, tuple[float, float]]
        ] = {}
        # All poses share one scale and place, so the figure does not change size from step
        # to step; the right side's framing is the left's mirror image.
        outline = [project(self.view, p) for p in self._scene_points()]
        for name in poses.poses:
            outline += [project(self.view, p) for p in self.placed(name).joints.values()]
        x0, y0, x1, y1 = union([bounds_of(outline), floor_bounds(self.scene, self.view)])
        self.bounds: dict[str, tuple[float, float, float, float]] = {
            "left": (x0, y0, x1, y1),
            "right": (-x1, y0, -x0, y1),
        }

    def moment_key(
        self, pose: str, t: float, from_pose: str | None = None
    ) -> tuple[str, str | None, float]:
        """One name for each picture of a movement: (pose, from pose, t rounded). The way
        back from a pose, where it is the exact reverse of the way there (see
        :func:`~hiptrainer.figures.scene.reverses`), is named as the way there at ``1 - t``,
        so a rep's lift and lowering share their pictures."""
        start = from_pose or self.poses.poses[pose].start
        if start is None or t >= 1.0 or start < pose:
            return pose, start, round(t, 3)
        pair = (pose, start)
        if pair not in self._reversible:
            self._reversible[pair] = reverses(self.poses, pose, start, self.scene.anchor)
        if self._reversible[pair]:
            return start, pose, round(1.0 - t, 3)
        return pose, start, round(t, 3)

    def placed(
        self, name: str, side: str = "left", t: float = 1.0, from_pose: str | None = None
    ) -> Placed:
        """Key pose ``name`` in its scene, or with ``t`` < 1 part way to it from
        ``from_pose`` (by default its own start pose); the right side is the mirror image."""
        placed = place_key(self.poses, name, t, from_pose, self.scene.anchor)
        if side != "right":
            return placed
        plane = mirror_plane(self.poses.camera)
        joints = {_other(n): mirror_point(p, plane) for n, p in placed.joints.items()}
        supports = {k: (h, mirror_point(w, plane)) for k, (h, w) in placed.supports.items()}
        return Placed(joints=joints, supports=supports)

    def screen_points(
        self, pose: str, width: float, height: float, t: float = 1.0, from_pose: str | None = None
    ) -> list[tuple[float, float]]:
        """Where each joint of a moment (as :meth:`placed` places it) is drawn in a picture
        ``width`` by ``height``: the left side's, whose mirror image keeps every distance."""
        frame = Frame(self.bounds["left"], width, height)
        joints = self.placed(pose, "left", t, from_pose).joints
        return [frame.point(project(self.view, point)) for point in joints.values()]

    def _scene_points(self) -> list[Vec]:
        points: list[Vec] = list(self.scene.mat or [])
        for _, box in self.scene.solids():
            points += [
                (x, y, z)
                for x in (box.low[0], box.high[0])
                for y in (box.low[1], box.high[1])
                for z in (box.low[2], box.high[2])
            ]
        return points


def _other(name: str) -> str:
    if name[:2] in ("l_", "r_"):
        return ("r_" if name[:2] == "l_" else "l_") + name[2:]
    return name


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
    body: bool = True,
) -> None:
    """Draw key pose ``pose`` (or, with ``t`` < 1, the way to it from ``from_pose``, by
    default its start pose). Without ``body``: the setting alone, the floor and the props
    where they stand for every pose, with no figure, no shadow of it and no arrow (a moving
    figure's pictures are each drawn over it; see ``FigureView``)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(rect.topLeft())
    if background:
        painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), QColor(theme.background))
    ground = _ground_layer(painter, art, rect, theme, side)
    if ground is not None:
        painter.drawImage(QPointF(ground[1][0], ground[1][1]), ground[0])
    if side == "right":
        # The mirror image of the whole picture, arrows and shadows included.
        painter.translate(rect.width(), 0)
        painter.scale(-1, 1)
    frame = Frame(art.bounds["left"], rect.width(), rect.height())
    placed = art.placed(pose, "left", t, from_pose)
    view, scene = art.view, art.scene
    screen = {name: project(view, p) for name, p in placed.joints.items()}

    if ground is None:
        _draw_ground(painter, art, frame, theme)
    if not body:
        draw_props(painter, frame, view, scene, theme)
        if scene.bench is not None:
            for _, faces in sorted(bench_legs(frame, view, scene), key=lambda leg: leg[0]):
                draw_solid(painter, faces, theme)
            draw_seat(painter, frame, view, scene, theme)
        painter.restore()
        return
    cast = shadows(placed.joints, scene)
    draw_shadows(painter, frame, view, [s for s in cast if s[0][1] <= 0.0], theme)
    draw_props(painter, frame, view, scene, theme)
    if scene.bench is None:
        _draw_body(painter, frame, screen, theme)
    else:
        # Limbs under the seat go among the bench's legs and behind its seat; the rest of
        # the body (a leg resting on the seat) goes in front of it.
        seat = scene.bench.high[1]
        below = {n for n, p in placed.joints.items() if p[1] < seat - 0.01}
        _draw_body(painter, frame, screen, theme, below, bench_legs(frame, view, scene))
        draw_seat(painter, frame, view, scene, theme)
        draw_shadows(painter, frame, view, [s for s in cast if s[0][1] > 0.0], theme)
        _draw_body(painter, frame, screen, theme, set(placed.joints) - below, [], below)
    draw_band(painter, frame, view, art.poses.props, placed, theme)
    for muscle in art.muscles:
        found = anchor(muscle, "l", placed.joints)
        if found is not None:
            centre, size = found
            _glow(painter, frame.point(project(view, centre)), frame.length(size), theme)
    key = art.poses.poses[pose]
    if arrow and key.start is not None and t >= 1.0:
        start = art.placed(key.start).joints
        draw_arrow = draw_turn_arrow if key.arrow_turns else draw_travel_arrow
        draw_arrow(painter, frame, view, start, placed.joints, key.arrow, theme)
    painter.restore()


# --- pieces -----------------------------------------------------------------------------------


def _draw_ground(painter: QPainter, art: Illustration, frame: Frame, theme: Theme) -> None:
    draw_floor(painter, frame, art.view, art.scene, theme)
    if art.scene.mat is not None:
        draw_mat(painter, frame, art.view, art.scene.mat, theme)


def _ground_layer(
    painter: QPainter, art: Illustration, rect: QRectF, theme: Theme, side: str
) -> tuple[QImage, tuple[float, float]] | None:
    """The floor and mat, which never move, drawn once per size, theme and side and then
    copied (with where it goes): a soft floor filled pixel by pixel costs more than the
    whole figure. Only for a raster painter placed without scaling (an SVG keeps its vector
    floor)."""
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        return None
    if painter.transform().isScaling() or painter.transform().isRotating():
        return None
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    key = (round(rect.width()), round(rect.height()), ratio, theme, side)
    cached = art.ground_cache.get(key)
    if cached is None:
        frame = Frame(art.bounds["left"], rect.width(), rect.height())
        x0, y0, x1, y1 = floor_bounds(art.scene, art.view)
        (left, top), (right, bottom) = frame.point((x0, y1, 0.0)), frame.point((x1, y0, 0.0))
        if side == "right":
            left, right = rect.width() - right, rect.width() - left
        left, top = math.floor(left) - 1, math.floor(top) - 1
        width, height = math.ceil(right - left) + 2, math.ceil(bottom - top) + 2
        image = QImage(
            max(1, round(width * ratio)), max(1, round(height * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )  # fmt: skip
        image.setDevicePixelRatio(ratio)
        image.fill(0)
        layer = QPainter(image)
        layer.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        layer.translate(-left, -top)
        if side == "right":
            layer.translate(rect.width(), 0)
            layer.scale(-1, 1)
        _draw_ground(layer, art, frame, theme)
        layer.end()
        if len(art.ground_cache) > 16:
            art.ground_cache.clear()
        cached = art.ground_cache[key] = (image, (float(left), float(top)))
    return cached


#: A limb colour's gradient stops (light edge, body, shade), made once per colour.
_STOPS: dict[str, tuple[tuple[float, QColor], ...]] = {}


def _stops(name: str) -> tuple[tuple[float, QColor], ...]:
    stops = _STOPS.get(name)
    if stops is None:
        colour = QColor(name)
        stops = _STOPS[name] = ((0.0, colour.lighter(125)), (0.55, colour),
                                (1.0, colour.darker(125)))  # fmt: skip
    return stops


def _capsule(
    painter: QPainter, a: tuple[float, float], b: tuple[float, float], width: float, colour: str
) -> None:
    """A filled, rounded limb with a gentle highlight along one edge."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    nx, ny = -dy / length * width / 2, dx / length * width / 2
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    gradient = QLinearGradient(QPointF(mid[0] - nx, mid[1] - ny), QPointF(mid[0] + nx, mid[1] + ny))
    gradient.setStops(_stops(colour))
    pen = QPen(QBrush(gradient), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(*a), QPointF(*b))


def _draw_body(
    painter: QPainter, frame: Frame, screen: dict[str, Vec], theme: Theme,
    joints: set[str] | None = None, solids: list[tuple[float, list[QPolygonF]]] | None = None,
    drawn: set[str] | None = None,
) -> None:  # fmt: skip
    """The body's parts far to near; with ``joints``, only the parts with both ends among
    them (or, with ``drawn``, not already drawn with both ends there), sorted in among the
    ``solids`` (faces of a prop with their depth)."""
    near_side = "r" if screen["r_hip"][2] >= screen["l_hip"][2] else "l"
    items: list[tuple[float, str, str, str, float]] = []
    for name, start, end, thick in SEGMENTS:
        depth = (screen[start][2] + screen[end][2]) / 2
        items.append((depth, name, start, end, THICKNESS[thick]))
    items.append((screen["head"][2], "head", "head", "head", 0.22))
    # The pelvis, a band across the hips just over the trunk: its tilt and turn must read.
    torso = (screen["pelvis"][2] + screen["neck_base"][2]) / 2
    items.append((torso + 1e-3, "pelvis", "l_hip", "r_hip", 0.22))
    if joints is not None:
        if drawn is None:
            items = [i for i in items if i[2] in joints and i[3] in joints]
        else:
            items = [i for i in items if not (i[2] in drawn and i[3] in drawn)]
    solids = solids or []
    items += [(depth, "", str(index), "", 0.0) for index, (depth, _) in enumerate(solids)]
    items.sort(key=lambda item: item[0])
    for _, name, start, end, width in items:
        if not name:
            draw_solid(painter, solids[int(start)][1], theme)
            continue
        side = name[0] if name[:2] in ("l_", "r_") else ""
        colour = theme.far if (side and side != near_side) or name == "pelvis" else theme.near
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
    # The face's direction: a small nose, so a lying or bending figure reads at a glance
    # (seen only from the front: from behind, the head hides it).
    if screen["nose"][2] < screen["head"][2]:
        return
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
