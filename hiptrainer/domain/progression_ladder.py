"""The progression ladder: one rung up or down from a dose, within an exercise's ranges.

Holds: +5 s to the top of the hold range, then +1 hold to the top of the holds range, then
the first harder variant at the bottom of its own ranges (ITB: side plank 15→20 s; POL: then
more holds, then a harder lever). Reps: double progression, +1 rep to the top of the range,
then the harder variant (DP). Down is the same ladder backwards: −1 hold, then −5 s; reps
−2 (about the size of a hold's rung); below the bottom, the first easier variant at the top
of its own ranges. Each rung changes one thing only. Source keys: exercises.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import msgspec

from hiptrainer.domain.model import Dosage, Exercise

Change = Literal[
    "longer_hold", "more_holds", "more_reps", "harder_variant",
    "shorter_hold", "fewer_holds", "fewer_reps", "easier_variant", "none",
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
            body = f"{self.reps} × {self.hold_s} s"
            return f"{self.sets} sets of {body}" if self.sets > 1 else body
        body = f"{self.reps} {unit}"
        return f"{self.sets} × {body}" if self.sets > 1 else body


def _low(exercise: Exercise, top: bool = False) -> Dose:
    """An exercise's own dose at the bottom (or the top) of its ranges."""
    dosage, end = exercise.dosage, 1 if top else 0
    hold = dosage.hold_s[end] if dosage.hold_s else None
    return Dose(exercise.id, dosage.sets, dosage.reps[end], hold)


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
    return (_low(harder[0]), "harder_variant") if harder else None


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
    return (_low(easier[0], top=True), "easier_variant") if easier else None


def fits(dose: Dose, dosage: Dosage) -> bool:
    """Whether a routine's block dose still plays ``dose`` (at one of its levels)."""
    if dose.sets != dosage.sets or not dosage.reps[0] <= dose.reps <= dosage.reps[1]:
        return False
    if dosage.hold_s is None or dose.hold_s is None:
        return dosage.hold_s is None and dose.hold_s is None
    return dosage.hold_s[0] <= dose.hold_s <= dosage.hold_s[1]
