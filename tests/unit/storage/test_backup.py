from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from hiptrainer.storage.backup import (
    backup_dir,
    check_backup,
    daily_backup,
    manual_backup,
    newest_good_backup,
    rotate,
)
from hiptrainer.storage.database import StorageError
from hiptrainer.storage.restore import restore
from tests.helpers.storage import FakeClock, a_set, make_store


def test_daily_backup_once_a_day(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    first = daily_backup(store.conn, data_dir, date(2026, 3, 2))
    assert first == backup_dir(data_dir) / "daily-2026-03-02.db"
    assert daily_backup(store.conn, data_dir, date(2026, 3, 2)) is None
    assert check_backup(first) is None


def test_rotation_keeps_seven_days_and_four_weeks(tmp_path: Path) -> None:
    start = date(2026, 1, 1)
    for offset in range(60):
        (tmp_path / f"daily-{start + timedelta(days=offset)}.db").write_bytes(b"x")
    (tmp_path / "manual-20260101-120000.db").write_bytes(b"x")
    (tmp_path / "before-migration-v1-20260101-120000.db").write_bytes(b"x")
    rotate(tmp_path)
    left = sorted(p.name for p in tmp_path.glob("daily-*.db"))
    newest = start + timedelta(days=59)
    dailies = [f"daily-{newest - timedelta(days=n)}.db" for n in range(7)]
    assert set(dailies) <= set(left)
    weekly = sorted(set(left) - set(dailies))
    assert len(weekly) == 4
    weeks = {date.fromisoformat(name[6:16]).isocalendar()[:2] for name in weekly}
    assert len(weeks) == 4  # one per week
    kept_weeks = {date.fromisoformat(n[6:16]).isocalendar()[:2] for n in dailies}
    assert weeks.isdisjoint(kept_weeks)
    # Other backups are never rotated away.
    assert (tmp_path / "manual-20260101-120000.db").exists()
    assert (tmp_path / "before-migration-v1-20260101-120000.db").exists()


def test_restore_checks_the_file_and_keeps_the_current_database(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session("runners_hip_warmup")
    store.record_set(session, a_set(clock))
    snapshot = manual_backup(store.conn, data_dir, clock())
    later = store.start_session("post_run_strength")
    store.record_set(later, a_set(clock, reps=7))
    assert len(store.sessions()) == 2

    clock.advance(minutes=5)
    kept = restore(store, data_dir, snapshot, clock)
    assert [s.workout for s in store.sessions()] == ["runners_hip_warmup"]
    assert kept.name.startswith("before-restore-")
    old = sqlite3.connect(kept)
    assert old.execute("SELECT COUNT(*) FROM sessions").fetchone() == (2,)
    old.close()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty"),
        (b"hello, this is not a database" * 10, "is not a SQLite database"),
    ],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    data_dir: Path, tmp_path: Path, content: bytes, reason: str
) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    store.start_session(None)
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    with pytest.raises(StorageError, match=reason):
        restore(store, data_dir, bad, clock)
    assert len(store.sessions()) == 1
    assert not list(backup_dir(data_dir).glob("before-restore-*"))


def test_restore_refuses_another_apps_database(data_dir: Path, tmp_path: Path) -> None:
    store = make_store(data_dir)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="not a HipTrainer database"):
        restore(store, data_dir, other, FakeClock())


def test_newest_good_backup_skips_damaged_ones(data_dir: Path) -> None:
    import os

    clock = FakeClock()
    store = make_store(data_dir, clock)
    store.start_session("runners_hip_warmup")
    good = manual_backup(store.conn, data_dir, clock())
    damaged = backup_dir(data_dir) / "daily-2026-03-03.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    os.utime(damaged, (good.stat().st_mtime + 100, good.stat().st_mtime + 100))
    assert newest_good_backup(data_dir) == good


def test_newest_good_backup_is_chosen_by_the_data_inside_not_the_file_date(
    data_dir: Path, tmp_path: Path
) -> None:
    import os

    from tests.helpers.storage import recorded_store

    clock = FakeClock()
    store = recorded_store(data_dir, sessions=2, clock=clock)
    older = manual_backup(store.conn, data_dir, clock())
    store.start_session("post_run_strength")  # newer data than in `older`
    newest = manual_backup(store.conn, data_dir, clock.advance(hours=1))
    store.conn.close()
    # An empty database's backup, and a copy of the older one, written after both.
    empty = make_store(tmp_path / "empty", clock)
    blank = daily_backup(empty.conn, data_dir, clock.advance(days=1).date())
    assert blank is not None
    empty.conn.close()
    stale = backup_dir(data_dir) / "manual-copied-later.db"
    stale.write_bytes(older.read_bytes())
    base = newest.stat().st_mtime
    for offset, path in enumerate((older, blank, stale), start=1):
        os.utime(path, (base + 100 * offset, base + 100 * offset))
    assert newest_good_backup(data_dir) == newest


def test_with_only_empty_backups_there_is_nothing_to_offer(data_dir: Path) -> None:
    store = make_store(data_dir)
    manual_backup(store.conn, data_dir, FakeClock()())
    store.conn.close()
    assert newest_good_backup(data_dir) is None


def test_a_backup_tagged_but_without_tables_is_not_good(data_dir: Path) -> None:
    from hiptrainer.storage.migrations import APPLICATION_ID

    backup_dir(data_dir).mkdir(parents=True)
    path = backup_dir(data_dir) / "manual-20260101-000000.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    assert check_backup(path) is not None
    assert newest_good_backup(data_dir) is None
