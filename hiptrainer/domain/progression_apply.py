"""Applying accepted suggestions: the user's own copy of a routine with the new doses.

Nothing is ever applied silently: the screens call :func:`apply_suggestions` with the
suggestions the user accepted, and store what it returns as the user's routine. Where the
sides of a one-sided exercise go different ways (the stronger moves on while the weaker
stays or steps back), each side gets its own dose (``Block.side_dosage``). A block is one
exercise: a one-sided block changes exercise (a harder or an easier variant) only when both
sides' accepted suggestions take it there, at the smaller of their two doses; a side whose
change of exercise the other side does not share waits, and the result says so, while the
other side's own change is still made. Where one dose must serve both ways of a two-sided
exercise (its "ways" are not sides), the block takes the dose of the way further behind (a
step back before a stay before a move on): none is pushed past what it is ready for.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

import msgspec

from hiptrainer.domain.model import Block, Dosage, Exercise, SideDosage, Workout
from hiptrainer.domain.progression import Suggestion
from hiptrainer.domain.progression_ladder import Dose
from hiptrainer.domain.progression_sides import smaller
from hiptrainer.domain.words import joined, translate

__all__ = ["Applied", "apply_suggestions", "dosage_for", "own_copy_id", "own_copy_name"]

# Which accepted change wins when the sides differ: the most careful.
_CAREFUL = {"step_back": 0, "stay": 1, "move_on": 2}
_SUFFIX = "_mine"
# The longest name a routine may have (``model.Name``).
_MAX_NAME = 200


class Applied(msgspec.Struct, frozen=True):
    workout: Workout
    # One line per changed block: "Copenhagen plank: 4 × 20 s → 4 × 25 s".
    changes: list[str]
    # One line per block left as it was because a side is not ready.
    waiting: list[str]


def own_copy_name(name: str) -> str:
    """The name of the user's copy of the routine ``name`` in the interface's language
    ("Post-run hip & glute strength (mine)"), shortened to fit the longest name."""
    #: The name of the user's own copy of a routine, made when they accept a suggested
    #: change of dose; {name} is the routine's name.
    pattern = translate("progression_apply", "{name} (mine)")
    room = _MAX_NAME - len(pattern.replace("{name}", ""))
    return pattern.replace("{name}", name[: max(0, room)])


def _side_change(side: str, before: str, after: str) -> str:
    """ "the left side 4 × 15 s → 4 × 20 s"."""
    if side == "left":
        text = translate("progression_apply", "the left side {before} → {after}")
    else:
        text = translate("progression_apply", "the right side {before} → {after}")
    return text.format(before=before, after=after)


def _side_stays(side: str, dose: str) -> str:
    """ "the left side stays at 4 × 15 s"."""
    if side == "left":
        text = translate("progression_apply", "the left side stays at {dose}")
    else:
        text = translate("progression_apply", "the right side stays at {dose}")
    return text.format(dose=dose)


def _the_side(side: str) -> str:
    """A side (or a way of a two-way exercise) as the subject of a sentence."""
    words = {
        "left": translate("progression_apply", "the left side"),
        "right": translate("progression_apply", "the right side"),
        "both": translate("progression_apply", "both sides"),
    }
    return words.get(side, side)


def own_copy_id(workout_id: str, taken: Collection[str]) -> str:
    """An id for the user's copy of ``workout_id``: ``post_run_strength_mine``, then
    ``_mine_2`` … when that is taken (a copy of a copy keeps one ``_mine``)."""
    base = workout_id if workout_id.endswith(_SUFFIX) else workout_id + _SUFFIX
    base = base[:58]  # ids are at most 64 characters, with room for "_99"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}_{number}"
    return candidate


def dosage_for(dose: Dose, base: Dosage) -> Dosage:
    """``base`` (the block's or the exercise's dose) fixed at ``dose``: both dose levels play
    exactly it; tempo, rests and sessions a week stay."""
    return Dosage(
        sets=dose.sets,
        reps=(dose.reps, dose.reps),
        hold_s=(dose.hold_s, dose.hold_s) if dose.hold_s is not None else None,
        unit=base.unit,
        tempo=base.tempo if dose.hold_s is None else None,
        rest_between_reps_s=base.rest_between_reps_s,
        rest_s=base.rest_s,
        sessions_per_week=base.sessions_per_week,
    )


def _check(workout: Workout, suggestion: Suggestion) -> None:
    blocks = workout.blocks
    if suggestion.workout != workout.id:
        raise ValueError(f"a suggestion for routine {suggestion.workout!r}, not {workout.id!r}")
    index = suggestion.block
    if not 0 <= index < len(blocks) or blocks[index].exercise != suggestion.exercise:
        raise ValueError(
            f"the routine has changed since the suggestion for {suggestion.exercise!r} was made"
        )


def _block_sides(exercise: Exercise, suggestions: Sequence[Suggestion]) -> set[str]:
    sides = {s.side for s in suggestions}
    if exercise.unilateral or exercise.dosage.unit == "steps each way" or sides - {"both"}:
        return {"left", "right"}
    return {"both"}


def _played(dosage: Dosage, exercise: str) -> Dose:
    """A dose as the player plays it by default (the low end of its ranges)."""
    return Dose(exercise, dosage.sets, dosage.reps[0], dosage.hold_s[0] if dosage.hold_s else None)


def _each_side(
    block: Block, exercise: Exercise, by_side: Mapping[str, Suggestion]
) -> tuple[Block, str] | None:
    """``block`` with each side at its own accepted dose (a side without one keeps what it
    plays now) and the line saying so; None when the sides cannot each have their own (a
    two-sided exercise, or a side moving to another exercise)."""
    if not _one_sided(exercise, by_side.values()):
        return None
    if any(s.next.exercise != block.exercise for s in by_side.values()):
        return None
    base = block.dosage or exercise.dosage
    unit = base.unit
    doses: dict[str, Dosage] = {}
    words: list[str] = []
    for side in ("left", "right"):
        now = block.side_dose(side, exercise.dosage)
        chosen = by_side.get(side)
        if chosen is None:
            doses[side] = now
            words.append(_side_stays(side, _played(now, block.exercise).words(unit)))
        else:
            doses[side] = dosage_for(chosen.next, now)
            words.append(_side_change(side, chosen.current.words(unit), chosen.next.words(unit)))
    changes = ", ".join(words)
    if doses["left"] == doses["right"]:
        # The weaker side caught up: one dose for both again.
        again = translate(
            "progression_apply", "{exercise}: {changes} (both sides at one dose again)"
        )
        line = again.format(exercise=exercise.name, changes=changes)
        return Block(exercise=block.exercise, dosage=doses["left"]), line
    left = doses["left"] if doses["left"] != base else None
    right = doses["right"] if doses["right"] != base else None
    sides = SideDosage(left=left, right=right) if left or right else None
    own = translate("progression_apply", "{exercise}: {changes} (each side its own dose)")
    line = own.format(exercise=exercise.name, changes=changes)
    return Block(exercise=block.exercise, dosage=block.dosage, side_dosage=sides), line


def _one_sided(exercise: Exercise, chosen: Iterable[Suggestion]) -> bool:
    return exercise.unilateral and not {s.side for s in chosen} - {"left", "right"}


def _variant(
    block: Block, exercise: Exercise, exercises: Mapping[str, Exercise],
    chosen: Sequence[Suggestion],
) -> tuple[tuple[Block, str] | None, list[str], list[Suggestion]]:  # fmt: skip
    """A one-sided block's changes of exercise: (the new block and its line when both sides
    go to one variant, or None; the lines of the sides that wait; the suggestions left)."""
    leaving = sorted((s for s in chosen if s.next.exercise != block.exercise), key=lambda s: s.side)
    if not leaving:
        return None, [], list(chosen)
    unit = (block.dosage or exercise.dosage).unit
    if len(leaving) == 2 and leaving[0].next.exercise == leaving[1].next.exercise:
        variant = exercises[leaving[0].next.exercise]
        dose = smaller(leaving[0].next, leaving[1].next)
        left, right = (s.current.words(unit) for s in leaving)
        if left != right:
            both = translate("progression_apply", "the left side {left}, the right side {right}")
            left = both.format(left=left, right=right)
        line = translate("progression_apply", "{exercise}: {before} → {variant}, {after}").format(
            exercise=exercise.name, before=left, variant=variant.name,
            after=dose.words(variant.dosage.unit),
        )  # fmt: skip
        return (Block(exercise=variant.id, dosage=dosage_for(dose, variant.dosage)), line), [], []
    waiting = []
    for side in leaving:
        variant = exercises[side.next.exercise]
        if side.side == "left":
            text = translate(
                "progression_apply",
                "{exercise}: the left side could change to {variant}, {after}, but the right "
                "side stays on {exercise}, and a block is one exercise; the left side stays at "
                "{before}.",
            )
        else:
            text = translate(
                "progression_apply",
                "{exercise}: the right side could change to {variant}, {after}, but the left "
                "side stays on {exercise}, and a block is one exercise; the right side stays at "
                "{before}.",
            )
        waiting.append(
            text.format(
                exercise=exercise.name,
                variant=variant.name,
                after=side.next.words(variant.dosage.unit),
                before=side.current.words(unit),
            )  # fmt: skip
        )
    return None, waiting, [s for s in chosen if s not in leaving]


def apply_suggestions(
    workout: Workout,
    exercises: Mapping[str, Exercise],
    accepted: Sequence[Suggestion],
    *,
    new_id: str | None = None,
    new_name: str | None = None,
) -> Applied:
    """``workout`` with the accepted suggestions' doses, as ``new_id`` (a new copy; None
    keeps the id, for a routine that is already the user's) and ``new_name`` (default: the
    name with "(mine)" for a new copy). Raises ValueError for a suggestion about another
    routine or a block that has changed since."""
    for suggestion in accepted:
        _check(workout, suggestion)
    blocks = list(workout.blocks)
    changes: list[str] = []
    waiting: list[str] = []
    for index, block in enumerate(workout.blocks):
        chosen = [s for s in accepted if s.block == index and s.applicable]
        if not chosen:
            continue
        exercise = exercises[block.exercise]
        if _one_sided(exercise, chosen):
            new, held, chosen = _variant(block, exercise, exercises, chosen)
            waiting += held
            if new is not None:
                blocks[index] = new[0]
                changes.append(new[1])
                continue
            if not chosen:
                continue
        sides = _block_sides(exercise, chosen)
        by_side = {s.side: s for s in chosen}
        unit = (block.dosage or exercise.dosage).unit
        careful = min(chosen, key=lambda s: _CAREFUL[s.kind])
        unready = sorted(sides - set(by_side))
        if unready or len({s.next for s in chosen}) > 1:
            own = _each_side(block, exercise, by_side)
            if own is not None:
                blocks[index], line = own
                changes.append(line)
                continue
        if careful.kind == "move_on" and (unready or len({s.next for s in chosen}) > 1):
            ready = ", ".join(map(_the_side, sorted(by_side)))
            waits = joined([_the_side(side) for side in unready])
            text = translate(
                "progression_apply",
                "{exercise}: {ready} could move on to {after}, but {waits} stays at {before}, "
                "and both sides share one dose in a routine.",
            )
            waiting.append(
                text.format(
                    exercise=exercise.name,
                    ready=ready,
                    after=careful.next.words(unit),
                    waits=waits or translate("progression_apply", "the other side"),
                    before=careful.current.words(unit),
                )  # fmt: skip
            )
            continue
        target = careful.next
        base = block.dosage or exercise.dosage
        if target.exercise != block.exercise:
            base = exercises[target.exercise].dosage
        blocks[index] = Block(exercise=target.exercise, dosage=dosage_for(target, base))
        before, after = careful.current.words(unit), target.words(base.unit)
        if target.exercise != block.exercise:
            line = translate("progression_apply", "{exercise}: {before} → {variant}, {after}")
        else:
            line = translate("progression_apply", "{exercise}: {before} → {after}")
        line = line.format(
            exercise=exercise.name, before=before, after=after,
            variant=exercises[target.exercise].name,
        )  # fmt: skip
        if any(side not in by_side or by_side[side].next != target for side in sides):
            shared = translate(
                "progression_apply", "{change} (both sides: a routine has one dose for both)"
            )
            line = shared.format(change=line)
        changes.append(line)
    copy = new_id is not None and new_id != workout.id
    name = new_name or (own_copy_name(workout.name) if copy else workout.name)
    result = msgspec.structs.replace(
        workout, id=new_id or workout.id, name=name[:_MAX_NAME], blocks=blocks
    )
    return Applied(result, changes, waiting)
