"""The aggregates the Progress tab charts, computed inside SQLite.

Skipped sets never count. Days are the local calendar days on which sessions started; weeks
start on Monday.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import msgspec


class SessionTotals(msgspec.Struct, frozen=True):
    """One exercise, one side, one session: the best and the total of holds and reps."""

    session_id: int
    local_date: str
    side: str
    best_hold_s: float | None
    total_hold_s: float | None
    best_reps: int | None
    total_reps: int | None
    sets: int


class WeekVolume(msgspec.Struct, frozen=True):
    week_start: str
    side: str
    reps: int
    hold_s: float
    sets: int


def per_session(conn: sqlite3.Connection, exercise: str) -> list[SessionTotals]:
    rows = conn.execute(
        "SELECT t.session_id, s.local_date, t.side, MAX(t.hold_s), SUM(t.hold_s), "
        "MAX(t.reps), SUM(t.reps), COUNT(*) "
        "FROM sets t JOIN sessions s ON s.id = t.session_id "
        "WHERE t.exercise = ? AND t.skipped = 0 "
        "GROUP BY t.session_id, t.side "
        "ORDER BY s.local_date, t.session_id, t.side",
        (exercise,),
    ).fetchall()
    return [SessionTotals(*row) for row in rows]


def weekly_volume(conn: sqlite3.Connection, since: date | None = None) -> list[WeekVolume]:
    """Reps, seconds held and sets per week and side, from ``since`` (default: all)."""
    # Sum each session and side first (a covering index walk per session), then roll those
    # few thousand totals into weeks: date() runs once per session, not once per set.
    rows = conn.execute(
        "SELECT date(d.local_date, 'weekday 0', '-6 days') AS week, d.side, "
        "COALESCE(SUM(d.reps), 0), COALESCE(SUM(d.hold_s), 0.0), SUM(d.n) "
        "FROM (SELECT s.local_date, t.side, SUM(t.reps) AS reps, SUM(t.hold_s) AS hold_s, "
        "      COUNT(*) AS n "
        "      FROM sessions s JOIN sets t ON t.session_id = s.id "
        "      WHERE s.local_date >= ? AND t.skipped = 0 "
        "      GROUP BY s.local_date, s.id, t.side) AS d "
        "GROUP BY week, d.side ORDER BY week, d.side",
        ((since or date.min).isoformat(),),
    ).fetchall()
    return [WeekVolume(*row) for row in rows]


def sessions_per_day(conn: sqlite3.Connection, since: date | None = None) -> list[tuple[str, int]]:
    """``(local date, number of completed sessions)`` for each day with any."""
    return conn.execute(
        "SELECT local_date, COUNT(*) FROM sessions "
        "WHERE local_date >= ? AND status = 'completed' "
        "GROUP BY local_date ORDER BY local_date",
        ((since or date.min).isoformat(),),
    ).fetchall()


class Record(msgspec.Struct, frozen=True):
    exercise: str
    side: str
    kind: str  # "hold" (seconds) or "reps"
    value: float
    previous: float | None


def records_set_in(conn: sqlite3.Connection, session_id: int) -> list[Record]:
    """Longest holds and most reps in one set that ``session_id`` set, per exercise and side,
    against the best of every earlier session."""
    rows = conn.execute(
        "SELECT t.exercise, t.side, MAX(t.hold_s), MAX(t.reps), "
        "(SELECT MAX(p.hold_s) FROM sets p WHERE p.exercise = t.exercise AND p.side = t.side "
        " AND p.skipped = 0 AND p.session_id < t.session_id), "
        "(SELECT MAX(p.reps) FROM sets p WHERE p.exercise = t.exercise AND p.side = t.side "
        " AND p.skipped = 0 AND p.session_id < t.session_id) "
        "FROM sets t WHERE t.session_id = ? AND t.skipped = 0 "
        "GROUP BY t.exercise, t.side ORDER BY MIN(t.id)",
        (session_id,),
    ).fetchall()
    records = []
    for exercise, side, hold, reps, best_hold, best_reps in rows:
        if hold is not None and (best_hold is None or hold > best_hold):
            records.append(Record(exercise, side, "hold", hold, best_hold))
        if reps is not None and (best_reps is None or reps > best_reps):
            records.append(Record(exercise, side, "reps", reps, best_reps))
    return records
