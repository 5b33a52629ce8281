"""The errors of the storage layer; each ``str()`` is one line for the user."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """A problem with the user's data files; ``str()`` is one line for the user."""


class DataDirError(StorageError):
    """The data dir is missing and cannot be made, or cannot be written."""


class DiskFullError(StorageError):
    """The disk (or the database's size limit) is full; the last change was rolled back."""


class NewerDatabaseError(StorageError):
    """The file was written by a newer HipTrainer, with a schema this one does not know."""


class CorruptDatabaseError(StorageError):
    """The file is damaged or not a database; it has been moved to :attr:`moved_to`."""

    def __init__(self, message: str, moved_to: Path) -> None:
        super().__init__(message)
        self.moved_to = moved_to
