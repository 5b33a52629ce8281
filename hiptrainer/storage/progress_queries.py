"""What the Progress tab reads, summed inside SQLite and handed over as the domain's rows.

Every query here reads only: the sums and maxima are taken per session (a walk over the
``sets_for_progress`` or ``sets_by_session`` index), so even ten years of history come back as
a few thousand small rows, and the charts' metrics are computed from those in
``hiptrainer.domain.progress*``. Skipped sets never count; sessions count by their local
calendar day; only completed or interrupted sessions with sets are charted (a session row
alone, with nothing done, is no training).
"""

from __future__ import annotations

import sqlite3
from datetime import date

from hiptrainer.domain.progress import ExerciseWeek, SessionSideTotals
from hiptrainer.domain.progress_pain import SessionScores
from hiptrainer.domain.progress_records import Best, DatedSet


def _since(since: date | None) -> str:
    return (since or date.min).isoformat()


def exercises_with_data(conn: sqlite3.Connection) -> list[tuple[str, date]]:
    """Exercises that have any set done, with the day last done; most recent first."""
    rows = conn.execute(
        "SELECT t.exercise, MAX(s.local_date) FROM sets t JOIN sessions s ON s.id = t.session_id "
        "WHERE t.skipped = 0 GROUP BY t.exercise ORDER BY MAX(s.local_date) DESC, t.exercise"
    ).fetchall()
    return [(exercise, date.fromisoformat(day)) for exercise, day in rows]


def session_side_totals(
    conn: sqlite3.Connection, exercise: str, since: date | None = None
) -> list[SessionSideTotals]:
    """One row per session and side for one exercise: best and total hold, best and total
    reps, oldest first."""
    rows = conn.execute(
        "SELECT t.session_id, s.local_date, t.side, MAX(t.hold_s), SUM(t.hold_s), "
        "MAX(t.reps), SUM(t.reps) "
        "FROM sets t JOIN sessions s ON s.id = t.session_id "
        "WHERE t.exercise = ? AND t.skipped = 0 AND s.local_date >= ? "
        "GROUP BY t.session_id, t.side "
        "ORDER BY s.local_date, t.session_id, t.side",
        (exercise, _since(since)),
    ).fetchall()
    return [
        SessionSideTotals(session, date.fromisoformat(day), side, best_h, total_h, best_r, total_r)
        for session, day, side, best_h, total_h, best_r, total_r in rows
    ]


def exercise_weeks(conn: sqlite3.Connection, since: date | None = None) -> list[ExerciseWeek]:
    """Reps and seconds held per week (starting Monday) and exercise, both sides together."""
    # Each session is summed first (one index walk per session), then those few thousand
    # totals roll into weeks: date() runs once per session and exercise, not once per set.
    # CROSS JOIN keeps sessions outermost, so a short range reads only its own sessions' sets
    # (left to itself the planner scans every set and filters by date afterwards).
    rows = conn.execute(
        "SELECT date(d.local_date, 'weekday 0', '-6 days') AS week, d.exercise, "
        "SUM(d.reps), SUM(d.hold_s) "
        "FROM (SELECT s.local_date, t.exercise, SUM(t.reps) AS reps, SUM(t.hold_s) AS hold_s "
        "      FROM sessions s CROSS JOIN sets t ON t.session_id = s.id "
        "      WHERE s.local_date >= ? AND t.skipped = 0 "
        "      GROUP BY s.id, t.exercise) AS d "
        "GROUP BY week, d.exercise ORDER BY week, d.exercise",
        (_since(since),),
    ).fetchall()
    return [
        ExerciseWeek(date.fromisoformat(week), exercise, reps or 0, hold or 0.0)
        for week, exercise, reps, hold in rows
    ]


def session_days(conn: sqlite3.Connection, since: date | None = None) -> list[tuple[date, int]]:
    """``(local day, sessions)`` for each day with a completed session."""
    rows = conn.execute(
        "SELECT local_date, COUNT(*) FROM sessions WHERE local_date >= ? AND status = 'completed' "
        "GROUP BY local_date ORDER BY local_date",
        (_since(since),),
    ).fetchall()
    return [(date.fromisoformat(day), count) for day, count in rows]


def session_scores(conn: sqlite3.Connection, since: date | None = None) -> list[SessionScores]:
    """Effort and pain (during, after, next morning) of every completed session."""
    rows = conn.execute(
        "SELECT id, local_date, rpe, pain_during, pain_after, pain_next_morning FROM sessions "
        "WHERE local_date >= ? AND status = 'completed' ORDER BY local_date, started_at, id",
        (_since(since),),
    ).fetchall()
    return [
        SessionScores(session, date.fromisoformat(day), rpe, during, after, morning)
        for session, day, rpe, during, after, morning in rows
    ]


def session_maxima(conn: sqlite3.Connection, exercise: str | None = None) -> list[DatedSet]:
    """Each session's longest hold and most reps in a set, per exercise and side: enough to
    find every record and the day it was set."""
    where, args = ("AND t.exercise = ? ", (exercise,)) if exercise else ("", ())
    rows = conn.execute(
        "SELECT t.session_id, s.local_date, t.exercise, t.side, MAX(t.hold_s), MAX(t.reps) "
        "FROM sets t JOIN sessions s ON s.id = t.session_id "
        f"WHERE t.skipped = 0 {where}"
        "GROUP BY t.session_id, t.exercise, t.side "
        "ORDER BY s.local_date, t.session_id",
        args,
    ).fetchall()
    return [
        DatedSet(session, date.fromisoformat(day), exercise_id, side, hold, reps)
        for session, day, exercise_id, side, hold, reps in rows
    ]


def record_candidates(conn: sqlite3.Connection) -> list[DatedSet]:
    """The sets that can hold a record: per exercise and side, those whose hold is within the
    shown rounding (0.1 s) of the longest, or whose reps equal the most. The domain's
    ``bests`` gives the same answer on these few rows as on every set, since a set shown below
    the best can never be it."""
    rows = conn.execute(
        "WITH top AS (SELECT exercise, side, MAX(hold_s) AS hold, MAX(reps) AS reps FROM sets "
        "             WHERE skipped = 0 GROUP BY exercise, side) "
        "SELECT t.session_id, s.local_date, t.exercise, t.side, "
        "CASE WHEN t.hold_s >= top.hold - 0.051 THEN t.hold_s END, "
        "CASE WHEN t.reps = top.reps THEN t.reps END "
        "FROM top JOIN sets t ON t.exercise = top.exercise AND t.side = top.side "
        "JOIN sessions s ON s.id = t.session_id "
        "WHERE t.skipped = 0 AND (t.hold_s >= top.hold - 0.051 OR t.reps = top.reps) "
        "ORDER BY s.local_date, t.session_id",
    ).fetchall()
    return [
        DatedSet(session, date.fromisoformat(day), exercise, side, hold, reps)
        for session, day, exercise, side, hold, reps in rows
    ]


def earlier_bests(conn: sqlite3.Connection, session_id: int) -> list[Best]:
    """The best hold and the most reps per exercise and side before ``session_id`` (by day,
    then by id, as the Progress tab orders them), for the exercises that session did."""
    rows = conn.execute(
        "WITH this AS (SELECT id, local_date FROM sessions WHERE id = ?), "
        "done AS (SELECT DISTINCT exercise, side FROM sets WHERE session_id = ?) "
        "SELECT t.exercise, t.side, MAX(t.hold_s), MAX(t.reps) "
        "FROM sets t JOIN sessions s ON s.id = t.session_id, this "
        "WHERE t.skipped = 0 AND (t.exercise, t.side) IN (SELECT exercise, side FROM done) "
        "AND (s.local_date < this.local_date "
        "     OR (s.local_date = this.local_date AND s.id < this.id)) "
        "GROUP BY t.exercise, t.side",
        (session_id, session_id),
    ).fetchall()
    found: list[Best] = []
    for exercise, side, hold, reps in rows:
        if hold is not None and hold > 0:
            found.append(Best(exercise, side, "hold", float(hold)))
        if reps is not None and reps > 0:
            found.append(Best(exercise, side, "reps", float(reps)))
    return found
