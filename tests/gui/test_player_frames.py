"""A paced rep wakes the player only for pictures worth drawing: the eased start and end
of a movement, which creep by less than a pixel a frame, are passed over; every change of
the step text, the ring or the time left still comes on time. Counted, never timed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec
import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import Catalog
from hiptrainer.domain.model import Workout
from hiptrainer.figures.render import Illustration
from hiptrainer.ui.player.display import FRAME_S, MIN_SHIFT_PX
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_player_motion import LIFT, lift_cycle, routine  # noqa: F401 (a fixture)
from tests.gui.test_train_tab import BASE, make_tab, run_for
from tests.helpers.clock import FakeClock


def into_the_set(
    qtbot: QtBot, data_dir: Path, exercise: str, tempo: str
) -> tuple[TrainTab, FakeClock]:
    clock = FakeClock()
    tab = make_tab(qtbot, data_dir, routine(exercise, tempo), None, clock)
    assert tab.start()
    run_for(tab, clock, 10)  # get ready
    assert tab.session is not None
    assert tab.session.engine.phase.tempo is not None
    QCoreApplication.processEvents()
    return tab, clock


#: What the page shows: the step, the ring's number, the time left, the figure's moment.
Seen = tuple[str, str, str, tuple[str, str | None, float]]


def seen(tab: TrainTab) -> Seen:
    figure = tab.playing.figure
    return (
        tab.playing.step_label.text(),
        tab.playing.ring.text,
        tab.playing.time_left.text(),
        (figure.pose, figure.from_pose, round(figure.t, 3)),
    )


def every_frame(tab: TrainTab, clock: FakeClock, seconds: float) -> dict[float, Seen]:
    """What the page shows at each point of the frame grid, redrawn at every one."""
    assert tab.session is not None
    start = clock.now
    shown: dict[float, Seen] = {}
    for point in range(1, round(seconds / FRAME_S) + 1):
        # Just past each point of the grid, as the display's own wake-ups land.
        clock.set_monotonic(start + point * FRAME_S + 0.001)
        tab.display.redraw(tab.session.engine, clock.now)
        shown[round(clock.now - start, 1)] = seen(tab)
    return shown


def as_woken(tab: TrainTab, clock: FakeClock, seconds: float) -> dict[float, Seen]:
    """What the page shows at each wake-up the display asks for (as its timer would)."""
    assert tab.session is not None
    start = clock.now
    wait = tab.display.redraw(tab.session.engine, clock.now)
    shown: dict[float, Seen] = {}
    while wait is not None and clock.now - start + wait <= seconds + 0.01:
        clock.advance(seconds=wait)
        wait = tab.display.redraw(tab.session.engine, clock.now)
        shown[round(clock.now - start, 1)] = seen(tab)
    return shown


def test_creeping_pictures_are_passed_over_and_nothing_else(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hiptrainer.ui.player.display as display

    tab, clock = into_the_set(qtbot, data_dir / "b", "glute_bridge", "2-2-2")
    woken = as_woken(tab, clock, 6.0)
    # The same rep with every point of its grid shown, redrawn at each.
    monkeypatch.setattr(display, "MIN_SHIFT_PX", 0.0)
    dense_tab, dense_clock = into_the_set(qtbot, data_dir / "a", "glute_bridge", "2-2-2")
    dense = every_frame(dense_tab, dense_clock, 6.0)
    ordered = [shown for _, shown in sorted(dense.items())]
    changes = sum(a != b for a, b in zip(ordered, ordered[1:], strict=False))
    assert len(woken) <= changes * 0.9  # a rep's eased ends are passed over
    # Every wake-up shows the words, ring and time left of that moment, and a picture the
    # rep shows at that moment or shortly before (a wake-up for the time left keeps the last
    # picture worth showing) ...
    for moment, shown in woken.items():
        assert shown[:3] == dense[moment][:3], moment
        earlier = [seen[3] for at, seen in dense.items() if moment - 1.0 <= at <= moment]
        assert shown[3] in earlier, moment
    # ... and whatever the every-frame run shows other than a creeping picture is shown at
    # its very moment: the rep's number, the time left, the step.
    last = None
    for moment, shown in sorted(dense.items()):
        if last is not None and shown[:3] != last[:3]:
            assert moment in woken, moment
        last = shown


@pytest.mark.usefixtures("lift_cycle")  # the leg lift with its cycle of poses
def test_a_new_step_of_the_rep_wakes_at_its_moment(qtbot: QtBot, data_dir: Path) -> None:
    dense_tab, dense_clock = into_the_set(qtbot, data_dir / "a", LIFT, "2-1-2")
    dense = every_frame(dense_tab, dense_clock, 5.0)
    tab, clock = into_the_set(qtbot, data_dir / "b", LIFT, "2-1-2")
    woken = as_woken(tab, clock, 5.0)
    steps = [m for m, s in sorted(dense.items()) if s[0] != dense.get(round(m - FRAME_S, 1), s)[0]]
    assert steps  # the step text moves on during the rep
    for moment in steps:
        assert woken[moment][0] == dense[moment][0], moment


def four_reps(qtbot: QtBot, data_dir: Path) -> tuple[TrainTab, FakeClock]:
    """Into a set of four bridges at 2-2-2 (a routine whose percent turns mid-rep)."""
    workout = msgspec.convert(
        {
            "id": "one",
            "name": "One exercise",
            "summary": "One paced set.",
            "focus": "activation",
            "blocks": [
                {
                    "exercise": "glute_bridge",
                    "dosage": {"sets": 1, "reps": [4, 4], "tempo": "2-2-2"},
                }
            ],
        },
        Workout,
    )
    catalog = Catalog(exercises=BASE.exercises, workouts={"one": workout})
    clock = FakeClock()
    tab = make_tab(qtbot, data_dir, catalog, None, clock)
    assert tab.start()
    run_for(tab, clock, 10)  # get ready
    QCoreApplication.processEvents()
    return tab, clock


def test_every_rep_of_a_set_shows_the_same_pictures(qtbot: QtBot, data_dir: Path) -> None:
    """The pictures shown are the set's, not those a wake-up happened to land on: a rep
    after the first draws nothing new (its pictures are copies of the first rep's)."""
    tab, clock = four_reps(qtbot, data_dir)
    woken = as_woken(tab, clock, 24.0)
    reps: list[set[tuple[float, str, str | None, float]]] = [set() for _ in range(4)]
    for moment, shown in woken.items():
        rep = min(3, int(moment // 6.0 + 1e-6))
        reps[rep].add((round(moment - 6.0 * rep, 1), *shown[3]))
    inside = [{m for m in rep if 0.0 < m[0] < 5.9} for rep in reps]  # each rep's own span
    assert inside[1]  # it moved
    assert inside[0] == inside[1] == inside[2] == inside[3]


def test_no_wake_up_moves_the_figure_by_less_than_the_eye_sees_from_the_mat(
    qtbot: QtBot, data_dir: Path
) -> None:
    """A wake-up costs about as much as a second of a plain countdown: one that would only
    move the figure by less than the eye resolves from 3 m (nothing else changing) is not
    worth it."""
    tab, clock = four_reps(qtbot, data_dir)
    woken = [shown for _, shown in sorted(as_woken(tab, clock, 12.0).items())]
    art = tab.display.illustration(BASE.exercises["glute_bridge"])
    assert art is not None
    size = tab.playing.figure.size()

    def joints(moment: tuple[str, str | None, float]) -> list[tuple[float, float]]:
        pose, from_pose, t = moment
        return art.screen_points(pose, size.width(), size.height(), t, from_pose)

    moves = 0
    for before, after in zip(woken, woken[1:], strict=False):
        if before[:3] != after[:3] or before[3] == after[3] or 1.0 in (before[3][2], after[3][2]):
            continue  # the words, ring or time left changed too; or a still moment
        moves += 1
        shift = max(
            max(abs(x0 - x1), abs(y0 - y1))
            for (x0, y0), (x1, y1) in zip(joints(before[3]), joints(after[3]), strict=True)
        )
        assert shift >= MIN_SHIFT_PX, (before, after)
    assert MIN_SHIFT_PX >= 4.0  # about a minute of arc from the mat
    assert moves > 10  # the figure moved on many wake-ups


def test_a_paced_sets_pictures_are_chosen_ahead_while_getting_ready(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choosing a set's pictures works out where the joints go at every point of a rep: done
    while the get-ready plays (with the set's first picture), the set's first wake-up only
    looks them up, and the new phase reaches the screen without waiting for it."""
    clock = FakeClock()
    tab = make_tab(qtbot, data_dir, routine("glute_bridge", "2-2-2"), None, clock)
    assert tab.start()
    session = tab.session
    assert session is not None
    QCoreApplication.processEvents()
    tab.display.prepare_next(session.engine)  # what the get-ready does after its start
    worked_out: list[str] = []
    real = Illustration.screen_points

    def screen_points(self: Any, pose: str, *args: Any) -> list[tuple[float, float]]:
        worked_out.append(pose)
        return real(self, pose, *args)

    monkeypatch.setattr(Illustration, "screen_points", screen_points)
    run_for(tab, clock, 10.5)  # the set begins, and its first frames show
    assert session.engine.phase.tempo is not None
    assert worked_out == []


def test_a_rep_s_pause_wakes_for_the_seconds_alone(qtbot: QtBot, data_dir: Path) -> None:
    """In the 2 s pause at the top of a 2-2-2 bridge the picture stands still: one wake-up
    shows it, and the only others are the time left turning (once a second), not a wake-up
    every tenth of a second for a picture that does not change."""
    tab, clock = into_the_set(qtbot, data_dir, "glute_bridge", "2-2-2")
    woken = as_woken(tab, clock, 6.0)
    in_pause = [moment for moment in woken if 2.0 <= moment < 4.0]
    assert in_pause == [2.0, 3.0]
    # The ring moves once a rep: its number and fill stay through the rep.
    assert {shown[1] for moment, shown in woken.items() if moment < 6.0} == {"1"}
