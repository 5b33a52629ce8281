"""The length the routine chooser shows is the length the player plays (one estimate in the
domain, ``workout_seconds``, for both), in every side order."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hiptrainer.domain.dose import minutes_text
from hiptrainer.settings import Settings
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_train_tab import BASE, make_tab, select
from tests.helpers.clock import FakeClock


def chooser_minutes(tab: TrainTab) -> str:
    """The "about N min" of the selected routine, as its line in the list says it."""
    return tab.routines.currentItem().text().rsplit("·", 1)[1].strip()


def player_minutes(tab: TrainTab) -> str:
    """The player's "m:ss left" at the start, in the chooser's words."""
    minutes, seconds = tab.playing.time_left.text().removesuffix(" left").split(":")
    return minutes_text(int(minutes) * 60 + int(seconds))


@pytest.mark.parametrize("order", ["left_first", "right_first", "alternate"])
@pytest.mark.parametrize("workout_id", sorted(BASE.workouts))
def test_time_left_at_the_start_is_the_choosers_estimate(
    qtbot: QtBot, data_dir: Path, workout_id: str, order: str
) -> None:
    clock = FakeClock()
    settings = Settings(side_order=order)  # type: ignore[arg-type]
    tab = make_tab(qtbot, data_dir, BASE, None, clock, settings=settings)
    select(tab, workout_id)
    estimate = chooser_minutes(tab)
    assert tab.start()
    assert player_minutes(tab) == estimate


def test_the_lengths_follow_the_side_order_setting(qtbot: QtBot, data_dir: Path) -> None:
    tab = make_tab(qtbot, data_dir, BASE, None, FakeClock())
    select(tab, "post_run_strength")
    texts = {}
    for row in range(tab.options.order.count()):
        tab.options.order.setCurrentIndex(row)
        order = tab.options.order.currentData()
        assert tab.settings.side_order == order
        workout = BASE.workouts["post_run_strength"]
        texts[order] = tab.routines.currentItem().text()
        assert texts[order].endswith(tab.chooser.length_text(workout))
    # Alternating sides rests between sets instead of a short switch: a longer routine.
    assert texts["alternate"] != texts["left_first"]
    assert tab.routines.currentItem().data(Qt.ItemDataRole.UserRole) == "post_run_strength"
