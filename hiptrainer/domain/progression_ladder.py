"""The progression ladder: one rung up or down from a dose, within an exercise's ranges.

Holds: +5 s to the top of the hold range, then +1 hold to the top of the holds range, then
the first harder variant at the bottom of its own ranges (ITB: side plank 15→20 s; POL: then
more holds, then a harder lever). Reps: double progression, +1 rep to the top of the range,
then the harder variant (DP). Down is the same ladder backwards: −1 hold, then −5 s; reps
−2 (about the size of a hold's rung); below the bottom, the first easier variant. Each rung
changes one thing only. Source keys: exercises.md.

A variant, harder or easier, starts at the easy end of its own ranges (fewest sets, reps or
holds, shortest hold: where DP restarts after a change of exercise), and never at more of any
of them than the dose it takes over from when both are holds or both are reps. The change of
exercise is the one change of that rung; nothing else may grow with it, and a step back that
added holds would add load where the pain-monitoring model says reduce it (SIL).

:func:`own_step_down` is a side's step back within its exercise below the exercise's ranges,
for a one-sided block whose other side does not change exercise (see ``progression``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import msgspec

from hiptrainer.domain.dose import unit_text
from hiptrainer.domain.model import Dosage, Exercise
from hiptrainer.domain.words import translate

Change = Literal[
    "longer_hold", "more_holds", "more_reps", "harder_variant",
    "shorter_hold", "fewer_holds", "fewer_reps", "fewer_sets", "easier_variant", "none",
]  # fmt: skip

HOLD_STEP_S = 5
REPS_STEP = 1
REPS_BACK = 2


class Dose(msgspec.Struct, frozen=True):
    """One side's dose as played: ``reps`` holds of ``hold_s`` seconds, or ``reps`` reps, in
    each of ``sets`` sets."""

    exercise: str
    sets: int
    reps: int
    hold_s: int | None = None

    def words(self, unit: str = "reps") -> str:
        """``"4 × 20 s"``, ``"2 sets of 4 × 20 s"``, ``"2 × 12 reps"``, ``"12 reps"``."""
        if self.hold_s is not None:
            body = f"{self.reps} × {translate('dose', '{seconds} s').format(seconds=self.hold_s)}"
            if self.sets > 1:
                return translate("dose", "{sets} sets of {holds}").format(
                    sets=self.sets, holds=body
                )
            return body
        body = f"{self.reps} {unit_text(unit)}"
        return f"{self.sets} × {body}" if self.sets > 1 else body


def variant_start(variant: Exercise, dose: Dose) -> Dose:
    """Where ``variant`` starts when it takes over from ``dose``: the easy end of its own
    ranges, no more sets, reps, holds or seconds than ``dose`` has (when both are holds or
    both are reps; a hold and a set of reps do not compare)."""
    own = variant.dosage
    start = Dose(variant.id, own.sets, own.reps[0], own.hold_s[0] if own.hold_s else None)
    if (start.hold_s is None) != (dose.hold_s is None):
        return start
    hold = None if start.hold_s is None else min(start.hold_s, dose.hold_s or start.hold_s)
    return Dose(variant.id, min(start.sets, dose.sets), min(start.reps, dose.reps), hold)


def ladder_range(exercise: Exercise, block_dosage: Dosage | None, focus: str) -> Dosage:
    """The ranges a dose climbs within: the exercise's own; a warm-up's own block dose."""
    if focus == "activation" and block_dosage is not None:
        return block_dosage
    return exercise.dosage


def step_up(
    dose: Dose, limits: Dosage, exercise: Exercise, exercises: Mapping[str, Exercise],
    variants: bool = True,
) -> tuple[Dose, Change] | None:  # fmt: skip
    """One rung up, or None at the top with no harder variant."""
    if dose.hold_s is not None and limits.hold_s is not None:
        if dose.hold_s < limits.hold_s[1]:
            longer = min(dose.hold_s + HOLD_STEP_S, limits.hold_s[1])
            return msgspec.structs.replace(dose, hold_s=longer), "longer_hold"
        if dose.reps < limits.reps[1]:
            return msgspec.structs.replace(dose, reps=dose.reps + 1), "more_holds"
    elif dose.hold_s is None and dose.reps < limits.reps[1]:
        more = min(dose.reps + REPS_STEP, limits.reps[1])
        return msgspec.structs.replace(dose, reps=more), "more_reps"
    harder = [exercises[h] for h in exercise.harder if h in exercises] if variants else []
    return (variant_start(harder[0], dose), "harder_variant") if harder else None


def step_down(
    dose: Dose, limits: Dosage, exercise: Exercise, exercises: Mapping[str, Exercise]
) -> tuple[Dose, Change] | None:
    """One rung down, or None at the bottom with no easier variant."""
    if dose.hold_s is not None and limits.hold_s is not None:
        if dose.reps > limits.reps[0]:
            return msgspec.structs.replace(dose, reps=dose.reps - 1), "fewer_holds"
        if dose.hold_s > limits.hold_s[0]:
            shorter = max(dose.hold_s - HOLD_STEP_S, limits.hold_s[0])
            return msgspec.structs.replace(dose, hold_s=shorter), "shorter_hold"
    elif dose.hold_s is None and dose.reps > limits.reps[0]:
        fewer = max(dose.reps - REPS_BACK, limits.reps[0])
        return msgspec.structs.replace(dose, reps=fewer), "fewer_reps"
    easier = [exercises[e] for e in exercise.easier if e in exercises]
    return (variant_start(easier[0], dose), "easier_variant") if easier else None


def own_step_down(dose: Dose) -> tuple[Dose, Change] | None:
    """One side's step back within its exercise, below the exercise's ranges if need be:
    reps −2 (not below 1), a hold −5 s (not below 5 s); there, one fewer hold, then one
    fewer set; None at 1 set of 1 rep (or one 5 s hold).

    Why the reps and the hold's length rather than one fewer hold or set: a failed set or
    hold is the effort that fell short (RIR: regress at failure), and a hold ends at form
    failure (McGill's side bridge protocol, self-tests.md), so a side that held 13 s of 15 s
    fails each of fewer 15 s holds just the same; a shorter hold or 2 fewer reps is what it
    can do, with a little in reserve. For pain, either is the "reduce load" of the
    pain-monitoring model (SIL); this one keeps the sets, and the way back up is the
    ladder's own first rungs (+1 rep, +5 s)."""
    if dose.hold_s is None and dose.reps > 1:
        return msgspec.structs.replace(dose, reps=max(dose.reps - REPS_BACK, 1)), "fewer_reps"
    if dose.hold_s is not None and dose.hold_s > HOLD_STEP_S:
        shorter = max(dose.hold_s - HOLD_STEP_S, HOLD_STEP_S)
        return msgspec.structs.replace(dose, hold_s=shorter), "shorter_hold"
    if dose.hold_s is not None and dose.reps > 1:
        return msgspec.structs.replace(dose, reps=dose.reps - 1), "fewer_holds"
    if dose.sets > 1:
        return msgspec.structs.replace(dose, sets=dose.sets - 1), "fewer_sets"
    return None


def fits(dose: Dose, dosage: Dosage) -> bool:
    """Whether a routine's block dose still plays ``dose`` (at one of its levels)."""
    if dose.sets != dosage.sets or not dosage.reps[0] <= dose.reps <= dosage.reps[1]:
        return False
    if dosage.hold_s is None or dose.hold_s is None:
        return dosage.hold_s is None and dose.hold_s is None
    return dosage.hold_s[0] <= dose.hold_s <= dosage.hold_s[1]
