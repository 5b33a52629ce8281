"""The store's calls for the user's own definitions: rows written all at once, and read by a
listing command without creating, locking or updating anything."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from hiptrainer.storage.database import database_path
from hiptrainer.storage.errors import NewerDatabaseError, StorageError
from hiptrainer.storage.lock import InstanceLock
from hiptrainer.storage.store import read_definition_rows
from tests.helpers.custom import custom_exercise, custom_workout
from tests.helpers.storage import make_store


def row(item: dict, kind: str = "exercise") -> tuple[str, str, str]:  # type: ignore[type-arg]
    return (kind, item["id"], json.dumps(item))


def test_rows_come_back_exercises_first_and_an_equal_body_changes_nothing(data_dir: Path) -> None:
    store = make_store(data_dir)
    written = [
        row(custom_workout("w"), "workout"),
        row(custom_exercise("b")),
        row(custom_exercise("a")),
    ]
    assert store.write_definitions(written) == 3
    assert [r[:2] for r in store.definition_rows()] == [
        ("exercise", "a"),
        ("exercise", "b"),
        ("workout", "w"),
    ]
    assert store.write_definitions(written) == 0
    assert store.write_definitions([row(custom_exercise("a", name="New"))], [("workout", "w")]) == 2
    assert [r[1] for r in store.definition_rows()] == ["a", "b"]


def test_a_batch_is_written_whole_or_not_at_all(data_dir: Path) -> None:
    store = make_store(data_dir)
    store.write_definitions([row(custom_exercise("kept"))])
    before = store.definition_rows()
    batch = [row(custom_exercise("first")), ("exercise", "torn", "{not json")]
    with pytest.raises(StorageError):
        store.write_definitions(batch, [("exercise", "kept")])
    assert store.definition_rows() == before


def test_a_listing_reads_without_creating_anything(tmp_path: Path) -> None:
    data_dir = tmp_path / "never-used"
    assert read_definition_rows(data_dir) == []
    assert not data_dir.exists()


def test_a_listing_reads_alongside_the_window(data_dir: Path) -> None:
    store = make_store(data_dir)
    store.write_definitions([row(custom_exercise("mine"))])
    store.conn.close()
    lock = InstanceLock(data_dir)
    lock.acquire()  # as the open window holds it
    try:
        assert [r[1] for r in read_definition_rows(data_dir)] == ["mine"]
    finally:
        lock.release()


def test_a_database_from_before_definitions_lists_none_and_is_left_as_it_is(
    data_dir: Path,
) -> None:
    data_dir.mkdir()
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    before = database_path(data_dir).read_bytes()
    assert read_definition_rows(data_dir) == []
    assert database_path(data_dir).read_bytes() == before


def test_a_database_from_a_newer_hiptrainer_is_one_line(data_dir: Path) -> None:
    make_store(data_dir).conn.close()
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(NewerDatabaseError, match=r"newer HipTrainer \(schema 999"):
        read_definition_rows(data_dir)


def test_a_file_that_is_no_database_is_one_line(data_dir: Path) -> None:
    data_dir.mkdir()
    database_path(data_dir).write_bytes(b"not a database at all" * 100)
    with pytest.raises(StorageError) as caught:
        read_definition_rows(data_dir)
    assert "\n" not in str(caught.value)
