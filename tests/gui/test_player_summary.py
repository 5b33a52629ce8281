"""The summary's words (holds are holds, sets are sets, one is singular), its scores (a score
left alone is stored as unknown, never as 0) and its records (the Progress tab's rule and
words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hiptrainer.domain.plan import Phase
from hiptrainer.domain.progress_records import record_words, records_by_session
from hiptrainer.storage.progress_queries import session_maxima
from hiptrainer.storage.store import Store
from hiptrainer.ui.player.tally import SideTotals, Summary
from hiptrainer.ui.player.train_tab import TrainTab
from hiptrainer.ui.player.wording import (
    counted,
    counter_text,
    pending_text,
    side_text,
    summary_line,
    unsaved_text,
    work_text,
)
from tests.gui.test_train_tab import make_tab, play_to_the_end, short_catalog
from tests.helpers.clock import FakeClock
from tests.helpers.storage import a_set, make_store

# --- the counting words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "singular", "plural", "expected"),
    [
        (0, "hold", None, "0 holds"),
        (1, "hold", None, "1 hold"),
        (8, "hold", None, "8 holds"),
        (1, "set of reps", "sets of reps", "1 set of reps"),
        (4, "set of reps", "sets of reps", "4 sets of reps"),
        (1, "rep", None, "1 rep"),
    ],
)
def test_counted_is_singular_for_one_only(
    count: int, singular: str, plural: str | None, expected: str
) -> None:
    assert counted(count, singular, plural) == expected


@pytest.mark.parametrize(
    ("holds", "rep_sets", "expected"),
    [
        (8, 4, "8 holds, 4 sets of reps"),
        (1, 1, "1 hold, 1 set of reps"),
        (1, 0, "1 hold"),
        (0, 1, "1 set of reps"),
        (0, 0, "nothing"),
    ],
)
def test_work_text_names_holds_and_sets_apart(holds: int, rep_sets: int, expected: str) -> None:
    assert work_text(holds, rep_sets) == expected


def test_side_text_and_summary_line() -> None:
    both = SideTotals(holds=2, rep_sets=1, reps=1, hold_s=6.4)
    assert side_text(both) == "2 holds (6 s held), 1 set of reps (1 rep)"
    assert side_text(SideTotals(holds=1, hold_s=20)) == "1 hold (20 s held)"
    summary = Summary(seconds=725, per_side={"left": both, "right": both}, skipped=1)
    assert summary_line(summary) == "12 min 05 s · 4 holds, 2 sets of reps · 1 skipped"
    assert unsaved_text(summary) == ""


def test_unsaved_and_practice_are_said_plainly() -> None:
    one = Summary(seconds=1, per_side={}, unsaved_holds=1)
    assert unsaved_text(one).startswith("1 hold was not saved")
    three = Summary(seconds=1, per_side={}, unsaved_holds=2, unsaved_rep_sets=1)
    assert unsaved_text(three).startswith("2 holds, 1 set of reps were not saved")
    assert pending_text(0, 1, "disk full") == (
        "1 set of reps is not saved yet, kept to try again: disk full"
    )
    assert pending_text(2, 0, "disk full").startswith("2 holds are not saved yet")
    practice = Summary(seconds=1, per_side={}, recorded=False)
    assert unsaved_text(practice) == "Practice run: nothing was saved."


HOLD = Phase(kind="work", duration=20.0, exercise="x", side="left", sets=1, reps=4,
             rep_index=1, target_hold_s=20.0)  # fmt: skip
HOLDS_IN_SETS = Phase(kind="work", duration=20.0, exercise="x", side="both", sets=3,
                      set_index=1, reps=5, target_hold_s=20.0)  # fmt: skip
REPS = Phase(kind="work", duration=None, exercise="x", side="right", sets=3, set_index=2,
             reps=1, target_reps=1)  # fmt: skip
REST = Phase(kind="rest", duration=30.0, exercise="x", side="left", sets=3, set_index=1)


@pytest.mark.parametrize(
    ("phase", "expected"),
    [
        (HOLD, "Hold 2 of 4 · left side"),
        (HOLDS_IN_SETS, "Set 2 of 3 · Hold 1 of 5"),
        (REPS, "Set 3 of 3 · 1 rep · right side"),
        (REST, "Set 2 of 3 · left side"),
    ],
)
def test_the_player_counts_with_the_same_words(phase: Phase, expected: str) -> None:
    assert counter_text(phase) == expected


# --- the summary page, through the real tab ---------------------------------------------


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Store:
    return make_store(data_dir, clock)


@pytest.fixture
def tab(qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock) -> TrainTab:
    return make_tab(qtbot, data_dir, short_catalog(others=False), store, clock)


def finish(tab: TrainTab, clock: FakeClock) -> int:
    assert tab.start()
    play_to_the_end(tab, clock)
    assert tab.pages.currentWidget() is tab.summary
    assert tab.session is not None
    assert tab.session.session_id is not None
    return tab.session.session_id


def test_the_summary_counts_holds_and_sets_of_reps_per_side(
    tab: TrainTab, clock: FakeClock
) -> None:
    finish(tab, clock)
    text = tab.summary.text.text()
    assert "4 holds, 2 sets of reps" in text
    assert "<b>Left side:</b> 2 holds (6 s held), 1 set of reps (5 reps)" in text
    assert "sets done" not in text  # the old wording that counted holds as sets
    assert not tab.summary.warning.isVisible()  # everything was saved


def test_scores_left_alone_are_stored_as_unknown(
    qtbot: QtBot, tab: TrainTab, store: Store, clock: FakeClock
) -> None:
    session_id = finish(tab, clock)
    for box in (tab.summary.rpe, tab.summary.pain_during, tab.summary.pain_after):
        assert box.text() == "not given"
    qtbot.mouseClick(tab.summary.save_button, Qt.MouseButton.LeftButton)
    info = store.session(session_id)
    assert info.status == "completed"
    assert (info.rpe, info.pain_during, info.pain_after) == (None, None, None)


def test_scores_given_with_the_keyboard_are_stored(
    qtbot: QtBot, tab: TrainTab, store: Store, clock: FakeClock
) -> None:
    session_id = finish(tab, clock)
    summary = tab.summary
    qtbot.keyClicks(summary.rpe, "7")  # a digit replaces "not given"
    qtbot.keyClick(summary.pain_during, Qt.Key.Key_Up)  # one step up from "not given": 0
    qtbot.keyClick(summary.pain_after, Qt.Key.Key_Up)
    qtbot.keyClick(summary.pain_after, Qt.Key.Key_Down)  # and back down: not given again
    qtbot.keyClicks(summary.notes, "Felt strong")
    qtbot.keyClick(summary.save_button, Qt.Key.Key_Space)
    info = store.session(session_id)
    assert (info.rpe, info.pain_during, info.pain_after) == (7, 0, None)
    assert info.notes == "Felt strong"


def test_the_next_summary_starts_blank(
    qtbot: QtBot, tab: TrainTab, store: Store, clock: FakeClock
) -> None:
    finish(tab, clock)
    tab.summary.rpe.setValue(9)
    tab.summary.notes.setPlainText("first")
    qtbot.mouseClick(tab.summary.save_button, Qt.MouseButton.LeftButton)
    second = finish(tab, clock)
    assert tab.summary.rpe.text() == "not given"
    assert tab.summary.notes.toPlainText() == ""
    qtbot.mouseClick(tab.summary.save_button, Qt.MouseButton.LeftButton)
    assert (store.session(second).rpe, store.session(second).notes) == (None, "")


# --- records: the Progress tab's rule and words ------------------------------------------


def earlier_session(
    store: Store, clock: FakeClock, sets: list[tuple[str, str, dict[str, object]]]
) -> int:
    """A finished session before the tab's own, holding ``(exercise, side, fields)`` sets."""
    session = store.start_session("short")
    for index, (exercise, side, fields) in enumerate(sets):
        store.record_set(
            session, a_set(clock, exercise, side, set_index=0, rep_index=index, **fields)
        )
    store.finish_session(session)
    clock.advance(minutes=30)
    return session


def hold(value: float, **fields: object) -> dict[str, object]:
    return {"reps": None, "target_reps": None, "hold_s": value, "target_hold_s": 3.0, **fields}


def test_a_first_session_beats_no_record(tab: TrainTab, clock: FakeClock) -> None:
    finish(tab, clock)
    assert tab.session is not None
    assert tab.session.summary().records == []
    assert "New records" not in tab.summary.text.text()


def test_records_beaten_show_in_the_progress_tabs_words(
    tab: TrainTab, store: Store, clock: FakeClock
) -> None:
    # The short routine holds the plank 2 × 3 s a side and does 5 clamshells a side.
    earlier_session(
        store,
        clock,
        [
            ("copenhagen_plank", "left", hold(2.5)),
            ("copenhagen_plank", "left", hold(9.0, skipped=True)),  # skipped: never counts
            ("copenhagen_plank", "right", hold(3.0)),  # a tie is not a record
            ("clamshell", "left", {"reps": 4}),
            ("clamshell", "right", {"reps": 5}),  # a tie
        ],
    )
    session_id = finish(tab, clock)
    expected = [
        "Side plank with top leg on a bench: Longest hold, left: 3 s (was 2.5 s)",
        "Clamshell: Most reps in a set, left: 5 (was 4)",
    ]
    assert tab.session is not None
    assert tab.session.summary().records == expected
    text = tab.summary.text.text()
    assert "<b>New records</b>" in text
    for line in expected:
        assert f"<li>{line}</li>" in text
    assert "right" not in text.split("New records")[1]
    # The Progress tab's table marks the same records for this session, in the same words.
    table = records_by_session(session_maxima(store.conn))[session_id]
    assert sorted(record_words(record) for record in table) == sorted(
        line.split(": ", 1)[1] for line in expected
    )


def test_a_hold_equal_to_the_tenth_is_a_tie(tab: TrainTab, store: Store, clock: FakeClock) -> None:
    # 2.96 s shows as 3 s: holding 3 s again is a tie, as the Progress tab counts it.
    earlier_session(
        store,
        clock,
        [
            ("copenhagen_plank", "left", hold(2.96)),
            ("copenhagen_plank", "right", hold(3.04)),
            ("clamshell", "left", {"reps": 5}),
            ("clamshell", "right", {"reps": 6}),
        ],
    )
    finish(tab, clock)
    assert tab.session is not None
    assert tab.session.summary().records == []
    assert "New records" not in tab.summary.text.text()
