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
