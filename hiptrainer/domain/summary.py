"""What a session did, counted for its summary: holds and sets of reps per side and per
exercise, skipped and unsaved ones, and the left/right balance of this session in a line.

Qt-free. A resumed session is counted whole: the sets saved before the interruption (read back
from the store) and the ones done since, each set once (a set done again replaces the saved
one). The balance uses the Progress tab's measure (:mod:`hiptrainer.domain.progress`): the
weaker side's total as a share of the stronger side's, seconds held for holds and reps for
sets of reps, even within the same margin.

The scales the summary asks with live here too: effort on the CR10 scale (0 rest to 10
maximal, each number with its words) and pain 0–10 on the traffic light of
:mod:`hiptrainer.domain.progress_pain`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

import msgspec

from hiptrainer.domain.progress import BALANCED_WITHIN_PCT, symmetry_index
from hiptrainer.domain.sides import side_label
from hiptrainer.domain.words import Worded, counted, translate

__all__ = [
    "EFFORT_WORDS",
    "DoneWork",
    "SideBalance",
    "SideTotals",
    "Summary",
    "WorkKey",
    "balance_line",
    "count_exercises",
    "count_sides",
    "kinds",
    "merged",
    "side_balances",
    "work_key",
]

#: Effort in the CR10 words (session RPE): what each number from 0 to 10 feels like.
#: Read in the interface's language each time.
EFFORT_WORDS: Worded[int] = Worded(
    lambda: {
        0: translate("effort", "Rest"),
        1: translate("effort", "Very easy"),
        2: translate("effort", "Easy"),
        3: translate("effort", "Moderate"),
        4: translate("effort", "Somewhat hard"),
        5: translate("effort", "Hard"),
        6: translate("effort", "Hard, and then some"),
        7: translate("effort", "Very hard"),
        8: translate("effort", "Very hard, close to the end"),
        9: translate("effort", "Almost all-out"),
        10: translate("effort", "All-out"),
    }
)


class DoneWork(Protocol):
    """One hold or one set of reps: the engine's result, or a set read back from the store."""

    @property
    def exercise(self) -> str: ...
    @property
    def side(self) -> str: ...
    @property
    def set_index(self) -> int: ...
    @property
    def rep_index(self) -> int: ...
    @property
    def reps(self) -> int | None: ...
    @property
    def target_hold_s(self) -> float | None: ...
    @property
    def hold_s(self) -> float | None: ...
    @property
    def skipped(self) -> bool: ...


#: exercise, side, set index, rep (hold) index
WorkKey = tuple[str, str, int, int]


def work_key(work: DoneWork) -> WorkKey:
    """What makes a hold or a set one of a kind within a session (as the store keys it)."""
    return (work.exercise, work.side, work.set_index, work.rep_index)


class SideTotals(msgspec.Struct):
    holds: int = 0
    rep_sets: int = 0
    reps: int = 0
    hold_s: float = 0.0


class Summary(msgspec.Struct, kw_only=True):
    seconds: float
    per_side: dict[str, SideTotals]
    #: exercise id → side → what that side did of it.
    per_exercise: dict[str, dict[str, SideTotals]] = {}
    skipped: int = 0
    #: Holds and sets of reps done but not in the store (it failed to take them).
    unsaved_holds: int = 0
    unsaved_rep_sets: int = 0
    #: False for a practice run with no training data open: nothing was meant to be saved.
    recorded: bool = True
    records: list[str] = []

    @property
    def holds(self) -> int:
        return sum(totals.holds for totals in self.per_side.values())

    @property
    def rep_sets(self) -> int:
        return sum(totals.rep_sets for totals in self.per_side.values())

    @property
    def unsaved(self) -> int:
        return self.unsaved_holds + self.unsaved_rep_sets


def kinds(work: Iterable[DoneWork]) -> tuple[int, int]:
    """How many holds and how many sets of reps."""
    holds = rep_sets = 0
    for item in work:
        if item.target_hold_s is not None:
            holds += 1
        else:
            rep_sets += 1
    return holds, rep_sets


def merged(earlier: Iterable[DoneWork], latest: Iterable[DoneWork]) -> list[DoneWork]:
    """Every hold and set once, in order of first appearance; a later one replaces an earlier
    one with the same key (a set done again, or corrected)."""
    found: dict[WorkKey, DoneWork] = {}
    for work in (*earlier, *latest):
        found[work_key(work)] = work
    return list(found.values())


def _add(totals: SideTotals, work: DoneWork) -> None:
    if work.target_hold_s is not None:
        totals.holds += 1
        totals.hold_s += work.hold_s or 0.0
    else:
        totals.rep_sets += 1
        totals.reps += work.reps or 0


def count_sides(done: Iterable[DoneWork]) -> tuple[dict[str, SideTotals], int]:
    """Totals per side for the work done, and how many were skipped."""
    per_side: dict[str, SideTotals] = {}
    skipped = 0
    for work in done:
        if work.skipped:
            skipped += 1
            continue
        _add(per_side.setdefault(work.side, SideTotals()), work)
    return per_side, skipped


def count_exercises(done: Iterable[DoneWork]) -> dict[str, dict[str, SideTotals]]:
    """Totals per exercise and side for the work done (skipped work left out)."""
    found: dict[str, dict[str, SideTotals]] = {}
    for work in done:
        if not work.skipped:
            _add(found.setdefault(work.exercise, {}).setdefault(work.side, SideTotals()), work)
    return found


class SideBalance(msgspec.Struct, frozen=True):
    """One exercise done on both sides: each side's total and which side is behind."""

    exercise: str
    left: float
    right: float
    unit: str  # "s" (seconds held) or "reps"
    #: Weaker ÷ stronger × 100 (100 is even).
    index: float

    @property
    def gap_pct(self) -> float:
        return 100.0 - self.index

    @property
    def behind(self) -> str | None:
        if self.left == self.right:
            return None
        return "left" if self.left < self.right else "right"


def side_balances(per_exercise: Mapping[str, Mapping[str, SideTotals]]) -> list[SideBalance]:
    """Each exercise with work on the left and on the right, compared as the Progress tab
    compares them: seconds held for holds, reps for sets of reps. An exercise where a side
    did nothing is left out (it says nothing about balance)."""
    found = []
    for exercise, sides in per_exercise.items():
        left, right = sides.get("left"), sides.get("right")
        if left is None or right is None:
            continue
        holds = left.holds or right.holds
        unit = "s" if holds else "reps"
        values = (left.hold_s, right.hold_s) if holds else (float(left.reps), float(right.reps))
        index = symmetry_index(*values)
        if index is not None:
            found.append(SideBalance(exercise, values[0], values[1], unit, index))
    return found


def _amount(value: float, unit: str) -> str:
    return f"{value:.0f} s" if unit == "s" else f"{value:.0f}"


def balance_line(summary: Summary, names: Mapping[str, str]) -> str:
    """This session's left/right balance in a sentence ('' with nothing to compare): even
    when every one-sided exercise is within the Progress tab's margin, else the side behind
    on the exercise with the largest gap, with both sides' totals."""
    balances = side_balances(summary.per_exercise)
    if not balances:
        return ""
    uneven = [b for b in balances if b.gap_pct >= BALANCED_WITHIN_PCT and b.behind]
    margin = f"{BALANCED_WITHIN_PCT:.0f}"
    if not uneven:
        if len(balances) == 1:
            even = translate("summary", "Left and right even on the one-sided exercise")
        else:
            even = translate("summary", "Left and right even on every one-sided exercise")
        return translate("summary", "{even} (within {margin}%).").format(even=even, margin=margin)
    worst = max(uneven, key=lambda b: b.gap_pct)
    name = names.get(worst.exercise, worst.exercise.replace("_", " "))
    left, right = _amount(worst.left, worst.unit), _amount(worst.right, worst.unit)
    if worst.unit == "reps":
        totals = translate("summary", "left {left}, right {right} reps")
    else:
        totals = translate("summary", "left {left}, right {right}")
    line = translate("summary", "{side} {gap}% behind on {name} ({totals}).").format(
        side=side_label(str(worst.behind)),
        gap=f"{worst.gap_pct:.0f}",
        name=name,
        totals=totals.format(left=left, right=right),
    )
    others = len(uneven) - 1
    if others:
        more = counted(
            others,
            translate("summary", "1 more exercise uneven by {margin}% or more."),
            translate("summary", "{n} more exercises uneven by {margin}% or more."),
        )
        line += " " + more.format(margin=margin)
    return line
