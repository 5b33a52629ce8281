"""A paced set animates each repetition through every key pose its pose file names
(``rep_cycle``), in the rep's tempo, and the step text follows the animation; exercises
without a cycle move between their start and their rep pose as before."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import Catalog
from hiptrainer.domain.model import Exercise, Workout
from hiptrainer.figures.poses import ExercisePoses
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_player_setup import swapped
from tests.gui.test_train_tab import BASE, make_tab, run_for
from tests.helpers.clock import FakeClock

LIFT = "standing_leg_lift_rotation"


def routine(exercise: str, tempo: str) -> Catalog:
    workout = msgspec.convert(
        {
            "id": "one",
            "name": "One exercise",
            "summary": "One paced set.",
            "focus": "activation",
            "blocks": [
                {"exercise": exercise, "dosage": {"sets": 1, "reps": [2, 2], "tempo": tempo}}
            ],
        },
        Workout,
    )
    return Catalog(exercises=BASE.exercises, workouts={"one": workout})


@pytest.fixture(autouse=True)
def every_picture(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every point of a rep's grid shown (no picture passed over as too small a step): these
    tests are about where a rep goes, not which of its pictures are worth a wake-up."""
    import hiptrainer.ui.player.display as display

    monkeypatch.setattr(display, "MIN_SHIFT_PX", 0.0)


def cycle_of(exercise: Exercise) -> list[str]:
    """Toes down, leg back, hip open, leg back, toes down: the steps' poses in the order the
    steps do one rep (the first step only sets up)."""
    back, open_, rest = (step.pose for step in exercise.steps[1:4])
    return [rest, back, open_, back, rest]


@pytest.fixture
def lift_cycle(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The leg lift's pose file with a rep cycle, whether or not the bundled file has one."""
    import hiptrainer.catalog.poses as pose_files

    bundled = pose_files.load_poses
    cycle = cycle_of(BASE.exercises[LIFT])

    def load(exercise_id: str, path: Path | None = None) -> ExercisePoses:
        poses = bundled(exercise_id, path)
        if exercise_id != LIFT:
            return poses
        return msgspec.structs.replace(poses, rep_cycle=cycle)

    monkeypatch.setattr(pose_files, "load_poses", load)
    return cycle


def playing(qtbot: QtBot, data_dir: Path, catalog: Catalog, clock: FakeClock) -> TrainTab:
    tab = make_tab(qtbot, data_dir, catalog, None, clock)
    assert tab.start()
    run_for(tab, clock, 10)  # get ready
    assert tab.session is not None
    assert tab.session.engine.phase.kind == "work"
    return tab


def at(tab: TrainTab, clock: FakeClock, seconds_into_set: float) -> tuple[str, str | None, float]:
    """The figure ``seconds_into_set`` after the set began: (pose, from pose, t)."""
    session = tab.session
    assert session is not None
    started = clock.now - session.engine.elapsed(clock.now)
    clock.set_monotonic(started + seconds_into_set)
    tab.display.redraw(session.engine, clock.now)
    figure = tab.playing.figure
    return figure.pose, figure.from_pose, round(figure.t, 3)


def test_a_rep_moves_through_the_whole_cycle_and_the_text_follows(
    qtbot: QtBot, data_dir: Path, lift_cycle: list[str]
) -> None:
    clock = FakeClock()
    tab = playing(qtbot, data_dir, routine(LIFT, "2-2-2"), clock)
    steps = BASE.exercises[LIFT].steps
    rest, back, open_ = lift_cycle[:3]
    text = tab.playing.step_label.text
    # 2-2-2 over four segments: 1 s each way up, 2 s held open, 1 s each way down.
    assert at(tab, clock, 0.5) == (back, rest, 0.5)
    assert text() == steps[1].text
    assert at(tab, clock, 1.5) == (open_, back, 0.5)
    assert text() == steps[2].text
    assert at(tab, clock, 3.0) == (open_, back, 1.0)  # the pause: held open
    assert text() == steps[2].text
    # On the way down, the step that says how to come back.
    assert at(tab, clock, 4.3) == (back, open_, 0.3)
    # Pictures keep to a grid of tenths of a second from the rep's start, so every rep shows
    # the same ones: a moment between two points shows the one before.
    assert at(tab, clock, 4.35) == (back, open_, 0.3)
    assert text() == steps[3].text
    assert at(tab, clock, 5.5) == (rest, back, 0.5)
    assert text() == steps[3].text
    # The second rep starts over from the rest.
    assert at(tab, clock, 6.5) == (back, rest, 0.5)
    assert text() == steps[1].text


def test_the_right_side_plays_the_same_cycle_mirrored(
    qtbot: QtBot, data_dir: Path, lift_cycle: list[str]
) -> None:
    clock = FakeClock()
    tab = playing(qtbot, data_dir, routine(LIFT, "2-2-2"), clock)
    run_for(tab, clock, 12 + 5)  # the left set, the switch of sides
    assert tab.session is not None
    assert tab.session.engine.phase.side == "right"
    assert at(tab, clock, 1.5) == (lift_cycle[2], lift_cycle[1], 0.5)
    assert tab.playing.figure.side == "right"
    opening = BASE.exercises[LIFT].steps[2].text
    assert swapped(opening) != opening
    assert tab.playing.step_label.text() == swapped(opening)


def test_without_a_cycle_a_rep_goes_to_its_rep_pose_and_back(qtbot: QtBot, data_dir: Path) -> None:
    exercise = BASE.exercises["glute_bridge"]
    clock = FakeClock()
    tab = playing(qtbot, data_dir, routine(exercise.id, "2-2-2"), clock)
    shown = tab.playing.step_label.text()
    pose, from_pose, t = at(tab, clock, 1.0)
    assert (from_pose, t) == (None, 0.5)  # half way up, from the pose's own start
    assert at(tab, clock, 3.0) == (pose, None, 1.0)
    assert at(tab, clock, 5.0) == (pose, None, 0.5)  # half way down the same way
    assert tab.playing.step_label.text() == shown  # one step for the whole rep
    assert pose in {step.pose for step in exercise.steps}
