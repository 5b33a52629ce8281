"""The scene an exercise happens in: one bench, step or wall and one floor for all its poses.

A prop keeps its size and place for the whole exercise (every step and every frame of a
movement), so a bench never grows or slides while a figure moves: it is set up from the first
key pose that touches it, and every other pose must fit it (``checks.pose_problems``). All
poses of an exercise are placed about one anchor, the body point they all rest on (a planted
foot, a forearm), so the props stand still while the body moves. Plain Python (no Qt).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import msgspec

from hiptrainer.figures.poses import (
    FIXED_HEIGHT,
    ExercisePoses,
    Placed,
    blend,
    contact_parts,
    ease,
    place,
    radius,
)
from hiptrainer.figures.skeleton import Vec

#: Sizes of the props in metres: (depth along x, width along z).
BENCH_SIZE = (0.40, 0.90)
CHAIR_SIZE = (0.42, 0.42)
STEP_SIZE = (0.34, 0.60)
#: How far past the shoulders a bench's edge lies when the upper back rests on it.
SHOULDER_EDGE = 0.08
#: The thickness of a bench's or chair's seat.
SEAT = 0.06
WALL_HEIGHT = 1.9
WALL_WIDTH = 1.0
WALL_THICKNESS = 0.06
#: How far the floor patch reaches beyond the body's footprint.
FLOOR_MARGIN = 0.3


class Box(msgspec.Struct, frozen=True):
    """An upright box: its lowest and highest corners."""

    low: Vec
    high: Vec

    def contains(self, point: Vec, margin: float = 0.0) -> bool:
        """Whether ``point`` lies inside the box shrunk by ``margin`` on every side."""
        return all(self.low[i] + margin < point[i] < self.high[i] - margin for i in range(3))

    def over_top(self, point: Vec, margin: float = 0.0) -> bool:
        """Whether ``point`` is above the top face (grown by ``margin``) seen from above."""
        return (
            self.low[0] - margin <= point[0] <= self.high[0] + margin
            and self.low[2] - margin <= point[2] <= self.high[2] + margin
        )


class Scene(msgspec.Struct, frozen=True):
    """One exercise's setting: the anchor its poses rest on, its props and its floor."""

    anchor: str | None
    bench: Box | None
    chair: bool
    step: Box | None
    wall: Box | None
    #: The floor patch under every pose: (x0, z0, x1, z1).
    floor: tuple[float, float, float, float]
    #: The corners of the exercise mat, if it uses one.
    mat: list[Vec] | None = None

    def prop(self, support: str) -> Box | None:
        return {"bench": self.bench, "step": self.step, "wall": self.wall}.get(support)

    def solids(self) -> list[tuple[str, Box]]:
        """The parts of the props nothing may pass through: a bench's seat (the floor under
        it stays free, for a leg beneath it), the whole step and wall."""
        found = [(name, self.prop(name)) for name in ("bench", "step", "wall")]
        solid = []
        for name, box in found:
            if box is not None and name == "bench":
                box = Box((box.low[0], box.high[1] - SEAT, box.low[2]), box.high)
            if box is not None:
                solid.append((name, box))
        return solid

    def support_under(self, point: Vec) -> float:
        """The height of the surface under ``point`` (a bench or step top, else the floor)."""
        for box in (self.bench, self.step):
            if box is not None and box.over_top(point) and point[1] >= box.high[1] - 0.05:
                return box.high[1]
        return 0.0


def exercise_anchor(poses: ExercisePoses) -> str | None:
    """The body point every key pose rests on, earliest in the first pose's contacts; None
    when the poses share none (each is then placed about its own first contact)."""
    resting = [[contact_parts(c)[0] for c in pose.contacts] for pose in poses.poses.values()]
    if not resting or not resting[0]:
        return None
    for point in resting[0]:
        if all(point in points for points in resting):
            return point
    return None


def place_key(
    poses: ExercisePoses, name: str, t: float = 1.0, from_pose: str | None = None,
    anchor: str | None = None,
) -> Placed:  # fmt: skip
    """Key pose ``name`` placed in its scene (the left side), or with ``t`` < 1 part way to
    it from ``from_pose`` (by default its own start pose)."""
    pose = poses.poses[name]
    angles: dict[str, float] = dict(pose.angles)
    start = from_pose or pose.start
    if start is not None and t < 1.0:
        angles = blend(poses.poses[start].angles, angles, ease(t))
    return place(angles, list(pose.contacts), anchor)


#: Where a reversed movement is compared with the forward one (joints within a micrometre).
_REVERSE_CHECKS = (0.2, 0.5, 0.8)


def reverses(poses: ExercisePoses, pose: str, start: str, anchor: str | None = None) -> bool:
    """Whether the way from ``start`` to ``pose`` at any ``t`` places the body exactly where
    the way back from ``pose`` to ``start`` does at ``1 - t``: the same angles (the blend and
    its easing are symmetric) and the same resting height (which each key pose's own contacts
    decide, so it is checked). A rep's lowering then shows the pictures of its lift, in
    reverse order, and they are drawn once."""
    for t in _REVERSE_CHECKS:
        there = place_key(poses, pose, t, start, anchor)
        back = place_key(poses, start, 1.0 - t, pose, anchor)
        if there.joints.keys() != back.joints.keys() or there.supports != back.supports:
            return False
        for name, point in there.joints.items():
            if any(abs(a - b) > 1e-6 for a, b in zip(point, back.joints[name], strict=True)):
                return False
    return True


def _footprint(points: Iterable[Vec]) -> tuple[float, float, float, float]:
    points = list(points)
    return (
        min(p[0] for p in points), min(p[2] for p in points),
        max(p[0] for p in points), max(p[2] for p in points),
    )  # fmt: skip


def build_scene(poses: ExercisePoses) -> Scene:
    anchor = exercise_anchor(poses)
    placed = {name: place_key(poses, name, anchor=anchor) for name in poses.poses}
    bench = step = wall = None
    chair = "chair" in poses.props
    for name, pose in poses.poses.items():
        joints = placed[name].joints
        by_support: dict[str, list[str]] = {}
        for contact in pose.contacts:
            point, support = contact_parts(contact)
            by_support.setdefault(support, []).append(point)
        if bench is None and "bench" in by_support:
            points = by_support["bench"]
            top = sum(joints[p][1] - radius(p) for p in points) / len(points)
            cx = sum(joints[p][0] for p in points) / len(points)
            cz = sum(joints[p][2] for p in points) / len(points)
            depth, width = CHAIR_SIZE if chair else BENCH_SIZE
            if all(p.endswith("shoulder") for p in points):
                # The upper back rests across the bench's long edge (a hip thrust): the edge
                # lies just past the shoulder blades, toward the hips, the seat behind them.
                toward = math.copysign(1.0, joints["pelvis"][0] - cx)
                cx += toward * (SHOULDER_EDGE - depth / 2)
            bench = Box(
                (cx - depth / 2, 0.0, cz - width / 2), (cx + depth / 2, top, cz + width / 2)
            )
        if step is None and "step" in by_support:
            where = joints[by_support["step"][0]]
            depth, width = STEP_SIZE
            step = Box(
                (where[0] - depth / 2, 0.0, where[2] - width / 2),
                (where[0] + depth / 2, FIXED_HEIGHT["step"], where[2] + width / 2),
            )
        if wall is None and "wall" in by_support:
            point = by_support["wall"][0]
            wall = wall_box(joints[point], joints["pelvis"], radius(point))
    body = [p for each in placed.values() for p in each.joints.values()]
    everything = list(body)
    for box in (bench, step, wall):
        if box is not None:
            everything += [box.low, box.high]
    x0, z0, x1, z1 = _footprint(everything)
    floor = (x0 - FLOOR_MARGIN, z0 - FLOOR_MARGIN, x1 + FLOOR_MARGIN, z1 + FLOOR_MARGIN)
    mat = None
    if "mat" in poses.props:
        mat = mat_corners(next(iter(placed.values())).joints, body)
    return Scene(
        anchor=anchor, bench=bench, chair=chair, step=step, wall=wall, floor=floor, mat=mat
    )


def mat_corners(joints: dict[str, Vec], points: list[Vec]) -> list[Vec]:
    """The corners of an exercise mat under ``points``, laid along the length of the body
    ``joints`` (so a mirrored body gets the mirrored mat)."""
    head, pelvis = joints["head"], joints["pelvis"]
    ax, az = head[0] - pelvis[0], head[2] - pelvis[2]
    norm = math.hypot(ax, az)
    ax, az = (ax / norm, az / norm) if norm > 0.05 else (1.0, 0.0)
    bx, bz = -az, ax  # across the mat
    along = [p[0] * ax + p[2] * az for p in points]
    across = [p[0] * bx + p[2] * bz for p in points]
    a0, a1 = min(along) - 0.18, max(along) + 0.18
    mid = (min(across) + max(across)) / 2
    half = max(0.3, (max(across) - min(across)) / 2 + 0.15)
    return [
        (u * ax + v * bx, 0.012, u * az + v * bz)
        for u, v in ((a0, mid - half), (a1, mid - half), (a1, mid + half), (a0, mid + half))
    ]


def wall_box(hand: Vec, body: Vec, gap: float) -> Box:
    """A wall just beyond the hand, facing the body (across x or z, whichever the hand
    reaches along most), standing on the floor."""
    dx, dz = hand[0] - body[0], hand[2] - body[2]
    if abs(dx) >= abs(dz):
        face = hand[0] + math.copysign(gap, dx)
        x0, x1 = sorted((face, face + math.copysign(WALL_THICKNESS, dx)))
        return Box((x0, 0.0, hand[2] - WALL_WIDTH / 2), (x1, WALL_HEIGHT, hand[2] + WALL_WIDTH / 2))
    face = hand[2] + math.copysign(gap, dz)
    z0, z1 = sorted((face, face + math.copysign(WALL_THICKNESS, dz)))
    return Box((hand[0] - WALL_WIDTH / 2, 0.0, z0), (hand[0] + WALL_WIDTH / 2, WALL_HEIGHT, z1))


def box_distance(box: Box, point: Vec) -> float:
    """How far ``point`` is from the box's surface (0 inside)."""
    d = [max(box.low[i] - point[i], 0.0, point[i] - box.high[i]) for i in range(3)]
    return math.sqrt(d[0] ** 2 + d[1] ** 2 + d[2] ** 2)
