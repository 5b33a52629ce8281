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


class _Shared:
    """One object per distinct value in a read: SQLite hands out a new string for every
    row's side, exercise and day, and ten years is tens of thousands of rows (bench/progress.py:
    about a megabyte less once a ten-year read is kept)."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._days: dict[str, date] = {}

    def text(self, value: str) -> str:
        return self._texts.setdefault(value, value)

    def day(self, value: str) -> date:
        found = self._days.get(value)
        if found is None:
            found = self._days[value] = date.fromisoformat(value)
        return found


def _since(since: date | None) -> str:
    return (since or date.min).isoformat()


def exercises_with_data(conn: sqlite3.Connection) -> list[tuple[str, date]]:
    """Exercises that have any set done, with the day last done; most recent first."""
    # The names come one index seek each (a skip-scan of sets_for_progress), and each one's
    # last day from walking the sessions newest first until one has a set of it done: an
    # exercise done lately costs a few seeks, one given up long ago a walk over the sessions
    # since (about 1 ms for ten years). Joining every set to its session cost 25 ms a read.
    rows = conn.execute(
        "WITH RECURSIVE names(exercise) AS ("
        "  SELECT MIN(exercise) FROM sets"
        "  UNION ALL"
        "  SELECT (SELECT MIN(t.exercise) FROM sets t WHERE t.exercise > names.exercise)"
        "  FROM names WHERE names.exercise IS NOT NULL) "
        "SELECT n.exercise, (SELECT s.local_date FROM sessions s WHERE EXISTS ("
        "    SELECT 1 FROM sets t "
        "    WHERE t.exercise = n.exercise AND t.session_id = s.id AND t.skipped = 0) "
        "  ORDER BY s.local_date DESC LIMIT 1) "
        "FROM names n WHERE n.exercise IS NOT NULL"
    ).fetchall()
    found = [(exercise, date.fromisoformat(day)) for exercise, day in rows if day is not None]
    return sorted(found, key=lambda item: (-item[1].toordinal(), item[0]))


def session_side_totals(
    conn: sqlite3.Connection, exercise: str, since: date | None = None
) -> list[SessionSideTotals]:
    """One row per session and side for one exercise: best and total hold, best and total
    reps, oldest first (by day, then session, then side)."""
    if since is None:
        # All of it: the exercise's stretch of sets_for_progress in its own order, each
        # session's day looked up afterwards (the sessions table is a few thousand rows),
        # rather than a join per set: 15 ms instead of 18 on ten years.
        days = {
            session: date.fromisoformat(day)
            for session, day in conn.execute("SELECT id, local_date FROM sessions")
        }
        rows = conn.execute(
            "SELECT session_id, side, MAX(hold_s), SUM(hold_s), MAX(reps), SUM(reps) "
            "FROM sets WHERE exercise = ? AND skipped = 0 GROUP BY session_id, side",
            (exercise,),
        ).fetchall()
        shared = _Shared()
        found = [
            SessionSideTotals(
                session, days[session], shared.text(side), best_h, total_h, best_r, total_r
            )
            for session, side, best_h, total_h, best_r, total_r in rows
        ]
        found.sort(key=lambda row: (row.local_date, row.session_id, row.side))
        return found
    # A range: sessions outermost, in date order (sessions_by_date), each with its sets of
    # the exercise (sets_for_progress): only the range's own sessions are read, and the rows
    # come out grouped and ordered without a sort.
    rows = conn.execute(
        "SELECT s.id, s.local_date, t.side, MAX(t.hold_s), SUM(t.hold_s), "
        "MAX(t.reps), SUM(t.reps) "
        "FROM sessions s CROSS JOIN sets t ON t.session_id = s.id AND t.exercise = ? "
        "WHERE s.local_date >= ? AND t.skipped = 0 "
        "GROUP BY s.local_date, s.id, t.side "
        "ORDER BY s.local_date, s.id, t.side",
        (exercise, since.isoformat()),
    ).fetchall()
    shared = _Shared()
    return [
        SessionSideTotals(
            session, shared.day(day), shared.text(side), best_h, total_h, best_r, total_r
        )
        for session, day, side, best_h, total_h, best_r, total_r in rows
    ]


def exercise_weeks(conn: sqlite3.Connection, since: date | None = None) -> list[ExerciseWeek]:
    """Reps and seconds held per week (starting Monday) and exercise, both sides together."""
    # Each session's sums per exercise are kept by triggers (session_exercise_totals), so this
    # rolls a few thousand sums into weeks. CROSS JOIN keeps sessions outermost, so a short
    # range reads only its own sessions' sums.
    rows = conn.execute(
        "SELECT date(s.local_date, 'weekday 0', '-6 days') AS week, x.exercise, "
        "SUM(x.reps), SUM(x.hold_s) "
        "FROM sessions s CROSS JOIN session_exercise_totals x ON x.session_id = s.id "
        "WHERE s.local_date >= ? "
        "GROUP BY week, x.exercise ORDER BY week, x.exercise",
        (_since(since),),
    ).fetchall()
    shared = _Shared()
    return [
        ExerciseWeek(shared.day(week), shared.text(exercise), reps or 0, hold or 0.0)
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
    """Each session's best set per exercise and side where it can hold a record: its hold is
    within the shown rounding (0.1 s) of the longest ever, or its reps equal the most. The
    domain's ``bests`` gives the same answer on these few rows as on every set, since a set
    shown below the best can never be it."""
    # One walk over sets_for_progress gives every session's maxima (in the index's order, no
    # sort); the all-time bests and the rows near them both come from those. Taking the bests
    # from the sets themselves first meant sorting every set by exercise and side.
    rows = conn.execute(
        "WITH per AS MATERIALIZED ("
        "  SELECT session_id, exercise, side, MAX(hold_s) AS hold, MAX(reps) AS reps "
        "  FROM sets WHERE skipped = 0 GROUP BY exercise, session_id, side), "
        "top AS (SELECT exercise, side, MAX(hold) AS hold, MAX(reps) AS reps "
        "        FROM per GROUP BY exercise, side) "
        "SELECT p.session_id, s.local_date, p.exercise, p.side, "
        "CASE WHEN p.hold >= top.hold - 0.051 THEN p.hold END, "
        "CASE WHEN p.reps = top.reps THEN p.reps END "
        "FROM per p JOIN top ON top.exercise = p.exercise AND top.side = p.side "
        "JOIN sessions s ON s.id = p.session_id "
        "WHERE p.hold >= top.hold - 0.051 OR p.reps = top.reps "
        "ORDER BY s.local_date, p.session_id",
    ).fetchall()
    shared = _Shared()
    return [
        DatedSet(session, shared.day(day), shared.text(exercise), shared.text(side), hold, reps)
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
