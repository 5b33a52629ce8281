"""The made-up history of ``hiptrainer demo-data``, written into a throwaway store: its
weeks, its sets (exactly the routine's plan), its left side, its pain, its seed, and its
refusal to mix with real sessions."""

from __future__ import annotations

from collections import Counter
from datetime import date, time, timedelta
from pathlib import Path

import msgspec
import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.domain.model import Workout
from hiptrainer.domain.plan import DOSE_LEVELS, expand
from hiptrainer.domain.progress_records import records_by_session
from hiptrainer.domain.records import SetRecord
from hiptrainer.storage.demo import (
    ROUTINES,
    SIDE_ORDER,
    DemoHistory,
    NotEmptyError,
    months_before,
    write_demo_history,
)
from hiptrainer.storage.errors import DiskFullError
from hiptrainer.storage.progress_queries import session_maxima
from hiptrainer.storage.store import SessionInfo, Store
from tests.helpers.storage import TZ, FakeClock, a_set, make_store, recorded_store

CATALOG = load_catalog()
WORKOUTS: list[Workout] = [CATALOG.workouts[workout] for workout in ROUTINES]
TODAY = date(2026, 3, 2)
SEEDS = (1, 2, 3, 11)


def write(store: Store, months: int = 6, seed: int = 1) -> DemoHistory:
    return write_demo_history(
        store, WORKOUTS, CATALOG.exercises, months=months, today=TODAY, seed=seed, tz=TZ
    )


def history(
    data_dir: Path, months: int = 6, seed: int = 1
) -> list[tuple[SessionInfo, list[SetRecord]]]:
    store = make_store(data_dir)
    write(store, months, seed)
    return [(info, store.sets(info.id)) for info in store.sessions()]


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def hold_deficit(sets: list[SetRecord]) -> float:
    """How much less the left side held than the right on the same holds (0.25 is 25 %):
    the Copenhagen, long lever after a run or short lever in the warm-up."""
    done = [s for s in sets if s.exercise.startswith("copenhagen") and not s.skipped]
    left = {(s.set_index, s.rep_index): s.hold_s or 0.0 for s in done if s.side == "left"}
    right = {(s.set_index, s.rep_index): s.hold_s or 0.0 for s in done if s.side == "right"}
    both = left.keys() & right.keys()
    assert both
    return 1 - sum(left[key] for key in both) / sum(right[key] for key in both)


def pains(info: SessionInfo) -> list[int]:
    return [p for p in (info.pain_during, info.pain_after, info.pain_next_morning) if p is not None]


# --- the calendar -------------------------------------------------------------------------


def test_two_or_three_sessions_a_week_with_missed_weeks(data_dir: Path) -> None:
    store = make_store(data_dir)
    written = write(store, months=6)
    days = [info.local_date for info in store.sessions()]
    assert written.sessions == len(days) > 30
    first, last = date.fromisoformat(min(days)), date.fromisoformat(max(days))
    assert (written.first_day, written.last_day) == (first, last)
    per_week = Counter(monday(date.fromisoformat(day)) for day in days)
    window_start = months_before(TODAY, 6)
    weeks = []
    week = monday(window_start)
    while week < TODAY:
        weeks.append(week)
        week += timedelta(weeks=1)
    assert all(0 <= per_week[week] <= 3 for week in weeks)
    whole = [w for w in weeks if w >= window_start and w + timedelta(days=6) < TODAY]
    assert all(per_week[week] in (0, 2, 3) for week in whole)
    missed = [week for week in whole if per_week[week] == 0]
    assert 3 <= len(missed) <= len(whole) // 4
    assert {2, 3} <= {per_week[week] for week in whole}
    assert len(set(days)) == len(days)  # never two sessions on a day


def test_the_history_ends_before_today_in_the_morning_or_evening(data_dir: Path) -> None:
    sessions = history(data_dir, months=6)
    assert months_before(TODAY, 6) == date(2025, 9, 2)
    assert date.fromisoformat(sessions[0][0].local_date) >= date(2025, 9, 2)
    assert TODAY - timedelta(days=21) <= date.fromisoformat(sessions[-1][0].local_date) < TODAY
    for info, sets in sessions:
        started = info.started_at
        assert started.utcoffset() == TZ.utcoffset(None)
        assert time(6, 0) <= started.time() <= time(10, 31) or (
            time(17, 0) <= started.time() <= time(20, 1)
        )
        assert info.status == "completed"
        assert info.workout in ROUTINES
        assert info.ended_at is not None
        assert started <= sets[0].started_at
        assert sets[-1].ended_at <= info.ended_at <= started + timedelta(minutes=45)
        assert all(a.ended_at <= b.started_at for a, b in zip(sets, sets[1:], strict=False))


def test_months_before_keeps_the_day_or_takes_the_month_end() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 1) == date(2025, 12, 15)
    assert months_before(date(2026, 3, 2), 120) == date(2016, 3, 2)


@pytest.mark.parametrize("months", [0, -1, 121])
def test_months_outside_1_to_120_are_refused(data_dir: Path, months: int) -> None:
    store = make_store(data_dir)
    with pytest.raises(ValueError, match="from 1 to 120"):
        write(store, months=months)
    assert store.sessions() == []


# --- the sets -------------------------------------------------------------------------------


def test_every_set_is_what_the_routines_plan_records(data_dir: Path) -> None:
    plans = {
        (workout.id, level): [
            (p.exercise, p.side, p.set_index, p.rep_index, p.target_reps, p.target_hold_s)
            for p in expand(workout, CATALOG.exercises, SIDE_ORDER, level)
            if p.kind == "work"
        ]
        for workout in WORKOUTS
        for level in DOSE_LEVELS
    }
    levels: Counter[str] = Counter()
    for info, sets in history(data_dir, months=12):
        assert info.workout is not None
        found = [
            (s.exercise, s.side, s.set_index, s.rep_index, s.target_reps, s.target_hold_s)
            for s in sets
        ]
        matching = [level for level in DOSE_LEVELS if plans[(info.workout, level)] == found]
        assert matching, f"session {info.id} does not follow a plan of {info.workout}"
        levels[matching[0]] += 1
        for record in sets:
            assert (record.hold_s is None) == (record.target_hold_s is None)
            assert (record.reps is None) == (record.target_reps is None)
    # The runner moves from the low end of each dose to the top end.
    assert levels["low"] > 0
    assert levels["high"] > 0


def test_two_sided_exercises_are_both_and_one_sided_have_two_sides(data_dir: Path) -> None:
    sides: dict[str, set[str]] = {}
    for _info, sets in history(data_dir, months=2):
        for record in sets:
            sides.setdefault(record.exercise, set()).add(record.side)
    for exercise, found in sides.items():
        one_sided = CATALOG.exercises[exercise].unilateral
        assert found == ({"left", "right"} if one_sided else {"both"}), exercise
    assert sides["glute_bridge"] == {"both"}


@pytest.mark.parametrize("seed", SEEDS)
def test_the_left_side_starts_25_to_30_percent_weaker_and_catches_up(
    data_dir: Path, seed: int
) -> None:
    sessions = history(data_dir, months=6, seed=seed)
    first, last = hold_deficit(sessions[0][1]), hold_deficit(sessions[-1][1])
    assert 0.25 <= first <= 0.30
    assert last < 0.12
    assert last < first / 2
    # The reps of one-sided exercises follow the same side: never more on the left at first.
    for record in sessions[0][1]:
        if record.side == "left" and record.reps is not None:
            right = next(
                s
                for s in sessions[0][1]
                if (s.exercise, s.side, s.set_index) == (record.exercise, "right", record.set_index)
            )
            assert record.reps <= (right.reps or 0)


def test_holds_and_reps_grow_through_the_dose_and_a_little_past_it(data_dir: Path) -> None:
    everything = history(data_dir, months=24)
    # The long-lever Copenhagen is in the post-run routine (the warm-up has the short lever).
    sessions = [(info, sets) for info, sets in everything if info.workout == "post_run_strength"]

    def best(sets: list[SetRecord], exercise: str, side: str) -> float:
        done = [s for s in sets if (s.exercise, s.side) == (exercise, side) and not s.skipped]
        return max((s.hold_s or s.reps or 0) for s in done)

    # The Copenhagen plank's dose is 4–6 holds of 15–20 s; the clamshell's 12 reps.
    assert best(sessions[0][1], "copenhagen_plank", "right") <= 16
    assert best(sessions[0][1], "copenhagen_plank", "left") < 12
    late = [sets for info, sets in sessions if info.local_date >= "2025-09-01"]
    late_holds = [best(sets, "copenhagen_plank", "right") for sets in late]
    assert 20 < max(late_holds) <= 23
    assert min(late_holds) >= 17
    clamshell = [s.reps or 0 for _, sets in everything for s in sets if s.exercise == "clamshell"]
    assert min(clamshell) >= 8
    assert 12 < max(clamshell) <= 15
    assert len([s for s in late[-1] if s.exercise == "copenhagen_plank"]) == 12  # 6 holds a side


def test_the_progress_tab_finds_records_in_it(data_dir: Path) -> None:
    store = make_store(data_dir)
    write(store, months=6)
    beaten = records_by_session(session_maxima(store.conn))
    assert len(beaten) >= 5
    assert {record.side for records in beaten.values() for record in records} >= {"left", "right"}


# --- effort and pain ------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_pain_flares_once_and_settles_within_two_weeks(data_dir: Path, seed: int) -> None:
    sessions = [info for info, _sets in history(data_dir, months=6, seed=seed)]
    flare = [info for info in sessions if max(pains(info)) >= 5]
    assert 1 <= len(flare) <= 2
    assert all(5 <= max(pains(info)) <= 6 for info in flare)
    flare_days = [date.fromisoformat(info.local_date) for info in flare]
    assert flare_days[-1] - flare_days[0] <= timedelta(days=7)
    before = [info for info in sessions if date.fromisoformat(info.local_date) < flare_days[0]]
    settled = [
        info
        for info in sessions
        if date.fromisoformat(info.local_date) >= flare_days[-1] + timedelta(days=14)
    ]
    assert before
    assert settled
    assert all(max(pains(info)) <= 2 for info in before + settled)
    assert "sore" in flare[0].notes
    # Mostly 0-2 throughout; next-morning pain for most sessions; effort 3-8.
    assert sum(max(pains(info)) <= 2 for info in sessions) >= len(sessions) - 5
    assert sum(info.pain_next_morning is not None for info in sessions) >= 0.7 * len(sessions)
    assert all(info.rpe is not None and 3 <= info.rpe <= 8 for info in sessions)
    assert len({info.rpe for info in sessions}) >= 3


def test_a_sore_session_cuts_its_last_left_sets(data_dir: Path) -> None:
    sessions = history(data_dir, months=6)
    sore = next(sets for info, sets in sessions if max(pains(info)) >= 5)
    skipped = [s for s in sore if s.skipped]
    assert skipped
    assert {s.side for s in skipped} == {"left"}
    assert not any(s.skipped for info, sets in sessions if max(pains(info)) < 5 for s in sets)


# --- seed, refusal, all or nothing ---------------------------------------------------------


def snapshot(data_dir: Path, seed: int) -> object:
    return msgspec.to_builtins(history(data_dir, months=3, seed=seed))


def test_the_same_seed_writes_the_same_history(tmp_path: Path) -> None:
    first = snapshot(tmp_path / "a", 7)
    assert first == snapshot(tmp_path / "b", 7)
    assert first != snapshot(tmp_path / "c", 8)


@pytest.mark.parametrize(("sessions", "words"), [(1, "1 session;"), (3, "3 sessions;")])
def test_a_folder_with_sessions_is_refused_and_left_alone(
    data_dir: Path, sessions: int, words: str
) -> None:
    store = recorded_store(data_dir, sessions=sessions)
    with pytest.raises(NotEmptyError) as refused:
        write(store)
    assert str(refused.value) == (
        f"{data_dir} already holds {words} demo data goes only into an empty data folder"
    )
    assert refused.value.sessions == sessions
    assert len(store.sessions()) == sessions
    assert not store.conn.in_transaction


def test_an_unfinished_session_counts_too(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session("runners_hip_warmup")
    store.record_set(session, a_set(clock))
    with pytest.raises(NotEmptyError, match="holds 1 session;"):
        write(store)
    assert [info.status for info in store.sessions()] == ["in_progress"]


def test_the_users_own_exercises_alone_do_not_stop_it(data_dir: Path) -> None:
    store = make_store(data_dir)
    store.save_definition(CATALOG.exercises["clamshell"])
    assert write(store, months=1).sessions > 0


def test_a_full_disk_writes_nothing(data_dir: Path) -> None:
    store = make_store(data_dir)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 20}")  # room for a few sessions
    with pytest.raises(DiskFullError, match="the disk is full"):
        write(store, months=24)
    assert store.sessions() == []
    assert store.conn.execute("SELECT COUNT(*) FROM sets").fetchone()[0] == 0
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert write(store, months=1).sessions > 0  # and the store still works


def test_it_is_written_in_one_transaction(data_dir: Path) -> None:
    store = make_store(data_dir)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    written = write(store, months=3)
    store.conn.set_trace_callback(None)
    bounds = [s for s in statements if s.startswith(("BEGIN", "COMMIT", "ROLLBACK"))]
    assert bounds == ["BEGIN IMMEDIATE", "COMMIT"]
    assert written.sets == store.conn.execute("SELECT COUNT(*) FROM sets").fetchone()[0]
