"""One running HipTrainer window per data dir.

The lock is an OS file lock on ``<data dir>/hiptrainer.lock``: the operating system drops
it when the process ends, however it ends, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import IO

from hiptrainer.storage.errors import READ_ONLY_ERRNOS, DataDirError, StorageError

LOCK_FILE = "hiptrainer.lock"

#: What the OS says when another process holds the lock (flock, or msvcrt on Windows).
_HELD_ERRNOS = frozenset({errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK})


class AlreadyRunningError(StorageError):
    """Another HipTrainer holds the data dir."""


class InstanceLock:
    """Held from :meth:`acquire` until :meth:`release` (or the process ends)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise AlreadyRunningError at once (never waits).

        Any other problem with the lock file (the folder cannot be made or written, the disk
        is full) is a DataDirError naming the folder and the reason."""
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataDirError(f"cannot create the data folder {folder}: {exc.strerror}") from None
        handle = self._open()
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            if exc.errno in _HELD_ERRNOS:
                raise AlreadyRunningError(
                    f"HipTrainer is already running with the data folder {folder}"
                ) from None
            raise DataDirError(
                f"cannot lock the data folder {folder}: {exc.strerror or exc}"
            ) from None
        if handle.writable():
            try:
                handle.seek(0)
                handle.truncate()
                handle.write(str(os.getpid()).encode())
            except OSError:
                pass  # the process id is only a hint for people; the OS lock is what counts
        self._handle = handle

    def _open(self) -> IO[bytes]:
        folder = self.path.parent
        try:
            # Unbuffered: a process id that cannot be written (a full disk) must not fail
            # again later, when the file is closed.
            return open(self.path, "a+b", buffering=0)  # noqa: SIM115 (open while held)
        except OSError as exc:
            failure = exc
        if failure.errno in READ_ONLY_ERRNOS and self.path.is_file():
            # A read-only folder: an existing lock file can still be locked for reading.
            try:
                return open(self.path, "rb", buffering=0)  # noqa: SIM115
            except OSError as exc:
                failure = exc
        raise DataDirError(
            f"cannot write the lock file in the data folder {folder}: {failure.strerror or failure}"
        ) from None

    def release(self) -> None:
        if self._handle is not None:
            # Closing the file drops the lock, whatever close() reports.
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
