"""Restore is all or nothing: a backup is checked in full beside the live database before
it takes its place, and whatever goes wrong, the live database is as it was and usable."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from hiptrainer.storage import restore as restore_module
from hiptrainer.storage.backup import backup_dir, manual_backup
from hiptrainer.storage.database import StorageError, connect, database_path
from hiptrainer.storage.errors import ReadOnlyError
from hiptrainer.storage.migrations import APPLICATION_ID, LATEST, migrate
from hiptrainer.storage.restore import restore
from hiptrainer.storage.store import Store
from hiptrainer.storage.transfer import export_json
from tests.helpers.storage import FakeClock, a_set, recorded_store


@pytest.fixture
def live(data_dir: Path) -> Store:
    """The user's store: two sessions recorded."""
    return recorded_store(data_dir, sessions=2)


def a_backup_of_one_session(folder: Path) -> Path:
    store = recorded_store(folder)
    path = manual_backup(store.conn, folder, FakeClock()())
    store.conn.close()
    return path


def still_intact(store: Store, before: bytes) -> None:
    """The live database holds what it held, can be written, and has no stray files."""
    assert export_json(store) == before
    session = store.start_session("post_run_strength")
    store.record_set(session, a_set(FakeClock()))
    assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    folder = store.path.parent
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".hiptrainer.db.restore")]


def hostile(path: Path, *statements: str, version: int = LATEST) -> Path:
    """A file tagged as HipTrainer's at ``version``, holding whatever ``statements`` make."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in statements:
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    return path


def a_real_backup_then(tmp_path: Path, *statements: str) -> Path:
    """A real backup, changed afterwards by ``statements`` with the schema's checks off."""
    path = a_backup_of_one_session(tmp_path / "other")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda folder: hostile(folder / "v0.db", version=0), "schema 0"),
        (lambda folder: hostile(folder / "bare.db"), "is not a complete HipTrainer database"),
        (
            lambda folder: hostile(folder / "odd.db", "CREATE TABLE sessions (x)"),
            "is not a complete HipTrainer database",
        ),
        (
            lambda folder: a_real_backup_then(folder, "UPDATE sessions SET rpe = 99"),
            "CHECK constraint failed",
        ),
        (
            lambda folder: a_real_backup_then(
                folder, "UPDATE sets SET side = 'up' WHERE side = 'left'"
            ),
            "CHECK constraint failed",
        ),
        (
            lambda folder: a_real_backup_then(
                folder, "PRAGMA foreign_keys = OFF", "UPDATE sets SET session_id = 42"
            ),
            "FOREIGN KEY constraint failed",
        ),
        (
            lambda folder: a_real_backup_then(folder, "CREATE TABLE extra (x INTEGER)"),
            "it has extra",
        ),
    ],
)
def test_an_unsound_backup_is_refused_and_the_database_stays(
    live: Store,
    data_dir: Path,
    tmp_path: Path,
    make,
    reason: str,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "other").mkdir(exist_ok=True)
    source = make(tmp_path)
    before = export_json(live)
    with pytest.raises(StorageError) as caught:
        restore(live, data_dir, source, FakeClock())
    message = str(caught.value)
    assert "\n" not in message
    assert reason in message
    assert message.startswith(str(source))
    assert message.endswith("nothing was changed")
    assert not list(backup_dir(data_dir).glob("before-restore-*"))
    still_intact(live, before)


def test_restore_replaces_everything_and_keeps_the_old_contents(
    live: Store, data_dir: Path, tmp_path: Path
) -> None:
    source = a_backup_of_one_session(tmp_path / "other")
    old_conn = live.conn
    kept = restore(live, data_dir, source, FakeClock())
    assert live.conn is not old_conn  # a new connection to the new file
    assert len(live.sessions()) == 1
    assert live.conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert live.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with sqlite3.connect(kept) as previous:
        assert previous.execute("SELECT COUNT(*) FROM sessions").fetchone() == (2,)
    previous.close()
    live.record_set(live.sessions()[0].id, a_set(FakeClock(), set_index=7))


def test_restore_takes_a_relative_path(
    live: Store, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = a_backup_of_one_session(tmp_path / "other")
    monkeypatch.chdir(source.parent)
    restore(live, data_dir, Path(source.name), FakeClock())
    assert len(live.sessions()) == 1


def test_restore_migrates_an_older_backup(live: Store, data_dir: Path, tmp_path: Path) -> None:
    old = tmp_path / "v1.db"
    conn = connect(old)
    migrate(conn, old, None, FakeClock(), target=1)
    conn.execute(
        "INSERT INTO sessions (uuid, workout, local_date, started_at, status) VALUES "
        "('0123456789abcdef0123456789abcdef', 'post_run_strength', '2026-01-05', "
        "'2026-01-05T07:00:00.000+01:00', 'completed')"
    )
    conn.close()
    before = old.read_bytes()
    restore(live, data_dir, old, FakeClock())
    assert [s.workout for s in live.sessions()] == ["post_run_strength"]
    assert live.conn.execute("PRAGMA user_version").fetchone() == (LATEST,)
    assert old.read_bytes() == before  # the backup itself is never changed


def test_two_restores_in_one_second_keep_both_earlier_databases(
    live: Store, data_dir: Path, tmp_path: Path
) -> None:
    clock = FakeClock()  # stands still: both restores happen in the same second
    first = a_backup_of_one_session(tmp_path / "first")
    kept_first = restore(live, data_dir, first, clock)
    live.start_session("only_in_the_restored_copy")
    kept_second = restore(live, data_dir, first, clock)
    assert kept_first != kept_second
    counts = []
    for kept in (kept_first, kept_second):
        conn = sqlite3.connect(kept)
        counts.append(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
        conn.close()
    assert counts == [2, 2]  # the live two, then the restored one plus the new one


def test_two_backups_in_one_second_keep_both(live: Store, data_dir: Path) -> None:
    moment = FakeClock()()
    first = manual_backup(live.conn, data_dir, moment)
    live.start_session(None)
    second = manual_backup(live.conn, data_dir, moment)
    assert first != second
    assert first.exists()
    assert second.name == first.name.replace(".db", "-2.db")


def test_a_failure_at_the_swap_leaves_the_database_usable(
    live: Store, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = a_backup_of_one_session(tmp_path / "other")
    before = export_json(live)

    def failing_replace(src: object, dst: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(restore_module.os, "replace", failing_replace)
    with pytest.raises(StorageError, match="input/output error"):
        restore(live, data_dir, source, FakeClock())
    monkeypatch.undo()
    still_intact(live, before)


def test_a_database_another_program_is_reading_is_not_swapped(
    live: Store, data_dir: Path, tmp_path: Path
) -> None:
    source = a_backup_of_one_session(tmp_path / "other")
    before = export_json(live)
    reader = sqlite3.connect(database_path(data_dir), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM sessions").fetchone()  # holds a read snapshot
    with pytest.raises(StorageError, match="being read by another program"):
        restore(live, data_dir, source, FakeClock())
    reader.execute("COMMIT")
    reader.close()
    still_intact(live, before)


def test_a_read_only_database_is_not_restored(live: Store, data_dir: Path, tmp_path: Path) -> None:
    source = a_backup_of_one_session(tmp_path / "other")
    live.read_only = True
    with pytest.raises(ReadOnlyError, match=r"cannot be written \(read-only\); nothing was"):
        restore(live, data_dir, source, FakeClock())
    assert not list(backup_dir(data_dir).glob("before-restore-*"))


def test_the_live_write_ahead_log_goes_into_the_kept_copy(
    live: Store, data_dir: Path, tmp_path: Path
) -> None:
    # The newest sets are still in the log when a restore starts; the copy kept of the
    # database before the restore must hold them, and no old log may linger beside the new.
    session = live.start_session("late")
    live.record_set(session, a_set(FakeClock(), set_index=3))
    source = a_backup_of_one_session(tmp_path / "other")
    kept = restore(live, data_dir, source, FakeClock())
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT COUNT(*) FROM sessions WHERE workout = 'late'").fetchone() == (1,)
    conn.close()
    live.conn.close()
    assert not os.path.exists(f"{database_path(data_dir)}-wal")
