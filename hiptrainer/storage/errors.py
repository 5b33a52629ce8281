"""The errors of the storage layer; each ``str()`` is one line for the user.

This module imports no sqlite3: the window imports it (through the instance lock) before its
first paint, when loading SQLite would only slow start-up. SQLite's errors are translated in
:mod:`hiptrainer.storage.sqlite_errors`.

An input/output problem (a full disk, a failing disk, a read-only folder) is told apart from
a damaged file: only a readable file that fails SQLite's checks is damaged and moved aside;
an I/O problem leaves every file exactly as it was.
"""

from __future__ import annotations

import errno
from pathlib import Path


class StorageError(Exception):
    """A problem with the user's data files; ``str()`` is one line for the user."""


class DataDirError(StorageError):
    """The data dir is missing and cannot be made, or cannot be written."""


class ReadOnlyError(DataDirError):
    """The database file (or its folder) cannot be written; reading still works."""


class DiskFullError(StorageError):
    """The disk (or the database's size limit) is full; the last change was rolled back."""


class DiskIOError(StorageError):
    """The disk reported an input/output error; nothing was moved or deleted."""


class NewerDatabaseError(StorageError):
    """The file was written by a newer HipTrainer, with a schema this one does not know."""


class CorruptDatabaseError(StorageError):
    """The file is damaged or not a database; it has been moved to :attr:`moved_to`."""

    def __init__(self, message: str, moved_to: Path) -> None:
        super().__init__(message)
        self.moved_to = moved_to


#: errno values that mean "this file system or file may not be written", not "it is broken".
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def os_problem(exc: OSError, what: str) -> StorageError:
    """An OSError met while doing ``what`` (e.g. "cannot write the backup X") as one line."""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        return DiskFullError(f"{what}: the disk is full")
    if exc.errno == errno.EIO:
        return DiskIOError(f"{what}: the disk reported an input/output error")
    if exc.errno in READ_ONLY_ERRNOS:
        return ReadOnlyError(f"{what}: {reason}")
    return StorageError(f"{what}: {reason}")
