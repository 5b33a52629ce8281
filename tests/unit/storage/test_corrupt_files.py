"""Bad database files: each is moved aside intact with one clear line, never deleted.

A file from a newer HipTrainer is different: it is refused and left exactly as it was.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hiptrainer.domain.records import SetRecord
from hiptrainer.storage.database import (
    DB_FILE,
    CorruptDatabaseError,
    NewerDatabaseError,
    database_path,
    open_database,
)
from hiptrainer.storage.migrations import LATEST, version_of
from hiptrainer.storage.store import Store
from tests.helpers.cli import Run

START = datetime(2024, 5, 1, 7, 0, tzinfo=UTC)
SETS = 400


def a_set(index: int) -> SetRecord:
    began = START + timedelta(minutes=index)
    return SetRecord(
        exercise="clamshell",
        side="left",
        set_index=index,
        reps=12,
        load="a long note that makes the rows fill many pages " * 3,
        started_at=began,
        ended_at=began + timedelta(seconds=40),
    )


def real_database(folder: Path) -> bytes:
    """The bytes of a valid HipTrainer database, many pages long, made by open_database."""
    conn = open_database(folder)
    try:
        conn.execute("PRAGMA synchronous=OFF")  # only to make the set-up fast
        store = Store(conn, database_path(folder), now=lambda: START, new_uuid=lambda: "a" * 32)
        session_id = store.start_session("runners_hip_warmup")
        for index in range(SETS):
            store.record_set(session_id, a_set(index))
    finally:
        conn.close()
    assert not database_path(folder).with_name(DB_FILE + "-wal").exists()
    return database_path(folder).read_bytes()


def quick_check(data: bytes, folder: Path) -> list[tuple[str]] | str:
    """PRAGMA quick_check on a copy of ``data``: its rows, or the error sqlite raised."""
    folder.mkdir()
    path = folder / "copy.db"
    path.write_bytes(data)
    try:
        conn = sqlite3.connect(path)
        try:
            return conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        shutil.rmtree(folder)


def page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def garbage_page(data: bytes, page: int) -> bytes:
    size = page_size(data)
    junk = random.Random(page).randbytes(size)
    return data[: page * size] + junk + data[(page + 1) * size :]


def middle_page_damage(scratch: Path, *, reported: bool) -> bytes:
    """A real database with the page nearest its middle overwritten with garbage, such that
    PRAGMA quick_check fails: either sqlite raises ("malformed") or, with ``reported``,
    quick_check answers with a report of what is wrong."""
    data = real_database(scratch / "source")
    pages = len(data) // page_size(data)
    assert pages >= 20
    middle = pages // 2
    for page in sorted(range(1, pages), key=lambda p: (abs(p - middle), p)):
        damaged = garbage_page(data, page)
        result = quick_check(damaged, scratch / f"check-{page}")
        if reported and isinstance(result, list) and result != [("ok",)]:
            return damaged
        if not reported and isinstance(result, str):
            return damaged
    raise AssertionError("no page whose damage PRAGMA quick_check notices")


def first_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


BadFile = Callable[[Path], bytes]

BAD_FILES: dict[str, BadFile] = {
    "random bytes": lambda _: random.Random(7).randbytes(8192),
    "a text file": lambda _: b"my training notes\nMonday: clamshells 3 x 12\n",
    "an empty file": lambda _: b"",
    "a truncated database": lambda scratch: first_half(real_database(scratch / "source")),
    "a garbage page, sqlite raises": lambda scratch: middle_page_damage(scratch, reported=False),
    "a garbage page, quick_check reports": lambda scratch: middle_page_damage(
        scratch, reported=True
    ),
}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_is_moved_aside_intact_and_replaced(
    kind: str, data_dir: Path, tmp_path: Path
) -> None:
    bad = BAD_FILES[kind](tmp_path / "scratch")
    data_dir.mkdir()
    path = database_path(data_dir)
    path.write_bytes(bad)
    before = snapshot(data_dir)

    with pytest.raises(CorruptDatabaseError) as info:
        open_database(data_dir, now=lambda: START)

    message = str(info.value)
    assert len(message.splitlines()) == 1, message
    assert message.startswith(f"{path} "), message
    moved = info.value.moved_to
    assert moved.name in message
    assert moved.parent == data_dir
    assert moved.name.startswith(f"{DB_FILE}.damaged-")
    assert not path.exists()
    assert moved.read_bytes() == bad
    # Nothing was deleted: every file that was there is still there, the database under
    # its new name.
    after = snapshot(data_dir)
    for name, content in before.items():
        assert after[moved.name if name == DB_FILE else name] == content

    conn = open_database(data_dir, now=lambda: START)
    try:
        assert version_of(conn) == LATEST
        store = Store(conn, path)
        assert store.sessions() == []
        session_id = store.start_session(None)
        store.record_set(session_id, a_set(0))
        assert [record.set_index for record in store.sets(session_id)] == [0]
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert moved.read_bytes() == bad


def test_the_same_second_twice_keeps_both_files(data_dir: Path) -> None:
    data_dir.mkdir()
    path = database_path(data_dir)
    moved = []
    for content in (b"first bad file", b"second bad file"):
        path.write_bytes(content)
        with pytest.raises(CorruptDatabaseError) as info:
            open_database(data_dir, now=lambda: START)
        moved.append(info.value.moved_to)
    assert moved[0] != moved[1]
    assert [target.read_bytes() for target in moved] == [b"first bad file", b"second bad file"]


def test_newer_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    real_database(data_dir)
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    finally:
        conn.close()
    before = snapshot(data_dir)
    content = path.read_bytes()

    for _ in range(2):  # refused again next time: nothing was moved or changed
        with pytest.raises(NewerDatabaseError) as info:
            open_database(data_dir, now=lambda: START)
        message = str(info.value)
        assert len(message.splitlines()) == 1, message
        assert message.startswith(f"{path} "), message
        assert f"schema {LATEST + 1}" in message
        assert path.read_bytes() == content

    assert snapshot(data_dir) == before
    assert not (data_dir / "backups").exists()


@pytest.mark.parametrize("kind", ["random bytes", "a garbage page, quick_check reports"])
def test_cli_reports_a_corrupt_database_in_one_line(
    kind: str, run_cli: Run, data_dir: Path, tmp_path: Path
) -> None:
    bad = BAD_FILES[kind](tmp_path / "scratch")
    data_dir.mkdir()
    path = database_path(data_dir)
    path.write_bytes(bad)
    output = tmp_path / "out.csv"

    result = run_cli("export", "--format", "csv", "-o", str(output))

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"hiptrainer: {path} "), lines[0]
    assert result.stdout == ""
    assert not output.exists()
    moved = [
        p
        for p in data_dir.iterdir()
        if p.name.startswith(f"{DB_FILE}.damaged-") and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(moved) == 1
    assert moved[0].name in lines[0]
    assert moved[0].read_bytes() == bad
    assert not path.exists()
