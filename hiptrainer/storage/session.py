"""Opening the store for a command: the instance lock for writers, then the database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hiptrainer.storage.database import database_path, open_database
from hiptrainer.storage.lock import AlreadyRunningError, InstanceLock
from hiptrainer.storage.store import Store


@contextmanager
def opened_store(data_dir: Path, *, write: bool) -> Iterator[Store]:
    """A Store for one command. Writers must hold the instance lock, so they refuse while a
    HipTrainer window has the data dir open; readers work alongside it."""
    lock = InstanceLock(data_dir)
    if write:
        try:
            lock.acquire()
        except AlreadyRunningError:
            raise AlreadyRunningError(
                f"the HipTrainer window is open with the data folder {data_dir}; close it "
                "first, then try again"
            ) from None
    try:
        store = Store(open_database(data_dir), database_path(data_dir))
        try:
            yield store
        finally:
            store.conn.close()  # the store's current connection: a restore replaces it
    finally:
        lock.release()
