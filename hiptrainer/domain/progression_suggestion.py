"""A progression suggestion: one side of one block of a routine, what to do next and why.

Its own module so that the rules (:mod:`hiptrainer.domain.progression`) and the rule that
keeps a block one exercise (:mod:`hiptrainer.domain.progression_sides`) share it without
importing each other.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from hiptrainer.domain.progression_ladder import Change, Dose

Kind = Literal["move_on", "stay", "step_back"]


class Suggestion(msgspec.Struct, frozen=True, kw_only=True):
    workout: str
    block: int
    exercise: str
    side: str
    kind: Kind
    change: Change
    current: Dose
    next: Dose
    reason: str
    #: The latest session it was worked out from (a newer session makes a new suggestion).
    session_id: int
    #: Where it moves once a missing next-morning answer says the pain settled.
    if_settled: Dose | None = None

    @property
    def key(self) -> str:
        """Stable while nothing new is logged: what a dismissal remembers."""
        return f"{self.workout}/{self.block}/{self.exercise}/{self.side}/{self.session_id}"

    @property
    def applicable(self) -> bool:
        return self.next != self.current
