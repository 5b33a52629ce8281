"""The summary's words (holds are holds, sets are sets, one is singular), its table per side,
its scores (a score left alone is stored as unknown, never as 0) and its records (the
Progress tab's rule and words)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from hiptrainer.domain.plan import Phase
from hiptrainer.domain.progress_records import record_words, records_by_session
from hiptrainer.domain.summary import EFFORT_WORDS, SideTotals, Summary
from hiptrainer.storage.progress_queries import session_maxima
from hiptrainer.storage.store import Store
from hiptrainer.ui.player.summary_view import SummaryView
from hiptrainer.ui.player.train_tab import TrainTab
from hiptrainer.ui.player.wording import (
    counted,
    counter_text,
    pending_text,
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


def test_summary_line() -> None:
    both = SideTotals(holds=2, rep_sets=1, reps=1, hold_s=6.4)
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
        (HOLD, "Hold 2 of 4"),  # the side is the badge's to say
        (HOLDS_IN_SETS, "Set 2 of 3 · Hold 1 of 5"),
        (REPS, "Set 3 of 3 · 1 rep"),
        (REST, "Set 2 of 3"),
    ],
)
def test_the_player_counts_with_the_same_words(phase: Phase, expected: str) -> None:
    assert counter_text(phase) == expected


# --- the summary page, through the real tab ---------------------------------------------


def table_columns(table: str) -> dict[str, list[str]]:
    """The per-side table (a column per side, a row per measure): side → its cells, top to
    bottom (holds, held, sets, reps)."""
    head, *rows = re.findall(r"<tr>(.*?)</tr>", table)
    sides = re.findall(r"<th>([^<]+)</th>", head)
    cells = [re.findall(r"<td[^>]*>([^<]*)</td>", row) for row in rows]
    assert all(len(row) == len(sides) for row in cells), table
    return {side: [row[column] for row in cells] for column, side in enumerate(sides)}


def summary_rows(view: SummaryView) -> dict[str, list[str]]:
    """The per-side table on the page: side → its cells (holds, held, sets, reps)."""
    return table_columns(view.text.text())


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
    assert summary_rows(tab.summary) == {
        "Left side": ["2", "6 s", "1", "5"],
        "Right side": ["2", "6 s", "1", "5"],
    }
    assert "sets done" not in text  # the old wording that counted holds as sets
    assert not tab.summary.warning.isVisible()  # everything was saved
    # Both sides did the same: the balance line says so.
    assert tab.summary.balance.isVisibleTo(tab.summary)
    assert "Left and right even on every one-sided exercise" in tab.summary.balance.text()


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
    assert not tab.summary.records.isVisibleTo(tab.summary)


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
    # Highlighted in their own box, apart from the table.
    records = tab.summary.records
    assert records.isVisibleTo(tab.summary)
    assert "background" in records.styleSheet()
    text = records.text()
    assert "New records" in text
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
    assert not tab.summary.records.isVisibleTo(tab.summary)


# --- how it felt: one row of segments each, nothing chosen until the runner chooses ------


def test_a_click_gives_a_score_and_a_second_click_takes_it_away(
    qtbot: QtBot, tab: TrainTab, clock: FakeClock
) -> None:
    finish(tab, clock)
    effort = tab.summary.rpe
    cell = effort.width() / 11
    qtbot.mouseClick(effort, Qt.MouseButton.LeftButton, pos=QPoint(round(cell * 7.5), 10))
    assert effort.value() == 7
    assert tab.summary.words["summaryEffort"].text() == f"7 — {EFFORT_WORDS[7]}"
    qtbot.mouseClick(effort, Qt.MouseButton.LeftButton, pos=QPoint(round(cell * 7.5), 10))
    assert effort.value() is None
    assert tab.summary.words["summaryEffort"].text() == ""


PAIN_ZONES = [(0, "fine"), (2, "fine"), (3, "acceptable"), (5, "acceptable"), (6, "too much"),
              (10, "too much")]  # fmt: skip


@pytest.mark.parametrize(("score", "zone"), PAIN_ZONES)
def test_pain_is_said_on_the_traffic_light(
    tab: TrainTab, clock: FakeClock, score: int, zone: str
) -> None:
    from hiptrainer.ui.player.summary_view import pain_colour
    from hiptrainer.ui.widgets.pain_zones import ZONE_COLOURS

    finish(tab, clock)
    tab.summary.pain_after.setValue(score)
    assert tab.summary.words["summaryPainNow"].text() == f"{score} — {zone}"
    colour = {"fine": "green", "acceptable": "amber", "too much": "red"}[zone]
    assert pain_colour(score).name() == ZONE_COLOURS[colour]


def test_scores_by_keyboard_digits_arrows_home_end_and_delete(
    qtbot: QtBot, tab: TrainTab, clock: FakeClock
) -> None:
    finish(tab, clock)
    box = tab.summary.pain_during
    qtbot.keyClicks(box, "10")
    assert box.value() == 10
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    assert box.value() is None
    qtbot.keyClick(box, Qt.Key.Key_End)
    assert box.value() == 10
    qtbot.keyClick(box, Qt.Key.Key_Right)  # no further than 10
    assert box.value() == 10
    qtbot.keyClick(box, Qt.Key.Key_Home)
    assert box.value() == 0
    qtbot.keyClick(box, Qt.Key.Key_Left)  # below 0: not given
    assert box.value() is None
    qtbot.keyClicks(box, "4")
    qtbot.keyClicks(box, "7")  # a new digit that would make 47 starts over
    assert box.value() == 7
    assert box.accessibleName() == "Pain during: 7"


def test_a_score_outside_0_to_10_is_refused(tab: TrainTab, clock: FakeClock) -> None:
    finish(tab, clock)
    with pytest.raises(ValueError, match="0 to 10"):
        tab.summary.rpe.setValue(11)
    with pytest.raises(ValueError, match="0 to 10"):
        tab.summary.rpe.setValue(-1)
    assert tab.summary.rpe.value() is None


def test_the_notes_box_is_a_few_lines(tab: TrainTab, clock: FakeClock) -> None:
    finish(tab, clock)
    notes = tab.summary.notes
    lines = notes.height() / notes.fontMetrics().lineSpacing()
    assert 3 <= lines <= 6
    assert notes.maximumWidth() <= 800
    assert notes.toPlainText() == ""


def test_alt_letters_reach_each_score(qtbot: QtBot, tab: TrainTab, clock: FakeClock) -> None:
    finish(tab, clock)
    tab.activateWindow()
    summary = tab.summary
    for letter, box in ((Qt.Key.Key_D, summary.pain_during), (Qt.Key.Key_N, summary.pain_after),
                        (Qt.Key.Key_R, summary.rpe)):  # fmt: skip
        qtbot.keyClick(summary, letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(box.hasFocus, timeout=5000)


def test_the_table_has_a_column_per_side_done_and_dashes_for_what_was_not() -> None:
    from hiptrainer.ui.player.summary_view import totals_table

    both = Summary(seconds=60, per_side={"both": SideTotals(rep_sets=2, reps=24)})
    table = totals_table(both)
    assert "<th>Both sides</th>" in table
    assert "Left side" not in table
    # A row per measure, named in its first cell.
    measures = re.findall(r"<tr><th align='left'>([^<]*)</th>", table)
    assert measures == ["Holds", "Held", "Sets of reps", "Reps"]
    assert table_columns(table) == {"Both sides": ["0", "–", "2", "24"]}  # nothing held
    assert totals_table(Summary(seconds=5, per_side={})) == "<p>Nothing was done.</p>"


def test_the_table_puts_the_sides_side_by_side_in_their_order() -> None:
    from hiptrainer.ui.player.summary_view import totals_table

    every = Summary(
        seconds=60,
        per_side={
            "both": SideTotals(holds=1, hold_s=30),
            "right": SideTotals(rep_sets=1, reps=1),
            "left": SideTotals(holds=2, hold_s=40.4, rep_sets=1, reps=8),
        },
    )
    assert table_columns(totals_table(every)) == {
        "Left side": ["2", "40 s", "1", "8"],
        "Right side": ["0", "–", "1", "1"],
        "Both sides": ["1", "30 s", "0", "–"],
    }
