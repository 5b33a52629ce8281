"""Key poses of the exercises, and placing a posed body on the floor and its props.

``resources/poses/<exercise id>.toml`` holds, per exercise, the camera, the props and a
table of named key poses; each catalogue step names one of them. A key pose lists its joint
angles (see ``skeleton.ANGLES``), the body points that rest on something
(``"r_elbow:floor"``, ``"l_ankle:bench"``) and, for a movement, the pose it starts ``from``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from hiptrainer.figures.skeleton import ANGLES, Vec, mirror_angles, solve

Camera = Literal[
    "side",
    "side_high",
    "front",
    "front_high",
    "three_quarter",
    "back_three_quarter",
    "back_high",
    "behind",
]
Support = Literal["floor", "bench", "step", "wall"]
PropName = Literal["mat", "bench", "chair", "step", "mini_band_knees", "mini_band_ankles", "wall"]

#: Heights of the fixed supports (metres); a bench or chair seat takes the height the pose
#: needs, within BENCH_RANGE.
FIXED_HEIGHT: dict[str, float] = {"floor": 0.0, "step": 0.18}
BENCH_RANGE = (0.30, 0.62)
#: How far a body point's surface lies from its joint centre (half the limb's thickness).
CONTACT_RADIUS: dict[str, float] = {
    "elbow": 0.045, "wrist": 0.04, "fingers": 0.02, "knee": 0.06, "ankle": 0.05,
    "heel": 0.035, "toe": 0.02, "hip": 0.09, "shoulder": 0.07, "head": 0.11, "pelvis": 0.13,
}  # fmt: skip
TOLERANCE = 0.02
#: The body points whose surface, not only their centre, must stay above the floor.
SURFACE_POINTS = frozenset(
    f"{s}_{p}" for s in "lr" for p in ("heel", "toe", "fingers", "knee", "elbow")
) | {"head"}

_JOINTS = r"(?:[lr]_(?:elbow|wrist|fingers|knee|ankle|heel|toe|hip|shoulder)|head|pelvis)"
Contact = Annotated[
    str,
    Meta(
        pattern=rf"^{_JOINTS}:(floor|bench|step|wall)$",
        description='a body point and its support, such as "l_heel:floor" or "r_ankle:bench"',
    ),
]


class KeyPose(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    angles: dict[str, float] = {}
    contacts: list[Contact] = []
    start: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")] | None = None
    #: The body point whose travel the arrow shows (default: the one that moves most).
    arrow: Annotated[str, Meta(pattern=rf"^{_JOINTS}$")] | None = None
    #: The arrow curls around the pelvis, for a movement that turns the pelvis about the
    #: body's long axis (a hip opening toward the ceiling), the way ``arrow`` travels.
    arrow_turns: bool = False
    #: The checklist of what this pose's picture must show for its step text to be true
    #: ("left hand on the hip", "bench under the left ankle"); read when pictures are reviewed.
    shows: list[Annotated[str, Meta(min_length=1, max_length=300)]] = []

    def __post_init__(self) -> None:
        unknown = sorted(set(self.angles) - set(ANGLES))
        if unknown:
            raise ValueError(f"angles: unknown angle {unknown[0]!r}")


class ExercisePoses(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    camera: Annotated[Camera, Meta(description="a camera view")] = "side"
    props: list[Annotated[PropName, Meta(description="a prop")]] = []
    #: The key pose that shows one repetition (animated from its start) while a set plays;
    #: by default the movement whose body points travel furthest.
    rep: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")] | None = None
    #: For a repetition that passes through several key poses (leg back, hip open, back
    #: down), all of them in order from the rest position back to it, such as
    #: ["start", "leg_back", "hip_open", "leg_back", "start"]; the player animates one rep
    #: through them and shows the step text of the pose it is moving to.
    rep_cycle: list[Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]] = []
    poses: dict[str, KeyPose]

    def __post_init__(self) -> None:
        if self.rep is not None and self.rep not in self.poses:
            raise ValueError(f"rep: names an unknown pose {self.rep!r}")
        for name in self.rep_cycle:
            if name not in self.poses:
                raise ValueError(f"rep_cycle: names an unknown pose {name!r}")
        if len(self.rep_cycle) == 1:
            raise ValueError("rep_cycle: needs at least two poses to move between")
        for name, pose in self.poses.items():
            if pose.start is not None and pose.start not in self.poses:
                raise ValueError(f"poses: {name}.start names an unknown pose {pose.start!r}")


class Placed(msgspec.Struct, frozen=True):
    """A body in the world: its joints, and the top surface of every support it uses."""

    joints: dict[str, Vec]
    supports: dict[str, tuple[float, Vec]]  # support -> (top height, where it is touched)


def contact_parts(contact: str) -> tuple[str, str]:
    point, support = contact.split(":")
    return point, support


def radius(point: str) -> float:
    return CONTACT_RADIUS[point.split("_", 1)[1] if point[:2] in ("l_", "r_") else point]


def mirrored_contacts(contacts: list[str]) -> list[str]:
    result = []
    for contact in contacts:
        point, support = contact_parts(contact)
        if point[:2] in ("l_", "r_"):
            point = ("r_" if point[:2] == "l_" else "l_") + point[2:]
        result.append(f"{point}:{support}")
    return result


def place(angles: Mapping[str, float], contacts: list[str], anchor: str | None = None) -> Placed:
    """Solve the pose and move it up or down so it rests on its fixed supports (floor or
    step); benches take the height of the point that rests on them. Body point ``anchor``
    (by default the first contact) stays over the origin."""
    joints = solve(angles)
    fixed = [c for c in contacts if contact_parts(c)[1] in FIXED_HEIGHT]
    if fixed:
        # The lowest point resting on a fixed support decides the height.
        shifts = []
        for contact in fixed:
            point, support = contact_parts(contact)
            shifts.append(FIXED_HEIGHT[support] - (joints[point][1] - radius(point)))
        shift = max(shifts)
        # Nothing goes through the floor: a foot swinging low part way through a movement
        # lifts the body for that moment rather than sinking (a key pose where this happens
        # shows it as a contact off the floor, which the checks report).
        lowest = min(p[1] - (radius(n) if n in SURFACE_POINTS else 0.0) for n, p in joints.items())
        shift = max(shift, -lowest)
    else:
        bottom = min(p[1] for p in joints.values())
        shift = -bottom + 0.1
    # The first contact stays put from pose to pose (a planted foot, a forearm on the floor),
    # so a movement between two poses moves the body, not the point it rests on.
    anchor = anchor or (contact_parts(contacts[0])[0] if contacts else None)
    ax, az = (joints[anchor][0], joints[anchor][2]) if anchor else (0.0, 0.0)
    joints = {name: (p[0] - ax, p[1] + shift, p[2] - az) for name, p in joints.items()}
    supports: dict[str, tuple[float, Vec]] = {}
    for contact in contacts:
        point, support = contact_parts(contact)
        surface = joints[point][1] - radius(point)
        if support in FIXED_HEIGHT:
            supports.setdefault(support, (FIXED_HEIGHT[support], joints[point]))
        elif support == "bench":
            supports.setdefault("bench", (surface, joints[point]))
        else:  # wall: touched by a hand; the wall stands beyond the hand, away from the body
            supports.setdefault("wall", (surface, joints[point]))
    return Placed(joints=joints, supports=supports)


def pose_angles(poses: ExercisePoses, name: str, side: str) -> tuple[dict[str, float], list[str]]:
    """A key pose's angles and contacts, mirrored when ``side`` is "right"."""
    from hiptrainer.figures.view import mirror_plane

    pose = poses.poses[name]
    if side == "right":
        return mirror_angles(pose.angles, mirror_plane(poses.camera)), mirrored_contacts(
            pose.contacts
        )
    return dict(pose.angles), list(pose.contacts)


def blend(a: Mapping[str, float], b: Mapping[str, float], t: float) -> dict[str, float]:
    """Angles part way from ``a`` (t=0) to ``b`` (t=1)."""
    names = set(a) | set(b)
    return {n: a.get(n, 0.0) + (b.get(n, 0.0) - a.get(n, 0.0)) * t for n in names}


def ease(t: float) -> float:
    """Smooth start and stop (cubic ease-in-out) for 0 <= t <= 1."""
    t = min(max(t, 0.0), 1.0)
    return 4 * t * t * t if t < 0.5 else 1 - (-2 * t + 2) ** 3 / 2


def rep_pose(poses: ExercisePoses) -> str | None:
    """The key pose that shows a repetition: the named one, else the movement that moves the
    body furthest from its start."""
    if poses.rep is not None:
        return poses.rep
    best, travel = None, 0.0
    for name, pose in poses.poses.items():
        if pose.start is None:
            continue
        a = solve(poses.poses[pose.start].angles)
        b = solve(pose.angles)
        moved = sum(
            ((a[j][0] - b[j][0]) ** 2 + (a[j][1] - b[j][1]) ** 2 + (a[j][2] - b[j][2]) ** 2) ** 0.5
            for j in a
        )
        if moved > travel:
            best, travel = name, moved
    return best
