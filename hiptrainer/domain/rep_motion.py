"""Where a paced repetition is at a moment: which two key poses it is between, and how far.

A repetition that passes through several key poses (``rep_cycle``: leg back, hip open, leg
back, stand) is played in the rep's tempo. The poses up to the middle one are the lift, the
middle pose is held for the pause, the poses after it are the lowering; the lift's seconds are
shared equally among the lift's segments and the lowering's among its own. So a 2-2-2 tempo
over ``start → leg_back → hip_open → leg_back → start`` takes 1 s to bring the leg back, 1 s to
open the hip, holds it open for 2 s, and takes 1 s for each way back.

Pure arithmetic, no Qt: the player draws ``to_pose`` part way from ``from_pose``, and shows
the step of ``step_pose``: on the way up and in the pause the pose it moves to or holds, on
the way down the pose the rep comes back to (the step that says how to come back, rather than
a lifting step read backwards).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from hiptrainer.domain.plan import TempoSeconds

__all__ = ["RepMotion", "rep_motion", "step_showing"]


class RepMotion(NamedTuple):
    from_pose: str
    to_pose: str
    #: How far from ``from_pose`` to ``to_pose``, 0 to 1, in time (the renderer eases it).
    t: float
    #: The pose whose step text describes this moment.
    step_pose: str


def _stretches(cycle: Sequence[str], tempo: TempoSeconds) -> list[tuple[float, bool, RepMotion]]:
    """Each stretch of the rep in order: (seconds it lasts, whether the body moves, the
    motion at its end)."""
    poses = list(cycle)
    if len(poses) < 2:
        raise ValueError("a repetition moves between at least two poses")
    if any(part < 0 for part in tempo):
        raise ValueError(f"a tempo has no negative seconds: {tempo!r}")
    if len(poses) == 2:
        poses.append(poses[0])  # up and back down again, as a single movement is played
    lift, pause, lower = tempo
    moves = len(poses) - 1
    peak = math.ceil(moves / 2)  # the pose held for the pause
    stretches: list[tuple[float, bool, RepMotion]] = []
    for index in range(moves):
        lifting = index < peak
        seconds = lift / peak if lifting else lower / (moves - peak)
        step_pose = poses[index + 1] if lifting else poses[-1]
        reached = RepMotion(poses[index], poses[index + 1], 1.0, step_pose)
        stretches.append((seconds, True, reached))
        if index == peak - 1:
            stretches.append((pause, False, reached))
    return stretches


def rep_motion(cycle: Sequence[str], tempo: TempoSeconds, within: float) -> RepMotion:
    """The motion ``within`` seconds into one repetition through the key poses ``cycle``
    (rest to rest) at ``tempo`` (seconds to lift, pause, lower). Before the rep it is at its
    first pose, after it at its last."""
    stretches = _stretches(cycle, tempo)
    clock = max(0.0, within)
    for seconds, moving, reached in stretches:
        if clock < seconds:
            return reached._replace(t=clock / seconds) if moving else reached
        clock -= seconds
    return stretches[-1][2]


def step_showing(step_poses: Sequence[str], motion: RepMotion) -> int | None:
    """The first step that shows ``motion.step_pose``; else the step of the pose it moves to,
    or comes from; None if no step shows any of them."""
    for pose in (motion.step_pose, motion.to_pose, motion.from_pose):
        if pose in step_poses:
            return list(step_poses).index(pose)
    return None
