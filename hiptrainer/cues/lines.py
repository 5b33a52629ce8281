"""What the voice says at each moment of a workout (no Qt)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

from hiptrainer.domain.engine import Event
from hiptrainer.domain.plan import Phase
from hiptrainer.domain.sides import setup_line

if TYPE_CHECKING:
    from hiptrainer.domain.model import Exercise

#: The phases in which a side starts: the first exercise's get-ready, the "next up" lead-in
#: before each later exercise, and the switch to the other side.
SIDE_START_KINDS = ("prepare", "transition", "switch_sides")
#: The spoken countdown of a phase's last three seconds (a setting: "Count down aloud").
COUNTDOWN_WORDS = {3: "Three", 2: "Two", 1: "One"}


def _side(phase: Phase) -> str:
    return "" if phase.side == "both" else f"{phase.side.capitalize()} side. "


def _each_way(phase: Phase, exercises: Mapping[str, Exercise] | None) -> bool:
    """A two-sided exercise counted in steps each way (the band walk): its "sides" are the
    two directions of one set, so the voice names the direction, not a side."""
    exercise = exercises.get(phase.exercise) if exercises is not None else None
    return (
        exercise is not None
        and not exercise.unilateral
        and exercise.dosage.unit == "steps each way"
        and phase.side != "both"
    )


def setup_for(phase: Phase, exercises: Mapping[str, Exercise] | None) -> str | None:
    """Where the body goes for the side ``phase`` starts, e.g. "Right leg on the bench: lie
    on your left side."; None when no side starts here, or the exercise is two-sided.

    The player shows this line during the get-ready, next-up and switch-sides phases, and the
    voice says it then (see :func:`line_for`)."""
    if exercises is None or not (phase.kind in SIDE_START_KINDS or phase.side_starts):
        return None
    exercise = exercises.get(phase.exercise)
    return None if exercise is None else setup_line(exercise, phase.side)


def last_words(phase: Phase) -> str:
    """ "Last set. " as the last set of a dose with several begins (each side's own last
    set), "Last hold. " as the last hold of a set of several begins; '' otherwise."""
    if phase.kind != "work" or phase.set_index != phase.sets - 1:
        return ""
    if phase.sets > 1 and phase.rep_index == 0:
        return "Last set. "
    holds = phase.target_hold_s is not None
    if holds and phase.reps > 1 and phase.rep_index == phase.reps - 1:
        return "Last hold. "
    return ""


def countdown_line(event: Event, phase: Phase) -> str:
    """ "Three", "Two", "One" for the last seconds of a phase that counts down; '' for a
    paced set, whose reps are counted aloud instead."""
    if event.kind != "countdown" or phase.tempo is not None:
        return ""
    return COUNTDOWN_WORDS.get(event.value, "")


def line_for(
    event: Event,
    phase: Phase,
    names: dict[str, str],
    upcoming: Phase | None,
    exercises: Mapping[str, Exercise] | None = None,
    countdown: bool = False,
) -> str:
    """The sentence for ``event`` (empty: nothing to say). With ``exercises``, a phase in
    which a side starts also says that side's set-up line; with ``countdown``, the last three
    seconds of a phase are counted aloud."""
    if event.kind == "finished":
        return "Workout complete. Well done."
    if event.kind == "rep":
        return str(event.value)
    if event.kind == "countdown":
        return countdown_line(event, phase) if countdown else ""
    if event.kind != "phase_started":
        return ""
    name = names.get(phase.exercise, phase.exercise.replace("_", " "))
    setup = setup_for(phase, exercises)
    if phase.kind == "prepare":
        # The set-up line names the side itself ("Stand on your left leg: ...").
        return f"Get ready: {name}. {setup or _side(phase)}".strip()
    if phase.kind == "work":
        if _each_way(phase, exercises) and phase.target_reps is not None:
            return f"{phase.target_reps} steps to the {phase.side}."
        last = last_words(phase)
        if phase.target_hold_s is not None:
            return f"{last}{_side(phase)}Hold {phase.target_hold_s:g} seconds."
        if phase.tempo:
            return f"{last}{_side(phase)}{phase.target_reps} reps."
        return (
            f"{last}{_side(phase)}{phase.target_reps} reps, at your own pace. "
            "Press Enter when done."
        )
    if phase.kind == "switch_sides":
        if _each_way(phase, exercises):
            return f"Now lead with the {phase.side} foot, back to the {phase.side}."
        return f"Switch sides. {setup}" if setup else "Switch sides."
    if phase.kind in ("rest", "transition"):
        if upcoming is None:
            return "Rest."
        next_name = names.get(upcoming.exercise, upcoming.exercise.replace("_", " "))
        return f"Rest. Next: {next_name}. {setup}" if setup else f"Rest. Next: {next_name}."
    return ""


def selftest_line(event: Event, phase: Phase) -> str | None:
    """What the voice says in a self-test where a routine's line does not fit (None: the
    routine's line): the open-ended effort's start, its stop with the result, the end."""
    if event.kind == "finished":
        return "Test complete. Well done."
    if event.kind == "phase_started" and phase.open_ended == "hold":
        return f"{_side(phase)}Go: hold as long as you can."
    if event.kind == "phase_started" and phase.open_ended == "reps":
        return f"{_side(phase)}Go: press Enter for each rep."
    result = event.result
    if event.kind != "set_completed" or result is None or phase.open_ended is None:
        return None
    if result.skipped:
        return ""
    if phase.open_ended == "hold":
        seconds = math.floor(result.hold_s or 0.0)
        return f"Stop: {seconds} second." if seconds == 1 else f"Stop: {seconds} seconds."
    reps = result.reps or 0
    return f"Stop: {reps} rep." if reps == 1 else f"Stop: {reps} reps."


def tone_for(event: Event, phase: Phase) -> str:
    """The tone for ``event`` (empty: none)."""
    if event.kind == "countdown":
        return "tick"
    if event.kind == "finished":
        return "finished"
    if event.kind == "phase_started":
        return {"work": "work", "rest": "rest", "transition": "rest",
                "switch_sides": "switch"}.get(phase.kind, "")  # fmt: skip
    return ""
