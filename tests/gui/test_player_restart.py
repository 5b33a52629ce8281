"""Close the window in the middle of a repetition that moves through its cycle, or while a
side's set-up line shows, and open it again on the same data folder: the workout continues
before the unfinished set with that side's set-up line and mirrored figure, nothing raises,
nothing is lost."""

from __future__ import annotations

import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from hiptrainer.domain.sides import setup_line
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_player_motion import LIFT, lift_cycle  # noqa: F401 (a fixture)
from tests.gui.test_train_tab import BASE
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import close, start_window, train_tab

#: A bundled routine with the leg lift (its rep moves through a cycle of key poses).
ROUTINE = next(w.id for w in BASE.workouts.values() if LIFT in [b.exercise for b in w.blocks])


def skip_to(tab: TrainTab, kind: str, side: str) -> None:
    """Skip phases (each skipped set is saved as skipped) up to the leg lift's ``kind``
    phase on ``side``: bounded by the plan's length."""
    session = tab.session
    assert session is not None
    for _ in range(len(session.phases)):
        phase = session.engine.phase
        if (phase.exercise, phase.kind, phase.side) == (LIFT, kind, side):
            return
        session.driver.skip()
    raise AssertionError(f"no {kind} phase on the {side} side of {LIFT}")


def reopened(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, TrainTab]:
    prompts = FakePrompts()
    prompts.resume_choice = "resume"
    with qtbot.captureExceptions() as raised:
        window = start_window(qtbot, data_dir, prompts)
    assert not raised, raised
    assert [kind for kind, _ in prompts.calls] == ["interrupted"]
    tab = window.train
    assert isinstance(tab, TrainTab)
    assert tab.session is not None
    assert tab.pages.currentWidget() is tab.playing
    return window, tab


def shown(tab: TrainTab) -> tuple[str, str, str]:
    view = tab.playing
    setup = view.setup_label.text() if view.setup_label.isVisibleTo(view) else ""
    return view.phase_label.text(), setup, f"{view.figure.pose} {view.figure.side}"


def test_closed_mid_rep_it_opens_again_on_the_set_up_of_that_set(
    qtbot: QtBot,
    data_dir: Path,
    lift_cycle: list[str],  # noqa: F811
) -> None:
    window = start_window(qtbot, data_dir, FakePrompts())
    tab = train_tab(window)
    assert tab.start_routine(ROUTINE)
    skip_to(tab, "work", "left")
    session = tab.session
    assert session is not None
    # Half a second into the first rep (the window's own clock): moving to the first pose
    # after standing.
    now = time.monotonic()
    tab.display.redraw(session.engine, now - session.engine.elapsed(now) + 0.5)
    figure = tab.playing.figure
    assert (figure.from_pose, figure.pose) == (lift_cycle[0], lift_cycle[1])
    assert 0 < figure.t < 1
    done = len(session.engine.results)
    tab.refresh.stop()
    close(window)

    second, again = reopened(qtbot, data_dir)
    assert again.session is not None
    phase = again.session.engine.phase
    assert (phase.exercise, phase.side) == (LIFT, "left")
    assert len(again.session.engine.results) == 0  # the earlier sets are in the store
    first = BASE.exercises[LIFT].steps[0].pose
    expected = setup_line(BASE.exercises[LIFT], "left")
    assert expected is not None
    assert shown(again) == ("Rest", expected, f"{first} left")
    assert again.playing.exercise_label.text() == f"Next: {BASE.exercises[LIFT].name}"
    assert done > 0
    again.refresh.stop()
    close(second)


def test_closed_while_switching_sides_it_opens_again_on_the_other_sides_set_up(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = start_window(qtbot, data_dir, FakePrompts())
    tab = train_tab(window)
    assert tab.start_routine(ROUTINE)
    skip_to(tab, "switch_sides", "right")
    expected = setup_line(BASE.exercises[LIFT], "right")
    assert expected is not None
    first = BASE.exercises[LIFT].steps[0].pose
    assert shown(tab) == ("Switch sides", expected, f"{first} right")
    tab.refresh.stop()
    close(window)

    second, again = reopened(qtbot, data_dir)
    assert again.session is not None
    phase = again.session.engine.phase
    assert (phase.exercise, phase.kind, phase.side) == (LIFT, "switch_sides", "right")
    assert shown(again) == ("Switch sides", expected, f"{first} right")
    again.refresh.stop()
    close(second)
