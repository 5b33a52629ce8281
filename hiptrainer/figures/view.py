"""Cameras and framing: from 3D joint positions to a 2D picture, Qt-free.

A camera is an orthographic view from one side of the body. Every picture of an exercise is
framed with the same scale (the bounds of all its poses on both sides), so the figure does not
change size from step to step or when it is mirrored.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from hiptrainer.figures.skeleton import Mat, Vec, apply, mul, rot_x, rot_y

#: Azimuth (about the vertical axis; 0 = seen from the body's right side) and elevation.
CAMERAS: dict[str, tuple[float, float]] = {
    "side": (0.0, 8.0),
    "side_high": (0.0, 24.0),
    "front": (-90.0, 8.0),
    "three_quarter": (-40.0, 14.0),
    "front_high": (-62.0, 30.0),
    "back_three_quarter": (40.0, 18.0),
    # Higher and more from behind: a pelvis turning about a forward-leaning body's long axis.
    "back_high": (55.0, 28.0),
    "behind": (90.0, 12.0),
}


def mirror_plane(camera: str) -> float:
    """The mirror that swaps sides without turning the picture around: the vertical plane
    through the line of sight (see ``skeleton.mirror_angles``)."""
    return 90.0 - CAMERAS[camera][0]


def view_matrix(camera: str) -> Mat:
    azimuth, elevation = CAMERAS[camera]
    return mul(rot_x(elevation), rot_y(azimuth))


def project(view: Mat, point: Vec) -> Vec:
    """(screen x to the right, screen y up, depth toward the viewer)."""
    return apply(view, point)


class Frame:
    """Maps projected points into a pixel rectangle: uniform scale, centred, y down."""

    def __init__(
        self, bounds: tuple[float, float, float, float], width: float, height: float,
        margin: float = 0.06,
    ) -> None:  # fmt: skip
        x0, y0, x1, y1 = bounds
        span_x, span_y = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
        usable_w, usable_h = width * (1 - 2 * margin), height * (1 - 2 * margin)
        self.scale = min(usable_w / span_x, usable_h / span_y)
        self.offset_x = (width - span_x * self.scale) / 2 - x0 * self.scale
        self.offset_y = (height - span_y * self.scale) / 2 + y1 * self.scale

    def point(self, p: Vec) -> tuple[float, float]:
        return (self.offset_x + p[0] * self.scale, self.offset_y - p[1] * self.scale)

    def length(self, metres: float) -> float:
        return metres * self.scale


def bounds_of(points: Iterable[Vec], pad: float = 0.14) -> tuple[float, float, float, float]:
    """Screen-space box around projected points, padded for limb thickness and the head."""
    xs, ys = [], []
    for p in points:
        xs.append(p[0])
        ys.append(p[1])
    return (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)


def union(boxes: Iterable[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    boxes = list(boxes)
    return (
        min(b[0] for b in boxes), min(b[1] for b in boxes),
        max(b[2] for b in boxes), max(b[3] for b in boxes),
    )  # fmt: skip


def normalise(v: Vec) -> Vec:
    length = math.sqrt(v[0] ** 2 + v[1] ** 2 + v[2] ** 2) or 1.0
    return (v[0] / length, v[1] / length, v[2] / length)


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def body_axes(joints: Mapping[str, Vec]) -> tuple[Vec, Vec, Vec]:
    """(forward, up, right) of the pelvis and trunk, from the joint positions."""
    right = normalise(sub(joints["r_hip"], joints["l_hip"]))
    up = normalise(sub(joints["neck_base"], joints["pelvis"]))
    forward = normalise(cross(up, right))
    return forward, up, right
