"""What can be checked of an exercise's pictures without looking at them (Qt-free).

:func:`pose_problems` places every key pose, and frames part way along every movement, in
the exercise's scene and lists, one line each, what a reviewer would reject: a contact that
does not touch its support, a joint through the floor or a prop, a prop that would have to
change size, an arrow over a part that does not move, a step's pose with no checklist.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from hiptrainer.figures.poses import (
    BENCH_RANGE,
    SURFACE_POINTS,
    TOLERANCE,
    ExercisePoses,
    Placed,
    contact_parts,
    radius,
)
from hiptrainer.figures.scene import Scene, box_distance, build_scene, place_key
from hiptrainer.figures.skeleton import Vec
from hiptrainer.figures.view import body_axes, project, view_matrix

#: How far a named moving part must travel in the picture, and a turn turn, to be seen.
MIN_TRAVEL = 0.04
MIN_TURN_DEG = 15.0
#: Where frames part way along a movement are checked.
FRAMES = (0.25, 0.5, 0.75)


def pose_problems(poses: ExercisePoses, step_poses: Sequence[str]) -> list[str]:
    """Everything wrong with the pictures of an exercise whose steps show ``step_poses``."""
    problems: list[str] = []
    scene = build_scene(poses)
    if scene.bench is not None:
        top = scene.bench.high[1]
        if not BENCH_RANGE[0] <= top <= BENCH_RANGE[1]:
            problems.append(
                f"bench: its top at {top:.2f} m is outside {BENCH_RANGE[0]}-{BENCH_RANGE[1]} m"
            )
    for name, pose in poses.poses.items():
        placed = place_key(poses, name, anchor=scene.anchor)
        problems += _contact_problems(name, pose.contacts, placed, scene)
        problems += _collisions(name, placed, scene)
        if pose.start is not None:
            problems += _movement_problems(poses, scene, name, pose.start)
    cycle = poses.rep_cycle
    for before, after in zip(cycle, cycle[1:], strict=False):
        if before != after and poses.poses[after].start != before:
            problems += _movement_problems(poses, scene, after, before, arrow=False)
    for name in dict.fromkeys(step_poses):
        if name not in poses.poses:
            problems.append(f"{name}: a step shows this pose but there is no such key pose")
        elif not poses.poses[name].shows:
            problems.append(f"{name}: a step shows this pose but it has no `shows` checklist")
    return problems


def _contact_problems(
    name: str, contacts: Sequence[str], placed: Placed, scene: Scene
) -> list[str]:
    problems = []
    for contact in contacts:
        point, support = contact_parts(contact)
        where = placed.joints[point]
        if support == "floor":
            gap = where[1] - radius(point)
        else:
            box = scene.prop(support)
            if box is None:
                problems.append(f"{name}: {contact}: the exercise has no {support}")
                continue
            if support == "wall":
                gap = box_distance(box, where) - radius(point)
            else:
                if not box.over_top(where, radius(point)):
                    problems.append(f"{name}: {contact}: the point is beside the {support}")
                gap = where[1] - radius(point) - box.high[1]
        if abs(gap) > TOLERANCE:
            how = "above" if gap > 0 else "into"
            problems.append(f"{name}: {contact}: {abs(gap):.3f} m {how} the {support}")
    return problems


def _collisions(name: str, placed: Placed, scene: Scene) -> list[str]:
    problems = []
    for joint, where in placed.joints.items():
        bottom = where[1] - (radius(joint) if joint in SURFACE_POINTS else 0.0)
        if bottom < -TOLERANCE:
            problems.append(f"{name}: {joint} is {-bottom:.3f} m into the floor")
        for support, box in scene.solids():
            if box.contains(where, TOLERANCE):
                problems.append(f"{name}: {joint} is inside the {support}")
    return problems


def _movement_problems(
    poses: ExercisePoses, scene: Scene, name: str, start: str, arrow: bool = True
) -> list[str]:
    problems = []
    label = f"{start} -> {name}"
    pose = poses.poses[name]
    # Contacts on a prop stay on it all the way (the prop does not move); floor contacts
    # may lift a little part way, as angles blend.
    shared = {
        c
        for c in set(pose.contacts) & set(poses.poses[start].contacts)
        if contact_parts(c)[1] != "floor"
    }
    for t in FRAMES:
        frame = place_key(poses, name, t, start, scene.anchor)
        found = _collisions(f"{label} at {t:.2f}", frame, scene)
        found += _contact_problems(f"{label} at {t:.2f}", sorted(shared), frame, scene)
        if found:
            problems.append(found[0])  # one line per movement frame is enough to find it
    if not arrow:
        return problems
    a = place_key(poses, start, anchor=scene.anchor).joints
    b = place_key(poses, name, anchor=scene.anchor).joints
    if pose.arrow_turns:
        turned = _turn_deg(a, b)
        if turned < MIN_TURN_DEG:
            problems.append(f"{label}: the pelvis turns {turned:.0f} degrees, too little to see")
    if pose.arrow is not None:
        view = view_matrix(poses.camera)
        pa, pb = project(view, a[pose.arrow]), project(view, b[pose.arrow])
        travel = math.hypot(pb[0] - pa[0], pb[1] - pa[1])
        if travel < MIN_TRAVEL:
            problems.append(
                f"{label}: the arrow's {pose.arrow} moves {travel:.3f} m in the picture"
            )
    return problems


def _turn_deg(a: dict[str, Vec], b: dict[str, Vec]) -> float:
    """How far the pelvis turns about its long axis between two poses."""
    ra, rb = body_axes(a)[2], body_axes(b)[2]
    dot = max(-1.0, min(1.0, sum(x * y for x, y in zip(ra, rb, strict=True))))
    return math.degrees(math.acos(dot))
