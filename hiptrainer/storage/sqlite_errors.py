"""SQLite's errors in the user's words, and telling damage from an I/O problem."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from hiptrainer.storage.errors import (
    DataDirError,
    DiskFullError,
    DiskIOError,
    ReadOnlyError,
    StorageError,
)

#: SQLite's primary result codes for a file that is readable but not a sound database.
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of ``exc`` (extended codes carry it in the low byte)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def means_damage(exc: sqlite3.Error) -> bool:
    """True if SQLite read the file and found it is not a sound database.

    Everything else (disk full, I/O error, cannot open, read-only, busy, out of memory) is a
    problem of the disk or the system, and says nothing about the file's contents.
    """
    code = primary_code(exc)
    if code is not None:
        return code in _DAMAGE_CODES
    text = str(exc)
    return "malformed" in text or "not a database" in text


def disk_is_full(folder: Path) -> bool:
    """True if the file system holding ``folder`` has no space left for this user."""
    try:
        usage = os.statvfs(folder)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return False
    return usage.f_bavail == 0


def translate(
    exc: sqlite3.Error, path: Path, consequence: str = "the last change was not saved"
) -> StorageError:
    """An sqlite3 error as a one-line StorageError; ``consequence`` tells what it means."""
    code = primary_code(exc)
    text = " ".join(str(exc).split())
    full = code == sqlite3.SQLITE_FULL or "database or disk is full" in text
    if full or (code == sqlite3.SQLITE_IOERR and disk_is_full(path.parent)):
        return DiskFullError(f"{path}: the disk is full; {consequence}")
    if code == sqlite3.SQLITE_IOERR or "disk I/O error" in text:
        return DiskIOError(f"{path}: the disk reported an input/output error; {consequence}")
    if code == sqlite3.SQLITE_READONLY or "readonly" in text:
        return ReadOnlyError(f"{path}: the database cannot be written (read-only); {consequence}")
    if code == sqlite3.SQLITE_CANTOPEN or "unable to open" in text:
        return DataDirError(f"{path}: the database cannot be opened; {consequence}")
    return StorageError(f"{path}: {text}; {consequence}")
