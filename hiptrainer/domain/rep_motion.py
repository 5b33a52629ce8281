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

A set of paced reps is timed here too (:func:`rep_frame`): which rep is under way, where it
is, and how long the picture stays as it is, so the player draws a frame only while the body
moves and none in the pause.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from hiptrainer.domain.plan import TempoSeconds

__all__ = ["RepFrame", "RepMotion", "rep_frame", "rep_motion", "step_showing"]


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


def _simple_stretches(tempo: TempoSeconds) -> list[tuple[float, bool]]:
    lift, pause, lower = tempo
    return [(lift, True), (pause, False), (lower, True)]


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


class RepFrame(NamedTuple):
    """A moment of a set of paced reps."""

    #: The rep under way, from 1; the last one stays once the set's time is up.
    rep: int
    #: Seconds into that rep.
    within: float
    #: Through a cycle of key poses: where the rep is (None without a cycle).
    motion: RepMotion | None
    #: How far toward the rep pose and back, 0 to 1 (without a cycle: up in the lift, 1 in
    #: the pause, down in the lowering; with one, ``motion.t``).
    t: float
    #: Seconds the picture stays as it is from this moment: 0 while the body moves, the rest
    #: of the pause in a pause, infinity once the set's reps are over.
    still_for: float


def _still_for(stretches: Sequence[tuple[float, bool]], within: float) -> float:
    clock = within
    for seconds, moving in stretches:
        if clock < seconds:
            return 0.0 if moving else seconds - clock
        clock -= seconds
    return math.inf


def rep_frame(
    tempo: TempoSeconds,
    reps: int,
    elapsed: float,
    cycle: Sequence[str] = (),
    frame_s: float | None = None,
) -> RepFrame:
    """The moment ``elapsed`` seconds into a set of ``reps`` reps at ``tempo``, each through
    the key poses ``cycle`` if it has at least two (else up to the rep pose and back).

    With ``frame_s``, the moment is the last frame of a grid that starts again with each
    rep (every ``frame_s`` seconds from its start): every rep then shows the very same
    pictures, so a picture drawn in the first rep can be shown again in the next."""
    if reps < 1:
        raise ValueError(f"a set has at least one rep, not {reps}")
    rep_s = sum(tempo)
    clock = max(0.0, elapsed)
    rep = min(int(clock // rep_s) + 1, reps) if rep_s > 0 else reps
    within = clock - (rep - 1) * rep_s
    if frame_s is not None and within < rep_s:
        within = math.floor(within / frame_s + 1e-9) * frame_s
    if len(cycle) >= 2:
        motion = rep_motion(cycle, tempo, within)
        stretches = [(seconds, moving) for seconds, moving, _ in _stretches(cycle, tempo)]
        still = _still_for(stretches, within)
        return RepFrame(rep, within, motion, motion.t, still)
    lift, pause, lower = tempo
    if within < lift:
        t = within / lift
    elif within < lift + pause:
        t = 1.0
    elif within < rep_s:
        t = max(0.0, 1 - (within - lift - pause) / lower)
    else:
        t = 0.0
    return RepFrame(rep, within, None, t, _still_for(_simple_stretches(tempo), within))
