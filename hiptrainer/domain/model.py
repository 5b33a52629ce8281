"""Exercise and workout definitions.

These structs are the catalogue's schema and its domain objects at once: the catalogue
loader converts TOML into them (msgspec validates every field on the way in), and
``exercises --json`` prints them back out field for field. Each constrained field carries a
``description`` that the loader quotes in its one-line error messages.
"""

# No "from __future__ import annotations": msgspec would evaluate every string annotation
# when the catalogue cache is first decoded at start-up (about 1 ms); these are all real types.

from typing import Annotated

import msgspec
from msgspec import Meta

from hiptrainer.domain.vocabulary import Equipment, Muscle, Position, RepUnit

Slug = Annotated[
    str,
    Meta(
        pattern=r"^[a-z][a-z0-9_]*$",
        max_length=64,
        description='a lowercase id of letters, digits and underscores, such as "side_plank"',
    ),
]
# Text limits are generous for real writing and keep a hostile file from filling memory.
Name = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=200,
        pattern=r"\S",
        description="a non-empty text of at most 200 characters",
    ),
]
Line = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=2000,
        pattern=r"\S",
        description="a non-empty text of at most 2000 characters",
    ),
]
Count = Annotated[int, Meta(ge=1, le=999)]
Seconds = Annotated[
    int, Meta(ge=0, le=3600, description="a whole number of seconds from 0 to 3600")
]
IntRange = Annotated[
    tuple[Count, Count],
    Meta(description="a list of two whole numbers from 1 to 999, such as [6, 8]"),
]
WeeklyRange = Annotated[
    tuple[Annotated[int, Meta(ge=1, le=7)], Annotated[int, Meta(ge=1, le=7)]],
    Meta(description="a list of two whole numbers from 1 to 7, such as [2, 3]"),
]
Tempo = Annotated[
    str,
    Meta(
        pattern=r"^[0-9]-[0-9]-[0-9]$",
        description='a tempo of three single-digit seconds, lift-pause-lower, such as "2-1-2"',
    ),
]
Url = Annotated[
    str,
    Meta(
        pattern=r"^https?://\S+$",
        max_length=2000,
        description="a web address (http or https) of at most 2000 characters",
    ),
]


class _Def(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Base of every definition struct: immutable, strict about unknown keys."""


class Dosage(_Def, frozen=True, kw_only=True):
    """How much of an exercise to do, per side when the exercise is one-sided.

    ``reps`` is the number of repetitions in a set; for a hold it is the number of holds in
    a set, each lasting ``hold_s`` seconds.
    """

    sets: Annotated[int, Meta(ge=1, le=10, description="a whole number from 1 to 10")]
    reps: IntRange
    hold_s: IntRange | None = None
    unit: Annotated[RepUnit, Meta(description='"reps" or "steps each way"')] = "reps"
    tempo: Tempo | None = None
    rest_between_reps_s: Seconds = 0
    rest_s: Seconds = 60
    sessions_per_week: WeeklyRange = (2, 3)

    def __post_init__(self) -> None:
        for name in ("reps", "hold_s", "sessions_per_week"):
            value = getattr(self, name)
            if value is not None and value[0] > value[1]:
                raise ValueError(
                    f"{name}: the first number ({value[0]}) is larger than the second ({value[1]})"
                )
        if self.hold_s is not None and self.tempo is not None:
            raise ValueError("tempo: a hold has no tempo; give either hold_s or tempo")
        if self.hold_s is not None and self.unit != "reps":
            raise ValueError('unit: a hold is counted in "reps" (holds per set)')

    @property
    def is_hold(self) -> bool:
        return self.hold_s is not None


class Step(_Def, frozen=True, kw_only=True):
    """One numbered instruction, with the key of the pose that illustrates it."""

    text: Line
    pose: Slug


class Source(_Def, frozen=True, kw_only=True):
    title: Line
    url: Url | None = None


class Exercise(_Def, frozen=True, kw_only=True):
    id: Slug
    name: Name
    aliases: list[Name] = []
    summary: Line
    why: Line
    primary_muscles: Annotated[
        list[Annotated[Muscle, Meta(description="a muscle from the vocabulary")]],
        Meta(min_length=1, description="a list of at least one muscle"),
    ]
    secondary_muscles: list[
        Annotated[Muscle, Meta(description="a muscle from the vocabulary")]
    ] = []
    equipment: list[
        Annotated[Equipment, Meta(description="an item of equipment from the vocabulary")]
    ] = []
    position: Annotated[Position, Meta(description="a body position from the vocabulary")]
    difficulty: Annotated[int, Meta(ge=1, le=5, description="a whole number from 1 to 5")]
    unilateral: bool
    #: Where the body goes for the LEFT side of a one-sided exercise, naming that side, e.g.
    #: "Left leg on the bench: lie on your right side." The right side's line swaps left and
    #: right (hiptrainer.domain.sides). The loader requires it of every one-sided exercise.
    setup: Line | None = None
    dosage: Dosage
    steps: Annotated[list[Step], Meta(min_length=3, max_length=6, description="3 to 6 steps")]
    cues: Annotated[list[Line], Meta(min_length=1, description="a list of at least one cue")]
    mistakes: Annotated[
        list[Line], Meta(min_length=1, description="a list of at least one common mistake")
    ]
    easier: list[Slug] = []
    harder: list[Slug] = []
    safety: list[Line] = []
    sources: Annotated[
        list[Source], Meta(min_length=1, description="a list of at least one source")
    ]
    license: Name
    from_article: bool = False

    def __post_init__(self) -> None:
        both = sorted(set(self.primary_muscles) & set(self.secondary_muscles))
        if both:
            raise ValueError(f"secondary_muscles: {both[0]!r} is already a primary muscle")
        for name in ("easier", "harder"):
            if self.id in getattr(self, name):
                raise ValueError(f"{name}: an exercise cannot be its own variant")
        poses = [step.pose for step in self.steps]
        if len(set(poses)) != len(poses):
            raise ValueError("steps: two steps use the same pose key")

    @property
    def muscles(self) -> list[str]:
        return [*self.primary_muscles, *self.secondary_muscles]


class SideDosage(_Def, frozen=True, kw_only=True):
    """A one-sided exercise's own dose for one side (or each), in place of the block's: a
    weaker side held back while the stronger one moves on."""

    left: Dosage | None = None
    right: Dosage | None = None

    def __post_init__(self) -> None:
        if self.left is None and self.right is None:
            raise ValueError("left: give the dose of the left side, the right side or both")


class Block(_Def, frozen=True, kw_only=True):
    """One exercise in a workout; ``dosage`` overrides the exercise's own dose, and
    ``side_dosage`` (one-sided exercises only; the catalogue checks) a side's."""

    exercise: Slug
    dosage: Dosage | None = None
    side_dosage: SideDosage | None = None

    def side_dose(self, side: str, own: Dosage) -> Dosage:
        """The dose ``side`` ("left", "right" or "both") plays; ``own`` is the exercise's."""
        base = self.dosage or own
        if self.side_dosage is None:
            return base
        if side == "left":
            return self.side_dosage.left or base
        if side == "right":
            return self.side_dosage.right or base
        return base

    def sided(self, own: Dosage) -> tuple[Dosage, Dosage] | None:
        """(left, right) when the sides' doses differ; None when both play one dose."""
        left, right = self.side_dose("left", own), self.side_dose("right", own)
        return None if left == right else (left, right)


class Workout(_Def, frozen=True, kw_only=True):
    id: Slug
    name: Name
    summary: Line
    focus: Annotated[
        str, Meta(pattern=r"^(activation|strength)$", description='"activation" or "strength"')
    ]
    blocks: Annotated[list[Block], Meta(min_length=1, description="a list of at least one block")]
    rest_between_exercises_s: Seconds = 30
