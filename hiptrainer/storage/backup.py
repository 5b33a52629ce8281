"""Database snapshots through SQLite's online backup API, their rotation, and restore.

``<data dir>/backups/`` holds ``daily-DATE.db`` (one per day the app starts; the newest 7
days and the newest of each of 4 more weeks are kept), ``manual-…db`` from
``hiptrainer backup``, and the copies taken before a migration or a restore (never
rotated away).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from hiptrainer.storage.database import BACKUP_DIR, StorageError, check_file, translate
from hiptrainer.storage.migrations import APPLICATION_ID, LATEST, migrate

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_DAILY = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.db$")


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def snapshot(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the live database into ``target`` atomically (temp file, then rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        os.replace(partial, target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise translate(exc, target) from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"cannot write the backup {target}: {exc.strerror}") from None
    return target


def manual_backup(conn: sqlite3.Connection, data_dir: Path, now: datetime) -> Path:
    return snapshot(conn, backup_dir(data_dir) / f"manual-{now.strftime('%Y%m%d-%H%M%S')}.db")


def daily_backup(conn: sqlite3.Connection, data_dir: Path, today: date) -> Path | None:
    """Today's backup, unless it exists already; then drop the daily ones no longer kept."""
    target = backup_dir(data_dir) / f"daily-{today.isoformat()}.db"
    made = None if target.exists() else snapshot(conn, target)
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
    problem = check_file(path)
    if problem is not None:
        return problem
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"cannot be read ({exc})"
    if app_id != APPLICATION_ID:
        return "is not a HipTrainer database"
    if version > LATEST:
        return f"comes from a newer HipTrainer (schema {version})"
    return None


def newest_good_backup(data_dir: Path) -> Path | None:
    candidates = sorted(
        (p for p in backup_dir(data_dir).glob("*.db") if not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    return next((p for p in candidates if check_backup(p) is None), None)


def restore(
    conn: sqlite3.Connection,
    data_dir: Path,
    source: Path,
    now: Callable[[], datetime],
) -> Path:
    """Replace the database's contents with ``source``; the current contents are kept as a
    backup first, and their file name is returned."""
    problem = check_backup(source)
    if problem is not None:
        raise StorageError(f"{source} {problem}; nothing was changed")
    kept = snapshot(
        conn, backup_dir(data_dir) / f"before-restore-{now().strftime('%Y%m%d-%H%M%S')}.db"
    )
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            src.backup(conn)
        finally:
            src.close()
        migrate(conn, data_dir / "hiptrainer.db", backup_dir(data_dir), now)
    except sqlite3.Error as exc:
        raise translate(exc, source) from None
    return kept
