"""A block is one exercise: the sides of a one-sided exercise change exercise together.

Each side is decided apart (:mod:`hiptrainer.domain.progression`), and a weaker side may stay
while the stronger moves on (issue 14). But a step back to the easier variant changes the
block's exercise, and so would take the other side with it: its move on, or its stay, lost
to a side that is not its own. So when only one side would step back to the easier variant,
that side steps back within the same exercise on its own dose
(:func:`~hiptrainer.domain.progression_ladder.own_step_down`: reps −2, a hold −5 s); only when
both sides step back to it does the block change exercise, and then at one dose for both,
the smaller of the two (no side gets more than its own step back gave it).

A two-sided exercise has one suggestion ("both"), and an exercise done "each way" has ways,
not sides (one movement): those keep the rule of the most careful way.
"""

from __future__ import annotations

from collections.abc import Sequence

import msgspec

from hiptrainer.domain.progression_ladder import Dose, own_step_down
from hiptrainer.domain.progression_suggestion import Suggestion
from hiptrainer.domain.words import translate


def _other_does(mate: str, kind: str | None) -> str:
    """What the other side does, in the reason of a side kept on the exercise."""
    if mate == "left":
        words = {
            None: translate("progression", "the left side has no session of it yet"),
            "move_on": translate("progression", "the left side moves on"),
            "stay": translate("progression", "the left side stays on this exercise"),
            "step_back": translate("progression", "the left side steps back within this exercise"),
        }
    else:
        words = {
            None: translate("progression", "the right side has no session of it yet"),
            "move_on": translate("progression", "the right side moves on"),
            "stay": translate("progression", "the right side stays on this exercise"),
            "step_back": translate("progression", "the right side steps back within this exercise"),
        }
    return words[kind]


def smaller(first: Dose, second: Dose) -> Dose:
    """The smaller of two doses of one exercise, number by number."""
    hold = None
    if first.hold_s is not None and second.hold_s is not None:
        hold = min(first.hold_s, second.hold_s)
    return Dose(first.exercise, min(first.sets, second.sets), min(first.reps, second.reps), hold)


def _with(reason: str, more: str) -> str:
    """``reason`` (a sentence) with ``more`` added as its last clause."""
    return f"{reason.rstrip('.')}; {more}."


def _kept(side: Suggestion, other: Suggestion | None, unit: str) -> Suggestion:
    """``side`` (a step back to the easier variant) as a step back within its exercise."""
    mate = "right" if side.side == "left" else "left"
    why = _other_does(mate, None if other is None else other.kind)
    down = own_step_down(side.current)
    if down is None:
        if side.side == "left":
            keep = translate(
                "progression",
                "{why}, so the left keeps this exercise at its easiest dose; if it keeps "
                "falling short, ask a physiotherapist",
            )
        else:
            keep = translate(
                "progression",
                "{why}, so the right keeps this exercise at its easiest dose; if it keeps "
                "falling short, ask a physiotherapist",
            )
        return msgspec.structs.replace(
            side, kind="stay", change="none", next=side.current,
            reason=_with(side.reason, keep.format(why=why)),
        )  # fmt: skip
    dose, change = down
    if side.side == "left":
        instead = translate(
            "progression",
            "{why}, so the left repeats this exercise at {dose} instead of changing exercise",
        )
    else:
        instead = translate(
            "progression",
            "{why}, so the right repeats this exercise at {dose} instead of changing exercise",
        )
    instead = instead.format(why=why, dose=dose.words(unit))
    return msgspec.structs.replace(
        side, change=change, next=dose, reason=_with(side.reason, instead)
    )


def one_exercise(found: Sequence[Suggestion], unilateral: bool, unit: str) -> list[Suggestion]:
    """One block's suggestions (its sides) with the sides changing exercise together only.
    ``unilateral``: the block's exercise is one-sided; ``unit``: its dose's unit, for words."""
    leaving = [s for s in found if s.change == "easier_variant"]
    if not unilateral or not leaving or {s.side for s in found} - {"left", "right"}:
        return list(found)
    if len(leaving) == 2:
        together = smaller(leaving[0].next, leaving[1].next)
        return [msgspec.structs.replace(s, next=together) for s in found]
    by_side = {s.side: s for s in found}
    mate = {"left": "right", "right": "left"}
    return [
        _kept(s, by_side.get(mate[s.side]), unit) if s.change == "easier_variant" else s
        for s in found
    ]
