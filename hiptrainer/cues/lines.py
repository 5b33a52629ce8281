"""What the voice says at each moment of a workout (no Qt)."""

from __future__ import annotations

from hiptrainer.domain.engine import Event
from hiptrainer.domain.plan import Phase


def _side(phase: Phase) -> str:
    return "" if phase.side == "both" else f"{phase.side.capitalize()} side. "


def line_for(event: Event, phase: Phase, names: dict[str, str], upcoming: Phase | None) -> str:
    """The sentence for ``event`` (empty: nothing to say)."""
    if event.kind == "finished":
        return "Workout complete. Well done."
    if event.kind == "rep":
        return str(event.value)
    if event.kind != "phase_started":
        return ""
    name = names.get(phase.exercise, phase.exercise.replace("_", " "))
    if phase.kind == "prepare":
        return f"Get ready: {name}. {_side(phase)}".strip()
    if phase.kind == "work":
        if phase.target_hold_s is not None:
            return f"{_side(phase)}Hold {phase.target_hold_s:g} seconds."
        if phase.tempo:
            return f"{_side(phase)}{phase.target_reps} reps."
        return f"{_side(phase)}{phase.target_reps} reps, at your own pace. Press Enter when done."
    if phase.kind == "switch_sides":
        return "Switch sides."
    if phase.kind in ("rest", "transition"):
        if upcoming is None:
            return "Rest."
        next_name = names.get(upcoming.exercise, upcoming.exercise.replace("_", " "))
        return f"Rest. Next: {next_name}."
    return ""


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
