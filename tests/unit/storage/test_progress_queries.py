"""The Progress tab's reads, on a small hand-made history."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hiptrainer.domain.progress import ExerciseWeek, SessionSideTotals
from hiptrainer.domain.progress_pain import SessionScores
from hiptrainer.domain.progress_records import Best, DatedSet, bests, records_beaten
from hiptrainer.storage.progress_queries import (
    earlier_bests,
    exercise_weeks,
    exercises_with_data,
    record_candidates,
    session_days,
    session_maxima,
    session_scores,
    session_side_totals,
)
from hiptrainer.storage.store import Store
from tests.helpers.storage import FakeClock, a_set, make_store

MONDAY, SUNDAY, NEXT_MONDAY = date(2026, 3, 2), date(2026, 3, 8), date(2026, 3, 9)


def history(data_dir: Path) -> tuple[Store, list[int]]:
    """Monday: plank holds both sides, clamshells (one skipped). Sunday: clamshells, better.
    Next Monday: a session left unfinished."""
    clock = FakeClock()  # Monday 2 March 2026
    store = make_store(data_dir, clock)
    monday = store.start_session("post_run_strength")
    for hold, seconds in enumerate((15.0, 18.0, 20.0)):
        store.record_set(
            monday, a_set(clock, "copenhagen_plank", "left", 0, hold, reps=None, hold_s=seconds)
        )
    store.record_set(monday, a_set(clock, "copenhagen_plank", "right", 0, reps=None, hold_s=12.0))
    store.record_set(monday, a_set(clock, "clamshell", "left", 0, reps=12))
    store.record_set(monday, a_set(clock, "clamshell", "left", 1, reps=30, skipped=True))
    store.finish_session(monday, rpe=6, pain_during=2, pain_after=None)
    clock.advance(days=6)
    sunday = store.start_session("post_run_strength")
    store.record_set(sunday, a_set(clock, "clamshell", "left", 0, reps=14))
    store.finish_session(sunday, pain_during=4)
    clock.advance(days=1)
    unfinished = store.start_session(None)
    store.record_set(unfinished, a_set(clock, "clamshell", "right", 0, reps=8))
    return store, [monday, sunday, unfinished]


def test_exercises_with_data_most_recent_first(data_dir: Path) -> None:
    store, _ = history(data_dir)
    assert exercises_with_data(store.conn) == [
        ("clamshell", NEXT_MONDAY),
        ("copenhagen_plank", MONDAY),
    ]


def test_session_side_totals_and_range(data_dir: Path) -> None:
    store, (monday, sunday, unfinished) = history(data_dir)
    plank = session_side_totals(store.conn, "copenhagen_plank")
    assert plank == [
        SessionSideTotals(monday, MONDAY, "left", 20.0, 53.0, None, None),
        SessionSideTotals(monday, MONDAY, "right", 12.0, 12.0, None, None),
    ]
    clams = session_side_totals(store.conn, "clamshell", since=SUNDAY)
    assert [(t.session_id, t.side, t.best_reps, t.total_reps) for t in clams] == [
        (sunday, "left", 14, 14),
        (unfinished, "right", 8, 8),
    ]


def test_exercise_weeks_sum_both_sides_per_exercise(data_dir: Path) -> None:
    store, _ = history(data_dir)
    assert exercise_weeks(store.conn) == [
        ExerciseWeek(MONDAY, "clamshell", 26, 0.0),  # the skipped 30 does not count
        ExerciseWeek(MONDAY, "copenhagen_plank", 0, 65.0),
        ExerciseWeek(NEXT_MONDAY, "clamshell", 8, 0.0),
    ]
    assert exercise_weeks(store.conn, since=NEXT_MONDAY) == [
        ExerciseWeek(NEXT_MONDAY, "clamshell", 8, 0.0)
    ]


def test_days_and_scores_count_completed_sessions(data_dir: Path) -> None:
    store, (monday, sunday, _) = history(data_dir)
    assert session_days(store.conn) == [(MONDAY, 1), (SUNDAY, 1)]
    assert session_scores(store.conn) == [
        SessionScores(monday, MONDAY, 6, 2, None, None),
        SessionScores(sunday, SUNDAY, None, 4, None, None),
    ]
    assert session_scores(store.conn, since=SUNDAY)[0].session_id == sunday


def test_maxima_give_the_records_with_their_days(data_dir: Path) -> None:
    store, (monday, sunday, unfinished) = history(data_dir)
    maxima = session_maxima(store.conn, "clamshell")
    assert maxima == [
        DatedSet(monday, MONDAY, "clamshell", "left", None, 12),
        DatedSet(sunday, SUNDAY, "clamshell", "left", None, 14),
        DatedSet(unfinished, NEXT_MONDAY, "clamshell", "right", None, 8),
    ]
    assert len(session_maxima(store.conn)) == 5  # both plank sides as well
    best = {(b.exercise, b.side, b.kind): (b.value, b.local_date) for b in bests(maxima)}
    assert best[("clamshell", "left", "reps")] == (14, SUNDAY)


def test_earlier_bests_feed_the_records_a_session_beat(data_dir: Path) -> None:
    store, (monday, sunday, _) = history(data_dir)
    assert earlier_bests(store.conn, monday) == []  # nothing before the first session
    earlier = earlier_bests(store.conn, sunday)
    assert earlier == [Best("clamshell", "left", "reps", 12.0)]
    beaten = records_beaten(earlier, store.sets(sunday))
    assert [(r.exercise, r.side, r.kind, r.value, r.previous) for r in beaten] == [
        ("clamshell", "left", "reps", 14, 12.0)
    ]


def test_record_candidates_give_the_same_bests_as_every_set(data_dir: Path) -> None:
    store, _ = history(data_dir)
    clock = FakeClock()
    clock.advance(days=20)
    later = store.start_session(None)
    # Shown as 20.0 s like Monday's 20.0: a tie, so Monday keeps the record.
    store.record_set(later, a_set(clock, "copenhagen_plank", "left", 0, reps=None, hold_s=20.04))
    store.record_set(later, a_set(clock, "copenhagen_plank", "left", 1, reps=None, hold_s=3.0))
    candidates = record_candidates(store.conn)
    assert len(candidates) < len(session_maxima(store.conn)) + 2
    assert bests(candidates) == bests(session_maxima(store.conn))
    plank = [b for b in bests(candidates) if b.exercise == "copenhagen_plank" and b.side == "left"]
    assert [(b.value, b.local_date) for b in plank] == [(20.0, MONDAY)]


# --- the faster forms: the same answers where they take another way ---------------------------

PLANK = "copenhagen_plank"


def out_of_order(data_dir: Path) -> tuple[Store, list[int]]:
    """Sessions whose ids do not follow their days (as an imported older session makes):
    ids 1 and 2 on 4 and 5 March, id 3 on 1 March. The fire hydrant is done on 4 March and,
    with a higher id, on 1 March; the side plank only ever skipped."""
    clock = FakeClock()
    store = make_store(data_dir, clock)
    ids = []
    for day, hold in ((4, 20.0), (5, 24.0), (1, 18.0)):
        clock.moment = clock.moment.replace(day=day, hour=7)
        session = store.start_session("post_run_strength")
        for side in ("right", "left"):
            store.record_set(
                session, a_set(clock, "copenhagen_plank", side, 0, reps=None, hold_s=hold)
            )
            store.record_set(
                session, a_set(clock, "copenhagen_plank", side, 1, reps=None, hold_s=hold - 5)
            )
        if day != 5:
            store.record_set(session, a_set(clock, "fire_hydrant", "left", 0, reps=10 + day))
        store.record_set(session, a_set(clock, "side_plank", "left", 0, reps=None, skipped=True))
        store.finish_session(session)
        ids.append(session)
    return store, ids


def test_exercises_with_data_by_their_last_day_not_their_newest_session(data_dir: Path) -> None:
    store, _ = out_of_order(data_dir)
    assert exercises_with_data(store.conn) == [
        ("copenhagen_plank", date(2026, 3, 5)),
        ("fire_hydrant", date(2026, 3, 4)),  # its newest session (id 3) is from 1 March
    ]  # the side plank, only ever skipped, is not listed


def test_exercises_done_on_the_same_last_day_are_listed_by_name(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session(None)
    for exercise in ("side_plank", "clamshell", "glute_bridge"):
        store.record_set(session, a_set(clock, exercise, "left"))
    assert [name for name, _day in exercises_with_data(store.conn)] == [
        "clamshell", "glute_bridge", "side_plank",
    ]  # fmt: skip


def test_side_totals_of_everything_match_those_of_a_range(data_dir: Path) -> None:
    store, (fourth, fifth, first) = out_of_order(data_dir)
    everything = session_side_totals(store.conn, "copenhagen_plank")
    assert everything == session_side_totals(store.conn, "copenhagen_plank", date.min)
    # Day order, then session, then side, whatever the ids.
    assert [(row.session_id, row.side) for row in everything] == [
        (first, "left"), (first, "right"), (fourth, "left"), (fourth, "right"),
        (fifth, "left"), (fifth, "right"),
    ]  # fmt: skip
    assert everything[0] == SessionSideTotals(first, date(2026, 3, 1), "left", 18.0, 31.0)


def test_weeks_of_everything_match_those_of_a_range(data_dir: Path) -> None:
    store, _ = out_of_order(data_dir)
    everything = exercise_weeks(store.conn)
    assert everything == exercise_weeks(store.conn, since=date.min)
    assert everything == [
        ExerciseWeek(date(2026, 2, 23), "copenhagen_plank", 0, 62.0),  # Sunday 1 March
        ExerciseWeek(date(2026, 2, 23), "fire_hydrant", 11, 0.0),
        ExerciseWeek(MONDAY, "copenhagen_plank", 0, 156.0),
        ExerciseWeek(MONDAY, "fire_hydrant", 14, 0.0),
    ]


def test_record_candidates_are_one_row_per_session_and_side(data_dir: Path) -> None:
    store, (fourth, fifth, first) = out_of_order(data_dir)
    candidates = record_candidates(store.conn)
    plank = [(c.session_id, c.side, c.hold_s) for c in candidates if c.exercise == PLANK]
    assert plank == [(fifth, "left", 24.0), (fifth, "right", 24.0)]  # not the 19 s holds
    assert bests(candidates) == bests(session_maxima(store.conn))


RECOMPUTED = (
    "SELECT session_id, exercise, SUM(reps), SUM(hold_s) FROM sets WHERE skipped = 0 "
    "GROUP BY session_id, exercise ORDER BY session_id, exercise"
)
KEPT = "SELECT * FROM session_exercise_totals ORDER BY session_id, exercise"


def test_session_totals_follow_every_change_to_the_sets(data_dir: Path) -> None:
    store, (monday, sunday, unfinished) = history(data_dir)
    conn = store.conn
    assert conn.execute(KEPT).fetchall() == conn.execute(RECOMPUTED).fetchall()
    clock = FakeClock()
    # A corrected set (the same set recorded again) updates the sum.
    store.record_set(sunday, a_set(clock, "clamshell", "left", 0, reps=16))
    assert (sunday, "clamshell", 16, None) in conn.execute(KEPT).fetchall()
    # Skipping every set of a pair removes its row; deleting a session removes its rows.
    conn.execute("UPDATE sets SET skipped = 1 WHERE session_id = ?", (unfinished,))
    conn.execute("DELETE FROM sessions WHERE id = ?", (monday,))
    kept = conn.execute(KEPT).fetchall()
    assert kept == conn.execute(RECOMPUTED).fetchall()
    assert kept == [(sunday, "clamshell", 16, None)]
    assert exercise_weeks(conn) == [ExerciseWeek(SUNDAY - timedelta(days=6), "clamshell", 16, 0.0)]


def test_rows_of_one_read_share_their_repeated_texts_and_days(data_dir: Path) -> None:
    # Ten years is tens of thousands of rows: each side, exercise and day is one object.
    store, _ = history(data_dir)
    clock = FakeClock()
    again = store.start_session(None)
    store.record_set(again, a_set(clock, "copenhagen_plank", "left", 0, reps=None, hold_s=9.0))
    store.finish_session(again)
    for since in (None, MONDAY):
        plank = session_side_totals(store.conn, "copenhagen_plank", since)
        lefts = [row.side for row in plank if row.side == "left"]
        assert len(lefts) == 2
        assert lefts[0] is lefts[1]
    weeks = exercise_weeks(store.conn)
    clams = [row.exercise for row in weeks if row.exercise == "clamshell"]
    assert len(clams) == 2
    assert clams[0] is clams[1]
    candidates = record_candidates(store.conn)
    monday = [row.local_date for row in candidates if row.local_date == MONDAY]
    assert len(monday) >= 2
    assert all(day is monday[0] for day in monday)
