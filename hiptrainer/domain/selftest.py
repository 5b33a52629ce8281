"""Hip self-tests: what each one is, what a result means, and when to test again.

A self-test is one effort to the end on each side: a hold until form fails, or reps until
they fail. Its definition (``resources/selftests/<id>.toml``, read by
:mod:`hiptrainer.catalog.selftests`) carries the protocol in words, the pictures it borrows
from an exercise's steps, and the figures its sources publish.

Wording rules (``shared/reference/self-tests.md``): the published figures are group means of
named populations, shown "for comparison" and never as a verdict on a person; the left/right
difference needs no population and is always shown; nothing here diagnoses anything.
"""

# No "from __future__ import annotations": msgspec reads these annotations when it decodes.

import math
from collections.abc import Iterable
from datetime import date
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from hiptrainer.domain.engine import WorkResult
from hiptrainer.domain.model import Line, Name, Seconds, Slug, Source
from hiptrainer.domain.plan import Phase, SideOrder, open_ended_phases
from hiptrainer.domain.progress import symmetry_index

# The retest reminder lived here; its names stay importable from this module.
from hiptrainer.domain.selftest_retest import RETEST_BY_DAYS as RETEST_BY_DAYS
from hiptrainer.domain.selftest_retest import RETEST_FROM_DAYS as RETEST_FROM_DAYS
from hiptrainer.domain.selftest_retest import Reminder as Reminder
from hiptrainer.domain.selftest_retest import ReminderKind as ReminderKind
from hiptrainer.domain.selftest_retest import retest_reminder as retest_reminder
from hiptrainer.domain.vocabulary import Equipment
from hiptrainer.domain.words import counted, decimal, translate

Measure = Literal["hold", "reps"]
Unit = Literal["s", "reps"]
ResultSide = Literal["left", "right", "both"]
#: Limb symmetry index of 90% or more is the usual return-to-sport line (self-tests.md).
SYMMETRY_CONTEXT_PCT = 90.0

PoseRef = Annotated[
    str,
    Meta(
        pattern=r"^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*$",
        max_length=129,
        description='an exercise\'s pose from the pose library, such as "side_plank:hips_up"',
    ),
]
Figure = Annotated[
    float, Meta(ge=0, le=3600, description="a number from 0 to 3600 (seconds or reps)")
]


class _Def(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Base of the definition structs: immutable, strict about unknown keys."""


class ProtocolStep(_Def, frozen=True, kw_only=True):
    """One numbered instruction and the library pose that pictures it."""

    text: Line
    pose: PoseRef


class GroupMean(_Def, frozen=True, kw_only=True):
    """A published mean for one group, per side, e.g. healthy young men: right 95 s, left 99 s."""

    group: Name
    right: Figure
    left: Figure
    #: Who measured it, short: "McGill et al. 1999".
    source: Name


class Band(_Def, frozen=True, kw_only=True):
    """A published band, e.g. "fewer than 20 reps: poor": at least ``low`` and below ``high``."""

    label: Name
    words: Name
    low: Figure | None = None
    high: Figure | None = None

    def __post_init__(self) -> None:
        if self.low is None and self.high is None:
            raise ValueError("low: a band needs low, high or both")
        if self.low is not None and self.high is not None and self.low >= self.high:
            raise ValueError(f"high: must be above low ({self.low:g}), not {self.high:g}")

    def holds(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value < self.high)


class SelfTest(_Def, frozen=True, kw_only=True):
    id: Slug
    name: Name
    measure: Annotated[Measure, Meta(description='"hold" or "reps"')]
    #: The exercise the test is built on (its Library page and set-up; its pictures too, unless
    #: the test has a pose file of its own, resources/poses/selftests/<id>.toml).
    exercise: Slug
    summary: Line
    #: Where the body goes for the LEFT side, naming it; the right side swaps the words.
    setup: Line
    equipment: list[Annotated[Equipment, Meta(description="an item of equipment")]] = []
    steps: Annotated[
        list[ProtocolStep], Meta(min_length=3, max_length=6, description="3 to 6 steps")
    ]
    #: When the count ends, in one sentence.
    stop_rule: Line
    safety: Annotated[list[Line], Meta(min_length=1, description="at least one safety line")]
    #: What the number says, and what it does not.
    meaning: Line
    #: Where the pictures differ from the protocol (borrowed from an exercise that is done a
    #: little differently); a test drawn with its own poses needs none.
    picture_note: Line | None = None
    countdown_s: Seconds = 10
    rest_s: Seconds = 90
    #: McGill's flag: right ÷ left further than this from 1.0.
    ratio_within: (
        Annotated[float, Meta(gt=0, lt=1, description="a number between 0 and 1, such as 0.05")]
        | None
    ) = None
    groups: list[GroupMean] = []
    bands: list[Band] = []
    #: Whose bands they are: "Freckleton et al. 2014, 482 … football players".
    bands_from: Name | None = None
    sources: Annotated[list[Source], Meta(min_length=1, description="at least one source")]

    def __post_init__(self) -> None:
        poses = [step.pose for step in self.steps]
        if len(set(poses)) != len(poses):
            raise ValueError("steps: two steps use the same pose")
        if self.bands and self.bands_from is None:
            raise ValueError("bands_from: say whose bands they are")

    @property
    def unit(self) -> Unit:
        return "s" if self.measure == "hold" else "reps"


def amount(value: float, unit: Unit) -> str:
    """``72.4, "s"`` → ``"72 s"``; ``24, "reps"`` → ``"24 reps"`` (one rep: ``"1 rep"``)."""
    if unit == "s":
        return translate("selftest", "{seconds} s").format(seconds=f"{value:.0f}")
    return counted(round(value), translate("selftest", "1 rep"), translate("selftest", "{n} reps"))


def selftest_phases(test: SelfTest, order: SideOrder = "left_first") -> list[Phase]:
    """The player's phases for ``test``: a countdown into each side, the open-ended effort,
    a rest between the sides."""
    return open_ended_phases(
        test.id,
        test.measure,
        order,
        countdown_s=float(test.countdown_s),
        rest_s=float(test.rest_s),
    )


def result_value(test: SelfTest, result: WorkResult) -> float | None:
    """What the engine's record of one side says for ``test`` (seconds or reps); None for a
    side that was skipped (no result to store)."""
    if result.skipped:
        return None
    value = result.hold_s if test.measure == "hold" else result.reps
    return None if value is None else float(value)


# --- reading a result ----------------------------------------------------------------------


class SideDifference(msgspec.Struct, frozen=True):
    left: float
    right: float
    #: Weaker ÷ stronger × 100 (100 is even), as everywhere else in the app.
    index: float
    #: Right ÷ left, the ratio McGill's test reads.
    ratio: float
    behind: Literal["left", "right"] | None

    @property
    def gap_pct(self) -> float:
        return 100.0 - self.index


def side_difference(left: float | None, right: float | None) -> SideDifference | None:
    """Left against right; None when a side is missing, zero or not a number."""
    index = symmetry_index(left, right)
    if index is None or left is None or right is None:
        return None
    behind: Literal["left", "right"] | None = None
    if left != right:
        behind = "left" if left < right else "right"
    return SideDifference(left, right, index, right / left, behind)


def band_of(test: SelfTest, value: float) -> Band | None:
    return next((band for band in test.bands if band.holds(value)), None)


class Reading(msgspec.Struct, frozen=True, kw_only=True):
    """The words shown beside a result, one line each ('' where a line does not apply)."""

    sides: str  # "Left 72 s, right 80 s: the left side is 10% behind."
    ratio: str  # McGill's right ÷ left, against 1.0 ± 0.05
    symmetry: str  # the 90% context from return-to-sport testing
    comparisons: list[str]  # the published figures, "for comparison"
    meaning: str
    sources: list[str]

    def lines(self) -> list[str]:
        shown = [self.sides, self.ratio, self.symmetry, *self.comparisons, self.meaning]
        return [line for line in shown if line]


def _sides_line(test: SelfTest, left: float | None, right: float | None) -> str:
    if left is None and right is None:
        return translate("selftest", "No result yet.")
    if left is None or right is None:
        one = translate("selftest", "Left {amount}; the other side has no result to compare.")
        if left is None:
            one = translate("selftest", "Right {amount}; the other side has no result to compare.")
        return one.format(amount=amount(left if right is None else right, test.unit))  # type: ignore[arg-type]
    found = translate("selftest", "Left {left}, right {right}").format(
        left=amount(left, test.unit), right=amount(right, test.unit)
    )
    difference = side_difference(left, right)
    if difference is None or difference.behind is None:
        return translate("selftest", "{found}: even.").format(found=found)
    text = translate("selftest", "{found}: the left side is {gap}% behind.")
    if difference.behind == "right":
        text = translate("selftest", "{found}: the right side is {gap}% behind.")
    return text.format(found=found, gap=f"{difference.gap_pct:.0f}")


def _ratio_line(test: SelfTest, difference: SideDifference | None) -> str:
    if test.ratio_within is None or difference is None:
        return ""
    low, high = 1 - test.ratio_within, 1 + test.ratio_within
    inside = low <= round(difference.ratio, 2) <= high
    where = translate("selftest", "inside") if inside else translate("selftest", "outside")
    text = translate(
        "selftest",
        "Right ÷ left = {ratio}, {where} {low}–{high}: in McGill's test a ratio further than "
        "{within} from {one} is the usual flag for an imbalance between the sides.",
    )
    return text.format(
        ratio=decimal(difference.ratio, 2), where=where, low=decimal(low, 2),
        high=decimal(high, 2), within=decimal(test.ratio_within, 2), one=decimal(1, 1),
    )  # fmt: skip


def _symmetry_line(difference: SideDifference | None) -> str:
    if difference is None:
        return ""
    text = translate(
        "selftest",
        "The weaker side is at {index}% of the stronger. For context: return-to-sport testing "
        "often looks for {context}% or more, a custom rather than a rule.",
    )
    return text.format(index=f"{difference.index:.0f}", context=f"{SYMMETRY_CONTEXT_PCT:.0f}")


def _comparisons(test: SelfTest, left: float | None, right: float | None) -> list[str]:
    group_text = translate(
        "selftest",
        "For comparison, {group} ({source}) held on average right {right}, left {left}.",
    )
    lines = [
        group_text.format(
            group=group.group,
            source=group.source,
            right=amount(group.right, test.unit),
            left=amount(group.left, test.unit),
        )  # fmt: skip
        for group in test.groups
    ]
    if test.bands:
        scale = "; ".join(f"{band.label}: {band.words}" for band in test.bands)
        text = translate("selftest", "For comparison, the bands reported from {source}: {scale}.")
        lines.append(text.format(source=test.bands_from, scale=scale))
        in_band = {
            "left": translate("selftest", "Left {amount}: in the “{band}” band of those figures."),
            "right": translate(
                "selftest", "Right {amount}: in the “{band}” band of those figures."
            ),
        }
        for side, value in (("left", left), ("right", right)):
            band = band_of(test, value) if value is not None else None
            if band is not None and value is not None:
                lines.append(in_band[side].format(amount=amount(value, test.unit), band=band.label))
    if not test.groups and not test.bands:
        lines.append(
            translate(
                "selftest",
                "No published figures to compare with: compare your two sides, and yourself "
                "over time.",
            )
        )
    return lines


def reading(test: SelfTest, left: float | None, right: float | None) -> Reading:
    """Every line shown beside one test's result (either side may be missing)."""
    difference = side_difference(left, right)
    return Reading(
        sides=_sides_line(test, left, right),
        ratio=_ratio_line(test, difference),
        symmetry=_symmetry_line(difference),
        comparisons=_comparisons(test, left, right),
        meaning=test.meaning,
        sources=[
            source.title + (f" ({source.url})" if source.url else "") for source in test.sources
        ],
    )


# --- results over time ---------------------------------------------------------------------


class SelfTestResult(msgspec.Struct, frozen=True):
    """One side's stored result of one sitting (``run_id``) of a test."""

    run_id: int
    test: str
    local_date: date
    side: ResultSide
    value: float
    unit: Unit


class Sitting(msgspec.Struct, frozen=True):
    """One sitting of a test with both sides' results (None where a side has none)."""

    run_id: int
    test: str
    local_date: date
    unit: Unit
    left: float | None
    right: float | None

    @property
    def difference(self) -> SideDifference | None:
        return side_difference(self.left, self.right)


def sittings(results: Iterable[SelfTestResult]) -> list[Sitting]:
    """Results paired by sitting, in the order given (the store's: oldest first)."""
    found: dict[int, Sitting] = {}
    for result in results:
        run = found.get(result.run_id) or Sitting(
            result.run_id, result.test, result.local_date, result.unit, None, None
        )
        if result.side == "left":
            run = msgspec.structs.replace(run, left=result.value)
        elif result.side == "right":
            run = msgspec.structs.replace(run, right=result.value)
        found[result.run_id] = run
    return list(found.values())


def valid_value(value: float) -> bool:
    """A value a result may hold: a number of seconds or reps, not NaN or infinite."""
    return math.isfinite(value) and value >= 0
