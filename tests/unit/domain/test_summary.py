"""A session's totals per side and per exercise, and its left/right balance in a line (values
worked out by hand)."""

from __future__ import annotations

import msgspec
import pytest

from hiptrainer.domain.summary import (
    EFFORT_WORDS,
    SideTotals,
    Summary,
    balance_line,
    count_exercises,
    count_sides,
    kinds,
    merged,
    side_balances,
)


class Done(msgspec.Struct, frozen=True, kw_only=True):
    exercise: str
    side: str
    set_index: int = 0
    rep_index: int = 0
    reps: int | None = None
    target_hold_s: float | None = None
    hold_s: float | None = None
    skipped: bool = False


def hold(exercise: str, side: str, seconds: float, rep: int = 0, skipped: bool = False) -> Done:
    return Done(exercise=exercise, side=side, rep_index=rep, target_hold_s=20.0, hold_s=seconds,
                skipped=skipped)  # fmt: skip


def reps(exercise: str, side: str, count: int) -> Done:
    return Done(exercise=exercise, side=side, reps=count)


NAMES = {"plank": "Side plank", "clam": "Clamshell"}


def summary_of(done: list[Done]) -> Summary:
    per_side, skipped = count_sides(done)
    return Summary(seconds=60, per_side=per_side, per_exercise=count_exercises(done),
                   skipped=skipped)  # fmt: skip


def test_totals_per_side_and_per_exercise_leave_skipped_work_out() -> None:
    done = [
        hold("plank", "left", 20),
        hold("plank", "left", 18, rep=1),
        hold("plank", "right", 9, rep=0, skipped=True),
        reps("clam", "left", 12),
        reps("clam", "right", 10),
    ]
    per_side, skipped = count_sides(done)
    assert skipped == 1
    assert per_side["left"] == SideTotals(holds=2, rep_sets=1, reps=12, hold_s=38.0)
    assert per_side["right"] == SideTotals(holds=0, rep_sets=1, reps=10, hold_s=0.0)
    by_exercise = count_exercises(done)
    assert set(by_exercise["plank"]) == {"left"}  # the skipped right hold counts nowhere
    assert by_exercise["clam"]["right"].reps == 10
    assert kinds(done) == (3, 2)


def test_a_later_set_with_the_same_key_replaces_the_earlier_one() -> None:
    before = [reps("clam", "left", 10), reps("clam", "right", 10)]
    again = reps("clam", "right", 12)
    assert merged(before, [again]) == [before[0], again]


def test_even_sides_within_the_progress_tabs_margin() -> None:
    # 38 s against 40 s is 95%: even; 12 reps against 12: even.
    done = [hold("plank", "left", 38), hold("plank", "right", 40),
            reps("clam", "left", 12), reps("clam", "right", 12)]  # fmt: skip
    assert balance_line(summary_of(done), NAMES) == (
        "Left and right even on every one-sided exercise (within 10%)."
    )
    one = [reps("clam", "left", 12), reps("clam", "right", 11)]
    assert balance_line(summary_of(one), NAMES) == (
        "Left and right even on the one-sided exercise (within 10%)."
    )


def test_the_largest_gap_is_named_with_both_sides() -> None:
    # The plank's left is 30/40 = 75% of the right (25% behind); the clamshell's right is
    # 9/12 = 75%... of the left, also 25%: the first, in ties, is the one kept by max().
    done = [hold("plank", "left", 30), hold("plank", "right", 40),
            reps("clam", "left", 12), reps("clam", "right", 10)]  # fmt: skip
    line = balance_line(summary_of(done), NAMES)
    assert line.startswith("Left side 25% behind on Side plank (left 30 s, right 40 s).")
    assert line.endswith("1 more exercise uneven by 10% or more.")
    only_reps = [reps("clam", "left", 8), reps("clam", "right", 10)]
    assert balance_line(summary_of(only_reps), NAMES) == (
        "Left side 20% behind on Clamshell (left 8, right 10 reps)."
    )


def test_no_balance_without_both_sides_of_an_exercise() -> None:
    assert balance_line(summary_of([reps("clam", "left", 12)]), NAMES) == ""
    assert balance_line(summary_of([reps("bridge", "both", 12)]), NAMES) == ""
    # A side that did nothing (0 reps) says nothing about balance.
    zero = [reps("clam", "left", 0), reps("clam", "right", 10)]
    assert side_balances(count_exercises(zero)) == []
    assert balance_line(summary_of(zero), NAMES) == ""


def test_an_unknown_exercise_is_named_by_its_id() -> None:
    done = [reps("band_walk", "left", 5), reps("band_walk", "right", 10)]
    assert balance_line(summary_of(done), {}).startswith("Left side 50% behind on band walk")


def test_every_effort_score_has_words_on_the_cr10_scale() -> None:
    assert sorted(EFFORT_WORDS) == list(range(11))
    assert EFFORT_WORDS[0] == "Rest"
    assert EFFORT_WORDS[10] == "All-out"
    assert all(EFFORT_WORDS.values())


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_side_behind_is_the_weaker_one(side: str) -> None:
    weak, strong = (8, 10) if side == "left" else (10, 8)
    done = [reps("clam", "left", weak), reps("clam", "right", strong)]
    [balance] = side_balances(count_exercises(done))
    assert balance.behind == side
    assert balance.gap_pct == pytest.approx(20.0)
