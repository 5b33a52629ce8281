"""Ordered schema steps on ``PRAGMA user_version``.

Each step runs in its own transaction together with the version bump, so a database is
always at exactly one known version. An existing database is backed up before it is
migrated; a database newer than this program is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from functools import cache
from pathlib import Path

from hiptrainer.storage.errors import NewerDatabaseError

#: 'HIPT': marks the file as HipTrainer's, so a restore can tell it from other databases.
APPLICATION_ID = 0x48495054

STEPS: list[str] = [
    # 1: sessions and the sets recorded in them.
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        workout TEXT,
        local_date TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'abandoned')),
        rpe INTEGER CHECK (rpe BETWEEN 0 AND 10),
        pain_during INTEGER CHECK (pain_during BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        pain_next_morning INTEGER CHECK (pain_next_morning BETWEEN 0 AND 10),
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX sessions_by_date ON sessions (local_date);
    CREATE INDEX sessions_by_status ON sessions (status) WHERE status = 'in_progress';
    CREATE TABLE sets (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        exercise TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
        set_index INTEGER NOT NULL CHECK (set_index >= 0),
        rep_index INTEGER NOT NULL DEFAULT 0 CHECK (rep_index >= 0),
        target_reps INTEGER,
        reps INTEGER,
        target_hold_s REAL,
        hold_s REAL,
        load TEXT NOT NULL DEFAULT '',
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
        UNIQUE (session_id, exercise, side, set_index, rep_index)
    ) STRICT;
    """,
    # 2: user routines and custom exercises; indexes shaped for the progress charts.
    """
    CREATE TABLE definitions (
        kind TEXT NOT NULL CHECK (kind IN ('exercise', 'workout')),
        id TEXT NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, id)
    ) STRICT;
    CREATE INDEX sets_for_progress
        ON sets (exercise, session_id, side, skipped, reps, hold_s);
    CREATE INDEX sets_by_session ON sets (session_id, side, skipped, reps, hold_s);
    """,
    # 3: each session's reps and seconds held per exercise (sets not skipped), kept by
    # triggers: the Progress tab's weekly volume over years of history then reads a few
    # thousand sums instead of every set. A pair with only skipped sets has no row.
    """
    CREATE TABLE session_exercise_totals (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        exercise TEXT NOT NULL,
        reps INTEGER,
        hold_s REAL,
        PRIMARY KEY (session_id, exercise)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO session_exercise_totals
        SELECT session_id, exercise, SUM(reps), SUM(hold_s) FROM sets WHERE skipped = 0
        GROUP BY session_id, exercise;
    CREATE TRIGGER totals_after_insert AFTER INSERT ON sets BEGIN
        DELETE FROM session_exercise_totals
            WHERE session_id = NEW.session_id AND exercise = NEW.exercise;
        INSERT INTO session_exercise_totals
            SELECT session_id, exercise, SUM(reps), SUM(hold_s) FROM sets
            WHERE session_id = NEW.session_id AND exercise = NEW.exercise AND skipped = 0
            GROUP BY session_id, exercise;
    END;
    CREATE TRIGGER totals_after_delete AFTER DELETE ON sets BEGIN
        DELETE FROM session_exercise_totals
            WHERE session_id = OLD.session_id AND exercise = OLD.exercise;
        INSERT INTO session_exercise_totals
            SELECT session_id, exercise, SUM(reps), SUM(hold_s) FROM sets
            WHERE session_id = OLD.session_id AND exercise = OLD.exercise AND skipped = 0
            GROUP BY session_id, exercise;
    END;
    CREATE TRIGGER totals_after_update AFTER UPDATE ON sets BEGIN
        DELETE FROM session_exercise_totals
            WHERE (session_id = OLD.session_id AND exercise = OLD.exercise)
               OR (session_id = NEW.session_id AND exercise = NEW.exercise);
        INSERT INTO session_exercise_totals
            SELECT session_id, exercise, SUM(reps), SUM(hold_s) FROM sets
            WHERE ((session_id = OLD.session_id AND exercise = OLD.exercise)
                OR (session_id = NEW.session_id AND exercise = NEW.exercise)) AND skipped = 0
            GROUP BY session_id, exercise;
    END;
    """,
    # 4: hip self-tests, one row per sitting of a test and one per side's result (each side
    # is saved the moment it ends); and the progression suggestions the user dismissed.
    """
    CREATE TABLE selftests (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        test TEXT NOT NULL,
        local_date TEXT NOT NULL,
        started_at TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX selftests_by_test ON selftests (test, local_date);
    CREATE TABLE selftest_results (
        selftest_id INTEGER NOT NULL REFERENCES selftests (id) ON DELETE CASCADE,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
        value REAL NOT NULL CHECK (value BETWEEN 0 AND 86400),
        unit TEXT NOT NULL CHECK (unit IN ('s', 'reps')),
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (selftest_id, side)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE dismissed_suggestions (
        key TEXT PRIMARY KEY,
        dismissed_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
    """,
]

LATEST = len(STEPS)
#: Tables that triggers fill from other tables: never copied, always rebuilt from their source.
DERIVED_TABLES = frozenset({"session_exercise_totals"})


def version_of(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_before_migrating(
    conn: sqlite3.Connection, backup_dir: Path, version: int, now: datetime
) -> Path:
    """Copy the database as it is into ``backup_dir`` before any step changes it.

    The copy is written under a temporary name and renamed, so a failed copy never looks
    like a backup; a second migration in the same second gets its own name."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stem = f"before-migration-v{version}-{now.strftime('%Y%m%d-%H%M%S')}"
    partial = backup_dir / f".{stem}.partial"
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    target = backup_dir / f"{stem}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"{stem}-{counter}.db"
    partial.rename(target)
    return target


def migrate(
    conn: sqlite3.Connection,
    path: Path,
    backup_dir: Path | None,
    now: Callable[[], datetime],
    target: int | None = None,
) -> None:
    """Bring the database at ``path`` to schema version ``target`` (default: the newest).

    An existing database is copied into ``backup_dir`` first; None skips the copy (for a
    scratch file whose original stays untouched anyway)."""
    target = LATEST if target is None else target
    version = version_of(conn)
    if version > LATEST:
        raise NewerDatabaseError(
            f"{path} was written by a newer HipTrainer (schema {version}, this one knows up to "
            f"{LATEST}); please update HipTrainer"
        )
    if version >= target:
        return
    if version > 0 and backup_dir is not None:
        backup_before_migrating(conn, backup_dir, version, now())
    for number in range(version + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in split_statements(STEPS[number - 1]):
                conn.execute(statement)
            if number == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def split_statements(script: str) -> list[str]:
    """The statements of a step, one at a time (``executescript`` would commit early)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement in a migration step: {current.strip()!r}")
    return statements


@cache
def expected_schema(version: int = LATEST) -> frozenset[tuple[str, str, str | None]]:
    """``(type, name, sql)`` of every table and index a database at ``version`` holds."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, Path(":memory:"), None, datetime.now, target=version)
        return schema_of(conn)
    finally:
        conn.close()


def schema_of(
    conn: sqlite3.Connection, database: str = "main"
) -> frozenset[tuple[str, str, str | None]]:
    # sqlite_stat tables hold only the query planner's statistics (ANALYZE, PRAGMA optimize).
    rows = conn.execute(
        f"SELECT type, name, sql FROM {database}.sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
    ).fetchall()
    return frozenset((str(kind), str(name), sql) for kind, name, sql in rows)


def schema_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """Why the tables of ``conn`` are not those of HipTrainer's schema ``version``, or None."""
    if not 1 <= version <= LATEST:
        return f"has no HipTrainer schema this version knows (schema {version})"
    found = schema_of(conn)
    expected = expected_schema(version)
    if found == expected:
        return None
    missing = sorted(name for _, name, _ in expected - found)
    extra = sorted(name for _, name, _ in found - expected)
    if missing:
        return f"is not a complete HipTrainer database ({missing[0]} is missing or different)"
    return f"is not a HipTrainer database (it has {extra[0]}, which HipTrainer does not make)"
