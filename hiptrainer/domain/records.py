"""What a training session leaves behind: the session and one record per completed set.

A "set record" is one work phase of the player: a set of reps, or one hold of a set of holds
(``rep_index`` tells which hold). One-sided exercises have a record per side.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

Side = Literal["left", "right", "both"]
Status = Literal["in_progress", "completed", "abandoned"]
Score = Annotated[int, Meta(ge=0, le=10, description="a whole number from 0 to 10")]
Index = Annotated[int, Meta(ge=0, le=10_000, description="a whole number from 0 to 10000")]
Reps = Annotated[int, Meta(ge=0, le=10_000, description="a whole number of reps from 0 to 10000")]
Seconds = Annotated[float, Meta(ge=0, le=86_400, description="a number of seconds from 0 to 86400")]
ExerciseId = Annotated[
    str,
    Meta(
        pattern=r"^[a-z][a-z0-9_]*$",
        max_length=64,
        description='a lowercase exercise id such as "side_plank"',
    ),
]


class SetRecord(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    exercise: ExerciseId
    side: Annotated[Side, Meta(description='"left", "right" or "both"')]
    set_index: Index
    rep_index: Index = 0
    target_reps: Reps | None = None
    reps: Reps | None = None
    target_hold_s: Seconds | None = None
    hold_s: Seconds | None = None
    load: Annotated[str, Meta(max_length=200, description="a text of at most 200 characters")] = ""
    started_at: datetime
    ended_at: datetime
    skipped: bool = False

    def __post_init__(self) -> None:
        if self.ended_at < self.started_at:
            raise ValueError("ended_at: the set ends before it starts")
        if self.started_at.tzinfo is None or self.ended_at.tzinfo is None:
            raise ValueError("started_at: times need a UTC offset")


class Session(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A session as exported and imported; ``uuid`` identifies it across data dirs."""

    uuid: Annotated[str, Meta(pattern=r"^[0-9a-f]{32}$", description="32 hexadecimal digits")]
    workout: (
        Annotated[str, Meta(max_length=200, description="a routine id of at most 200 characters")]
        | None
    ) = None
    started_at: datetime
    ended_at: datetime | None = None
    status: Annotated[Status, Meta(description='"in_progress", "completed" or "abandoned"')]
    rpe: Score | None = None
    pain_during: Score | None = None
    pain_after: Score | None = None
    pain_next_morning: Score | None = None
    notes: Annotated[
        str, Meta(max_length=10_000, description="a text of at most 10000 characters")
    ] = ""
    sets: list[SetRecord] = []

    def __post_init__(self) -> None:
        if self.started_at.tzinfo is None:
            raise ValueError("started_at: times need a UTC offset")
        if self.ended_at is not None and self.ended_at < self.started_at:
            raise ValueError("ended_at: the session ends before it starts")
