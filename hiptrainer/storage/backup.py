"""Database snapshots through SQLite's online backup API, their rotation, and choosing one.

``<data dir>/backups/`` holds ``daily-DATE.db`` (one per day the app starts; the newest 7
days and the newest of each of 4 more weeks are kept), ``manual-…db`` from
``hiptrainer backup``, and the copies taken before a migration or a restore (never
rotated away). Names never collide: a second backup in the same second gets ``-2``.
Restoring one is in :mod:`hiptrainer.storage.restore`.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from hiptrainer.storage.database import BACKUP_DIR, check_file, connect_read_only
from hiptrainer.storage.errors import StorageError, os_problem
from hiptrainer.storage.migrations import APPLICATION_ID, LATEST, schema_problem
from hiptrainer.storage.sqlite_errors import translate

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_DAILY = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.db$")


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open a folder this way)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def claim_name(partial: Path, folder: Path, stem: str, suffix: str = ".db") -> Path:
    """Give the finished file ``partial`` the name ``stem + suffix`` in ``folder``, or
    ``stem-2``, ``stem-3``… if taken; never replaces an existing file, even one another
    process claims at the same moment (a hard link fails if the name exists)."""
    counter = 1
    while True:
        target = folder / (f"{stem}{suffix}" if counter == 1 else f"{stem}-{counter}{suffix}")
        counter += 1
        try:
            os.link(partial, target)
        except FileExistsError:
            continue
        except OSError:
            # No hard links on this file system: a check and a rename, nearly as good.
            if target.exists():
                continue
            os.replace(partial, target)
            return target
        partial.unlink()
        return target


def snapshot(conn: sqlite3.Connection, folder: Path, stem: str, *, replace: bool = False) -> Path:
    """Copy the live database into ``folder/stem.db`` through a temp file, so a failed
    copy never looks like a backup. An existing name is kept and the copy gets the next free
    one, unless ``replace``."""
    what = f"cannot write the backup {folder / (stem + '.db')}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{stem}.", suffix=".partial", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise os_problem(exc, what) from None
    partial = Path(name)
    try:
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        fsync_file(partial)
        if replace:
            target = folder / f"{stem}.db"
            os.replace(partial, target)
        else:
            target = claim_name(partial, folder, stem)
        fsync_folder(folder)
    except sqlite3.Error as exc:
        raise translate(exc, folder / f"{stem}.db", "the backup was not made") from None
    except OSError as exc:
        raise os_problem(exc, what) from None
    finally:
        partial.unlink(missing_ok=True)
    return target


def manual_backup(conn: sqlite3.Connection, data_dir: Path, now: datetime) -> Path:
    return snapshot(conn, backup_dir(data_dir), f"manual-{now.strftime('%Y%m%d-%H%M%S')}")


def daily_backup(conn: sqlite3.Connection, data_dir: Path, today: date) -> Path | None:
    """Today's backup, unless it exists already; then drop the daily ones no longer kept."""
    stem = f"daily-{today.isoformat()}"
    exists = (backup_dir(data_dir) / f"{stem}.db").exists()
    made = None if exists else snapshot(conn, backup_dir(data_dir), stem, replace=True)
    rotate(backup_dir(data_dir))
    return made


def rotate(folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> None:
    dailies: list[tuple[date, Path]] = []
    for path in folder.glob("daily-*.db"):
        if match := _DAILY.match(path.name):
            dailies.append((date.fromisoformat(match[1]), path))
    dailies.sort(reverse=True)
    keep = {path for _, path in dailies[:keep_daily]}
    # Older than the kept days: the newest backup of each of the next weeks.
    weeks = {day.isocalendar()[:2] for day, _ in dailies[:keep_daily]}
    weekly = 0
    for day, path in dailies[keep_daily:]:
        week = day.isocalendar()[:2]
        if week in weeks or weekly >= keep_weekly:
            continue
        weeks.add(week)
        keep.add(path)
        weekly += 1
    for _, path in dailies:
        if path not in keep:
            path.unlink(missing_ok=True)


def check_backup(path: Path) -> str | None:
    """Why ``path`` cannot be restored, or None if it is a healthy HipTrainer database."""
    if not path.is_file():
        return "is not a file"
    try:
        problem = check_file(path)
    except StorageError as exc:
        return f"cannot be read ({exc})"
    if problem is not None:
        return problem
    try:
        conn = connect_read_only(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                return "is not a HipTrainer database"
            if version > LATEST:
                return f"comes from a newer HipTrainer (schema {version})"
            return schema_problem(conn, version)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"cannot be read ({exc})"


class Contents(NamedTuple):
    """What a backup holds; compares newest data first, then the amount."""

    newest: float  # the newest moment recorded in it, as a Julian day number (0: none)
    rows: int  # sessions, sets, definitions, self-tests and their results, dismissals


#: Every table of the user's own data and the columns that say when it was recorded (a
#: derived table such as the session totals is left out: it counts nothing new). A backup
#: holding only self-test results or dismissals still counts as holding data.
_MOMENTS = {
    "sessions": ("started_at", "ended_at"),
    "sets": ("ended_at",),
    "definitions": ("updated_at",),
    "selftests": ("started_at",),
    "selftest_results": ("recorded_at",),
    "dismissed_suggestions": ("dismissed_at",),
}


def contents(path: Path) -> Contents:
    """The newest data in a healthy backup and how much it holds (see :class:`Contents`)."""
    conn = connect_read_only(path)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        newest, rows = 0.0, 0
        for table, columns in _MOMENTS.items():
            if table not in tables:
                continue  # an older schema
            # julianday() reads the UTC offset, so moments from different zones compare.
            latest = ", ".join(f"MAX(julianday({column}))" for column in columns)
            found = conn.execute(f"SELECT COUNT(*), {latest} FROM {table}").fetchone()
            rows += found[0]
            newest = max([newest, *(value for value in found[1:] if value is not None)])
        return Contents(newest, rows)
    finally:
        conn.close()


def newest_good_backup(data_dir: Path) -> Path | None:
    """The healthy backup holding the newest data (then the most); None if none holds any.

    Chosen by what is inside, not by file dates: after the database was damaged and an empty
    one made in its place, the daily backups of the empty one are newer files but hold
    nothing, and restoring one would be the same as starting empty."""
    best: tuple[Contents, float, Path] | None = None
    for path in backup_dir(data_dir).glob("*.db"):
        if path.name.startswith(".") or check_backup(path) is not None:
            continue
        try:
            found = contents(path)
            mtime = path.stat().st_mtime
        except (sqlite3.Error, OSError):
            continue
        if found.rows == 0:
            continue
        if best is None or (found, mtime) > best[:2]:
            best = (found, mtime, path)
    return best[2] if best is not None else None
