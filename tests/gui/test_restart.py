"""Close the window in any state, open it again on the same data folder: nothing is lost,
nothing raises, and an interrupted workout can be continued at its next set."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.storage.database import open_database
from hiptrainer.ui.player.train_tab import TrainTab
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import STATES, bring_to, close, start_window


def saved_sets(data_dir: Path) -> int:
    conn = open_database(data_dir)
    try:
        count: int = conn.execute("SELECT COUNT(*) FROM sets").fetchone()[0]
    finally:
        conn.close()
    return count


def statuses(data_dir: Path) -> list[str]:
    conn = open_database(data_dir)
    try:
        return [row[0] for row in conn.execute("SELECT status FROM sessions ORDER BY id")]
    finally:
        conn.close()


@pytest.mark.parametrize("state", STATES)
def test_the_window_opens_again_after_closing_in_any_state(
    qtbot: QtBot, data_dir: Path, state: str
) -> None:
    with qtbot.captureExceptions() as raised:
        first = start_window(qtbot, data_dir, FakePrompts())
        bring_to(first, state)
        close(first)
        before = saved_sets(data_dir)
        expected = {"playing": ["in_progress"], "paused": ["in_progress"]}
        assert statuses(data_dir) == expected.get(
            state, ["completed"] if state == "summary" else []
        )

        prompts = FakePrompts()
        prompts.resume_choice = "resume"
        second = start_window(qtbot, data_dir, prompts)
    assert not raised, raised
    shown = second.tabs.currentWidget().objectName()
    assert shown == (state if state in ("library", "progress") else "train")
    # The tab the window comes back on was built before the window was shown: it is on
    # screen all the same.
    on_screen = second.library if shown == "library" else second.built_tab(shown)
    assert on_screen is not None
    assert on_screen.isVisible()
    assert saved_sets(data_dir) == before  # nothing lost, nothing written twice
    asked = [kind for kind, _ in prompts.calls]
    if state in ("playing", "paused"):
        # The workout was interrupted: it is offered, and continues at the next set.
        assert asked == ["interrupted"]
        tab = second.train
        assert isinstance(tab, TrainTab)
        assert tab.session is not None
        assert tab.pages.currentWidget() is tab.playing
        engine = tab.session.engine
        # It resumes on the lead-in to the next set (where to put the body, for that side),
        # then that set: the first set, saved as skipped, counts as done.
        assert engine.phase.kind in ("transition", "switch_sides", "rest", "work")
        upcoming = next(p for p in engine.phases[engine.index :] if p.kind == "work")
        assert upcoming == [p for p in engine.phases if p.kind == "work"][1]
        tab.refresh.stop()
    else:
        assert "interrupted" not in asked
    close(second)


def test_closing_during_a_workout_keeps_every_set_done_so_far(qtbot: QtBot, data_dir: Path) -> None:
    window = start_window(qtbot, data_dir, FakePrompts())
    tab = bring_to(window, "playing")
    assert tab is not None
    assert tab.session is not None
    done = len(tab.session.engine.results)
    close(window)
    assert done == 1
    assert saved_sets(data_dir) == done
