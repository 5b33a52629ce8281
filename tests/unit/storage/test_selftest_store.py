"""The store's self-test and suggestion calls: each write committed at once, refused on a
read-only database, a broken database said in one line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hiptrainer.storage.database import database_path
from hiptrainer.storage.errors import ReadOnlyError, StorageError
from hiptrainer.storage.store import Store
from tests.helpers.storage import FakeClock, a_set, make_store


def other_connection(data_dir: Path) -> sqlite3.Connection:
    """A second reader: sees only what the store has committed."""
    return sqlite3.connect(database_path(data_dir))


def test_each_side_is_committed_the_moment_it_is_saved(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    sitting = store.start_selftest("side_bridge")
    store.record_selftest_side(sitting, "left", 71.5, "s")
    reader = other_connection(data_dir)
    assert reader.execute("SELECT side, value FROM selftest_results").fetchall() == [("left", 71.5)]
    clock.advance(minutes=3)
    store.record_selftest_side(sitting, "right", 80.0, "s")
    store.record_selftest_side(sitting, "right", 79.0, "s")  # a correction replaces it
    results = store.selftest_results("side_bridge")
    assert [(r.side, r.value, r.unit) for r in results] == [
        ("left", 71.5, "s"),
        ("right", 79.0, "s"),
    ]
    assert store.last_tested() == clock().date()
    assert store.last_tested("copenhagen_hold") is None
    assert reader.execute("SELECT uuid FROM selftests").fetchone()[0]  # a uuid for exports


def test_a_sitting_can_be_deleted(data_dir: Path) -> None:
    store = make_store(data_dir)
    sitting = store.start_selftest("copenhagen_hold")
    store.record_selftest_side(sitting, "left", 30.0, "s")
    assert store.delete_selftest(sitting)
    assert not store.delete_selftest(sitting)
    assert store.selftest_results() == []


def test_bad_values_are_refused_and_nothing_is_written(data_dir: Path) -> None:
    store = make_store(data_dir)
    sitting = store.start_selftest("side_bridge")
    with pytest.raises(ValueError, match="side"):
        store.record_selftest_side(sitting, "middle", 10.0, "s")
    with pytest.raises(ValueError, match="from 0"):
        store.record_selftest_side(sitting, "left", float("nan"), "s")
    with pytest.raises(ValueError, match="no self-test sitting"):
        store.record_selftest_side(sitting + 99, "left", 10.0, "s")
    with pytest.raises(ValueError, match="self-test id"):
        store.start_selftest("Side Bridge")
    assert store.selftest_results() == []
    assert not store.conn.in_transaction


def test_dismissals_are_kept(data_dir: Path) -> None:
    store = make_store(data_dir)
    store.dismiss_suggestion("post_run_strength/0/side_plank/left/3")
    store.dismiss_suggestion("post_run_strength/0/side_plank/left/3")
    assert store.dismissed_suggestions() == {"post_run_strength/0/side_plank/left/3"}
    reader = other_connection(data_dir)
    assert reader.execute("SELECT COUNT(*) FROM dismissed_suggestions").fetchone() == (1,)
    with pytest.raises(ValueError, match="1 to 500"):
        store.dismiss_suggestion("")


def test_the_progression_log_reads_a_routine_s_sessions(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session("runners_hip_warmup")
    store.record_set(session, a_set(clock, "clamshell", "left", reps=12))
    store.finish_session(session, rpe=5, pain_during=1)
    log = store.progression_log("runners_hip_warmup")
    assert [w.reps for w in log.work] == [12]
    assert [(s.rpe, s.pain_during) for s in log.scores] == [(5, 1)]
    assert store.progression_log("post_run_strength").work == []


def read_only_store(data_dir: Path) -> Store:
    make_store(data_dir).conn.close()
    path = database_path(data_dir)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    return Store(conn, path, FakeClock())


def test_a_read_only_store_refuses_every_write_and_still_reads(data_dir: Path) -> None:
    store = read_only_store(data_dir)
    assert store.read_only
    with pytest.raises(ReadOnlyError):
        store.start_selftest("side_bridge")
    with pytest.raises(ReadOnlyError):
        store.record_selftest_side(1, "left", 10.0, "s")
    with pytest.raises(ReadOnlyError):
        store.dismiss_suggestion("a/0/b/left/1")
    with pytest.raises(ReadOnlyError):
        store.delete_selftest(1)
    assert store.selftest_results() == []
    assert store.dismissed_suggestions() == set()
    assert store.last_tested() is None


def test_a_read_that_fails_is_one_line(data_dir: Path) -> None:
    store = make_store(data_dir)
    store.conn.execute("DROP TABLE selftest_results")
    with pytest.raises(StorageError, match="nothing was read") as caught:
        store.selftest_results()
    assert "\n" not in str(caught.value)
    with pytest.raises(StorageError):
        store.last_tested(None)
