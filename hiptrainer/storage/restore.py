"""Replacing the database with a backup, all or nothing.

The backup is never poured into the live database. It is copied to a scratch file beside
it, brought to this HipTrainer's schema and checked there (``PRAGMA integrity_check``, the
tables and indexes HipTrainer makes), then every row is copied into a fresh database built
by the migrations, so each CHECK, NOT NULL, UNIQUE, type and foreign-key rule is enforced
row by row. Only a file that passed all of that is renamed over the live one, after the
live one's contents were kept as a backup and its write-ahead log folded in and closed.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from hiptrainer.storage.backup import (
    backup_dir,
    check_backup,
    fsync_file,
    fsync_folder,
    snapshot,
)
from hiptrainer.storage.database import connect, connect_read_only, database_path
from hiptrainer.storage.errors import ReadOnlyError, StorageError, os_problem
from hiptrainer.storage.migrations import DERIVED_TABLES, LATEST, migrate, schema_problem
from hiptrainer.storage.sqlite_errors import means_damage, translate
from hiptrainer.storage.store import Clock, Store

_SCRATCH_PREFIX = ".hiptrainer.db.restore-"
_NOTHING = "nothing was changed"


class RestoreRefused(StorageError):
    """The backup cannot be restored; the database was not changed."""


def restore(store: Store, data_dir: Path, source: Path, now: Clock) -> Path:
    """Replace the database's contents with the backup ``source``, all or nothing.

    Returns the backup of what the database held before. ``store.conn`` is then a
    connection to the restored database; if anything fails, the database is as it was and
    ``store.conn`` is open on it (a new connection if the old one had been closed)."""
    problem = check_backup(source)
    if problem is not None:
        raise RestoreRefused(f"{source} {problem}; {_NOTHING}")
    live = database_path(data_dir)
    if store.read_only:
        raise ReadOnlyError(f"{live}: the database cannot be written (read-only); {_NOTHING}")
    staged = stage(source, data_dir, now)
    try:
        kept = snapshot(
            store.conn, backup_dir(data_dir), f"before-restore-{now().strftime('%Y%m%d-%H%M%S')}"
        )
        _swap(store, staged, live)
    finally:
        staged.unlink(missing_ok=True)
    return kept


def stage(source: Path, data_dir: Path, now: Clock) -> Path:
    """A checked copy of ``source`` at this version's schema, in a temp file in
    ``data_dir`` (the caller renames or deletes it). Raises StorageError if the backup is
    unsound or the copy cannot be made; no temp file is left behind then."""
    for leftover in data_dir.glob(f"{_SCRATCH_PREFIX}*"):
        leftover.unlink(missing_ok=True)  # from a restore that was killed half-way
    try:
        scratch = _temp_file(data_dir, ".copy")
        staged = _temp_file(data_dir, ".new")
    except OSError as exc:
        raise os_problem(exc, f"cannot restore {source}; {_NOTHING}") from None
    try:
        _copy_and_migrate(source, scratch, now)
        _rebuild(scratch, staged, now)
        fsync_file(staged)
    except sqlite3.IntegrityError as exc:
        staged.unlink(missing_ok=True)
        raise RestoreRefused(
            f"{source} cannot be restored: a row breaks the database's rules ({exc}); {_NOTHING}"
        ) from None
    except sqlite3.Error as exc:
        staged.unlink(missing_ok=True)
        if means_damage(exc):
            raise RestoreRefused(f"{source} is damaged ({exc}); {_NOTHING}") from None
        raise translate(exc, database_path(data_dir), _NOTHING) from None
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise os_problem(exc, f"cannot restore {source}; {_NOTHING}") from None
    except StorageError:
        staged.unlink(missing_ok=True)
        raise
    finally:
        for extra in ("", "-journal"):
            Path(f"{scratch}{extra}").unlink(missing_ok=True)
    return staged


def _temp_file(folder: Path, suffix: str) -> Path:
    handle, name = tempfile.mkstemp(prefix=_SCRATCH_PREFIX, suffix=suffix, dir=folder)
    os.close(handle)
    return Path(name)


def _copy_and_migrate(source: Path, scratch: Path, now: Clock) -> None:
    """``source`` (with anything in its write-ahead log) into ``scratch``, migrated."""
    original = connect_read_only(source)
    try:
        copy = sqlite3.connect(scratch, isolation_level=None)
        try:
            original.backup(copy)
        finally:
            copy.close()
    finally:
        original.close()
    copy = sqlite3.connect(scratch, isolation_level=None)
    try:
        copy.execute("PRAGMA journal_mode=DELETE")  # one file, no WAL beside it
        migrate(copy, scratch, None, now)  # the source itself stays as it was
        rows = copy.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            first = " ".join(str(rows[0][0]).split())
            raise RestoreRefused(f"{source} is damaged ({first}); {_NOTHING}")
        problem = schema_problem(copy, LATEST)
        if problem is not None:
            raise RestoreRefused(f"{source} {problem}; {_NOTHING}")
    finally:
        copy.close()


def _rebuild(scratch: Path, staged: Path, now: Clock) -> None:
    """Every row of ``scratch`` into ``staged``, a fresh database made by the migrations,
    so every rule of the schema is checked on every row (PRAGMA integrity_check does not
    check CHECK constraints)."""
    fresh = sqlite3.connect(staged, isolation_level=None)
    try:
        fresh.execute("PRAGMA journal_mode=DELETE")
        fresh.execute("PRAGMA foreign_keys=ON")
        migrate(fresh, staged, None, now)
        # In creation order, so a session is in before the sets that refer to it.
        tables = [
            str(row[0])
            for row in fresh.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
            )
        ]
        fresh.execute("ATTACH DATABASE ? AS restored", (str(scratch),))
        fresh.execute("BEGIN IMMEDIATE")
        try:
            for table in tables:
                if table in DERIVED_TABLES:
                    continue  # its triggers fill it from the rows copied here
                fresh.execute(f"INSERT INTO main.{table} SELECT * FROM restored.{table}")
            fresh.execute("COMMIT")
        except BaseException:
            fresh.execute("ROLLBACK")
            raise
        fresh.execute("DETACH DATABASE restored")
        broken = fresh.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise sqlite3.IntegrityError(f"{broken[0][0]} refers to a missing {broken[0][2]}")
    finally:
        fresh.close()


def _swap(store: Store, staged: Path, live: Path) -> None:
    """Rename ``staged`` over ``live`` once no connection has the live file open."""
    in_use = StorageError(
        f"{live} is being read by another program (a HipTrainer export or backup?); "
        f"try again when it has finished; {_NOTHING}"
    )
    try:
        busy = store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.Error as exc:
        raise translate(exc, live, _NOTHING) from None
    if busy:
        raise in_use
    store.conn.close()
    # SQLite deletes the write-ahead log when its last connection closes; if the log is
    # still there, another program has the file open, and a new file under it would be
    # read through the old log.
    if live.with_name(live.name + "-wal").exists():
        store.conn = connect(live)
        raise in_use
    try:
        os.replace(staged, live)
    except OSError as exc:
        store.conn = connect(live)
        raise os_problem(exc, f"cannot put the restored database in place; {_NOTHING}") from None
    try:
        live.with_name(live.name + "-shm").unlink(missing_ok=True)  # the old file's
        fsync_folder(live.parent)
    except OSError:
        pass  # the restored file is in place; these only tidy up and make it durable sooner
    try:
        store.conn = connect(live)
    except sqlite3.Error as exc:
        raise translate(exc, live, "the backup was copied in but cannot be opened") from None
