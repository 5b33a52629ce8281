"""The player's counting words, the same on every page: a hold is a hold, a set of reps is a
set, and one of anything is singular. Pure text, no Qt."""

from __future__ import annotations

from hiptrainer.domain.engine import WorkResult
from hiptrainer.domain.plan import Phase
from hiptrainer.domain.summary import Summary

SIDE_NAMES = {"left": "Left side", "right": "Right side", "both": "Both sides"}


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``counted(1, "hold")`` → ``"1 hold"``; ``counted(8, "hold")`` → ``"8 holds"``."""
    word = singular if count == 1 else plural or f"{singular}s"
    return f"{count} {word}"


def work_text(holds: int, rep_sets: int) -> str:
    """``"8 holds, 4 sets of reps"``; only the kinds there are; ``"nothing"`` for none."""
    parts = []
    if holds:
        parts.append(counted(holds, "hold"))
    if rep_sets:
        parts.append(counted(rep_sets, "set of reps", "sets of reps"))
    return ", ".join(parts) or "nothing"


def _verb(count: int, singular: str, plural: str) -> str:
    return singular if count == 1 else plural


def pending_text(holds: int, rep_sets: int, error: str) -> str:
    """Work the store has refused so far: ``"1 hold is not saved yet, kept to try again: …"``."""
    verb = _verb(holds + rep_sets, "is", "are")
    return f"{work_text(holds, rep_sets)} {verb} not saved yet, kept to try again: {error}"


def duration_text(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"


def summary_line(summary: Summary) -> str:
    """``"12 min 05 s · 8 holds, 4 sets of reps · 1 skipped"``."""
    line = f"{duration_text(summary.seconds)} · {work_text(summary.holds, summary.rep_sets)}"
    if summary.skipped:
        line += f" · {summary.skipped} skipped"
    return line


def unsaved_text(summary: Summary) -> str:
    """What was not saved, in a sentence ('' when everything was)."""
    if not summary.recorded:
        return "Practice run: nothing was saved."
    if not summary.unsaved:
        return ""
    what = work_text(summary.unsaved_holds, summary.unsaved_rep_sets)
    verb = _verb(summary.unsaved, "was", "were")
    return f"{what} {verb} not saved: the training data could not be written. Save tries again."


def counter_text(phase: Phase) -> str:
    """Where the player is in the dose: ``"Set 2 of 3 · Hold 1 of 5"``, ``"Set 1 of 2 · 12
    reps"``. A lone set of holds is just its holds. The side is not named here: the side
    badge says it, in its colour."""
    parts = []
    holds = phase.target_hold_s is not None
    if phase.sets > 1 or (not holds and phase.sets):
        parts.append(f"Set {phase.set_index + 1} of {phase.sets}")
    if holds:
        parts.append(f"Hold {phase.rep_index + 1} of {phase.reps}")
    elif phase.target_reps:
        parts.append(counted(phase.target_reps, "rep"))
    return " · ".join(parts)


def leave_question(recorded: bool, unsaved: tuple[int, int]) -> str:
    """What leaving a workout now would lose, as a question."""
    if not recorded:
        return "This practice run is not saved. Leave it now?"
    if sum(unsaved):
        lost = work_text(*unsaved)
        return f"{lost} could not be saved and will be lost. Leave this workout now?"
    return "The sets you have done are saved. Leave this workout now?"


def fix_question(last: WorkResult, name: str) -> tuple[str, float, int]:
    """Asking to correct the last set: (question, the value now, the largest answer)."""
    if last.target_hold_s is not None:
        return f"{name}: seconds held in the last hold", last.hold_s or 0.0, 600
    return f"{name}: reps done in the last set", float(last.reps or 0), 200
