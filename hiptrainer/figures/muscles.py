"""Where each muscle of the vocabulary sits on the figure, for the highlight (Qt-free)."""

from __future__ import annotations

from collections.abc import Mapping

from hiptrainer.figures.skeleton import Vec, add
from hiptrainer.figures.view import body_axes


def _lerp(a: Vec, b: Vec, t: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def anchor(muscle: str, side: str, joints: Mapping[str, Vec]) -> tuple[Vec, float] | None:
    """The centre of ``muscle`` on ``side`` ("l" or "r") and its size in metres."""
    forward, up, right = body_axes(joints)
    out = right if side == "r" else (-right[0], -right[1], -right[2])
    back = (-forward[0], -forward[1], -forward[2])
    hip, knee = joints[f"{side}_hip"], joints[f"{side}_knee"]
    ankle = joints[f"{side}_ankle"]
    pelvis, neck = joints["pelvis"], joints["neck_base"]
    thigh = _lerp(hip, knee, 0.45)
    if muscle in ("gluteus medius", "gluteus minimus"):
        return add(add(hip, up, 0.07), out, 0.05), 0.085
    if muscle == "gluteus maximus":
        return add(add(_lerp(pelvis, hip, 0.6), back, 0.09), up, -0.03), 0.1
    if muscle == "deep hip rotators":
        return add(hip, back, 0.07), 0.06
    if muscle == "tensor fasciae latae":
        return add(add(hip, forward, 0.05), out, 0.04), 0.06
    if muscle == "hip flexors":
        return add(add(hip, forward, 0.06), up, 0.04), 0.07
    if muscle == "hip adductors":
        return add(_lerp(hip, knee, 0.35), out, -0.05), 0.09
    if muscle == "hamstrings":
        return add(thigh, back, 0.05), 0.1
    if muscle == "quadriceps":
        return add(thigh, forward, 0.05), 0.1
    if muscle == "calves":
        return add(_lerp(knee, ankle, 0.3), back, 0.04), 0.07
    if muscle == "obliques":
        return add(_lerp(pelvis, neck, 0.35), out, 0.11), 0.1
    if muscle == "transversus abdominis":
        return add(_lerp(pelvis, neck, 0.3), forward, 0.11), 0.1
    if muscle == "quadratus lumborum":
        return add(add(_lerp(pelvis, neck, 0.3), back, 0.09), out, 0.05), 0.07
    if muscle == "erector spinae":
        return add(_lerp(pelvis, neck, 0.45), back, 0.12), 0.1
    if muscle == "shoulder stabilisers":
        return joints[f"{side}_shoulder"], 0.07
    return None
