"""The player's counting words, the same on every page: a hold is a hold, a set of reps is a
set, and one of anything is singular. Pure text, no Qt."""

from __future__ import annotations

from hiptrainer.domain.plan import Phase
from hiptrainer.ui.player.tally import SideTotals, Summary

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


def side_text(totals: SideTotals) -> str:
    """One side's work: ``"2 holds (6 s held), 1 set of reps (5 reps)"``."""
    parts = []
    if totals.holds:
        parts.append(f"{counted(totals.holds, 'hold')} ({totals.hold_s:.0f} s held)")
    if totals.rep_sets:
        sets = counted(totals.rep_sets, "set of reps", "sets of reps")
        parts.append(f"{sets} ({counted(totals.reps, 'rep')})")
    return ", ".join(parts) or "nothing"


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
    """Where the player is in the dose: ``"Set 2 of 3 · Hold 1 of 5 · left side"``. A lone
    set of holds is just its holds; a rest or switch names the set it leads to."""
    parts = []
    holds = phase.target_hold_s is not None
    reps = phase.kind == "work" and not holds
    if phase.sets > 1 or (reps and phase.sets):
        parts.append(f"Set {phase.set_index + 1} of {phase.sets}")
    if holds:
        parts.append(f"Hold {phase.rep_index + 1} of {phase.reps}")
    elif reps and phase.target_reps:
        parts.append(counted(phase.target_reps, "rep"))
    if phase.side != "both":
        parts.append(f"{phase.side} side")
    return " · ".join(parts)
