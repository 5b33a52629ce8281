"""Where an interrupted session goes on, and how long it had run (no Qt).

A session is continued at its first unfinished hold or set, the plan's order: the work the
store already holds is done, everything else is not. The rest, switch of sides or lead-in
just before that set plays first, so the runner has time to get into position (and hears and
sees the set-up line of the side it starts); the very first set starts with its get-ready.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Protocol

from hiptrainer.domain.plan import Phase
from hiptrainer.domain.summary import WorkKey

__all__ = ["phase_key", "resume_index", "seconds_before"]


def phase_key(phase: Phase) -> WorkKey:
    """The key of the hold or set a work phase records (as ``summary.work_key`` keys it)."""
    return (phase.exercise, phase.side, phase.set_index, phase.rep_index)


def resume_index(phases: Sequence[Phase], done: Collection[WorkKey]) -> int:
    """The phase to continue at: the first work phase not in ``done``, or the non-work phase
    before it; the final "done" phase when every set is done."""
    index = next(
        (i for i, p in enumerate(phases) if p.kind == "work" and phase_key(p) not in done),
        len(phases) - 1,
    )
    if index > 0 and phases[index - 1].kind != "work":
        index -= 1
    return index


class Timed(Protocol):
    @property
    def ended_at(self) -> datetime: ...


def seconds_before(started: datetime, earlier: Iterable[Timed]) -> float:
    """How long the session had run when it stopped: from its start to the end of the last
    set saved (0 with none)."""
    ends = [record.ended_at for record in earlier]
    if not ends:
        return 0.0
    return max(0.0, (max(ends) - started).total_seconds())
