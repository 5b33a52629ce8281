from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hiptrainer.storage import migrations
from hiptrainer.storage.database import NewerDatabaseError, connect, database_path, open_database
from tests.helpers.storage import FakeClock

FILL = {
    # What a database at each version can hold, written with that version's own columns.
    1: [
        "INSERT INTO sessions (id, uuid, workout, local_date, started_at, status, rpe) VALUES "
        "(1, '0123456789abcdef0123456789abcdef', 'post_run_strength', '2026-01-05', "
        "'2026-01-05T07:00:00.000+01:00', 'completed', 7)",
        "INSERT INTO sets (session_id, exercise, side, set_index, rep_index, target_hold_s, "
        "hold_s, started_at, ended_at) VALUES (1, 'copenhagen_plank', 'left', 0, 0, 20, 19.5, "
        "'2026-01-05T07:01:00.000+01:00', '2026-01-05T07:01:20.000+01:00')",
    ],
    2: [
        "INSERT INTO definitions (kind, id, body, updated_at) VALUES "
        "('workout', 'mine', '{\"id\": \"mine\"}', '2026-01-05T08:00:00')",
    ],
    4: [
        "INSERT INTO selftests (id, uuid, test, local_date, started_at) VALUES "
        "(1, 'fedcba9876543210fedcba9876543210', 'side_bridge', '2026-01-06', "
        "'2026-01-06T08:00:00.000+01:00')",
        "INSERT INTO selftest_results (selftest_id, side, value, unit, recorded_at) VALUES "
        "(1, 'left', 71.5, 's', '2026-01-06T08:01:20.000+01:00')",
        "INSERT INTO dismissed_suggestions (key, dismissed_at) VALUES "
        "('post_run_strength/0/copenhagen_plank/left/1', '2026-01-06T09:00:00.000+01:00')",
    ],
}


def build_at(path: Path, version: int) -> None:
    """A database as HipTrainer at schema ``version`` left it, with data in it."""
    conn = connect(path)
    migrations.migrate(conn, path, path.parent / "backups", FakeClock(), target=version)
    for step in range(1, version + 1):
        for statement in FILL.get(step, []):
            conn.execute(statement)
    conn.close()


def test_latest_is_the_number_of_steps() -> None:
    assert migrations.LATEST == len(migrations.STEPS) >= 2


@pytest.mark.parametrize("version", range(1, migrations.LATEST))
def test_every_earlier_version_migrates_with_its_data_intact(data_dir: Path, version: int) -> None:
    data_dir.mkdir()
    path = database_path(data_dir)
    build_at(path, version)
    before = sqlite3.connect(path)
    sessions = before.execute("SELECT * FROM sessions ORDER BY id").fetchall()
    sets = before.execute("SELECT * FROM sets ORDER BY id").fetchall()
    before.close()

    conn = open_database(data_dir, FakeClock())
    assert migrations.version_of(conn) == migrations.LATEST
    assert conn.execute("SELECT * FROM sessions ORDER BY id").fetchall() == sessions
    assert conn.execute("SELECT * FROM sets ORDER BY id").fetchall() == sets
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # Sums kept by triggers start from the sets already there.
    assert conn.execute("SELECT * FROM session_exercise_totals").fetchall() == [
        (1, "copenhagen_plank", None, 19.5)
    ]
    # The old file was kept before anything changed.
    kept = list((data_dir / "backups").glob(f"before-migration-v{version}-*.db"))
    assert len(kept) == 1
    old = sqlite3.connect(kept[0])
    assert migrations.version_of(old) == version
    assert old.execute("SELECT * FROM sets").fetchall() == sets
    old.close()


def test_a_new_database_gets_every_step_and_no_backup(data_dir: Path) -> None:
    conn = open_database(data_dir, FakeClock())
    assert migrations.version_of(conn) == migrations.LATEST
    assert conn.execute("PRAGMA application_id").fetchone() == (migrations.APPLICATION_ID,)
    assert not (data_dir / "backups").exists()


def test_a_failing_step_rolls_back_to_the_previous_version(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir()
    path = database_path(data_dir)
    build_at(path, migrations.LATEST)
    broken = [*migrations.STEPS, "CREATE TABLE extra (x INTEGER) STRICT;\nSELECT nonsense;"]
    monkeypatch.setattr(migrations, "STEPS", broken)
    monkeypatch.setattr(migrations, "LATEST", len(broken))
    conn = connect(path)
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn, path, data_dir / "backups", FakeClock())
    assert migrations.version_of(conn) == len(broken) - 1
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "extra" not in tables


def test_a_newer_database_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    path = database_path(data_dir)
    build_at(path, migrations.LATEST)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer HipTrainer") as caught:
        open_database(data_dir, FakeClock())
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == before


def test_split_statements_refuses_an_unfinished_statement() -> None:
    with pytest.raises(ValueError, match="incomplete"):
        migrations.split_statements("CREATE TABLE a (x INTEGER);\nCREATE TABLE b (")


@pytest.mark.parametrize("version", range(1, migrations.LATEST))
def test_self_tests_and_dismissals_work_after_migrating_from(data_dir: Path, version: int) -> None:
    from datetime import datetime, timedelta, timezone

    from hiptrainer.storage import selftests

    data_dir.mkdir()
    build_at(database_path(data_dir), version)
    conn = open_database(data_dir, FakeClock())
    # Tables that came with the step start empty and take a sitting, results and a dismissal.
    assert selftests.selftest_results(conn) == []
    assert selftests.last_tested(conn) is None
    moment = datetime(2026, 2, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    sitting = selftests.start_selftest(conn, "side_bridge", moment, "ab" * 16)
    selftests.record_side(conn, sitting, "left", 64.2, "s", moment)
    selftests.record_side(conn, sitting, "right", 70.0, "s", moment)
    selftests.dismiss_suggestion(conn, "post_run_strength/0/x/left/1", moment)
    assert [(r.side, r.value) for r in selftests.selftest_results(conn)] == [
        ("left", 64.2),
        ("right", 70.0),
    ]
    assert selftests.dismissed_suggestions(conn) == {"post_run_strength/0/x/left/1"}
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_latest_schema_keeps_self_test_rows_through_a_reopen(data_dir: Path) -> None:
    from hiptrainer.storage import selftests

    data_dir.mkdir()
    build_at(database_path(data_dir), migrations.LATEST)
    conn = open_database(data_dir, FakeClock())
    results = selftests.selftest_results(conn)
    assert [(r.run_id, r.test, r.side, r.value, r.unit) for r in results] == [
        (1, "side_bridge", "left", 71.5, "s")
    ]
    assert selftests.dismissed_suggestions(conn) == {"post_run_strength/0/copenhagen_plank/left/1"}


def test_schema_step_4_refuses_bad_self_test_rows(data_dir: Path) -> None:
    data_dir.mkdir()
    build_at(database_path(data_dir), migrations.LATEST)
    conn = connect(database_path(data_dir))
    conn.execute("PRAGMA foreign_keys=ON")
    for bad in (
        "(1, 'middle', 10, 's', 'x')",  # no such side
        "(1, 'right', -1, 's', 'x')",  # a negative result
        "(1, 'right', 10, 'metres', 'x')",  # no such unit
        "(1, 'right', 'ten', 's', 'x')",  # STRICT: not a number
        "(99, 'right', 10, 's', 'x')",  # no such sitting
        "(1, 'left', 10, 's', 'x')",  # the left side again
    ):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO selftest_results (selftest_id, side, value, unit, recorded_at) "
                f"VALUES {bad}"
            )
    conn.execute("DELETE FROM selftests WHERE id = 1")  # a sitting takes its results with it
    assert conn.execute("SELECT COUNT(*) FROM selftest_results").fetchone() == (0,)
