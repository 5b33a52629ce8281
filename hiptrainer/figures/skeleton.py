"""A 3D human skeleton: fixed segment lengths, joint angles, forward kinematics.

World axes: x forward (the way the body faces when standing), y up, z to the body's right.
A pose is a set of joint angles in degrees (anything not given is the neutral standing
position) plus the root's orientation and place; :func:`solve` turns it into 3D joint
positions. Everything here is plain Python so it can run anywhere, including start-up.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]  # rows

# Segment lengths in metres for a 1.75 m adult (after Winter's anthropometric tables).
LENGTHS: dict[str, float] = {
    "torso": 0.50,  # hip centre to the base of the neck
    "neck": 0.10,
    "head": 0.11,  # radius; the head centre sits this far above the top of the neck
    "hip_width": 0.17,  # between the hip joints
    "shoulder_width": 0.36,
    "upper_arm": 0.30,
    "forearm": 0.26,
    "hand": 0.09,
    "thigh": 0.43,
    "shin": 0.43,
    "foot": 0.22,  # ankle to toe tip, along the foot
    "heel": 0.06,
}

# Limb thickness (diameter, metres): used for drawing and for ground contact.
THICKNESS: dict[str, float] = {
    "torso": 0.30,
    "neck": 0.10,
    "upper_arm": 0.095,
    "forearm": 0.08,
    "hand": 0.07,
    "thigh": 0.16,
    "shin": 0.11,
    "foot": 0.08,
}

SIDES = ("l", "r")
#: The angles a pose may set, with the joint they move. Side-specific names start l_/r_.
ANGLES = (
    "yaw", "pitch", "roll", "turn",
    "torso_flex", "torso_bend", "torso_twist", "neck_flex",
    *(f"{s}_{a}" for s in SIDES for a in (
        "hip_flex", "hip_abd", "hip_rot", "knee", "ankle",
        "shoulder_flex", "shoulder_abd", "shoulder_rot", "elbow", "wrist",
    )),
)  # fmt: skip
DOWN: Vec = (0.0, -1.0, 0.0)
UP: Vec = (0.0, 1.0, 0.0)
FORWARD: Vec = (1.0, 0.0, 0.0)
IDENTITY: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def rot_x(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def rot_y(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def rot_z(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def mul(a: Mat, b: Mat) -> Mat:
    (a0, a1, a2), (b0, b1, b2) = a, b
    return (
        (a0[0] * b0[0] + a0[1] * b1[0] + a0[2] * b2[0],
         a0[0] * b0[1] + a0[1] * b1[1] + a0[2] * b2[1],
         a0[0] * b0[2] + a0[1] * b1[2] + a0[2] * b2[2]),
        (a1[0] * b0[0] + a1[1] * b1[0] + a1[2] * b2[0],
         a1[0] * b0[1] + a1[1] * b1[1] + a1[2] * b2[1],
         a1[0] * b0[2] + a1[1] * b1[2] + a1[2] * b2[2]),
        (a2[0] * b0[0] + a2[1] * b1[0] + a2[2] * b2[0],
         a2[0] * b0[1] + a2[1] * b1[1] + a2[2] * b2[1],
         a2[0] * b0[2] + a2[1] * b1[2] + a2[2] * b2[2]),
    )  # fmt: skip


def chain(*mats: Mat) -> Mat:
    result = IDENTITY
    for m in mats:
        result = mul(result, m)
    return result


def apply(m: Mat, v: Vec) -> Vec:
    return (
        m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
        m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
        m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
    )


def add(a: Vec, b: Vec, scale: float = 1.0) -> Vec:
    return (a[0] + b[0] * scale, a[1] + b[1] * scale, a[2] + b[2] * scale)


#: Segments as (name, from joint, to joint, thickness key), in the order of the chain.
SEGMENTS: tuple[tuple[str, str, str, str], ...] = (
    ("torso", "pelvis", "neck_base", "torso"),
    ("neck", "neck_base", "neck_top", "neck"),
    *(
        seg
        for s in SIDES
        for seg in (
            (f"{s}_thigh", f"{s}_hip", f"{s}_knee", "thigh"),
            (f"{s}_shin", f"{s}_knee", f"{s}_ankle", "shin"),
            (f"{s}_foot", f"{s}_heel", f"{s}_toe", "foot"),
            (f"{s}_upper_arm", f"{s}_shoulder", f"{s}_elbow", "upper_arm"),
            (f"{s}_forearm", f"{s}_elbow", f"{s}_wrist", "forearm"),
            (f"{s}_hand", f"{s}_wrist", f"{s}_fingers", "hand"),
        )
    ),
)

#: Which segments must keep their length (the foot is checked heel to toe).
SEGMENT_LENGTH: dict[str, float] = {
    "torso": LENGTHS["torso"],
    "neck": LENGTHS["neck"],
    **{f"{s}_thigh": LENGTHS["thigh"] for s in SIDES},
    **{f"{s}_shin": LENGTHS["shin"] for s in SIDES},
    **{f"{s}_foot": LENGTHS["foot"] + LENGTHS["heel"] for s in SIDES},
    **{f"{s}_upper_arm": LENGTHS["upper_arm"] for s in SIDES},
    **{f"{s}_forearm": LENGTHS["forearm"] for s in SIDES},
    **{f"{s}_hand": LENGTHS["hand"] for s in SIDES},
}


def side_sign(side: str) -> float:
    """+1 for the right side (+z), -1 for the left."""
    return 1.0 if side == "r" else -1.0


def solve(angles: Mapping[str, float], root: Vec = (0.0, 0.0, 0.0)) -> dict[str, Vec]:
    """Joint positions for ``angles``; ``root`` is where the pelvis centre goes."""

    def a(name: str) -> float:
        return float(angles.get(name, 0.0))

    # yaw turns the body about the vertical, pitch leans it forward, roll tips it onto a
    # side, and turn rotates the pelvis about the body's own long axis (opening the hips).
    body = chain(rot_y(a("yaw")), rot_z(-a("pitch")), rot_x(a("roll")), rot_y(a("turn")))
    torso = chain(body, rot_z(-a("torso_flex")), rot_x(a("torso_bend")), rot_y(a("torso_twist")))
    joints: dict[str, Vec] = {"pelvis": root}
    joints["neck_base"] = add(root, apply(torso, UP), LENGTHS["torso"])
    head_frame = chain(torso, rot_z(-a("neck_flex")))
    joints["neck_top"] = add(joints["neck_base"], apply(head_frame, UP), LENGTHS["neck"])
    joints["head"] = add(joints["neck_top"], apply(head_frame, UP), LENGTHS["head"])
    joints["nose"] = add(joints["head"], apply(head_frame, FORWARD), LENGTHS["head"])

    for s in SIDES:
        sign = side_sign(s)
        # Legs hang from the pelvis (which follows the body, not the torso's bend).
        hip = add(root, apply(body, (0.0, 0.0, sign)), LENGTHS["hip_width"] / 2)
        thigh = chain(
            body, rot_z(a(f"{s}_hip_flex")), rot_x(-sign * a(f"{s}_hip_abd")),
            rot_y(-sign * a(f"{s}_hip_rot")),
        )  # fmt: skip
        knee = add(hip, apply(thigh, DOWN), LENGTHS["thigh"])
        shin = chain(thigh, rot_z(-a(f"{s}_knee")))
        ankle = add(knee, apply(shin, DOWN), LENGTHS["shin"])
        foot = chain(shin, rot_z(-a(f"{s}_ankle")))
        heel = add(ankle, apply(foot, FORWARD), -LENGTHS["heel"])
        toe = add(ankle, apply(foot, FORWARD), LENGTHS["foot"])
        joints.update({f"{s}_hip": hip, f"{s}_knee": knee, f"{s}_ankle": ankle,
                       f"{s}_heel": heel, f"{s}_toe": toe})  # fmt: skip

        # Arms hang from the shoulders, which follow the torso.
        shoulder = add(
            joints["neck_base"], apply(torso, (0.0, -0.03, sign)), LENGTHS["shoulder_width"] / 2
        )
        # shoulder_rot turns the upper arm about its own length (+ inward), so a bent elbow
        # can bring the hand to the hip.
        upper = chain(
            torso, rot_z(a(f"{s}_shoulder_flex")), rot_x(-sign * a(f"{s}_shoulder_abd")),
            rot_y(sign * a(f"{s}_shoulder_rot")),
        )  # fmt: skip
        elbow = add(shoulder, apply(upper, DOWN), LENGTHS["upper_arm"])
        fore = chain(upper, rot_z(a(f"{s}_elbow")))
        wrist = add(elbow, apply(fore, DOWN), LENGTHS["forearm"])
        hand = chain(fore, rot_z(-a(f"{s}_wrist")))  # + bends the hand back (palm down)
        fingers = add(wrist, apply(hand, DOWN), LENGTHS["hand"])
        joints.update({f"{s}_shoulder": shoulder, f"{s}_elbow": elbow, f"{s}_wrist": wrist,
                       f"{s}_fingers": fingers})  # fmt: skip
    return joints


def mirror_angles(angles: Mapping[str, float], plane: float = 0.0) -> dict[str, float]:
    """The same pose done with the other side: its mirror image in a vertical plane.

    ``plane`` is the direction of the plane's normal, in degrees about the vertical axis from
    +z (0: the plane x-y; 90: the plane y-z). Left and right swap, every rotation toward one
    side turns toward the other, and the body turns so the picture is a true mirror image.
    """
    mirrored: dict[str, float] = {}
    for name, value in angles.items():
        if name[:2] in ("l_", "r_"):
            other = ("r_" if name[:2] == "l_" else "l_") + name[2:]
            mirrored[other] = value
        elif name in ("roll", "turn", "torso_bend", "torso_twist"):
            mirrored[name] = -value
        elif name != "yaw":
            mirrored[name] = value
    yaw = 2 * plane - angles.get("yaw", 0.0)
    mirrored["yaw"] = (yaw + 180.0) % 360.0 - 180.0
    return mirrored


def mirror_point(point: Vec, plane: float = 0.0) -> Vec:
    """``point`` reflected in the vertical plane whose normal points at ``plane`` degrees."""
    nx, nz = math.sin(math.radians(plane)), math.cos(math.radians(plane))
    d = point[0] * nx + point[2] * nz
    return (point[0] - 2 * d * nx, point[1], point[2] - 2 * d * nz)
