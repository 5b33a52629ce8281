"""The Progress tab's numbers, against values worked out by hand from small literal data."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from hiptrainer.domain.engine import WorkResult
from hiptrainer.domain.progress import (
    BalanceTrend,
    ExerciseWeek,
    Point,
    SessionSideTotals,
    SideSeries,
    SymmetryPoint,
    balance_trend,
    balance_words,
    exercise_kind,
    exercise_series,
    local_midnight_seconds,
    months_before,
    range_start,
    symmetry_index,
    symmetry_series,
    volume_by_week,
)
from hiptrainer.domain.progress_habits import goal_weeks, this_week, weekly_streak, year_heatmap
from hiptrainer.domain.progress_pain import (
    SessionScores,
    effort_series,
    flag_words,
    latest_pain,
    latest_pain_words,
    pain_flags,
    pain_series,
    pain_zone,
)
from hiptrainer.domain.progress_records import (
    BeatenRecord,
    Best,
    DatedSet,
    bests,
    record_words,
    records_beaten,
    records_by_session,
)
from hiptrainer.domain.records import SetRecord

D = date.fromisoformat
PLANK = "copenhagen_plank"
AIRPLANE = "hip_airplane"


def totals(session: int, day: str, side: str, **values: float) -> SessionSideTotals:
    return SessionSideTotals(session, D(day), side, **values)  # type: ignore[arg-type]


# --- dates and ranges --------------------------------------------------------------------


def utc(year: int, month: int, day: int, hour: int) -> int:
    return int(datetime(year, month, day, hour, tzinfo=UTC).timestamp())


def test_local_midnights_follow_berlins_dst_changes() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # Spring forward on 29 Mar 2026: that day has 23 hours; fall back on 25 Oct: 25 hours.
    assert local_midnight_seconds(D("2026-03-29"), berlin) == utc(2026, 3, 28, 23)
    assert local_midnight_seconds(D("2026-03-30"), berlin) == utc(2026, 3, 29, 22)
    assert local_midnight_seconds(D("2026-10-25"), berlin) == utc(2026, 10, 24, 22)
    assert local_midnight_seconds(D("2026-10-26"), berlin) == utc(2026, 10, 25, 23)


@pytest.fixture
def berlin_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("berlin_machine")
def test_local_midnight_without_a_zone_uses_the_machines_rules_across_dst() -> None:
    days = [local_midnight_seconds(D(f"2026-03-{d}")) for d in (28, 29, 30)]
    assert [b - a for a, b in zip(days, days[1:], strict=False)] == [86_400, 82_800]


@pytest.mark.parametrize(
    ("name", "today", "start"),
    [
        ("4_weeks", "2026-12-02", "2026-11-04"),
        ("3_months", "2026-12-02", "2026-09-02"),
        ("3_months", "2026-05-31", "2026-02-28"),  # February has no 31st
        ("3_months", "2028-05-31", "2028-02-29"),  # leap year
        ("3_months", "2026-01-15", "2025-10-15"),  # across the new year
        ("1_year", "2028-02-29", "2027-02-28"),
        ("1_year", "2026-12-02", "2025-12-02"),
    ],
)
def test_range_starts_count_on_the_calendar(name: str, today: str, start: str) -> None:
    assert range_start(name, D(today)) == D(start)  # type: ignore[arg-type]


def test_range_all_has_no_start_and_an_unknown_range_is_refused() -> None:
    assert range_start("all", D("2026-12-02")) is None
    with pytest.raises(ValueError, match="unknown range 'weeks'"):
        range_start("weeks", D("2026-12-02"))  # type: ignore[arg-type]
    assert months_before(D("2026-03-31"), 1) == D("2026-02-28")


# --- series per exercise -----------------------------------------------------------------


def test_hold_exercise_plots_best_and_total_hold_per_side_oldest_first() -> None:
    rows = [
        totals(2, "2026-11-05", "left", best_hold_s=22, total_hold_s=80),
        totals(1, "2026-11-02", "right", best_hold_s=18, total_hold_s=70),
        totals(1, "2026-11-02", "left", best_hold_s=20, total_hold_s=75),
    ]
    assert exercise_kind(rows) == "hold"
    one, two = D("2026-11-02"), D("2026-11-05")
    assert exercise_series(rows) == [
        SideSeries("best_hold_s", "left", (Point(1, one, 20.0), Point(2, two, 22.0))),
        SideSeries("best_hold_s", "right", (Point(1, one, 18.0),)),
        SideSeries("total_hold_s", "left", (Point(1, one, 75.0), Point(2, two, 80.0))),
        SideSeries("total_hold_s", "right", (Point(1, one, 70.0),)),
    ]


def test_rep_exercise_plots_reps_per_session() -> None:
    rows = [totals(1, "2026-11-02", "both", best_reps=8, total_reps=24)]
    assert exercise_kind(rows) == "reps"
    assert exercise_series(rows) == [
        SideSeries("total_reps", "both", (Point(1, D("2026-11-02"), 24.0),))
    ]


def test_no_rows_or_only_empty_values_give_no_lines() -> None:
    assert exercise_kind([]) is None
    assert exercise_series([]) == []
    assert exercise_series([totals(1, "2026-11-02", "left", best_hold_s=math.nan)]) == []


# --- balance -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "index"),
    [(20, 25, 80.0), (25, 20, 80.0), (25, 25, 100.0), (None, 25, None), (25, None, None),
     (0, 25, None), (0, 0, None), (-5, 25, None), (math.nan, 25, None), (math.inf, 25, None)],
)  # fmt: skip
def test_symmetry_index_is_weaker_over_stronger_and_never_divides_by_zero(
    left: float | None, right: float | None, index: float | None
) -> None:
    assert symmetry_index(left, right) == index


def test_symmetry_series_needs_both_sides_of_a_session() -> None:
    rows = [
        totals(1, "2026-11-02", "left", best_hold_s=20, total_hold_s=60),
        totals(1, "2026-11-02", "right", best_hold_s=20, total_hold_s=80),
        totals(2, "2026-11-05", "left", best_hold_s=20, total_hold_s=90),  # right missing
        totals(3, "2026-11-09", "left", best_hold_s=20, total_hold_s=90),
        totals(3, "2026-11-09", "right", best_hold_s=20, total_hold_s=60),
        totals(4, "2026-11-12", "left", best_hold_s=20, total_hold_s=50),
        totals(4, "2026-11-12", "right", best_hold_s=20, total_hold_s=50),
    ]
    points = symmetry_series(rows)  # holds compare the total held
    assert [(p.session_id, round(p.index, 2), p.behind) for p in points] == [
        (1, 75.0, "left"), (3, 66.67, "right"), (4, 100.0, None)
    ]  # fmt: skip
    assert [p.signed_gap for p in points[:1]] == [25.0]
    assert [p.index for p in symmetry_series(rows, "best_hold_s")] == [100.0, 100.0, 100.0]
    assert symmetry_series([]) == []


def gap(day: str, signed: float, session: int = 0) -> SymmetryPoint:
    """A point whose weaker side is ``signed`` % behind: positive left, negative right."""
    return SymmetryPoint(session, D(day), 100 - abs(signed), "left" if signed > 0 else "right")


HISTORY = [
    gap("2026-09-20", -50),  # outside the earlier window of three
    gap("2026-09-29", 36), gap("2026-10-01", 30), gap("2026-10-06", 24),  # mean 30
    gap("2026-11-24", 30), gap("2026-11-26", 30), gap("2026-11-30", -6),  # mean 18
]  # fmt: skip


def test_balance_trend_uses_rolling_means_so_one_bad_day_does_not_flip_the_side() -> None:
    trend = balance_trend(HISTORY, D("2026-12-01"))
    assert trend is not None
    assert (trend.behind, trend.earlier_behind) == ("left", "left")
    assert trend.gap_pct == pytest.approx(18.0)
    assert trend.earlier_gap_pct == pytest.approx(30.0)
    assert balance_words(trend) == "Left side 18% behind, was 30% eight weeks ago."


def test_balance_trend_without_recent_enough_earlier_data_compares_with_nothing() -> None:
    trend = balance_trend([gap("2026-08-01", 40), *HISTORY[4:]], D("2026-12-01"))
    assert trend is not None
    assert trend.earlier_gap_pct is None
    assert balance_words(trend) == (
        "Left side 18% behind; no sessions with both sides eight weeks ago to compare."
    )


def test_balance_trend_with_nothing_up_to_today_and_bad_arguments() -> None:
    assert balance_trend([], D("2026-12-01")) is None
    assert balance_trend(HISTORY[4:], D("2026-11-01")) is None  # all in the future
    assert balance_words(None) == "Not enough sessions with both sides yet."
    with pytest.raises(ValueError, match="at least 1"):
        balance_trend(HISTORY, D("2026-12-01"), window=0)


@pytest.mark.parametrize(
    ("trend", "words"),
    [
        (BalanceTrend("right", 12.4, 8, "left", 5.0),
         "Right side 12% behind, was left side 5% behind eight weeks ago."),
        (BalanceTrend(None, 0.3, 8, "left", 30.0),
         "Left and right even, was left side 30% behind eight weeks ago."),
        (BalanceTrend(None, 0.0, 8, None, 0.5), "Left and right even, as eight weeks ago."),
        (BalanceTrend("left", 5.0, 8, None, 0.2), "Left side 5% behind, was even eight weeks ago."),
        (BalanceTrend("left", 0.4, 1),
         "Left and right even; no sessions with both sides one week ago to compare."),
        (BalanceTrend("right", 7.0, 20, "right", 9.0),
         "Right side 7% behind, was 9% 20 weeks ago."),
    ],
)  # fmt: skip
def test_balance_words(trend: BalanceTrend, words: str) -> None:
    assert balance_words(trend) == words


# --- weekly volume -----------------------------------------------------------------------


def test_weekly_volume_aligns_exercises_on_every_week_with_zeros_in_the_gaps() -> None:
    rows = [
        ExerciseWeek(D("2026-11-16"), PLANK, hold_s=60.0),  # left
        ExerciseWeek(D("2026-11-02"), PLANK, hold_s=120.0),
        ExerciseWeek(D("2026-11-02"), AIRPLANE, reps=24),
        ExerciseWeek(D("2026-11-16"), PLANK, hold_s=50.0),  # right: same week, added up
        ExerciseWeek(D("2026-11-18"), AIRPLANE, reps=10, hold_s=None),  # a Wednesday
    ]
    chart = volume_by_week(rows)
    assert chart.weeks == (D("2026-11-02"), D("2026-11-09"), D("2026-11-16"))
    assert chart.exercises == (PLANK, AIRPLANE)  # in id order, so colours stay put
    assert chart.hold_s == {PLANK: (120.0, 0.0, 110.0), AIRPLANE: (0.0, 0.0, 0.0)}
    assert chart.reps == {PLANK: (0, 0, 0), AIRPLANE: (24, 0, 10)}
    ranged = volume_by_week(rows, D("2026-10-28"), D("2026-11-11"))
    assert ranged.weeks == (D("2026-10-26"), D("2026-11-02"), D("2026-11-09"))
    assert ranged.hold_s[PLANK] == (0.0, 120.0, 0.0)


def test_weekly_volume_with_no_rows_or_a_backwards_range() -> None:
    empty = volume_by_week([])
    assert (empty.weeks, empty.exercises) == ((), ())
    assert volume_by_week([], D("2026-11-02"), D("2026-11-09")).weeks == (
        D("2026-11-02"), D("2026-11-09"))  # fmt: skip
    with pytest.raises(ValueError, match="starts"):
        volume_by_week([], D("2026-11-30"), D("2026-11-02"))


# --- weekly goal, streak, heatmap --------------------------------------------------------


def days(*pairs: tuple[str, int]) -> list[tuple[date, int]]:
    return [(D(day), count) for day, count in pairs]


def test_streak_counts_weeks_and_an_unfinished_week_does_not_break_it() -> None:
    history = days(("2026-11-02", 2), ("2026-11-09", 1), ("2026-11-16", 1), ("2026-11-22", 2),
                   ("2026-11-23", 1), ("2026-11-27", 1), ("2026-11-30", 1))  # fmt: skip
    # Weeks of 16 Nov (Mon + Sun: a missed day in between is fine) and 23 Nov met 2; the week
    # of 9 Nov had 1; this week (30 Nov) has 1 so far and does not count yet.
    assert weekly_streak(history, 2, D("2026-12-02")) == 2
    assert weekly_streak([*history, (D("2026-12-02"), 1)], 2, D("2026-12-02")) == 3
    assert weekly_streak(history, 3, D("2026-12-02")) == 0
    assert this_week(history, 2, D("2026-12-02")).sessions == 1
    assert not this_week(history, 2, D("2026-12-02")).met


def test_streak_runs_across_the_year_boundary() -> None:
    # ISO weeks 2026-W52, W53 (28 Dec to 3 Jan: two calendar years) and 2027-W01; 10 Jan is
    # after today and counts nowhere.
    history = days(("2026-12-21", 1), ("2026-12-24", 1), ("2026-12-29", 1), ("2027-01-02", 1),
                   ("2027-01-04", 2), ("2027-01-10", 5))  # fmt: skip
    today = D("2027-01-06")
    assert weekly_streak(history, 2, today) == 3
    week = this_week(history, 2, today)
    assert (week.week_start, week.sessions, week.met) == (D("2027-01-04"), 2, True)
    weeks = goal_weeks(history, 2, D("2026-12-20"), today)
    assert [(w.week_start, w.sessions) for w in weeks] == [
        (D("2026-12-14"), 0), (D("2026-12-21"), 2), (D("2026-12-28"), 2), (D("2027-01-04"), 2)
    ]  # fmt: skip


def test_goal_and_counts_refuse_bad_input_and_empty_history_is_zero() -> None:
    assert weekly_streak([], 2, D("2026-12-02")) == 0
    assert this_week([], 1, D("2026-12-02")).sessions == 0
    with pytest.raises(ValueError, match="at least 1 session"):
        weekly_streak(days(("2026-12-01", 1)), 0, D("2026-12-02"))
    with pytest.raises(ValueError, match="negative"):
        this_week(days(("2026-12-01", -1)), 2, D("2026-12-02"))


def test_heatmap_is_53_monday_first_weeks_ending_with_the_current_week() -> None:
    history = days(("2025-11-30", 4), ("2025-12-01", 1), ("2026-06-10", 1), ("2026-12-02", 2))
    grid = year_heatmap(history, D("2026-12-02"))  # a Wednesday
    assert len(grid.weeks) == len(grid.counts) == 53
    assert {len(week) for week in grid.counts} == {7}
    assert {monday.weekday() for monday in grid.weeks} == {0}
    assert (grid.weeks[0], grid.weeks[-1]) == (D("2025-12-01"), D("2026-11-30"))
    assert grid.counts[0][0] == 1  # 30 Nov 2025 lies before the grid and is left out
    assert grid.counts[-1] == (0, 0, 2, None, None, None, None)
    assert grid.day(27, 2) == D("2026-06-10")
    assert grid.counts[27][2] == 1
    assert sum(c or 0 for week in grid.counts for c in week) == 4
    assert grid.most == 2
    assert year_heatmap([], D("2026-12-02")).most == 0
    with pytest.raises(ValueError, match="at least one week"):
        year_heatmap([], D("2026-12-02"), weeks=0)


# --- records -----------------------------------------------------------------------------


EARLIER = [
    Best(PLANK, "left", "hold", 28.0),
    Best(PLANK, "right", "hold", 30.0),
    Best(AIRPLANE, "left", "reps", 8),
]


SetItem = tuple[str, str, float | None, int | None, bool]  # exercise, side, hold, reps, skipped


def sets(session: int, day: str, *items: SetItem) -> list[DatedSet]:
    return [DatedSet(session, D(day), *item) for item in items]


def test_records_beaten_needs_more_than_an_earlier_best() -> None:
    session = sets(
        9, "2026-12-01",
        (AIRPLANE, "right", None, 9, False),  # first time ever: not a record yet
        (PLANK, "left", 25.0, None, False),
        (PLANK, "left", 32.0, None, False),  # beats 28
        (PLANK, "right", 30.0, None, False),  # ties 30: not beaten
        (PLANK, "right", 40.0, None, True),  # skipped: never counts
        (AIRPLANE, "left", None, 8, False),  # ties 8
    )  # fmt: skip
    assert records_beaten(EARLIER, session) == [BeatenRecord(PLANK, "left", "hold", 32.0, 28.0)]
    assert records_beaten([], session) == []  # a first session beats nothing
    assert records_beaten(EARLIER, []) == []
    # Compared as shown: 28.04 s reads "28 s", the same as the best.
    assert records_beaten(EARLIER, sets(9, "2026-12-01", (PLANK, "left", 28.04, None, False))) == []


def test_records_beaten_takes_the_players_own_sets() -> None:
    at = datetime(2026, 12, 1, 18, tzinfo=UTC)
    stored = SetRecord(exercise=PLANK, side="left", set_index=0, hold_s=29.5, started_at=at,
                       ended_at=at)  # fmt: skip
    played = WorkResult(phase=3, exercise=AIRPLANE, side="left", set_index=0, rep_index=0,
                        target_reps=10, reps=10, target_hold_s=None, hold_s=None, started=1.0,
                        ended=2.0)  # fmt: skip
    assert [record_words(r) for r in records_beaten(EARLIER, [stored, played])] == [
        "Longest hold, left: 29.5 s (was 28 s)", "Most reps in a set, left: 10 (was 8)"
    ]  # fmt: skip


def test_bests_and_records_per_session_over_the_history_in_date_order() -> None:
    plank: SetItem = (PLANK, "left", 25.0, None, False)
    history = [  # given out of order; session 7 was imported late and its 0 is no value
        *sets(3, "2026-11-09", plank, (AIRPLANE, "both", None, 10, False)),
        *sets(
            1, "2026-11-02", (PLANK, "left", 20.0, None, False), (AIRPLANE, "both", None, 8, False)
        ),
        *sets(2, "2026-11-05", plank, (PLANK, "left", None, None, False)),
        *sets(7, "2026-10-01", (AIRPLANE, "both", None, 0, False)),
    ]
    assert bests(history) == [
        Best(PLANK, "left", "hold", 25.0, D("2026-11-05"), 2),  # the tie on 9 Nov keeps 5 Nov
        Best(AIRPLANE, "both", "reps", 10, D("2026-11-09"), 3),
    ]
    assert records_by_session(history) == {
        2: [BeatenRecord(PLANK, "left", "hold", 25.0, 20.0)],
        3: [BeatenRecord(AIRPLANE, "both", "reps", 10, 8)],
    }
    assert bests([]) == []
    assert records_by_session([]) == {}


def test_record_words() -> None:
    assert record_words(BeatenRecord(PLANK, "left", "hold", 32.0, 28.0)) == (
        "Longest hold, left: 32 s (was 28 s)")  # fmt: skip
    assert record_words(BeatenRecord(AIRPLANE, "right", "reps", 12, 10)) == (
        "Most reps in a set, right: 12 (was 10)")  # fmt: skip
    assert record_words(Best(PLANK, "both", "hold", 20.54)) == "Longest hold: 20.5 s"


# --- pain and effort ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "zone"),
    [(0, "green"), (2, "green"), (3, "amber"), (5, "amber"), (6, "red"), (10, "red")],
)
def test_pain_zones_at_their_boundaries(value: int, zone: str) -> None:
    assert pain_zone(value) == zone


@pytest.mark.parametrize("value", [-1, 11])
def test_pain_outside_0_to_10_is_refused(value: int) -> None:
    with pytest.raises(ValueError, match="from 0 to 10"):
        pain_zone(value)


def scores(*during: int | None) -> list[SessionScores]:
    return [
        SessionScores(i + 1, D("2026-11-01").replace(day=i + 1), pain_during=value)
        for i, value in enumerate(during)
    ]


def test_pain_flags_a_rise_of_two_and_two_rises_in_a_row_but_never_a_fall() -> None:
    flags = pain_flags(scores(1, 3, 2, 3, 4, 6, 1))
    assert [(f.session_id, f.previous, f.value, f.reasons) for f in flags] == [
        (2, 1, 3, ("rose_by_2",)),  # +2
        (5, 3, 4, ("rose_twice",)),  # 2 → 3 → 4
        (6, 4, 6, ("rose_by_2", "rose_twice")),
    ]  # 3 → 2 (a fall) and 2 → 3 (one rise) and 6 → 1 flag nothing
    assert [flag_words(f) for f in flags[1:]] == [
        "Pain during rose twice in a row, to 4/10", "Pain during rose by 2, to 6/10"
    ]  # fmt: skip


def test_pain_flags_skip_sessions_without_that_rating() -> None:
    history = scores(2, None, 4)
    assert [(f.session_id, f.previous) for f in pain_flags(history)] == [(3, 2)]
    assert [p.value for p in pain_series(history, "during")] == [2, 4]
    assert pain_flags([]) == []
    assert pain_flags(history, ["after"]) == []


def test_latest_pain_prefers_next_morning_then_after_then_during() -> None:
    history = [
        SessionScores(1, D("2026-11-02"), pain_during=1, pain_next_morning=0),
        SessionScores(2, D("2026-11-05"), pain_during=6, pain_after=4),
        SessionScores(3, D("2026-11-09")),  # no ratings given
    ]
    latest = latest_pain(history)
    assert latest is not None
    assert (latest.session_id, latest.measure, latest.value, latest.zone) == (
        2,
        "after",
        4,
        "amber",
    )
    assert latest_pain_words(latest) == "Pain 4/10 after: acceptable"
    first = latest_pain(history[:1])
    assert first is not None
    assert (first.measure, first.value, first.zone) == ("next_morning", 0, "green")
    assert latest_pain([]) is None
    assert latest_pain(history[2:]) is None
    assert latest_pain_words(None) == "No pain ratings yet"


def test_effort_series_skips_missing_ratings_and_refuses_impossible_ones() -> None:
    history = [SessionScores(1, D("2026-11-02"), rpe=6), SessionScores(2, D("2026-11-05"))]
    assert effort_series(history) == [Point(1, D("2026-11-02"), 6.0)]
    with pytest.raises(ValueError, match="from 0 to 10"):
        effort_series([SessionScores(1, D("2026-11-02"), rpe=12)])
