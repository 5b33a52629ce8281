"""The window and the user's data: one instance, and a damaged file handled with care."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.storage.backup import daily_backup, manual_backup
from hiptrainer.storage.database import CorruptDatabaseError, database_path, open_database
from hiptrainer.storage.lock import InstanceLock
from hiptrainer.ui.app import build_main_window, open_data, run_gui
from hiptrainer.ui.data_startup import open_storage
from tests.helpers.prompts import FakePrompts
from tests.helpers.storage import FakeClock, a_set, make_store, recorded_store


def test_second_start_says_so_and_leaves_the_database_alone(data_dir: Path) -> None:
    prompts = FakePrompts()
    with InstanceLock(data_dir):
        assert run_gui(data_dir, prompts=prompts) == 1
    assert [kind for kind, _ in prompts.calls] == ["already_running"]
    assert "already running" in prompts.calls[0][1]
    assert not database_path(data_dir).exists()


def make_damaged_with_backup(data_dir: Path) -> tuple[Path, bytes]:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session("runners_hip_warmup")
    store.record_set(session, a_set(clock))
    backup = manual_backup(store.conn, data_dir, clock())
    store.conn.close()
    for suffix in ("-wal", "-shm"):
        database_path(data_dir).with_name("hiptrainer.db" + suffix).unlink(missing_ok=True)
    junk = b"this is not a database any more" * 100
    database_path(data_dir).write_bytes(junk)
    return backup, junk


def test_damaged_file_offers_the_newest_backup_and_restores_it(data_dir: Path) -> None:
    backup, junk = make_damaged_with_backup(data_dir)
    prompts = FakePrompts("restore")
    state = open_storage(data_dir, prompts, FakeClock())
    assert prompts.offered_backup == backup
    assert "moved to hiptrainer.db.damaged-" in prompts.calls[0][1]
    assert state.store is not None
    assert [s.workout for s in state.store.sessions()] == ["runners_hip_warmup"]
    moved = list(data_dir.glob("hiptrainer.db.damaged-*"))
    assert len(moved) == 1
    assert moved[0].read_bytes() == junk  # kept, byte for byte
    state.store.conn.close()


def test_damaged_file_can_start_empty_or_quit(data_dir: Path) -> None:
    make_damaged_with_backup(data_dir)
    quit_state = open_storage(data_dir, FakePrompts("quit"), FakeClock())
    assert quit_state.quit
    assert quit_state.store is None
    empty = open_storage(data_dir, FakePrompts("empty"), FakeClock())
    assert empty.store is not None
    assert empty.store.sessions() == []
    empty.store.conn.close()


def test_window_gets_the_store_and_a_daily_backup_after_first_paint(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    open_data(window, data_dir, FakePrompts())
    assert window.store is not None
    assert list((data_dir / "backups").glob("daily-*.db"))
    window.detach_storage()
    assert window.store is None


def test_unusable_data_dir_is_explained_and_the_library_still_works(
    qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    data_dir = blocker / "data"  # a folder inside a file cannot exist
    window = build_main_window(tmp_path / "settings")
    qtbot.addWidget(window)
    prompts = FakePrompts()
    open_data(window, data_dir, prompts)
    assert window.store is None
    assert prompts.calls[0][0] == "problem"
    assert "cannot create the data folder" in prompts.calls[0][1]
    assert "Training data:" in window.statusBar().currentMessage()
    assert window.library.current_exercise() is not None


def test_damaged_dialog_offers_restore_by_default_and_escape_quits(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from hiptrainer.ui.prompts import damaged_box

    backup = tmp_path / "daily-2026-03-01.db"
    backup.write_bytes(b"x")
    moved = tmp_path / "hiptrainer.db.damaged-20260302-073000"
    box, buttons = damaged_box(None, "details for the curious", moved, backup)
    qtbot.addWidget(box)
    assert set(buttons) == {"restore", "empty", "quit"}
    assert box.defaultButton() is buttons["restore"]
    assert box.escapeButton() is buttons["quit"]
    assert moved.name in box.informativeText()
    assert box.detailedText() == "details for the curious"
    no_backup, choices = damaged_box(None, "x", moved, None)
    qtbot.addWidget(no_backup)
    assert set(choices) == {"empty", "quit"}


def test_an_interrupted_session_can_be_resumed_at_its_next_set(
    qtbot: QtBot, data_dir: Path
) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session("runners_hip_warmup")
    store.record_set(session, a_set(clock, "glute_bridge", "both", 0, reps=12))
    store.conn.close()  # the app stopped here

    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    prompts = FakePrompts()
    prompts.resume_choice = "resume"
    open_data(window, data_dir, prompts)
    assert ("interrupted", "Runner's hip warm-up|1") in prompts.calls
    train = window.train
    assert train is not None
    assert window.tabs.currentWidget().objectName() == "train"
    assert train.session.session_id == session
    engine = train.session.engine
    # The glute bridge is done: it continues with the rest before the clamshell.
    assert engine.phase.kind == "transition"
    assert engine.phase.next_exercise == "clamshell"
    train.refresh.stop()
    window.detach_storage()


def test_close_an_interrupted_session_and_ask_morning_pain_once(
    qtbot: QtBot, data_dir: Path
) -> None:
    from datetime import date

    from hiptrainer.settings import Settings
    from hiptrainer.ui.data_startup import follow_up

    clock = FakeClock()
    store = make_store(data_dir, clock)
    done = store.start_session("runners_hip_warmup")
    store.finish_session(done)
    clock.advance(hours=2)
    stuck = store.start_session("post_run_strength")
    prompts = FakePrompts()
    prompts.resume_choice = "close"
    prompts.pain_answer = 3
    settings = Settings()
    names = {"runners_hip_warmup": "Warm-up", "post_run_strength": "Strength"}
    assert follow_up(store, prompts, settings, names, date(2026, 3, 3)) is None
    assert store.session(stuck).status == "abandoned"
    assert store.session(done).pain_next_morning == 3
    asked = [kind for kind, _ in prompts.calls].count("morning_pain")
    follow_up(store, prompts, settings, names, date(2026, 3, 3))
    assert [kind for kind, _ in prompts.calls].count("morning_pain") == asked  # only once
    # Not on the same day as the session.
    other = FakePrompts()
    follow_up(store, other, Settings(), names, date(2026, 3, 2))
    assert "morning_pain" not in [kind for kind, _ in other.calls]
    store.conn.close()


def damaged_by_a_command(data_dir: Path) -> tuple[Path, Path]:
    """The CLI found the database damaged and moved it aside; a command then made an empty
    database, and a daily backup of that empty one is now the newest backup file. Returns
    the backup holding the user's data and the empty daily backup."""
    clock = FakeClock()
    store = recorded_store(data_dir, sessions=3, clock=clock)
    with_data = daily_backup(store.conn, data_dir, clock().date())
    assert with_data is not None
    store.conn.close()
    for suffix in ("-wal", "-shm"):
        database_path(data_dir).with_name("hiptrainer.db" + suffix).unlink(missing_ok=True)
    database_path(data_dir).write_bytes(b"this is not a database any more" * 100)
    with pytest.raises(CorruptDatabaseError):
        open_database(data_dir, clock)  # what `hiptrainer export` does
    clock.advance(days=1)
    empty = make_store(data_dir, clock)  # the next command
    newer = daily_backup(empty.conn, data_dir, clock().date())
    assert newer is not None
    empty.conn.close()
    later = with_data.stat().st_mtime + 3600
    os.utime(newer, (later, later))
    return with_data, newer


def test_the_next_start_offers_the_backup_holding_the_data(data_dir: Path) -> None:
    with_data, _ = damaged_by_a_command(data_dir)
    prompts = FakePrompts("restore")
    state = open_storage(data_dir, prompts, FakeClock())
    assert [kind for kind, _ in prompts.calls] == ["damaged"]
    assert prompts.offered_backup == with_data
    assert prompts.moved_to.name.startswith("hiptrainer.db.damaged-")
    assert prompts.moved_to.name in prompts.calls[0][1]
    assert state.store is not None
    assert len(state.store.sessions()) == 3
    state.store.conn.close()
    again = FakePrompts("restore")
    open_storage(data_dir, again, FakeClock()).store.conn.close()  # type: ignore[union-attr]
    assert again.calls == []


def test_the_damaged_file_is_asked_about_once(data_dir: Path) -> None:
    damaged_by_a_command(data_dir)
    quitting = FakePrompts("quit")
    assert open_storage(data_dir, quitting, FakeClock()).quit
    assert [kind for kind, _ in quitting.calls] == ["damaged"]
    # Quit is no answer: asked again; starting empty is, and the question is not repeated.
    empty = FakePrompts("empty")
    state = open_storage(data_dir, empty, FakeClock())
    assert [kind for kind, _ in empty.calls] == ["damaged"]
    assert state.store is not None
    assert state.store.sessions() == []
    state.store.conn.close()
    later = FakePrompts("restore")
    state = open_storage(data_dir, later, FakeClock())
    assert later.calls == []
    assert state.store is not None
    state.store.conn.close()
    assert len(list(data_dir.glob("hiptrainer.db.damaged-*"))) == 1  # still kept


def test_only_empty_backups_offer_nothing_to_restore(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    daily_backup(store.conn, data_dir, clock().date())
    store.conn.close()
    for suffix in ("-wal", "-shm"):
        database_path(data_dir).with_name("hiptrainer.db" + suffix).unlink(missing_ok=True)
    database_path(data_dir).write_bytes(b"junk" * 100)
    prompts = FakePrompts("empty")
    state = open_storage(data_dir, prompts, clock)
    assert [kind for kind, _ in prompts.calls] == ["damaged"]
    assert prompts.offered_backup is None
    assert state.store is not None
    state.store.conn.close()


def test_a_read_only_database_opens_for_reading_and_says_so(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from hiptrainer.storage import database

    recorded_store(data_dir).conn.close()

    def read_only_folder(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(database.tempfile, "mkstemp", read_only_folder)
    prompts = FakePrompts()
    state = open_storage(data_dir, prompts, FakeClock())
    assert state.store is not None
    assert state.store.read_only
    assert len(state.store.sessions()) == 1
    assert state.problem is not None
    assert "read-only" in state.problem
    assert not (data_dir / "backups").exists()  # no daily backup attempted
    state.store.conn.close()
