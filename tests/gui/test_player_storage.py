"""What the Train tab does when the training data cannot take a workout: read-only data (Start
refused, said before), no data at all (a practice run that says it saves nothing), and a disk
that is full for a while (sets kept, retried, and counted as unsaved until they are in)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hiptrainer.domain.records import SetRecord
from hiptrainer.storage.database import database_path
from hiptrainer.storage.errors import DiskFullError
from hiptrainer.storage.store import Store
from tests.gui.test_train_tab import make_tab, play_to_the_end, run_for, short_catalog
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store

SHORT_SETS = 6  # four holds and two sets of reps


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def read_only_store(data_dir: Path, clock: FakeClock) -> Store:
    """The real database, opened through a read-only SQLite connection, saying so."""
    make_store(data_dir, clock).conn.close()  # create the file and its tables
    path = database_path(data_dir)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    store = Store(conn, path, clock)
    assert store.read_only  # found from the connection itself
    return store


def test_read_only_data_is_said_before_start_and_no_workout_runs(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = read_only_store(data_dir, clock)
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    notice = tab.chooser.notice
    assert notice.isVisible()
    assert "read-only" in notice.text()
    assert not tab.start_button.isEnabled()
    qtbot.keyClick(tab.routines, Qt.Key.Key_Return)  # Enter in the list is refused too
    assert not tab.start()
    assert tab.session is None
    assert tab.pages.currentWidget() is tab.chooser
    assert not tab.resume("short", 1)
    assert store.sessions() == []  # nothing was even tried


def test_with_no_training_data_start_is_a_practice_run_that_says_so(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    tab = make_tab(qtbot, data_dir, short_catalog(), None, clock)
    assert tab.chooser.notice.isVisible()
    assert "nothing you do here will be saved" in tab.chooser.notice.text()
    assert tab.start_button.isEnabled()
    assert "not saved" in tab.start_button.text()
    finished: list[object] = []
    tab.sessionFinished.connect(finished.append)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.playing.notice_label.isVisible()
    assert tab.playing.notice_label.text().startswith("⚠ Practice run: nothing is saved")
    play_to_the_end(tab, clock)
    summary = tab.summary
    assert summary.warning.text() == "⚠ Practice run: nothing was saved."
    assert not summary.feeling.isVisible()  # no effort or pain asked: nowhere to keep them
    assert summary.save_button.text() == "&Close"
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.chooser
    assert finished == []


def test_the_notice_follows_the_store_when_it_opens_after_the_tab(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    holder: dict[str, Store | None] = {"store": None}
    tab = make_tab(qtbot, data_dir, short_catalog(), None, clock)
    tab._store = lambda: holder["store"]  # noqa: SLF001 (the window's getter, in small)
    tab.storage_changed()
    assert tab.chooser.notice.isVisible()
    holder["store"] = make_store(data_dir, clock)
    tab.storage_changed()  # what the window calls once the database is open
    assert not tab.chooser.notice.isVisible()
    assert tab.start_button.text() == "&Start"


class FlakyStore(Store):
    """A real store whose disk is full for the next ``failures`` writes of a set."""

    failures = 0
    start_failures = 0

    def record_set(self, session_id: int, record: SetRecord) -> None:
        if self.failures:
            self.failures -= 1
            raise DiskFullError(f"the disk is full: {self.path} cannot grow")
        super().record_set(session_id, record)

    def start_session(self, workout: str | None) -> int:
        if self.start_failures:
            self.start_failures -= 1
            raise DiskFullError(f"the disk is full: {self.path} cannot grow")
        return super().start_session(workout)


def flaky_store(data_dir: Path, clock: FakeClock) -> FlakyStore:
    plain = make_store(data_dir, clock)
    return FlakyStore(plain.conn, plain.path, clock)


def test_a_set_the_disk_refuses_is_kept_and_saved_with_a_later_one(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = flaky_store(data_dir, clock)
    store.failures = 2
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.start()
    session = tab.session
    assert session is not None
    assert session.session_id is not None
    run_for(tab, clock, 10 + 3)  # the first hold: refused
    assert session.unsaved == 1
    assert store.sets(session.session_id) == []
    assert "1 hold is not saved yet, kept to try again" in tab.playing.notice_label.text()
    run_for(tab, clock, 2 + 3)  # the second hold: the first is refused again, both wait
    assert session.unsaved == 2
    assert "2 holds are not saved yet" in tab.playing.notice_label.text()
    run_for(tab, clock, 5 + 3)  # the third hold: the disk has room again, all three go in
    assert session.unsaved == 0
    assert "not saved" not in tab.playing.notice_label.text()
    assert [s.rep_index for s in store.sets(session.session_id)] == [0, 1, 0]
    play_to_the_end(tab, clock)
    assert len(store.sets(session.session_id)) == SHORT_SETS
    assert not tab.summary.warning.isVisible()
    qtbot.mouseClick(tab.summary.save_button, Qt.MouseButton.LeftButton)
    assert store.session(session.session_id).status == "completed"
    assert tab.pages.currentWidget() is tab.chooser


def test_a_session_the_disk_refuses_at_the_start_is_opened_with_a_later_set(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = flaky_store(data_dir, clock)
    store.start_failures = 1
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.start()
    session = tab.session
    assert session is not None
    assert session.session_id is None
    assert "not saving yet" in tab.playing.notice_label.text().lower()
    run_for(tab, clock, 10)  # into the first hold: still said, nothing is in the store yet
    assert "not saving yet" in tab.playing.notice_label.text().lower()
    run_for(tab, clock, 3)  # the first hold ends: the session opens and takes it
    assert session.session_id is not None
    assert "not saving yet" not in tab.playing.notice_label.text().lower()
    play_to_the_end(tab, clock)
    assert session.session_id is not None
    assert len(store.sets(session.session_id)) == SHORT_SETS
    assert session.unsaved == 0


def test_when_the_disk_stays_full_nothing_claims_to_be_saved(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = flaky_store(data_dir, clock)
    store.failures = 10_000
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    finished: list[object] = []
    tab.sessionFinished.connect(finished.append)
    assert tab.start()
    session = tab.session
    assert session is not None
    assert session.session_id is not None
    play_to_the_end(tab, clock)
    summary = tab.summary
    assert summary.warning.isVisible()
    assert summary.warning.text().startswith("⚠ 4 holds, 2 sets of reps were not saved")
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)
    # The page stays, says what is not saved, and offers to try again or give up.
    assert tab.pages.currentWidget() is summary
    assert summary.warning.text().startswith("⚠ Not saved: 4 holds, 2 sets of reps and how")
    assert "the disk is full" in summary.warning.text()
    assert summary.discard_button.isVisible()
    assert store.session(session.session_id).status == "in_progress"  # not "completed"
    assert store.sets(session.session_id) == []
    assert finished == []
    qtbot.mouseClick(summary.discard_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.chooser


def test_save_tries_again_and_succeeds_once_the_disk_has_room(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = flaky_store(data_dir, clock)
    store.failures = 10_000
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.start()
    session = tab.session
    assert session is not None
    assert session.session_id is not None
    play_to_the_end(tab, clock)
    qtbot.mouseClick(tab.summary.save_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.summary
    store.failures = 0  # room again
    qtbot.keyClicks(tab.summary.rpe, "5")
    qtbot.mouseClick(tab.summary.save_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.chooser
    assert len(store.sets(session.session_id)) == SHORT_SETS
    info = store.session(session.session_id)
    assert (info.status, info.rpe) == ("completed", 5)
