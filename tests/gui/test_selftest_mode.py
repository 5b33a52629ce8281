"""The Train tab's Test mode played through on the fake clock, with the results in SQLite:
Space stops a hold, Enter counts reps, T types the count, each side saved as it ends, a
restart loses nothing saved, read-only data refuses to start."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from hiptrainer.storage.database import database_path
from hiptrainer.storage.errors import DiskFullError
from hiptrainer.storage.store import Store
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_train_tab import BASE, make_tab
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store

TODAY = date(2026, 3, 2)


def tab_on_tests(qtbot: QtBot, data_dir: Path, store: Store | None, clock: FakeClock) -> TrainTab:
    tab = make_tab(
        qtbot, data_dir, BASE, store, clock, today=lambda: TODAY, ask_count=lambda q, c: 23
    )
    assert tab.show_tests()
    return tab


def wait(tab: TrainTab, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass, waking the test's driver as its timer would (bounded)."""
    run = tab.tests.run
    assert run is not None
    for _ in range(round(seconds * 2)):
        clock.advance(seconds=0.5)
        run.driver.wake()
        QCoreApplication.sendPostedEvents()
    tab.tests.redraw()


def key(qtbot: QtBot, tab: TrainTab, which: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(tab.tests.view, which)


def stored(data_dir: Path) -> list[tuple[str, str, float, str]]:
    """What another connection reads: only what was committed."""
    conn = sqlite3.connect(database_path(data_dir))
    try:
        return conn.execute(
            "SELECT t.test, r.side, r.value, r.unit FROM selftest_results r "
            "JOIN selftests t ON t.id = r.selftest_id ORDER BY r.recorded_at, r.side"
        ).fetchall()
    finally:
        conn.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_a_hold_counts_up_until_space_and_each_side_is_saved_as_it_ends(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = make_store(data_dir, clock)
    tab = tab_on_tests(qtbot, data_dir, store, clock)
    tests = tab.tests
    tests.picker.select("side_bridge")
    # Enter on the list starts the chosen test.
    qtbot.keyClick(tests.picker.list, Qt.Key.Key_Return)
    assert tests.pages.currentWidget() is tests.view
    assert tests.view.phase_label.text() == "Get ready"
    assert "left forearm" in tests.view.words.text()  # where the body goes, left side first
    wait(tab, clock, 4)
    assert tests.view.ring.text == "6"  # the countdown goes down
    wait(tab, clock, 6)
    assert tests.view.phase_label.text() == "Hold"
    assert tests.view.buttons["stop"].isVisibleTo(tests.view)
    wait(tab, clock, 61)
    assert tests.view.ring.text == "61"  # and the hold counts up
    assert stored(data_dir) == []
    key(qtbot, tab, Qt.Key.Key_Space)
    # Saved the moment the side ended, before anything else.
    assert stored(data_dir) == [("side_bridge", "left", 61.0, "s")]
    assert tests.view.phase_label.text() == "Rest"
    assert "right forearm" in tests.view.words.text()  # the set-up for the side to come
    key(qtbot, tab, Qt.Key.Key_Right)  # the rest can be cut short
    wait(tab, clock, 10)
    assert tests.view.counter_label.text() == "Right side · 2 of 2"
    wait(tab, clock, 72)
    key(qtbot, tab, Qt.Key.Key_Return)  # Enter stops a hold too
    assert stored(data_dir)[-1] == ("side_bridge", "right", 72.0, "s")
    result = tests.result
    assert tests.pages.currentWidget() is result
    assert result.figures["left"].value.text() == "61 s"
    assert result.figures["right"].value.text() == "72 s"
    assert result.difference.text() == "The left side is 15% behind the other."
    reading = result.lines.text()
    assert "Right ÷ left = 1.18" in reading
    assert "For comparison, 31 healthy young men (McGill et al. 1999)" in reading
    assert "diagnos" not in reading.lower()
    assert "Test again in 4–6 weeks: between 30 Mar and 13 Apr" in result.retest.text()
    assert "McGill SM" in result.sources.text()
    # One sitting holds both sides.
    assert len({r.run_id for r in store.selftest_results("side_bridge")}) == 1
    result.done_button.click()
    assert tests.pages.currentWidget() is tests.picker
    assert "Last result, 2 Mar 2026: left 61 s, right 72 s." in tests.picker.last.text()


def test_reps_are_tapped_with_enter_or_typed_at_the_end(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = make_store(data_dir, clock)
    tab = tab_on_tests(qtbot, data_dir, store, clock)
    tab.tests.start("single_leg_hamstring_bridge")
    wait(tab, clock, 10)
    assert tab.tests.view.phase_label.text() == "Count"
    key(qtbot, tab, Qt.Key.Key_Return, times=18)
    assert tab.tests.view.ring.text == "18"
    key(qtbot, tab, Qt.Key.Key_Space)  # done: the taps are the count
    assert stored(data_dir) == [("single_leg_hamstring_bridge", "left", 18.0, "reps")]
    key(qtbot, tab, Qt.Key.Key_Right)
    wait(tab, clock, 10)
    key(qtbot, tab, Qt.Key.Key_Return, times=3)
    key(qtbot, tab, Qt.Key.Key_T)  # the count typed at the end replaces the taps
    assert stored(data_dir)[-1] == ("single_leg_hamstring_bridge", "right", 23.0, "reps")
    lines = tab.tests.result.lines.text()
    assert "Left 18 reps: in the “poor” band of those figures." in lines
    assert "Right 23 reps: in the “average” band of those figures." in lines


def test_a_side_skipped_or_left_saves_nothing_for_it_and_keeps_the_side_done(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = make_store(data_dir, clock)
    tab = tab_on_tests(qtbot, data_dir, store, clock)
    tab.tests.start("copenhagen_hold")
    wait(tab, clock, 10)
    wait(tab, clock, 30)
    key(qtbot, tab, Qt.Key.Key_Space)
    key(qtbot, tab, Qt.Key.Key_Right)
    wait(tab, clock, 10)
    wait(tab, clock, 12)
    key(qtbot, tab, Qt.Key.Key_Escape)  # leave in the middle of the right side
    assert stored(data_dir) == [("copenhagen_hold", "left", 30.0, "s")]
    result = tab.tests.result
    assert tab.tests.pages.currentWidget() is result
    assert result.figures["right"].value.text() == "–"
    assert "the other side has no result to compare" in result.lines.text()


def test_a_restart_in_the_middle_of_a_test_loses_nothing_saved(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = make_store(data_dir, clock)
    tab = tab_on_tests(qtbot, data_dir, store, clock)
    tab.tests.start("side_bridge")
    wait(tab, clock, 10)
    wait(tab, clock, 45)
    key(qtbot, tab, Qt.Key.Key_Space)
    wait(tab, clock, 30)  # resting when the power goes
    tab.close()
    store.conn.close()
    # The next start: a new store on the same file, a new tab.
    again = make_store(data_dir, clock)
    assert [(r.side, r.value) for r in again.selftest_results()] == [("left", 45.0)]
    assert again.last_tested("side_bridge") == clock().date()
    tab = tab_on_tests(qtbot, data_dir, again, clock)
    tab.tests.picker.select("side_bridge")
    assert "Last result, 2 Mar 2026: left 45 s." in tab.tests.picker.last.text()


def test_read_only_data_refuses_a_test_and_says_so(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    make_store(data_dir, clock).conn.close()
    path = database_path(data_dir)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    tab = tab_on_tests(qtbot, data_dir, Store(conn, path, clock), clock)
    picker = tab.tests.picker
    assert not picker.start_button.isEnabled()
    assert "read-only" in picker.notice.text()
    assert not tab.tests.start()
    assert tab.tests.pages.currentWidget() is picker


def test_without_training_data_a_test_is_practice_and_says_so(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    tab = tab_on_tests(qtbot, data_dir, None, clock)
    assert tab.tests.start("side_bridge")
    assert "nothing is saved" in tab.tests.view.notice.text()
    wait(tab, clock, 10)
    key(qtbot, tab, Qt.Key.Key_Space)
    assert tab.tests.run is not None
    assert tab.tests.run.results == {"left": 0.0}


class FullOnce(Store):
    """A store whose disk is full for the first result it is asked to save."""

    failures = 1

    def record_selftest_side(self, selftest_id: int, side: str, value: float, unit: str) -> None:
        if self.failures:
            self.failures -= 1
            raise DiskFullError(f"{self.path}: the disk is full; the last change was not saved")
        super().record_selftest_side(selftest_id, side, value, unit)


def test_a_result_the_disk_refuses_is_kept_said_and_saved_with_the_next_side(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = FullOnce(make_store(data_dir, clock).conn, database_path(data_dir), clock)
    tab = tab_on_tests(qtbot, data_dir, store, clock)
    tab.tests.start("side_bridge")
    wait(tab, clock, 10)
    wait(tab, clock, 40)
    key(qtbot, tab, Qt.Key.Key_Space)
    assert "left side's result is not saved yet" in tab.tests.view.notice.text()
    assert stored(data_dir) == []
    key(qtbot, tab, Qt.Key.Key_Right)
    wait(tab, clock, 10)
    wait(tab, clock, 41)
    key(qtbot, tab, Qt.Key.Key_Space)
    assert [row[1:3] for row in stored(data_dir)] == [("left", 40.0), ("right", 41.0)]
    assert not tab.tests.result.warning.isVisible()


def test_markup_in_a_protocol_is_shown_as_written(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    import msgspec

    from hiptrainer.catalog.selftests import bundled_selftests
    from tests.helpers.custom import MARKUP

    bridge = bundled_selftests()["side_bridge"]
    marked = msgspec.structs.replace(
        bridge, name=f"{MARKUP} name", summary=f"{MARKUP} summary", safety=[f"{MARKUP} safe"]
    )
    tab = make_tab(qtbot, data_dir, BASE, None, clock, selftests={"side_bridge": marked})
    tab.show_tests()
    picker = tab.tests.picker
    for label in (picker.title, picker.summary, picker.safety):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert MARKUP in label.text()
    tab.tests.start()
    assert tab.tests.view.name_label.text() == f"{MARKUP} name"
