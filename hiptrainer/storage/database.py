"""Opening the SQLite file safely: checks first, pragmas, migrations, and clear errors.

Every failure a user can meet (a read-only or unusable data dir, a full disk, a damaged
file, a file from a newer HipTrainer) becomes a :class:`StorageError` whose ``str()`` is one
line for the user. A damaged file is moved aside, never deleted.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from hiptrainer.storage.errors import (
    CorruptDatabaseError,
    DataDirError,
    DiskFullError,
    NewerDatabaseError,
    StorageError,
)

DB_FILE = "hiptrainer.db"
BACKUP_DIR = "backups"
SQLITE_HEADER = b"SQLite format 3\x00"

__all__ = [
    "CorruptDatabaseError",
    "DataDirError",
    "DiskFullError",
    "NewerDatabaseError",
    "StorageError",
]


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE


def ensure_data_dir(data_dir: Path) -> None:
    """Create the data dir if needed and make sure HipTrainer can write there."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(f"cannot create the data folder {data_dir}: {exc.strerror}") from None
    probe = data_dir / ".write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirError(f"cannot write to the data folder {data_dir}: {exc.strerror}") from None


def translate(exc: sqlite3.Error, path: Path) -> StorageError:
    """An sqlite3 error as a one-line StorageError."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc)
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError(f"{path}: the disk is full; the last change was not saved")
    if code == sqlite3.SQLITE_READONLY or "readonly" in text:
        return DataDirError(f"{path}: the database cannot be written (read-only)")
    if code == sqlite3.SQLITE_CANTOPEN or "unable to open" in text:
        return DataDirError(f"{path}: the database cannot be opened")
    return StorageError(f"{path}: {text}")


def check_file(path: Path) -> str | None:
    """Why ``path`` is not a healthy SQLite database, or None if it is."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            return None
        return f"cannot be read ({exc.strerror})"
    if not header:
        return "is empty"
    if not header.startswith(SQLITE_HEADER):
        return "is not a SQLite database"
    if len(header) < 100:
        return "is truncated"
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"is damaged ({exc})"
    if rows != [("ok",)]:
        first = " ".join(str(rows[0][0]).split())  # SQLite's report may span lines
        more = f", and {len(rows) - 1} more problems" if len(rows) > 1 else ""
        return f"is damaged ({first}{more})"
    return None


def move_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its WAL and shared-memory files) out of the way."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


def connect(path: Path) -> sqlite3.Connection:
    """A connection with HipTrainer's pragmas: WAL, foreign keys, full sync."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA busy_timeout=5000")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def open_database(
    data_dir: Path,
    now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
) -> sqlite3.Connection:
    """Check, open and migrate ``<data dir>/hiptrainer.db``, creating it if needed.

    Raises CorruptDatabaseError (the file was moved aside), NewerDatabaseError, DataDirError
    or DiskFullError.
    """
    from hiptrainer.storage.migrations import migrate

    ensure_data_dir(data_dir)
    path = database_path(data_dir)
    problem = check_file(path)
    if problem is not None:
        moved = move_aside(path, now())
        raise CorruptDatabaseError(
            f"{path} {problem}; it was moved to {moved.name} and nothing in it was deleted",
            moved,
        )
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        raise translate(exc, path) from None
    try:
        migrate(conn, path, data_dir / BACKUP_DIR, now)
    except StorageError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, path) from None
    return conn
