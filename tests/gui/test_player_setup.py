"""Before each side of a one-sided exercise (get ready, next up, switch sides) the player
shows where the body goes for that side, with the first step's figure mirrored for it, and
the voice says it; the right side's line is the left side's with left and right swapped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hiptrainer.settings import Settings
from hiptrainer.storage.store import Store
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_train_tab import BASE, make_tab, run_for, short_catalog
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store

PLANK = BASE.exercises["copenhagen_plank"]  # the short routine's first exercise, holds
CLAM = BASE.exercises["clamshell"]  # its second


def swapped(text: str) -> str:
    """Left and right exchanged, worked out here rather than by the code under test."""
    other = {"left": "right", "right": "left", "Left": "Right", "Right": "Left"}
    return re.sub(r"\b(left|right|Left|Right)\b", lambda found: other[found.group(0)], text)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Store:
    return make_store(data_dir, clock)


def said(tab: TrainTab) -> str:
    assert tab.cues is not None
    return " ".join(tab.cues.voice.spoken + tab.cues.voice.pending())


def shown(tab: TrainTab) -> tuple[str, str, str]:
    """(phase title, set-up line if shown, figure: pose and side)."""
    view = tab.playing
    setup = view.setup_label.text() if view.setup_label.isVisibleTo(view) else ""
    return view.phase_label.text(), setup, f"{view.figure.pose} {view.figure.side}"


def test_each_side_starts_with_its_set_up_line_and_mirrored_figure(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    assert PLANK.setup is not None
    assert CLAM.setup is not None
    assert re.search(r"\b(left|right)\b", PLANK.setup, re.IGNORECASE)  # a line to swap
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.start()
    first = PLANK.steps[0].pose
    assert shown(tab) == ("Get ready", PLANK.setup, f"{first} left")
    assert tab.playing.step_label.text() == PLANK.steps[0].text
    assert PLANK.setup in said(tab)
    run_for(tab, clock, 10)
    assert shown(tab)[:2] == ("Hold", "")  # working: the steps say the rest
    run_for(tab, clock, 3 + 2 + 3)  # the left side's holds
    right = swapped(PLANK.setup)
    assert right != PLANK.setup
    assert shown(tab) == ("Switch sides", right, f"{first} right")
    assert f"Switch sides. {right}" in said(tab)
    # The steps are written for the left side: the right side reads them swapped too.
    assert swapped(PLANK.steps[0].text) != PLANK.steps[0].text
    assert tab.playing.step_label.text() == swapped(PLANK.steps[0].text)
    run_for(tab, clock, 5 + 3 + 2 + 3)  # the right side's holds
    # Next up: the clamshell's left side, said and shown before it starts.
    assert shown(tab) == ("Rest", CLAM.setup, f"{CLAM.steps[0].pose} left")
    assert tab.playing.exercise_label.text() == "Next: Clamshell"
    assert CLAM.setup in said(tab)


def test_right_side_first_gets_ready_on_the_right(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    assert PLANK.setup is not None
    settings = Settings(side_order="right_first")
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock, settings=settings)
    assert tab.start()
    right = swapped(PLANK.setup)
    assert shown(tab) == ("Get ready", right, f"{PLANK.steps[0].pose} right")
    assert tab.playing.side_badge.text() == "R"
    assert right in said(tab)
    assert PLANK.setup not in said(tab)


def test_a_two_sided_exercise_has_no_set_up_line(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    tab = make_tab(qtbot, data_dir, BASE, None, clock)
    for row in range(tab.routines.count()):
        workout = BASE.workouts[tab.routines.item(row).data(Qt.ItemDataRole.UserRole)]
        if not BASE.exercises[workout.blocks[0].exercise].unilateral:
            tab.routines.setCurrentRow(row)
            break
    else:
        pytest.fail("no bundled routine starts with a two-sided exercise")
    assert tab.start()
    assert tab.playing.phase_label.text() == "Get ready"
    assert shown(tab)[1] == ""
    assert not tab.playing.setup_label.text()
