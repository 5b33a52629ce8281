"""A workout expanded into the flat list of phases the player runs through, and the one
estimate of how long that takes.

prepare → work → rest → … → switch_sides → work … → transition (next up) → … → done

A work phase is one hold, or one set of reps. A self-test's work is open-ended instead
(:func:`open_ended_phases`): a hold that counts up until the user stops it, or reps the user
counts; each side starts with a countdown into position, and a rest sits between the sides.

The dose is per side: a one-sided exercise runs its whole dose on each side, in the order
the side setting asks for, and a block may give a side its own dose (``Block.side_dosage``:
a weaker side held back), which that side plays and the estimate counts.

Every length shown anywhere (the routine chooser, ``hiptrainer workouts``, the Library's dose,
the player's progress) is the planned length of these phases, so they can never disagree.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import accumulate
from typing import Literal, get_args

import msgspec

from hiptrainer.domain.model import Dosage, Exercise, SideDosage, Workout

__all__ = [
    "DEFAULT_DOSE_LEVEL",
    "DEFAULT_SIDE_ORDER",
    "DOSE_LEVELS",
    "PREPARE_S",
    "SELF_PACED_REP_S",
    "SELF_PACED_TEMPO",
    "SIDE_ORDERS",
    "SWITCH_SIDES_S",
    "SELF_TEST_COUNTDOWN_S",
    "SELF_TEST_REST_S",
    "DoseLevel",
    "OpenEnded",
    "Phase",
    "PhaseKind",
    "Side",
    "SideOrder",
    "TempoSeconds",
    "dose_phases",
    "dose_seconds",
    "expand",
    "open_ended_phases",
    "parse_tempo",
    "planned_seconds",
    "planned_starts",
    "routine_seconds",
    "side_doses",
    "total_seconds",
]

PhaseKind = Literal["prepare", "work", "rest", "switch_sides", "transition", "done"]
#: Which side a one-sided exercise starts on, or sides taking turns set by set.
SideOrder = Literal["left_first", "right_first", "alternate"]
#: Which end of a dose's ranges is played: "low" takes 4 of "4–6", "high" takes 6.
DoseLevel = Literal["low", "high"]
Side = Literal["left", "right", "both"]
#: What an open-ended work phase measures: seconds held until the user stops, or reps counted.
OpenEnded = Literal["hold", "reps"]
#: Seconds to lift, pause and lower one rep.
TempoSeconds = tuple[float, float, float]

SIDE_ORDERS: tuple[SideOrder, ...] = get_args(SideOrder)
DOSE_LEVELS: tuple[DoseLevel, ...] = get_args(DoseLevel)
DEFAULT_SIDE_ORDER: SideOrder = "left_first"
DEFAULT_DOSE_LEVEL: DoseLevel = "low"

#: Seconds to get into position before the first exercise.
PREPARE_S = 10.0
#: Length of the switch-sides phase between the two sides of a one-sided exercise.
SWITCH_SIDES_S = 5.0
#: The pace assumed for a rep without a tempo. The player waits for the user to confirm a
#: self-paced set; estimates and the progress bar count this much per rep.
SELF_PACED_TEMPO: TempoSeconds = (1.5, 1.0, 1.5)
SELF_PACED_REP_S = sum(SELF_PACED_TEMPO)
#: A self-test's countdown into position before each side, and its rest between the sides.
SELF_TEST_COUNTDOWN_S = 10.0
SELF_TEST_REST_S = 90.0


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
    tempo: TempoSeconds | None = None
    #: During rests and transitions: the exercise that comes next.
    next_exercise: str = ""
    #: A rest after which the other side starts (sides alternating set by set): the player
    #: says and shows that side's set-up line then, as at a switch of sides.
    side_starts: bool = False
    #: Open-ended work (a self-test): a hold that counts up until the user stops it, or reps
    #: the user counts. It has no duration and no target; the engine records what was done.
    open_ended: OpenEnded | None = None

    @property
    def timed(self) -> bool:
        return self.duration is not None

    @property
    def rep_seconds(self) -> float | None:
        return sum(self.tempo) if self.tempo else None


def parse_tempo(tempo: str) -> TempoSeconds:
    """``"2-1-2"`` → ``(2.0, 1.0, 2.0)``: seconds to lift, pause and lower."""
    if not re.fullmatch(r"[0-9]+-[0-9]+-[0-9]+", tempo):
        raise ValueError(f"a tempo is three whole seconds such as 2-1-2, not {tempo!r}")
    lift, pause, lower = (float(part) for part in tempo.split("-"))
    return lift, pause, lower


def _pick(values: tuple[int, int], level: DoseLevel) -> int:
    return values[0] if level == "low" else values[1]


def _side_runs(
    unilateral: bool, sets: dict[Side, int], order: SideOrder, alternating: bool
) -> list[tuple[Side, int]]:
    """(side, set index) in the order they are done; ``sets`` is each side's count (the
    sides may differ when one keeps its own dose)."""
    if not unilateral:
        return [("both", s) for s in range(sets["both"])]
    first: Side = "right" if order == "right_first" else "left"
    second: Side = "left" if order == "right_first" else "right"
    if alternating:
        most = max(sets[first], sets[second])
        return [(side, s) for s in range(most) for side in (first, second) if s < sets[side]]
    return [(first, s) for s in range(sets[first])] + [(second, s) for s in range(sets[second])]


def side_doses(
    dosage: Dosage, unilateral: bool, side_dosage: SideDosage | None = None
) -> dict[Side, Dosage]:
    """The dose each side plays: ``side_dosage``'s for a side it names (one-sided exercises
    only: a two-sided one has nothing to give a side), else ``dosage``."""
    doses: dict[Side, Dosage] = {"left": dosage, "right": dosage, "both": dosage}
    if unilateral and side_dosage is not None:
        doses["left"] = side_dosage.left or dosage
        doses["right"] = side_dosage.right or dosage
    return doses


def dose_phases(
    dosage: Dosage,
    unilateral: bool,
    order: SideOrder = DEFAULT_SIDE_ORDER,
    level: DoseLevel = DEFAULT_DOSE_LEVEL,
    *,
    exercise: str = "",
    block: int = -1,
    switch_s: float = SWITCH_SIDES_S,
    side_dosage: SideDosage | None = None,
) -> list[Phase]:
    """The work, rests and side switches of one dose, without a lead-in before it; a side
    that ``side_dosage`` names plays its own dose (its sets, reps or holds and rests)."""
    doses = side_doses(dosage, unilateral, side_dosage)
    base = Phase(kind="work", duration=None, block=block, exercise=exercise)
    # "15 steps each way" is one set that goes one way and then comes back: the two
    # directions are played like two sides (the leading leg), one after the other in a set.
    each_way = dosage.unit == "steps each way"
    alternating = order == "alternate" or each_way
    sets = {side: dose.sets for side, dose in doses.items()}
    runs = _side_runs(unilateral or each_way, sets, order, alternating)
    phases: list[Phase] = []
    for run_index, (side, set_index) in enumerate(runs):
        dose = doses[side]
        reps = _pick(dose.reps, level)
        hold = float(_pick(dose.hold_s, level)) if dose.hold_s else None
        tempo = parse_tempo(dose.tempo) if dose.tempo and hold is None else None
        at = partial(msgspec.structs.replace, base, sets=dose.sets, reps=reps)
        if run_index > 0:
            previous_side, previous_set = runs[run_index - 1]
            # Alternating sides, a new set starts with a rest, not a quick switch.
            switching = side != previous_side
            if switching and (not alternating or set_index == previous_set):
                phases.append(
                    at(kind="switch_sides", duration=switch_s, side=side, set_index=set_index)
                )
            else:
                phases.append(
                    at(
                        kind="rest",
                        duration=float(dose.rest_s),
                        side=side,
                        set_index=set_index,
                        next_exercise=exercise,
                        side_starts=switching,
                    )
                )
        if hold is not None:
            for rep in range(reps):
                if rep > 0 and dose.rest_between_reps_s:
                    phases.append(
                        at(
                            kind="rest",
                            duration=float(dose.rest_between_reps_s),
                            side=side,
                            set_index=set_index,
                            rep_index=rep,
                            next_exercise=exercise,
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
            phases.append(
                at(
                    kind="work",
                    duration=reps * sum(tempo) if tempo else None,
                    side=side,
                    set_index=set_index,
                    target_reps=reps,
                    tempo=tempo,
                )
            )
    return phases


def expand(
    workout: Workout,
    exercises: dict[str, Exercise],
    order: SideOrder = DEFAULT_SIDE_ORDER,
    level: DoseLevel = DEFAULT_DOSE_LEVEL,
    switch_s: float = SWITCH_SIDES_S,
    prepare_s: float = PREPARE_S,
) -> list[Phase]:
    phases: list[Phase] = []
    for block_index, block in enumerate(workout.blocks):
        exercise = exercises[block.exercise]
        work = dose_phases(
            block.dosage or exercise.dosage,
            exercise.unilateral,
            order,
            level,
            exercise=exercise.id,
            block=block_index,
            switch_s=switch_s,
            side_dosage=block.side_dosage,
        )
        first = work[0]
        lead_in = Phase(
            kind="prepare" if block_index == 0 else "transition",
            duration=prepare_s if block_index == 0 else float(workout.rest_between_exercises_s),
            block=block_index,
            exercise=exercise.id,
            side=first.side,
            sets=first.sets,
            reps=first.reps,
            next_exercise="" if block_index == 0 else exercise.id,
        )
        phases += [lead_in, *work]
    phases.append(Phase(kind="done", duration=None))
    return phases


def open_ended_phases(
    exercise: str,
    measure: OpenEnded,
    order: SideOrder = DEFAULT_SIDE_ORDER,
    *,
    unilateral: bool = True,
    countdown_s: float = SELF_TEST_COUNTDOWN_S,
    rest_s: float = SELF_TEST_REST_S,
) -> list[Phase]:
    """The phases of a self-test: for each side a countdown into position (a prepare phase
    of ``countdown_s``) and one open-ended work phase, with a rest of ``rest_s`` between the
    sides (none when 0), then done.

    ``exercise`` names what is tested (a self-test's id). A one-sided test starts on the
    side ``order`` asks for; "alternate" has nothing to alternate in one effort a side, so
    it starts on the left."""
    if countdown_s < 0 or rest_s < 0:
        raise ValueError("a countdown or a rest cannot be negative")
    sides: list[Side] = ["both"]
    if unilateral:
        sides = ["right", "left"] if order == "right_first" else ["left", "right"]
    base = Phase(kind="work", duration=None, block=0, exercise=exercise, sets=1)
    phases: list[Phase] = []
    for index, side in enumerate(sides):
        if index > 0 and rest_s > 0:
            phases.append(
                msgspec.structs.replace(
                    base, kind="rest", duration=rest_s, side=side, next_exercise=exercise,
                    side_starts=True,
                )
            )  # fmt: skip
        phases.append(
            msgspec.structs.replace(base, kind="prepare", duration=countdown_s, side=side)
        )
        phases.append(msgspec.structs.replace(base, side=side, open_ended=measure))
    phases.append(Phase(kind="done", duration=None))
    return phases


def planned_seconds(phase: Phase, self_paced_rep_s: float = SELF_PACED_REP_S) -> float:
    """A phase's planned length; a self-paced set counts ``self_paced_rep_s`` per rep."""
    if phase.duration is not None:
        return phase.duration
    return phase.reps * self_paced_rep_s if phase.kind == "work" else 0.0


def total_seconds(phases: list[Phase], self_paced_rep_s: float = SELF_PACED_REP_S) -> float:
    """Planned length of the whole plan."""
    return sum(planned_seconds(phase, self_paced_rep_s) for phase in phases)


def planned_starts(phases: list[Phase]) -> list[float]:
    """Planned seconds from the start of the plan to the start of each phase."""
    return list(accumulate((planned_seconds(p) for p in phases[:-1]), initial=0.0))


def routine_seconds(
    workout: Workout,
    exercises: dict[str, Exercise],
    order: SideOrder = DEFAULT_SIDE_ORDER,
    level: DoseLevel = DEFAULT_DOSE_LEVEL,
    *,
    switch_s: float = SWITCH_SIDES_S,
    prepare_s: float = PREPARE_S,
) -> float:
    """How long a routine takes: the planned length of exactly the phases the player plays
    (with the get-ready and switch-sides times the player is given: the settings')."""
    return total_seconds(expand(workout, exercises, order, level, switch_s, prepare_s))


def dose_seconds(
    dosage: Dosage,
    unilateral: bool,
    order: SideOrder = DEFAULT_SIDE_ORDER,
    level: DoseLevel = DEFAULT_DOSE_LEVEL,
    side_dosage: SideDosage | None = None,
) -> float:
    """How long one dose takes inside a routine: its work, rests and side switch, without
    the lead-in (get ready or next up) before it; a side's own dose counted as played."""
    return total_seconds(dose_phases(dosage, unilateral, order, level, side_dosage=side_dosage))
