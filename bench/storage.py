"""Speed of the Progress tab's queries on ten years of history, against a Python baseline.

Fills a fresh database (created and migrated by ``open_database``, in a temporary data dir)
with a synthetic ten-year history written by bulk SQL: 5 completed sessions a week, each with
8 exercises x 2 sides x 4 sets (about 2,600 sessions and 166,000 set rows; a few percent of
the sets skipped; fixed random seed). Then times the Progress tab's reads in
``hiptrainer.storage.progress_queries`` on a freshly reopened connection, as the app would
run them, against a naive baseline measured in the same run: fetch the raw rows each chart
needs into Python and aggregate them in dicts. Both must give the same results (floats within
1e-9 relative), or the run fails.

Each query runs after warm-ups, interleaved with its baseline; the table shows the median and
90th percentile (nearest rank) in milliseconds. Target: median at most 50 ms for each query.

Usage: ``python bench/storage.py [--runs N] [--warmups N] [--exercise ID] [--data-dir DIR]``.
Exits 1 if a query and its baseline disagree. The last line holds the results as ``key=value``
pairs.
"""

from __future__ import annotations

import argparse
import math
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from benchlib import positive_int, table
from msgspec.structs import astuple

from hiptrainer.domain.progress import ExerciseWeek, SessionSideTotals
from hiptrainer.storage.database import database_path, open_database
from hiptrainer.storage.progress_queries import exercise_weeks, session_days, session_side_totals
from hiptrainer.storage.store import iso

TARGET_MS = 50.0
SEED = 20_240_601
YEARS = 10
WEEKS = round(YEARS * 365.25 / 7)  # ten years of weeks, up to the last one before today
SESSIONS_PER_WEEK = 5
SETS_PER_EXERCISE = 4
SIDES = ("left", "right")
SKIP_RATE = 0.03
DEFAULT_RUNS = 15
DEFAULT_WARMUPS = 2
DEFAULT_EXERCISE = "copenhagen_plank"


@dataclass(frozen=True)
class Dose:
    """How an exercise is recorded and how its target grows over the ten years."""

    exercise: str
    hold: bool  # True: hold_s and target_hold_s; False: reps and target_reps
    start: float  # the target in the first week
    end: float  # the target in the last week


# Real ids from resources/exercises, in the order a session runs them.
DOSES = (
    Dose("copenhagen_plank", hold=True, start=15, end=40),
    Dose("standing_leg_lift_rotation", hold=False, start=6, end=12),
    Dose("clamshell", hold=False, start=10, end=20),
    Dose("side_plank", hold=True, start=15, end=60),
    Dose("glute_bridge", hold=False, start=10, end=20),
    Dose("single_leg_bridge", hold=False, start=10, end=15),
    Dose("hip_hike", hold=False, start=10, end=20),
    Dose("fire_hydrant", hold=False, start=10, end=20),
)

SESSION_INSERT = (
    "INSERT INTO sessions (id, uuid, workout, local_date, started_at, ended_at, status, rpe, "
    "pain_during, pain_after, pain_next_morning, notes) "
    "VALUES (?, ?, ?, ?, ?, ?, 'completed', ?, ?, ?, ?, '')"
)
SET_INSERT = (
    "INSERT INTO sets (session_id, exercise, side, set_index, rep_index, target_reps, reps, "
    "target_hold_s, hold_s, load, started_at, ended_at, skipped) "
    "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, '', ?, ?, ?)"
)


# --- the synthetic history -------------------------------------------------------------------


def local_zone() -> tzinfo:
    """A zone with daylight saving time, so the stored offsets change twice a year."""
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:
        return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")


def history(
    today: date, rng: random.Random
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The rows of the sessions and sets tables, oldest first."""
    zone = local_zone()
    monday = today - timedelta(days=today.weekday())
    first_monday = monday - timedelta(weeks=WEEKS)
    sessions: list[tuple[object, ...]] = []
    sets: list[tuple[object, ...]] = []
    for week in range(WEEKS):
        progress = week / (WEEKS - 1)
        for weekday in sorted(rng.sample(range(7), SESSIONS_PER_WEEK)):
            day = first_monday + timedelta(weeks=week, days=weekday)
            start = datetime(day.year, day.month, day.day, rng.randint(6, 19), rng.randint(0, 59),
                             rng.randint(0, 59), tzinfo=zone)  # fmt: skip
            session_id = len(sessions) + 1
            moment = start
            for dose in DOSES:
                target = dose.start + (dose.end - dose.start) * progress
                for set_index in range(SETS_PER_EXERCISE):
                    for side in SIDES:
                        skipped = rng.random() < SKIP_RATE
                        if dose.hold:
                            target_hold = float(round(target))
                            hold = (
                                None if skipped else round(target_hold * rng.uniform(0.8, 1.1), 3)
                            )
                            target_reps = reps = None
                            seconds = hold or 0.0
                        else:
                            target_hold = hold = None
                            target_reps = round(target)
                            reps = (
                                None
                                if skipped
                                else max(0, target_reps - rng.choice((0, 0, 0, 1, 2)))
                            )
                            seconds = 4.0 * (reps or 0)
                        ended = moment + timedelta(seconds=seconds + rng.uniform(1, 3))
                        sets.append((
                            session_id, dose.exercise, side, set_index, target_reps, reps,
                            target_hold, hold, iso(moment), iso(ended), int(skipped),
                        ))  # fmt: skip
                        moment = ended + timedelta(seconds=rng.uniform(20, 60))
            sessions.append((
                session_id, f"{rng.getrandbits(128):032x}", "post_run_strength",
                day.isoformat(), iso(start), iso(moment), rng.randint(3, 8),
                rng.choice((0, 0, 0, 1, 2)), rng.choice((0, 0, 1)), rng.choice((0, 0, 0, 1)),
            ))  # fmt: skip
    return sessions, sets


def fill(
    conn: sqlite3.Connection, sessions: list[tuple[object, ...]], sets: list[tuple[object, ...]]
) -> None:
    """Insert everything in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(SESSION_INSERT, sessions)
        conn.executemany(SET_INSERT, sets)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


# --- the naive baseline: raw rows into Python, aggregated in dicts ----------------------------


def naive_per_session(conn: sqlite3.Connection, exercise: str) -> list[SessionSideTotals]:
    rows = conn.execute(
        "SELECT t.session_id, s.local_date, t.side, t.reps, t.hold_s, t.skipped "
        "FROM sets t JOIN sessions s ON s.id = t.session_id WHERE t.exercise = ?",
        (exercise,),
    ).fetchall()
    # (session id, side) -> [local date, best hold, total hold, best reps, total reps]
    groups: dict[tuple[int, str], list[object]] = {}
    for session_id, local_date, side, reps, hold, skipped in rows:
        if skipped:
            continue
        group = groups.get((session_id, side))
        if group is None:
            group = groups[(session_id, side)] = [local_date, None, None, None, None]
        if hold is not None:
            group[1] = hold if group[1] is None else max(group[1], hold)
            group[2] = hold if group[2] is None else group[2] + hold
        if reps is not None:
            group[3] = reps if group[3] is None else max(group[3], reps)
            group[4] = reps if group[4] is None else group[4] + reps
    ordered = sorted(groups.items(), key=lambda item: (item[1][0], *item[0]))
    return [
        SessionSideTotals(session_id, date.fromisoformat(local_date), side, *values)
        for (session_id, side), (local_date, *values) in ordered
    ]


def naive_weekly_volume(conn: sqlite3.Connection, since: date | None = None) -> list[ExerciseWeek]:
    rows = conn.execute(
        "SELECT s.local_date, t.exercise, t.reps, t.hold_s, t.skipped "
        "FROM sessions s JOIN sets t ON t.session_id = s.id WHERE s.local_date >= ?",
        ((since or date.min).isoformat(),),
    ).fetchall()
    mondays: dict[str, date] = {}
    # (week start, exercise) -> [reps, seconds held]
    groups: dict[tuple[date, str], list[float]] = {}
    for local_date, exercise, reps, hold, skipped in rows:
        if skipped:
            continue
        week = mondays.get(local_date)
        if week is None:
            day = date.fromisoformat(local_date)
            week = mondays[local_date] = day - timedelta(days=day.weekday())
        group = groups.get((week, exercise))
        if group is None:
            group = groups[(week, exercise)] = [0, 0.0]
        if reps is not None:
            group[0] += reps
        if hold is not None:
            group[1] += hold
    return [
        ExerciseWeek(week, exercise, int(reps), hold)
        for (week, exercise), (reps, hold) in sorted(groups.items())
    ]


def naive_sessions_per_day(
    conn: sqlite3.Connection, since: date | None = None
) -> list[tuple[date, int]]:
    rows = conn.execute(
        "SELECT local_date, status FROM sessions WHERE local_date >= ?",
        ((since or date.min).isoformat(),),
    ).fetchall()
    counts: dict[str, int] = {}
    for local_date, status in rows:
        if status == "completed":
            counts[local_date] = counts.get(local_date, 0) + 1
    return [(date.fromisoformat(day), count) for day, count in sorted(counts.items())]


# --- measuring -------------------------------------------------------------------------------


@dataclass
class Timing:
    samples_ms: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p90(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[math.ceil(0.9 * len(ordered)) - 1]


@dataclass
class Case:
    key: str  # the name in the key=value line
    label: str
    query: Callable[[], list[object]]
    naive: Callable[[], list[object]]
    rows_out: int = 0
    sql: Timing = field(default_factory=Timing)
    baseline: Timing = field(default_factory=Timing)


class Mismatch(Exception):
    pass


def plain(item: object) -> tuple[object, ...]:
    return item if isinstance(item, tuple) else astuple(item)  # type: ignore[arg-type]


def check_same(label: str, got: list[object], expected: list[object]) -> None:
    """Fail unless both lists hold the same rows; floats may differ by summation order."""
    if len(got) != len(expected):
        raise Mismatch(f"{label}: {len(got)} rows from SQL, {len(expected)} from the baseline")
    for n, (a, b) in enumerate(zip(got, expected, strict=True)):
        left, right = plain(a), plain(b)
        same = len(left) == len(right) and all(
            math.isclose(x, y, rel_tol=1e-9)
            if isinstance(x, float) and isinstance(y, float)
            else x == y and type(x) is type(y)
            for x, y in zip(left, right, strict=False)
        )
        if not same:
            raise Mismatch(f"{label}: row {n} differs: SQL {left!r}, baseline {right!r}")


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def measure(case: Case, runs: int, warmups: int) -> None:
    for _ in range(warmups):
        case.query()
        case.naive()
    for i in range(runs):
        # Alternate which one goes first, so neither always follows the other.
        pairs = ((case.query, case.sql), (case.naive, case.baseline))
        for call, timing in pairs if i % 2 == 0 else pairs[::-1]:
            timing.samples_ms.append(timed(call))


# --- reporting -------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs",
        type=positive_int,
        default=DEFAULT_RUNS,
        help=f"measured runs of each query (default {DEFAULT_RUNS})",
    )
    parser.add_argument(
        "--warmups",
        type=int,
        default=DEFAULT_WARMUPS,
        help=f"discarded runs before measuring (default {DEFAULT_WARMUPS})",
    )
    parser.add_argument(
        "--exercise",
        default=DEFAULT_EXERCISE,
        choices=[dose.exercise for dose in DOSES],
        help=f"the exercise for per_session (default {DEFAULT_EXERCISE})",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="build and keep the database here (a new or empty folder) instead of a temporary "
        "one, to inspect it afterwards",
    )
    return parser.parse_args(argv)


def run(data_dir: Path, args: argparse.Namespace) -> int:
    path = database_path(data_dir)
    if path.exists():
        print(f"{path} already exists; give an empty --data-dir", file=sys.stderr)
        return 2
    today = date.today()
    year_ago = today - timedelta(days=365)

    start = time.perf_counter()
    sessions, sets = history(today, random.Random(SEED))
    generated = time.perf_counter() - start
    conn = open_database(data_dir)
    start = time.perf_counter()
    try:
        fill(conn, sessions, sets)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    inserted = time.perf_counter() - start
    skipped = sum(row[-1] for row in sets)  # type: ignore[misc]
    print(
        f"HipTrainer storage: SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, "
        f"{args.runs} runs each after {args.warmups} warm-ups, seed {SEED}"
    )
    print(
        f"history {sessions[0][3]} .. {sessions[-1][3]}: {len(sessions)} sessions, "
        f"{len(sets)} sets ({skipped} skipped, {len(DOSES)} exercises x {len(SIDES)} sides x "
        f"{SETS_PER_EXERCISE} sets per session)"
    )
    print(
        f"fill: generated in {generated:.2f} s, inserted in {inserted:.2f} s "
        f"(executemany, one transaction, with checkpoint)"
    )

    conn = open_database(data_dir)  # reopened, as the app starts with it
    try:
        (total_rows,) = conn.execute(
            "SELECT (SELECT COUNT(*) FROM sessions) + (SELECT COUNT(*) FROM sets)"
        ).fetchone()
        cases = [
            Case(
                "per_session",
                f"session_side_totals({args.exercise})",
                lambda: session_side_totals(conn, args.exercise),
                lambda: naive_per_session(conn, args.exercise),
            ),
            Case(
                "weekly_volume",
                "exercise_weeks (all)",
                lambda: exercise_weeks(conn),
                lambda: naive_weekly_volume(conn),
            ),
            Case(
                "weekly_volume_year",
                "exercise_weeks (1 year)",
                lambda: exercise_weeks(conn, since=year_ago),
                lambda: naive_weekly_volume(conn, since=year_ago),
            ),
            Case(
                "sessions_per_day",
                "session_days",
                lambda: session_days(conn),
                lambda: naive_sessions_per_day(conn),
            ),
        ]
        for case in cases:
            got = case.query()
            check_same(case.label, got, case.naive())
            case.rows_out = len(got)
        for case in cases:
            measure(case, args.runs, args.warmups)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    db_mb = path.stat().st_size / 1e6

    rows = [["query", "rows out", "median", "p90", "naive median", "naive p90", "speed-up",
             f"<= {TARGET_MS:g} ms"]]  # fmt: skip
    for case in cases:
        rows.append([
            case.label, str(case.rows_out), f"{case.sql.median:.1f}", f"{case.sql.p90:.1f}",
            f"{case.baseline.median:.1f}", f"{case.baseline.p90:.1f}",
            f"{case.baseline.median / case.sql.median:.1f}x",
            "met" if case.sql.median <= TARGET_MS else "NOT met",
        ])  # fmt: skip
    print()
    print("times in ms; naive = the raw rows fetched into Python and aggregated in dicts")
    print(table(rows, labels=1))
    print()
    print(
        f"database: {db_mb:.1f} MB after wal_checkpoint(TRUNCATE), {page_count} pages of "
        f"{page_size} bytes, {total_rows} rows (sessions + sets)"
    )
    missed = [case.label for case in cases if case.sql.median > TARGET_MS]
    print(
        f"target median <= {TARGET_MS:g} ms: "
        + (f"NOT met by {', '.join(missed)}" if missed else f"met by all {len(cases)} queries")
    )
    print()
    print(
        " ".join(f"{case.key}_ms={case.sql.median:.1f}" for case in cases)
        + " "
        + " ".join(f"naive_{case.key}_ms={case.baseline.median:.1f}" for case in cases)
        + f" db_mb={db_mb:.1f} rows={total_rows}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.data_dir is not None:
            return run(args.data_dir, args)
        with tempfile.TemporaryDirectory(prefix="hiptrainer-bench-") as data_dir:
            return run(Path(data_dir), args)
    except Mismatch as exc:
        print(f"\nFAILED: the query and its baseline disagree: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
