"""Self-test results in words, paired by sitting, played as phases, and the retest reminder."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from hiptrainer.catalog.selftests import bundled_selftests
from hiptrainer.domain.engine import Engine, WorkResult
from hiptrainer.domain.selftest import (
    SelfTest,
    SelfTestResult,
    amount,
    band_of,
    reading,
    result_value,
    retest_reminder,
    selftest_phases,
    side_difference,
    sittings,
    valid_value,
)

TESTS = bundled_selftests()
SIDE_BRIDGE = TESTS["side_bridge"]
COPENHAGEN = TESTS["copenhagen_hold"]
SLHB = TESTS["single_leg_hamstring_bridge"]
TODAY = date(2026, 3, 20)


def test_the_difference_between_sides_in_percent() -> None:
    difference = side_difference(72.0, 80.0)
    assert difference is not None
    assert difference.index == pytest.approx(90.0)
    assert difference.gap_pct == pytest.approx(10.0)
    assert difference.behind == "left"
    assert difference.ratio == pytest.approx(80 / 72)
    flipped = side_difference(80.0, 72.0)
    assert flipped is not None
    assert (flipped.behind, round(flipped.gap_pct, 6)) == ("right", 10.0)
    even = side_difference(30.0, 30.0)
    assert even is not None
    assert (even.behind, even.gap_pct, even.ratio) == (None, 0.0, 1.0)


@pytest.mark.parametrize(
    ("left", "right"), [(None, 50.0), (50.0, None), (0.0, 40.0), (40.0, 0.0), (math.nan, 40.0)]
)
def test_no_difference_without_both_sides(left: float | None, right: float | None) -> None:
    assert side_difference(left, right) is None


def test_side_bridge_reads_the_ratio_against_mcgills_tolerance() -> None:
    outside = reading(SIDE_BRIDGE, 72.0, 80.0)
    assert outside.sides == "Left 72 s, right 80 s: the left side is 10% behind."
    assert outside.ratio.startswith("Right ÷ left = 1.11, outside 0.95–1.05")
    assert "McGill" in outside.ratio
    # A ratio of 1.05 is within 0.05 of 1.0.
    assert ", inside 0.95–1.05" in reading(SIDE_BRIDGE, 80.0, 84.0).ratio
    assert ", outside 0.95–1.05" in reading(SIDE_BRIDGE, 80.0, 85.0).ratio
    assert ", inside 0.95–1.05" in reading(SIDE_BRIDGE, 100.0, 95.0).ratio
    assert ", outside 0.95–1.05" in reading(SIDE_BRIDGE, 100.0, 94.0).ratio


def test_side_bridge_shows_every_group_for_comparison() -> None:
    lines = reading(SIDE_BRIDGE, 60.0, 61.0).comparisons
    assert (
        "For comparison, 31 healthy young men (McGill et al. 1999) held on average right 95 s, "
        "left 99 s."
    ) in lines
    assert any(
        "44 healthy young women" in line and "right 75 s, left 78 s" in line for line in lines
    )
    assert any("Evans et al. 2007" in line for line in lines)
    assert any("Anderson et al. 2014" in line for line in lines)
    assert all(line.startswith("For comparison") for line in lines)


def test_the_symmetry_context_is_context() -> None:
    line = reading(SIDE_BRIDGE, 72.0, 80.0).symmetry
    assert line.startswith("The weaker side is at 90% of the stronger.")
    assert "not a rule" in line or "rather than a rule" in line


@pytest.mark.parametrize(
    ("reps", "band"),
    [(0, "poor"), (19, "poor"), (20, "average"), (25, "average"), (30, "average"),
     (31, "good"), (60, "good")],
)  # fmt: skip
def test_single_leg_bridge_bands(reps: int, band: str) -> None:
    found = band_of(SLHB, reps)
    assert found is not None
    assert found.label == band
    assert f"Left {reps} rep" in " ".join(reading(SLHB, reps, 25).comparisons)
    assert f"in the “{band}” band" in reading(SLHB, reps, 25).comparisons[1]


def test_single_leg_bridge_names_whose_bands_they_are() -> None:
    lines = reading(SLHB, 18, 27).comparisons
    assert lines[0] == (
        "For comparison, the bands reported from Freckleton et al. 2014, 482 amateur and "
        "semi-elite Australian football players: poor: fewer than 20 reps; average: about 25 "
        "reps (20 to 30); good: more than 30 reps."
    )
    assert lines[1:] == [
        "Left 18 reps: in the “poor” band of those figures.",
        "Right 27 reps: in the “average” band of those figures.",
    ]
    assert reading(SLHB, 18, 27).ratio == ""  # McGill's ratio belongs to the side bridge


def test_copenhagen_compares_only_the_sides_and_over_time() -> None:
    found = reading(COPENHAGEN, 40.0, 30.0)
    assert found.sides == "Left 40 s, right 30 s: the right side is 25% behind."
    assert found.ratio == ""
    assert found.comparisons == [
        "No published figures to compare with: compare your two sides, and yourself over time."
    ]


@pytest.mark.parametrize("test", list(TESTS.values()), ids=list(TESTS))
def test_no_reading_ever_diagnoses(test: SelfTest) -> None:
    for left, right in ((10.0, 90.0), (90.0, 10.0), (50.0, 50.0), (None, 5.0), (None, None)):
        found = reading(test, left, right)
        text = " ".join([*found.lines(), *found.sources]).lower()
        for claim in ("diagnos", "injured", "you have", "abnormal", "weakness"):
            if claim == "injured":
                # Only ever in "say nothing about you getting injured".
                assert text.count(claim) == text.count("nothing about you getting injured")
            else:
                assert claim not in text
        assert found.meaning == test.meaning
        assert found.sources


def test_one_side_or_none() -> None:
    assert reading(SIDE_BRIDGE, None, 64.0).sides == (
        "Right 64 s; the other side has no result to compare."
    )
    assert reading(SIDE_BRIDGE, None, 64.0).ratio == ""
    assert reading(SIDE_BRIDGE, None, 64.0).symmetry == ""
    assert reading(SLHB, 1, None).sides == "Left 1 rep; the other side has no result to compare."
    assert reading(SIDE_BRIDGE, None, None).sides == "No result yet."
    assert reading(SIDE_BRIDGE, 50.0, 50.0).sides == "Left 50 s, right 50 s: even."


def test_amounts() -> None:
    assert amount(72.44, "s") == "72 s"
    assert (amount(1, "reps"), amount(0, "reps"), amount(24, "reps")) == (
        "1 rep", "0 reps", "24 reps"
    )  # fmt: skip


def test_a_test_plays_its_own_countdown_and_rest() -> None:
    phases = selftest_phases(SIDE_BRIDGE, "right_first")
    assert [(p.kind, p.side) for p in phases] == [
        ("prepare", "right"), ("work", "right"), ("rest", "left"), ("prepare", "left"),
        ("work", "left"), ("done", "both"),
    ]  # fmt: skip
    assert phases[0].duration == SIDE_BRIDGE.countdown_s
    assert phases[2].duration == SIDE_BRIDGE.rest_s
    assert {p.open_ended for p in phases if p.kind == "work"} == {"hold"}
    assert {p.open_ended for p in selftest_phases(SLHB) if p.kind == "work"} == {"reps"}
    assert {p.exercise for p in phases[:-1]} == {"side_bridge"}


def played(test: SelfTest, skip_right: bool = False) -> list[WorkResult]:
    engine = Engine(selftest_phases(test))
    now = 0.0
    engine.start(now)
    now += test.countdown_s
    engine.advance(now)
    for _ in range(21):
        engine.tap_rep(now)
    now += 64.5
    engine.stop(now)
    now += test.rest_s + test.countdown_s
    engine.advance(now)
    now += 3.0
    (engine.skip if skip_right else engine.stop)(now)
    return engine.results


def test_result_values_from_the_engine() -> None:
    left, right = played(SIDE_BRIDGE, skip_right=True)
    assert result_value(SIDE_BRIDGE, left) == 64.5
    assert result_value(SIDE_BRIDGE, right) is None  # skipped: nothing to store
    left, right = played(SLHB)
    assert (result_value(SLHB, left), result_value(SLHB, right)) == (21.0, 0.0)


def result(run: int, side: str, value: float, day: date = TODAY) -> SelfTestResult:
    return SelfTestResult(run, "side_bridge", day, side, value, "s")  # type: ignore[arg-type]


def test_results_pair_up_by_sitting_in_the_order_given() -> None:
    earlier = TODAY - timedelta(days=35)
    found = sittings(
        [result(3, "left", 60.0, earlier), result(3, "right", 70.0, earlier),
         result(9, "right", 75.0), result(9, "left", 71.0), result(12, "left", 73.0)]
    )  # fmt: skip
    assert [(s.run_id, s.local_date, s.left, s.right) for s in found] == [
        (3, earlier, 60.0, 70.0), (9, TODAY, 71.0, 75.0), (12, TODAY, 73.0, None)
    ]  # fmt: skip
    first = found[0].difference
    assert first is not None
    assert first.behind == "left"
    assert found[2].difference is None


@pytest.mark.parametrize(
    ("days", "kind"),
    [(0, "not_due"), (1, "not_due"), (27, "not_due"), (28, "due"), (35, "due"), (42, "due"),
     (43, "overdue"), (400, "overdue")],
)  # fmt: skip
def test_retest_every_four_to_six_weeks(days: int, kind: str) -> None:
    reminder = retest_reminder(TODAY - timedelta(days=days), TODAY)
    assert (reminder.kind, reminder.days_since) == (kind, days)
    assert "\n" not in reminder.line


def test_retest_reminder_words() -> None:
    assert retest_reminder(None, TODAY).kind == "never"
    assert retest_reminder(TODAY - timedelta(days=27), TODAY).line == (
        "Last self-test 3 weeks ago; next one in 1 day or later (every 4–6 weeks)."
    )
    assert retest_reminder(TODAY - timedelta(days=30), TODAY).line.startswith(
        "Time to retest: last self-test 4 weeks ago (test when rested"
    )
    assert retest_reminder(TODAY - timedelta(days=50), TODAY).line.startswith(
        "Retest overdue: last self-test 7 weeks ago"
    )
    # A last test dated after today (a clock set back) reads as today, not as negative days.
    ahead = retest_reminder(TODAY + timedelta(days=3), TODAY)
    assert (ahead.kind, ahead.days_since) == ("not_due", 0)
    assert "today" in ahead.line


def test_valid_values() -> None:
    assert valid_value(0.0)
    assert valid_value(95.3)
    for bad in (-1.0, math.nan, math.inf):
        assert not valid_value(bad)
