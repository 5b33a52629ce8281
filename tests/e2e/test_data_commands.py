"""export, import, backup and restore as a user runs them."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from hiptrainer.storage.lock import InstanceLock
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
    assert "Imported 1 sessions, 2 sets" in first.stdout
    again = run_cli("import", str(backup), env=other)
    assert "Imported 0 sessions, 0 sets" in again.stdout


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
