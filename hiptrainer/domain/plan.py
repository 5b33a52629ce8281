"""A workout expanded into the flat list of phases the player runs through.

prepare → work → rest → … → switch_sides → work … → transition (next up) → … → done

A work phase is one hold, or one set of reps. The dose is per side: a one-sided exercise runs
its whole dose on each side, in the order the side setting asks for.
"""

from __future__ import annotations

from functools import partial
from itertools import accumulate
from typing import Literal

import msgspec

from hiptrainer.domain.model import Dosage, Exercise, Workout

PhaseKind = Literal["prepare", "work", "rest", "switch_sides", "transition", "done"]
SideOrder = Literal["left_first", "right_first", "alternate"]
DoseLevel = Literal["low", "high"]
Side = Literal["left", "right", "both"]

PREPARE_S = 10.0
SWITCH_SIDES_S = 5.0


class Phase(msgspec.Struct, frozen=True, kw_only=True):
    kind: PhaseKind
    #: Seconds; None for self-paced work, which ends when the user confirms it.
    duration: float | None
    block: int = -1
    exercise: str = ""
    side: Side = "both"
    set_index: int = 0
    rep_index: int = 0
    sets: int = 0
    reps: int = 0  # holds in a set, or reps in a set
    target_reps: int | None = None
    target_hold_s: float | None = None
    #: Seconds to lift, hold and lower one rep, for paced reps.
    tempo: tuple[float, float, float] | None = None
    #: During rests and transitions: the exercise that comes next.
    next_exercise: str = ""

    @property
    def timed(self) -> bool:
        return self.duration is not None

    @property
    def rep_seconds(self) -> float | None:
        return sum(self.tempo) if self.tempo else None


def _pick(values: tuple[int, int], level: DoseLevel) -> int:
    return values[0] if level == "low" else values[1]


def _tempo(dosage: Dosage) -> tuple[float, float, float] | None:
    if not dosage.tempo:
        return None
    lift, pause, lower = (float(part) for part in dosage.tempo.split("-"))
    return lift, pause, lower


def _side_runs(unilateral: bool, sets: int, order: SideOrder) -> list[tuple[Side, int]]:
    """(side, set index) in the order they are done."""
    if not unilateral:
        return [("both", s) for s in range(sets)]
    first: Side = "right" if order == "right_first" else "left"
    second: Side = "left" if order == "right_first" else "right"
    if order == "alternate":
        return [(side, s) for s in range(sets) for side in (first, second)]
    return [(first, s) for s in range(sets)] + [(second, s) for s in range(sets)]


def expand(
    workout: Workout,
    exercises: dict[str, Exercise],
    order: SideOrder = "left_first",
    level: DoseLevel = "low",
    switch_s: float = SWITCH_SIDES_S,
    prepare_s: float = PREPARE_S,
) -> list[Phase]:
    phases: list[Phase] = []
    for block_index, block in enumerate(workout.blocks):
        exercise = exercises[block.exercise]
        dosage = block.dosage or exercise.dosage
        sets = dosage.sets
        reps = _pick(dosage.reps, level)
        hold = float(_pick(dosage.hold_s, level)) if dosage.hold_s else None
        tempo = None if hold else _tempo(dosage)
        base = Phase(
            kind="work",
            duration=None,
            block=block_index,
            exercise=exercise.id,
            sets=sets,
            reps=reps,
        )
        at = partial(msgspec.structs.replace, base)
        runs = _side_runs(exercise.unilateral, sets, order)
        first_side = runs[0][0]
        if block_index == 0:
            phases.append(at(kind="prepare", duration=prepare_s, side=first_side))
        else:
            phases.append(
                at(
                    kind="transition",
                    duration=float(workout.rest_between_exercises_s),
                    side=first_side,
                    next_exercise=exercise.id,
                )
            )
        for run_index, (side, set_index) in enumerate(runs):
            if run_index > 0:
                previous_side, previous_set = runs[run_index - 1]
                # Alternating sides, a new set starts with a rest, not a quick switch.
                switching = side != previous_side
                if switching and (order != "alternate" or set_index == previous_set):
                    phases.append(
                        at(kind="switch_sides", duration=switch_s, side=side, set_index=set_index)
                    )
                else:
                    phases.append(
                        at(
                            kind="rest",
                            duration=float(dosage.rest_s),
                            side=side,
                            set_index=set_index,
                            next_exercise=exercise.id,
                        )
                    )
            if hold is not None:
                for rep in range(reps):
                    if rep > 0 and dosage.rest_between_reps_s:
                        phases.append(
                            at(
                                kind="rest",
                                duration=float(dosage.rest_between_reps_s),
                                side=side,
                                set_index=set_index,
                                rep_index=rep,
                                next_exercise=exercise.id,
                            )
                        )
                    phases.append(
                        at(
                            kind="work",
                            duration=hold,
                            side=side,
                            set_index=set_index,
                            rep_index=rep,
                            target_hold_s=hold,
                        )
                    )
            else:
                duration = reps * sum(tempo) if tempo else None
                phases.append(
                    at(
                        kind="work",
                        duration=duration,
                        side=side,
                        set_index=set_index,
                        target_reps=reps,
                        tempo=tempo,
                    )
                )
    phases.append(Phase(kind="done", duration=None))
    return phases


def planned_seconds(phase: Phase, self_paced_rep_s: float = 4.0) -> float:
    """A phase's planned length; a self-paced set counts ``self_paced_rep_s`` per rep."""
    if phase.duration is not None:
        return phase.duration
    return phase.reps * self_paced_rep_s if phase.kind == "work" else 0.0


def total_seconds(phases: list[Phase], self_paced_rep_s: float = 4.0) -> float:
    """Planned length of the whole plan."""
    return sum(planned_seconds(phase, self_paced_rep_s) for phase in phases)


def planned_starts(phases: list[Phase]) -> list[float]:
    """Planned seconds from the start of the plan to the start of each phase."""
    return list(accumulate((planned_seconds(p) for p in phases[:-1]), initial=0.0))
