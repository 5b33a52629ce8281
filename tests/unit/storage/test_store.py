from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hiptrainer.storage.database import StorageError, database_path
from hiptrainer.storage.errors import DiskFullError
from tests.helpers.catalog import seed_data
from tests.helpers.storage import FakeClock, a_set, make_store


def test_pragmas_are_set(data_dir: Path) -> None:
    store = make_store(data_dir)
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL


def test_a_session_from_start_to_finish(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session("runners_hip_warmup")
    assert store.interrupted_session().id == session
    store.record_set(session, a_set(clock, side="left", reps=12, target_reps=12))
    store.record_set(session, a_set(clock, side="right", reps=11, target_reps=12))
    store.record_set(
        session,
        a_set(
            clock, "copenhagen_plank", reps=None, target_reps=None, hold_s=18.0, target_hold_s=20.0
        ),
    )
    store.record_set(session, a_set(clock, "side_plank", skipped=True, reps=None))
    store.finish_session(session, rpe=6, pain_during=2, pain_after=1, notes="felt good")
    store.set_morning_pain(session, 0)

    info = store.session(session)
    assert info.status == "completed"
    assert (info.rpe, info.pain_during, info.pain_after, info.pain_next_morning) == (6, 2, 1, 0)
    assert info.notes == "felt good"
    assert info.local_date == "2026-03-02"
    assert info.ended_at == clock()
    assert store.interrupted_session() is None
    recorded = store.sets(session)
    assert [(r.exercise, r.side, r.reps, r.hold_s, r.skipped) for r in recorded] == [
        ("clamshell", "left", 12, None, False),
        ("clamshell", "right", 11, None, False),
        ("copenhagen_plank", "left", None, 18.0, False),
        ("side_plank", "left", None, None, True),
    ]


def test_each_set_is_committed_before_the_call_returns(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session(None)
    store.record_set(session, a_set(clock))
    # A second connection sees the set at once: it is committed, not pending.
    other = sqlite3.connect(database_path(data_dir))
    assert other.execute("SELECT COUNT(*) FROM sets").fetchone() == (1,)
    other.close()


def test_recording_the_same_set_again_corrects_it(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session(None)
    store.record_set(session, a_set(clock, reps=8))
    store.record_set(session, a_set(clock, reps=10))
    assert [r.reps for r in store.sets(session)] == [10]


def test_interrupted_session_is_the_newest_in_progress(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    first = store.start_session(None)
    clock.advance(days=1)
    second = store.start_session(None)
    assert store.interrupted_session().id == second
    store.finish_session(second, "abandoned")
    assert store.interrupted_session().id == first


def test_finishing_an_unknown_session_is_an_error(data_dir: Path) -> None:
    store = make_store(data_dir)
    with pytest.raises(StorageError, match="no session 99"):
        store.finish_session(99)


def test_database_checks_reject_impossible_values(data_dir: Path) -> None:
    store = make_store(data_dir)
    session = store.start_session(None)
    with pytest.raises(StorageError):
        store.finish_session(session, rpe=11)
    assert store.session(session).status == "in_progress"  # the failed write changed nothing


def test_full_disk_is_a_clear_error_and_loses_nothing(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session(None)
    store.record_set(session, a_set(clock, set_index=0))
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")

    def fill_the_disk() -> None:
        for index in range(1, 2000):
            store.record_set(session, a_set(clock, set_index=index, load="x" * 150))

    with pytest.raises(DiskFullError, match="disk is full") as caught:
        fill_the_disk()
    assert "\n" not in str(caught.value)
    saved = len(store.sets(session))
    assert saved >= 1
    assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    store.record_set(session, a_set(clock, set_index=5000))
    assert len(store.sets(session)) == saved + 1


def test_custom_definitions_round_trip(data_dir: Path) -> None:
    import msgspec

    from hiptrainer.domain.model import Exercise

    store = make_store(data_dir)
    data = seed_data()
    data["id"] = "my_plank"
    exercise = msgspec.convert(data, Exercise)
    store.save_definition(exercise)
    store.save_definition(exercise)  # saving again replaces, never duplicates
    assert store.custom_exercises() == [exercise]
    store.delete_definition("exercise", "my_plank")
    assert store.custom_exercises() == []
