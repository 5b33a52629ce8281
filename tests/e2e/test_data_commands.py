"""export, import, backup and restore as a user runs them."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from hiptrainer.storage.lock import InstanceLock
from hiptrainer.storage.migrations import APPLICATION_ID
from tests.helpers.cli import Run
from tests.helpers.storage import FakeClock, a_set, make_store


@pytest.fixture
def recorded(data_dir: Path) -> Path:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session("runners_hip_warmup")
    store.record_set(session, a_set(clock, "clamshell", "left", reps=12))
    store.record_set(session, a_set(clock, "clamshell", "right", reps=11))
    store.finish_session(session, rpe=6, pain_during=1)
    store.conn.close()
    return data_dir


def test_export_csv_and_json(run_cli: Run, recorded: Path, tmp_path: Path) -> None:
    out = tmp_path / "sets.csv"
    result = run_cli("export", "--format", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["exercise"], r["side"], r["reps"], r["rpe"]) for r in rows] == [
        ("clamshell", "left", "12", "6"),
        ("clamshell", "right", "11", "6"),
    ]
    result = run_cli("export", "--format", "json", "-o", "-")
    assert result.returncode == 0
    document = json.loads(result.stdout)
    assert document["format"] == "hiptrainer-backup"
    assert len(document["sessions"][0]["sets"]) == 2


def test_import_into_another_data_dir_twice(run_cli: Run, recorded: Path, tmp_path: Path) -> None:
    backup = tmp_path / "all.json"
    assert run_cli("export", "--format", "json", "-o", str(backup)).returncode == 0
    other = {"HIPTRAINER_DATA_DIR": str(tmp_path / "other")}
    first = run_cli("import", str(backup), env=other)
    assert first.returncode == 0, first.stderr
    assert "Imported 1 session and 2 sets from" in first.stdout
    again = run_cli("import", str(backup), env=other)
    assert "Imported nothing new" in again.stdout


def test_bad_import_is_one_line_exit_1(run_cli: Run, data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "hiptrainer-backup", "version": 1, "sessions": [{}]}', "utf-8")
    result = run_cli("import", str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "sessions[0].uuid: missing required field" in result.stderr
    assert "Traceback" not in result.stderr


def test_backup_then_restore(run_cli: Run, recorded: Path) -> None:
    result = run_cli("backup")
    assert result.returncode == 0, result.stderr
    snapshot = Path(result.stdout.strip().removeprefix("Backed up to "))
    assert snapshot.is_file()
    clock = FakeClock()
    store = make_store(recorded, clock)
    store.start_session("post_run_strength")
    store.conn.close()
    restored = run_cli("restore", str(snapshot))
    assert restored.returncode == 0, restored.stderr
    assert "previous database was kept" in restored.stdout
    store = make_store(recorded)
    assert [s.workout for s in store.sessions()] == ["runners_hip_warmup"]
    store.conn.close()


def test_writers_refuse_while_the_window_holds_the_data_dir(
    run_cli: Run, recorded: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "all.json"
    assert run_cli("export", "--format", "json", "-o", str(backup)).returncode == 0
    with InstanceLock(recorded):
        refused = run_cli("import", str(backup))
        assert refused.returncode == 1
        assert "the HipTrainer window is open" in refused.stderr
        assert run_cli("restore", str(backup)).returncode == 1
        # Reading works alongside the window.
        assert run_cli("export", "--format", "csv", "-o", "-").returncode == 0
        assert run_cli("backup").returncode == 0


def test_restore_of_a_bad_file_changes_nothing(
    run_cli: Run, recorded: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    result = run_cli("restore", str(bad))
    assert result.returncode == 1
    assert "is not a SQLite database; nothing was changed" in result.stderr
    store = make_store(recorded)
    assert len(store.sessions()) == 1
    store.conn.close()


def test_read_only_data_dir_is_a_clear_error(run_cli: Run, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # Permissions do not stop root; /proc/sys is a folder nobody can create files in.
        data = Path("/proc/sys")
    else:
        data = tmp_path / "readonly"
        data.mkdir()
        data.chmod(0o555)
    result = run_cli("export", "--format", "csv", "-o", "-", env={"HIPTRAINER_DATA_DIR": str(data)})
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("hiptrainer: cannot write to the data folder ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


# --- where an export may go ---------------------------------------------------------------------


def test_export_into_a_fifo_writes_through_it(run_cli: Run, recorded: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # The reading end is open before the export starts, so the export's open() never waits;
    # the CSV of one session fits in the pipe's buffer, so its write never waits either.
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        result = run_cli("export", "--format", "csv", "-o", str(fifo))
        received = b""
        with contextlib.suppress(BlockingIOError):
            while chunk := os.read(reader, 65536):
                received += chunk
    finally:
        os.close(reader)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still a pipe, not a file put in its place
    assert received.startswith(b"date,session_id,")
    assert b"clamshell,left" in received
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "pipe"]


def test_export_through_a_symlink_keeps_the_link(
    run_cli: Run, recorded: Path, tmp_path: Path
) -> None:
    target = tmp_path / "real" / "sets.csv"
    target.parent.mkdir()
    target.write_text("old contents", encoding="utf-8")
    link = tmp_path / "sets.csv"
    link.symlink_to(target)
    result = run_cli("export", "--format", "csv", "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert link.resolve() == target.resolve()
    assert target.read_text(encoding="utf-8").startswith("date,session_id,")
    # A link to a file not made yet: the file is made where the link points.
    dangling = tmp_path / "later.json"
    dangling.symlink_to(tmp_path / "real" / "later.json")
    assert run_cli("export", "--format", "json", "-o", str(dangling)).returncode == 0
    assert dangling.is_symlink()
    assert json.loads((tmp_path / "real" / "later.json").read_text("utf-8"))["sessions"]


@pytest.fixture
def dev_stdout() -> Iterator[Path]:
    """``/dev/stdout``, put back as it was if the test replaced it: an export that renamed a
    temp file over it (the bug this guards against) would break it for the whole machine
    when the tests run as root."""
    path = Path("/dev/stdout")
    if not path.is_symlink():
        pytest.skip("/dev/stdout is not a link to the process's output here")
    link = os.readlink(path)
    yield path
    if not path.is_symlink():
        path.unlink()
        path.symlink_to(link)
        pytest.fail("the export replaced /dev/stdout with a file (now put back)")


def test_export_to_dev_stdout_prints_only_the_data(
    run_cli: Run, recorded: Path, dev_stdout: Path
) -> None:
    result = run_cli("export", "--format", "json", "-o", str(dev_stdout))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)  # nothing else on standard output
    assert document["sessions"][0]["workout"] == "runners_hip_warmup"
    assert dev_stdout.is_symlink()


def test_export_into_a_folder_is_one_line(run_cli: Run, recorded: Path, tmp_path: Path) -> None:
    result = run_cli("export", "--format", "csv", "-o", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "Is a directory" in result.stderr


# --- restore, all or nothing ----------------------------------------------------------------------


def test_restore_of_a_tagged_empty_file_changes_nothing(
    run_cli: Run, recorded: Path, tmp_path: Path
) -> None:
    tagged = tmp_path / "tagged.db"
    conn = sqlite3.connect(tagged)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # HipTrainer's, but no tables
    conn.close()
    before = run_cli("export", "--format", "json", "-o", "-").stdout
    result = run_cli("restore", str(tagged))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"hiptrainer: {tagged} ")
    assert result.stderr.rstrip().endswith("nothing was changed")
    after = run_cli("export", "--format", "json", "-o", "-")
    assert after.returncode == 0, after.stderr
    assert after.stdout == before
    assert run_cli("backup").returncode == 0  # and it can still be written


def test_restore_takes_a_relative_path(run_cli: Run, recorded: Path, tmp_path: Path) -> None:
    snapshot = Path(run_cli("backup").stdout.strip().removeprefix("Backed up to "))
    result = run_cli("restore", snapshot.name, cwd=snapshot.parent)
    assert result.returncode == 0, result.stderr
    assert f"Restored {snapshot.name}" in result.stdout


def test_two_restores_in_one_second_keep_both_copies(
    run_cli: Run, recorded: Path, tmp_path: Path
) -> None:
    snapshot = Path(run_cli("backup").stdout.strip().removeprefix("Backed up to "))
    kept = []
    for _ in range(2):
        result = run_cli("restore", str(snapshot))
        assert result.returncode == 0, result.stderr
        kept.append(result.stdout.strip().rsplit(" ", 1)[-1])
    # Whether or not the second came in the same second, neither copy replaced the other.
    assert kept[0] != kept[1]
    assert all(Path(name).is_file() for name in kept)
