"""After a crash: the Train tab built while the window is still being built, the interrupted
session resumed at its next set, and a summary that counts the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import Catalog
from hiptrainer.domain.summary import count_sides, merged
from hiptrainer.storage.store import Store
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_player_summary import summary_rows
from tests.gui.test_train_tab import (
    SHORT_LEFT_HOLDS_S,
    make_tab,
    play_to_the_end,
    run_for,
    short_catalog,
)
from tests.helpers.clock import FakeClock
from tests.helpers.storage import a_set, make_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def interrupted_session(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> int:
    """Play the short routine's left side (two holds saved), then the app dies."""
    store = make_store(data_dir, clock)
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.start()
    run_for(tab, clock, SHORT_LEFT_HOLDS_S)
    session = tab.session
    assert session is not None
    assert session.session_id is not None
    assert len(store.sets(session.session_id)) == 2
    session.driver.pause()  # the process is gone: nothing of it runs on
    tab.close()
    store.conn.close()
    return session.session_id


class RestoringWindow(QMainWindow):
    """Like the main window restoring the Train tab as its last tab: the tab is built in the
    window's constructor, before the window has a store (which opens after the first paint)."""

    def __init__(self, catalog: Catalog, data_dir: Path, clock: FakeClock) -> None:
        super().__init__()
        self.train = TrainTab(
            catalog,
            self.current_store,
            clock.monotonic,
            wall_clock=clock,
            confirm_leave=lambda: True,
            sound_folder=data_dir / "sounds",
            speech_engine="mock",
        )
        self.setCentralWidget(self.train)
        self.store: Store | None = None

    def current_store(self) -> Store | None:
        return self.store  # AttributeError if the tab asked during the constructor


def test_the_tab_built_in_the_window_constructor_resumes_a_crashed_session(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    session_id = interrupted_session(qtbot, data_dir, clock)
    clock.advance(hours=1)  # HipTrainer starts again later
    window = RestoringWindow(short_catalog(), data_dir, clock)
    qtbot.addWidget(window)
    window.show()
    store = make_store(data_dir, clock)
    window.store = store  # the database opens after the first paint
    interrupted = store.interrupted_session()
    assert interrupted is not None
    assert interrupted.id == session_id
    tab = window.train
    assert tab.resume("short", session_id)
    session = tab.session
    assert session is not None
    assert session.session_id == session_id
    # It goes on at the first unfinished set, the switch before it giving time to get ready.
    assert tab.playing.phase_label.text() == "Switch sides"
    assert tab.playing.side_badge.text() == "R"
    play_to_the_end(tab, clock)
    saved = store.sets(session_id)
    assert len(saved) == 6
    assert len({(s.exercise, s.side, s.set_index, s.rep_index) for s in saved}) == 6
    text = tab.summary.text.text()
    # The whole session: the two holds from before the crash and everything since...
    assert "4 holds, 2 sets of reps" in text
    assert summary_rows(tab.summary)["Left side"] == ["2", "6 s", "1", "5"]
    # ...and its time: 18 s before the crash, then 5 + 3 + 2 + 3 + 4 + 5 s since (the two
    # self-paced sets were confirmed at once).
    assert "0 min 40 s" in text
    tab.summary.save_button.click()
    assert store.session(session_id).status == "completed"


def test_resume_refuses_a_routine_that_no_longer_exists(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = make_store(data_dir, clock)
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert not tab.resume("gone_routine", 1)
    assert tab.session is None
    assert tab.pages.currentWidget() is tab.chooser


def test_a_set_done_again_after_resuming_counts_once(clock: FakeClock) -> None:
    before = [a_set(clock, "clamshell", "left", 0), a_set(clock, "clamshell", "right", 0)]
    again = a_set(clock, "clamshell", "right", 0, reps=12)
    done = merged(before, [again])
    assert done == [before[0], again]
    per_side, skipped = count_sides(done)
    assert (per_side["right"].rep_sets, per_side["right"].reps, skipped) == (1, 12, 0)
