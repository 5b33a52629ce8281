"""Opening the SQLite file safely: checks first, pragmas, migrations, and clear errors.

Every failure a user can meet (a read-only or unusable data dir, a full disk, a damaged
file, a file from a newer HipTrainer) becomes a :class:`StorageError` whose ``str()`` is one
line for the user. Only a readable file that fails the header check or ``PRAGMA quick_check``
is damaged; it is moved aside, never deleted. A disk that is full or failing leaves every
file as it was. A database that cannot be written (a read-only disk or folder) is opened
read-only, so it can still be read and exported.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from hiptrainer.storage.errors import (
    READ_ONLY_ERRNOS,
    CorruptDatabaseError,
    DataDirError,
    DiskFullError,
    NewerDatabaseError,
    ReadOnlyError,
    StorageError,
    os_problem,
)
from hiptrainer.storage.migrations import LATEST, migrate, version_of
from hiptrainer.storage.sqlite_errors import means_damage, primary_code, translate

DB_FILE = "hiptrainer.db"
BACKUP_DIR = "backups"
SQLITE_HEADER = b"SQLite format 3\x00"
DAMAGED_INFIX = ".damaged-"

__all__ = [
    "CorruptDatabaseError",
    "DataDirError",
    "DiskFullError",
    "NewerDatabaseError",
    "ReadOnlyError",
    "StorageError",
    "translate",
]


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE


def ensure_data_dir(data_dir: Path) -> bool:
    """Create the data dir if needed; True if HipTrainer can write there.

    A folder that cannot be written is accepted (False) only when it already holds a
    database, which is then read-only; otherwise it is a DataDirError."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(f"cannot create the data folder {data_dir}: {exc.strerror}") from None
    try:
        # A unique name: two HipTrainer commands may probe the same folder at once.
        handle, probe = tempfile.mkstemp(prefix=".write-test-", dir=data_dir)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        if exc.errno in READ_ONLY_ERRNOS and database_path(data_dir).is_file():
            return False
        raise DataDirError(f"cannot write to the data folder {data_dir}: {exc.strerror}") from None
    return True


def _wal_has_content(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def _uri(path: Path, options: str) -> str:
    # as_uri() needs an absolute path, and quotes characters such as '?' and '#'.
    return f"{path.resolve().as_uri()}?{options}"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that works in a read-only folder too.

    A WAL database needs its shared-memory file beside it; when that cannot be created (the
    folder is read-only) and no write-ahead log is waiting, the file is read as immutable:
    every committed change is in the main file then."""
    conn = sqlite3.connect(_uri(path, "mode=ro"), uri=True, isolation_level=None, timeout=5.0)
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # opening is lazy: read now
    except sqlite3.Error as exc:
        conn.close()
        if primary_code(exc) != sqlite3.SQLITE_CANTOPEN or _wal_has_content(path):
            raise
        conn = sqlite3.connect(
            _uri(path, "mode=ro&immutable=1"), uri=True, isolation_level=None, timeout=5.0
        )
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA query_only=ON")  # says "read-only" to whoever holds it
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def check_file(path: Path) -> str | None:
    """Why ``path`` is a damaged database, or None if it is healthy or does not exist.

    Raises StorageError, and says nothing about the file's health, when it cannot be read
    at all: a disk I/O error, a full disk, a file that cannot be opened."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise os_problem(exc, f"{path} cannot be read") from None
    if not header:
        return "is empty"
    if not header.startswith(SQLITE_HEADER):
        return "is not a SQLite database"
    if len(header) < 100:
        return "is truncated"
    try:
        conn = connect_read_only(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if means_damage(exc):
            return f"is damaged ({exc})"
        raise translate(exc, path, "nothing was changed") from None
    if rows != [("ok",)]:
        first = " ".join(str(rows[0][0]).split())  # SQLite's report may span lines
        more = f", and {len(rows) - 1} more problems" if len(rows) > 1 else ""
        return f"is damaged ({first}{more})"
    return None


def move_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its WAL and shared-memory files) out of the way."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}{DAMAGED_INFIX}{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}{DAMAGED_INFIX}{stamp}-{counter}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


def connect(path: Path) -> sqlite3.Connection:
    """A connection with HipTrainer's pragmas: WAL, foreign keys, full sync, 1 MB cache."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA busy_timeout=5000")
        # 1 MB of page cache (SQLite's default is 2): ten years of training is about 20 MB,
        # read mostly in one-off scans by the Progress tab that a bigger cache would keep
        # in memory without making them faster (bench/progress.py, bench/storage.py).
        conn.execute("PRAGMA cache_size=-1024")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def is_read_only(conn: sqlite3.Connection) -> bool:
    """True if changes through ``conn`` cannot be saved (a read-only file, folder or
    connection). Asks SQLite itself: a write inside a transaction that is rolled back, so
    nothing reaches the disk; a database busy with another writer counts as writable."""
    if conn.execute("PRAGMA query_only").fetchone()[0]:
        return True
    if conn.in_transaction:
        return False
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout=0")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = version_of(conn)
            conn.execute(f"PRAGMA user_version = {version}")
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        return primary_code(exc) == sqlite3.SQLITE_READONLY
    finally:
        conn.execute(f"PRAGMA busy_timeout={int(timeout)}")
    return False


def open_database(
    data_dir: Path,
    now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
) -> sqlite3.Connection:
    """Check, open and migrate ``<data dir>/hiptrainer.db``, creating it if needed.

    A database that cannot be written is opened read-only (see :func:`is_read_only`).
    Raises CorruptDatabaseError (the file was moved aside), NewerDatabaseError,
    DataDirError, DiskFullError or another StorageError (nothing was changed).
    """
    writable = ensure_data_dir(data_dir)
    path = database_path(data_dir)
    if writable and path.exists() and not os.access(path, os.W_OK):
        writable = False
    problem = check_file(path)
    if problem is not None:
        if not writable:
            raise ReadOnlyError(f"{path} {problem}; it is read-only, so it was left where it is")
        try:
            moved = move_aside(path, now())
        except OSError as exc:
            raise os_problem(exc, f"{path} {problem}, and it cannot be moved aside") from None
        raise CorruptDatabaseError(
            f"{path} {problem}; it was moved to {moved.name} and nothing in it was deleted",
            moved,
        )
    return _open_checked(path, writable, data_dir / BACKUP_DIR, now)


def _open_checked(
    path: Path, writable: bool, backups: Path, now: Callable[[], datetime]
) -> sqlite3.Connection:
    try:
        conn = connect(path) if writable else connect_read_only(path)
    except sqlite3.Error as exc:
        raise translate(exc, path, "nothing was changed") from None
    try:
        if writable:
            migrate(conn, path, backups, now)
        else:
            version = version_of(conn)
            if version > LATEST:
                migrate(conn, path, None, now)  # raises NewerDatabaseError
            elif version < LATEST:
                raise ReadOnlyError(
                    f"{path}: the database needs an update to this HipTrainer's schema but "
                    "cannot be written (read-only)"
                )
    except StorageError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, path, "nothing was changed") from None
    except OSError as exc:  # the backup taken before migrating
        conn.close()
        raise os_problem(exc, f"{path}: cannot back up the database before updating it") from None
    return conn


# --- damaged files set aside earlier ---------------------------------------------------------


def damaged_files(data_dir: Path) -> list[Path]:
    """Databases moved aside as damaged, oldest first (not their -wal and -shm files)."""
    found = [
        path
        for path in data_dir.glob(f"{DB_FILE}{DAMAGED_INFIX}*")
        if not path.name.endswith(("-wal", "-shm")) and path.is_file()
    ]
    return sorted(found, key=lambda path: path.name)


def _asked_marker(moved: Path) -> Path:
    return moved.with_name(f".{moved.name}.asked")


def unasked_damaged_file(data_dir: Path) -> Path | None:
    """The newest damaged file the user has not yet been asked about, if any."""
    waiting = [path for path in damaged_files(data_dir) if not _asked_marker(path).exists()]
    return waiting[-1] if waiting else None


def mark_asked(moved: Path) -> bool:
    """Remember that the user chose what to do about ``moved``, so they are asked once.
    False if the marker cannot be written (they will be asked again next time)."""
    try:
        _asked_marker(moved).touch()
    except OSError:
        return False
    return True
