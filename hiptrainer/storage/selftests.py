"""Self-test results, dismissed suggestions, and what the progression rules read.

Functions on a connection, so the store, a command or a test can call them alike. Writes are
single statements (atomic on their own); call them inside ``Store.transaction()``, which
refuses a read-only database and turns an SQLite error into one line for the user.

A self-test sitting is a row of ``selftests``; each side's result is saved the moment that
side ends (``record_side``), so a sitting stopped half-way keeps the side that was done.
Results are read oldest first, for charts.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime, timedelta

from hiptrainer.domain.progress_pain import SessionScores
from hiptrainer.domain.progression import LoggedWork, ProgressionLog
from hiptrainer.domain.selftest import SelfTestResult, valid_value

__all__ = [
    "delete_selftest",
    "dismiss_suggestion",
    "dismissed_suggestions",
    "last_tested",
    "progression_log",
    "record_side",
    "selftest_results",
    "start_selftest",
]

#: The schema version that added the tables read here.
SELFTESTS_SINCE = 4
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_SIDES = ("left", "right", "both")
_UNITS = ("s", "reps")
#: How far before the routine's sessions the runner's other sessions are read: enough to
#: find the next-morning rating before the latest one.
_SCORES_BEFORE_DAYS = 42


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("a moment needs its UTC offset")
    return moment.isoformat(timespec="milliseconds")


def start_selftest(conn: sqlite3.Connection, test: str, moment: datetime, uuid: str) -> int:
    """A new sitting of ``test`` (a self-test id) at ``moment``; its row id."""
    if not _ID.match(test) or len(test) > 64:
        raise ValueError(f"not a self-test id: {test!r}")
    if not re.fullmatch(r"[0-9a-f]{32}", uuid):
        raise ValueError(f"a uuid is 32 hexadecimal digits, not {uuid!r}")
    cursor = conn.execute(
        "INSERT INTO selftests (uuid, test, local_date, started_at) VALUES (?, ?, ?, ?)",
        (uuid, test, moment.date().isoformat(), _iso(moment)),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def record_side(
    conn: sqlite3.Connection,
    selftest_id: int,
    side: str,
    value: float,
    unit: str,
    moment: datetime,
) -> None:
    """Save one side's result; saving the same side again corrects it."""
    if side not in _SIDES:
        raise ValueError(f'side: expected "left", "right" or "both", got {side!r}')
    if unit not in _UNITS:
        raise ValueError(f'unit: expected "s" or "reps", got {unit!r}')
    if not valid_value(value) or value > 86_400:
        raise ValueError(f"a result is a number of seconds or reps from 0, not {value!r}")
    try:
        conn.execute(
            "INSERT INTO selftest_results (selftest_id, side, value, unit, recorded_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (selftest_id, side) DO UPDATE SET "
            "value = excluded.value, unit = excluded.unit, recorded_at = excluded.recorded_at",
            (selftest_id, side, float(value), unit, _iso(moment)),
        )
    except sqlite3.IntegrityError:
        found = conn.execute("SELECT 1 FROM selftests WHERE id = ?", (selftest_id,)).fetchone()
        if found is None:
            raise ValueError(f"there is no self-test sitting {selftest_id}") from None
        raise


def delete_selftest(conn: sqlite3.Connection, selftest_id: int) -> bool:
    """Remove a sitting and its results; False if there was none."""
    return conn.execute("DELETE FROM selftests WHERE id = ?", (selftest_id,)).rowcount == 1


def selftest_results(
    conn: sqlite3.Connection, test: str | None = None, since: date | None = None
) -> list[SelfTestResult]:
    """Every side's result (of ``test``, or of all), oldest first: by day, sitting, side."""
    where, args = "WHERE t.local_date >= ?", [(since or date.min).isoformat()]
    if test is not None:
        where += " AND t.test = ?"
        args.append(test)
    rows = conn.execute(
        "SELECT t.id, t.test, t.local_date, r.side, r.value, r.unit "
        "FROM selftests t JOIN selftest_results r ON r.selftest_id = t.id "
        f"{where} ORDER BY t.local_date, t.started_at, t.id, r.side",
        args,
    ).fetchall()
    return [
        SelfTestResult(run, name, date.fromisoformat(day), side, value, unit)
        for run, name, day, side, value, unit in rows
    ]


def last_tested(conn: sqlite3.Connection, test: str | None = None) -> date | None:
    """The newest day with a self-test result (of ``test``, or of any); None if none.
    A sitting with no result saved does not count."""
    where, args = ("AND t.test = ?", (test,)) if test is not None else ("", ())
    row = conn.execute(
        "SELECT MAX(t.local_date) FROM selftests t WHERE EXISTS "
        f"(SELECT 1 FROM selftest_results r WHERE r.selftest_id = t.id) {where}",
        args,
    ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


# --- suggestions the user dismissed --------------------------------------------------------


def dismiss_suggestion(conn: sqlite3.Connection, key: str, moment: datetime) -> None:
    """Remember that the suggestion with ``key`` (``Suggestion.key``) was dismissed."""
    if not key or len(key) > 500:
        raise ValueError("a suggestion key is a text of 1 to 500 characters")
    conn.execute(
        "INSERT INTO dismissed_suggestions (key, dismissed_at) VALUES (?, ?) "
        "ON CONFLICT (key) DO NOTHING",
        (key, _iso(moment)),
    )


def dismissed_suggestions(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT key FROM dismissed_suggestions")}


# --- what the progression rules read -------------------------------------------------------


def progression_log(conn: sqlite3.Connection, workout: str, sessions: int = 8) -> ProgressionLog:
    """The sets of ``workout``'s latest ``sessions`` completed sessions, and the effort and
    pain of every completed session (of any routine) from six weeks before the first of
    them: the rules need the latest two, and the next-morning rating before them."""
    if sessions < 1:
        raise ValueError("read at least one session")
    chosen = conn.execute(
        "SELECT id, local_date FROM sessions WHERE workout = ? AND status = 'completed' "
        "ORDER BY local_date DESC, started_at DESC, id DESC LIMIT ?",
        (workout, sessions),
    ).fetchall()
    if not chosen:
        return ProgressionLog(workout, [], [])
    first = min(date.fromisoformat(day) for _, day in chosen)
    since = first - timedelta(days=_SCORES_BEFORE_DAYS)
    scores = [
        SessionScores(session, date.fromisoformat(day), rpe, during, after, morning)
        for session, day, rpe, during, after, morning in conn.execute(
            "SELECT id, local_date, rpe, pain_during, pain_after, pain_next_morning "
            "FROM sessions WHERE status = 'completed' AND local_date >= ? "
            "ORDER BY local_date, started_at, id",
            (since.isoformat(),),
        )
    ]
    ids = [session for session, _ in chosen]
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(
        "SELECT session_id, exercise, side, set_index, rep_index, target_reps, reps, "
        f"target_hold_s, hold_s, skipped FROM sets WHERE session_id IN ({marks}) "
        "ORDER BY session_id, exercise, side, set_index, rep_index",
        ids,
    ).fetchall()
    work = [
        LoggedWork(
            row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], bool(row[9])
        )  # fmt: skip
        for row in rows
    ]
    return ProgressionLog(workout, scores, work)
