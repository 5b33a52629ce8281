"""A disk that is full, failing or read-only is not a damaged file: one line, nothing moved.

Only a readable file that fails the header check or ``PRAGMA quick_check`` is damaged (see
test_corrupt_files.py); these tests give SQLite and the OS each kind of I/O failure at the
seam where the file is first read, and check that the database stays where it was.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from hiptrainer.storage import database
from hiptrainer.storage.database import (
    CorruptDatabaseError,
    DataDirError,
    StorageError,
    check_file,
    connect_read_only,
    database_path,
    is_read_only,
    open_database,
)
from hiptrainer.storage.errors import DiskFullError, DiskIOError, ReadOnlyError
from hiptrainer.storage.store import Store
from hiptrainer.storage.transfer import export_csv, export_json
from tests.helpers.storage import FakeClock, a_set, recorded_store


def healthy(data_dir: Path) -> bytes:
    recorded_store(data_dir).conn.close()
    return database_path(data_dir).read_bytes()


def sqlite_error(code: int, text: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def raising(error: BaseException) -> Callable[..., NoReturn]:
    def fail(*args: object, **kwargs: object) -> NoReturn:
        raise error

    return fail


READ_ONLY_FOLDER = raising(OSError(errno.EROFS, "Read-only file system"))


@pytest.mark.parametrize(
    ("code", "text", "kind", "says"),
    [
        (sqlite3.SQLITE_IOERR_SHMSIZE, "disk I/O error", DiskIOError, "input/output error"),
        (sqlite3.SQLITE_IOERR_READ, "disk I/O error", DiskIOError, "input/output error"),
        (sqlite3.SQLITE_FULL, "database or disk is full", DiskFullError, "the disk is full"),
        (sqlite3.SQLITE_CANTOPEN, "unable to open database file", DataDirError, "cannot be opened"),
        (
            sqlite3.SQLITE_READONLY,
            "attempt to write a readonly database",
            ReadOnlyError,
            "read-only",
        ),
    ],
)
def test_an_io_error_while_checking_moves_nothing(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    text: str,
    kind: type[StorageError],
    says: str,
) -> None:
    before = healthy(data_dir)
    monkeypatch.setattr(database, "connect_read_only", raising(sqlite_error(code, text)))
    with pytest.raises(kind) as caught:
        open_database(data_dir, FakeClock())
    assert not isinstance(caught.value, CorruptDatabaseError)
    message = str(caught.value)
    assert "\n" not in message
    assert says in message
    assert "damaged" not in message
    assert message.startswith(str(database_path(data_dir)))
    assert database_path(data_dir).read_bytes() == before
    assert not list(data_dir.glob("*.damaged-*"))


def test_a_full_disk_reported_as_an_io_error_says_the_disk_is_full(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite reports a shared-memory file it cannot grow as an I/O error; the free space
    # on the file system tells the user what it really is.
    healthy(data_dir)
    monkeypatch.setattr(
        database,
        "connect_read_only",
        raising(sqlite_error(sqlite3.SQLITE_IOERR_SHMSIZE, "disk I/O error")),
    )
    monkeypatch.setattr("hiptrainer.storage.sqlite_errors.disk_is_full", lambda folder: True)
    with pytest.raises(DiskFullError, match="the disk is full; nothing was changed"):
        open_database(data_dir, FakeClock())


def test_sqlite_finding_damage_still_means_damaged(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    healthy(data_dir)
    monkeypatch.setattr(
        database,
        "connect_read_only",
        raising(sqlite_error(sqlite3.SQLITE_CORRUPT, "database disk image is malformed")),
    )
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(data_dir, FakeClock())
    assert caught.value.moved_to.exists()


@pytest.mark.parametrize(
    ("number", "says"),
    [(errno.EIO, "input/output error"), (errno.ENOSPC, "the disk is full")],
)
def test_an_os_error_reading_the_header_moves_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, number: int, says: str
) -> None:
    before = healthy(data_dir)
    path = database_path(data_dir)
    real_open = Path.open

    def failing_open(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise OSError(number, "the disk said no")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", failing_open)
    with pytest.raises(StorageError) as caught:
        check_file(path)
    assert says in str(caught.value)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not list(data_dir.glob("*.damaged-*"))


def test_check_file_takes_a_relative_path(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    healthy(data_dir)
    monkeypatch.chdir(data_dir)
    assert check_file(Path("hiptrainer.db")) is None


# --- a database that cannot be written -------------------------------------------------------


def test_a_store_over_a_read_only_connection_reads_and_refuses_writes(data_dir: Path) -> None:
    clock = FakeClock()
    recorded_store(data_dir, clock=clock).conn.close()
    before = database_path(data_dir).read_bytes()
    conn = sqlite3.connect(
        f"{database_path(data_dir).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
    )
    store = Store(conn, database_path(data_dir), clock)
    assert store.read_only
    assert [s.workout for s in store.sessions()] == ["runners_hip_warmup"]
    assert "clamshell,left" in export_csv(store)
    assert export_json(store)
    for write in (
        lambda: store.start_session(None),
        lambda: store.record_set(1, a_set(clock)),
        lambda: store.finish_session(1),
    ):
        with pytest.raises(ReadOnlyError) as caught:
            write()
        assert str(caught.value) == (
            f"{database_path(data_dir)}: the database cannot be written (read-only)"
        )
    conn.close()
    assert database_path(data_dir).read_bytes() == before


def test_a_writable_store_says_so(data_dir: Path) -> None:
    store = recorded_store(data_dir)
    assert not store.read_only
    assert not is_read_only(store.conn)
    assert store.conn.in_transaction is False  # the check left nothing open
    store.conn.close()


def test_a_read_only_folder_with_a_database_opens_it_read_only(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    healthy(data_dir)
    monkeypatch.setattr(database.tempfile, "mkstemp", READ_ONLY_FOLDER)
    conn = open_database(data_dir, FakeClock())
    store = Store(conn, database_path(data_dir))
    assert store.read_only
    assert len(store.sessions()) == 1
    conn.close()


def test_a_read_only_folder_without_a_database_is_a_clear_error(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir()
    monkeypatch.setattr(database.tempfile, "mkstemp", READ_ONLY_FOLDER)
    with pytest.raises(DataDirError, match="cannot write to the data folder .*: Read-only"):
        open_database(data_dir, FakeClock())


def test_a_read_only_connection_sees_unsaved_changes_in_the_log(data_dir: Path) -> None:
    # While the window has the file open, its latest sets are still in the write-ahead log.
    store = recorded_store(data_dir)
    reader = connect_read_only(database_path(data_dir))
    assert reader.execute("SELECT COUNT(*) FROM sets").fetchone() == (2,)
    reader.close()
    store.conn.close()
