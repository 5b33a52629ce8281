"""What a session did, counted: holds and sets of reps per side, skipped and unsaved ones.

Qt-free. A resumed session is counted whole: the sets saved before the interruption (read back
from the store) and the ones done since, each set once (a set done again replaces the saved one).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import msgspec


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


def count_sides(done: Iterable[DoneWork]) -> tuple[dict[str, SideTotals], int]:
    """Totals per side for the work done, and how many were skipped."""
    per_side: dict[str, SideTotals] = {}
    skipped = 0
    for work in done:
        if work.skipped:
            skipped += 1
            continue
        totals = per_side.setdefault(work.side, SideTotals())
        if work.target_hold_s is not None:
            totals.holds += 1
            totals.hold_s += work.hold_s or 0.0
        else:
            totals.rep_sets += 1
            totals.reps += work.reps or 0
    return per_side, skipped
