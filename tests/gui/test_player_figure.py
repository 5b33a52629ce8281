"""What does not move is drawn once: a still figure (a hold, a rest) is kept as a picture and
copied on every paint; a moving one is drawn once per moment, at half the resolution, and
kept for the next rep. Counted through the renderer's ``draw``, never timed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from hiptrainer.catalog.poses import load_poses
from hiptrainer.figures.render import Illustration
from hiptrainer.figures.theme import DARK, LIGHT
from hiptrainer.ui.widgets.figure_view import FigureView
from tests.gui.test_train_tab import BASE, make_tab, run_for, short_catalog
from tests.helpers.clock import FakeClock

EXERCISE = BASE.exercises["glute_bridge"]


class Draws:
    """Counts the renderer's draw calls (and what they drew) while still drawing."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import hiptrainer.figures.render as render

        self.calls: list[dict[str, Any]] = []
        real = render.draw

        def counted(*args: Any, **kwargs: Any) -> None:
            names = ("painter", "rect", "art", "pose", "side", "theme", "t")
            self.calls.append({**dict(zip(names, args, strict=False)), **kwargs})
            real(*args, **kwargs)

        monkeypatch.setattr(render, "draw", counted)

    def __len__(self) -> int:
        return len(self.calls)


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> Draws:
    return Draws(monkeypatch)


@pytest.fixture
def view(qtbot: QtBot) -> FigureView:
    figure = FigureView()
    qtbot.addWidget(figure)
    figure.resize(400, 300)
    figure.show()
    qtbot.waitExposed(figure)
    return figure


def paint(view: FigureView, times: int) -> None:
    for _ in range(times):
        view.grab()  # a full paint of the widget, as the screen asks for one


def test_a_still_figure_is_drawn_once_and_copied_after(view: FigureView, draws: Draws) -> None:
    art = Illustration(load_poses(EXERCISE.id), EXERCISE.primary_muscles)
    pose = EXERCISE.steps[-1].pose
    view.show_pose(art, pose, "left")
    paint(view, 5)
    assert len(draws) == 1
    assert draws.calls[0]["t"] == 1.0
    # Moving: each moment is drawn once, and kept.
    view.show_pose(art, pose, "left", 0.5)
    paint(view, 3)
    assert len(draws) == 2
    view.show_pose(art, pose, "left", 0.6)
    paint(view, 2)
    assert len(draws) == 3
    view.show_pose(art, pose, "left", 0.5)  # the next rep comes by the same moment
    paint(view, 2)
    assert len(draws) == 3
    assert view.kept_frames == 2
    # Still again, the same picture: the kept one.
    view.show_pose(art, pose, "left")
    paint(view, 3)
    assert len(draws) == 3


def test_the_kept_picture_is_dropped_when_what_it_shows_changes(
    view: FigureView, draws: Draws
) -> None:
    art = Illustration(load_poses(EXERCISE.id), EXERCISE.primary_muscles)
    first, last = EXERCISE.steps[0].pose, EXERCISE.steps[-1].pose
    view.show_pose(art, last, "left")
    paint(view, 2)
    assert len(draws) == 1
    view.show_pose(art, last, "right")  # the other side
    paint(view, 2)
    assert len(draws) == 2
    view.show_pose(art, first, "right")  # another pose
    paint(view, 2)
    assert len(draws) == 3
    view.resize(500, 360)  # another size
    paint(view, 2)
    assert len(draws) == 4
    assert draws.calls[-1]["rect"].width() == 500
    assert draws.calls[-1]["theme"] == LIGHT
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    view.setPalette(dark)  # the dark theme
    paint(view, 2)
    assert len(draws) == 5
    assert draws.calls[-1]["theme"] == DARK


def test_a_hold_in_the_player_is_drawn_once(qtbot: QtBot, data_dir: Path, draws: Draws) -> None:
    clock = FakeClock()
    tab = make_tab(qtbot, data_dir, short_catalog(), None, clock)
    assert tab.start()
    run_for(tab, clock, 10)  # into the first hold
    assert tab.session is not None
    assert tab.session.engine.phase.target_hold_s is not None
    figure = tab.playing.figure
    paint(figure, 1)
    before = len(draws)
    for _ in range(10):  # a third of a second of the player's redraws, and a paint each
        clock.advance(seconds=0.033)
        tab.display.redraw(tab.session.engine, clock.now)
        paint(figure, 1)
    assert tab.session.engine.phase.target_hold_s is not None  # still the same hold
    assert len(draws) == before  # not one figure drawn again


def test_a_moving_figure_is_drawn_at_half_resolution(view: FigureView, draws: Draws) -> None:
    art = Illustration(load_poses(EXERCISE.id), EXERCISE.primary_muscles)
    sizes: list[tuple[int, float]] = []
    import hiptrainer.figures.render as render

    counted = render.draw

    def measured(*args: Any, **kwargs: Any) -> None:
        device = args[0].device()
        sizes.append((device.width(), device.devicePixelRatio()))
        counted(*args, **kwargs)

    render.draw = measured  # type: ignore[assignment]
    try:
        view.show_pose(art, EXERCISE.steps[-1].pose, "left", 0.4)
        paint(view, 1)
        view.show_pose(art, EXERCISE.steps[-1].pose, "left")
        paint(view, 1)
    finally:
        render.draw = counted  # type: ignore[assignment]
    ratio = view.devicePixelRatioF()
    assert sizes == [(round(400 * ratio / 2), ratio / 2), (round(400 * ratio), ratio)]


def test_past_the_budget_a_moment_is_drawn_but_not_kept(
    view: FigureView, draws: Draws, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hiptrainer.ui.widgets.figure_view as figure_view

    monkeypatch.setattr(figure_view, "FRAME_BUDGET", 1)  # not one picture fits
    art = Illustration(load_poses(EXERCISE.id), EXERCISE.primary_muscles)
    for _ in range(2):
        view.show_pose(art, EXERCISE.steps[-1].pose, "left", 0.3)
        paint(view, 1)
        view.show_pose(art, EXERCISE.steps[-1].pose, "left", 0.7)
        paint(view, 1)
    assert len(draws) == 4
    assert view.kept_frames == 0


def test_kept_moments_go_with_a_new_size_side_or_when_dropped(
    view: FigureView, draws: Draws
) -> None:
    art = Illustration(load_poses(EXERCISE.id), EXERCISE.primary_muscles)
    pose = EXERCISE.steps[-1].pose
    view.show_pose(art, pose, "left", 0.5)
    paint(view, 1)
    assert view.kept_frames == 1
    view.show_pose(art, pose, "right", 0.5)  # another movement: the other side
    paint(view, 1)
    assert view.kept_frames == 1
    assert len(draws) == 2
    view.resize(420, 300)
    assert view.kept_frames == 0
    view.show_pose(art, pose, "right", 0.6)
    paint(view, 1)
    view.drop_frames()
    assert view.kept_frames == 0


def test_a_picture_prepared_ahead_is_shown_without_drawing(view: FigureView, draws: Draws) -> None:
    art = Illustration(load_poses(EXERCISE.id), EXERCISE.primary_muscles)
    first, last = EXERCISE.steps[0].pose, EXERCISE.steps[-1].pose
    view.show_pose(art, first, "left")
    paint(view, 1)
    view.prepare(art, last, "right")  # the next phase's picture, drawn while this one shows
    paint(view, 1)  # the one on screen is still the kept one
    assert len(draws) == 2
    view.show_pose(art, last, "right")
    paint(view, 2)
    assert len(draws) == 2  # the new phase costs a copy
    view.show_pose(art, first, "left")  # and the one before is still kept too
    paint(view, 1)
    assert len(draws) == 2


def test_the_player_draws_each_moment_of_a_paced_set_once(
    qtbot: QtBot, data_dir: Path, draws: Draws
) -> None:
    """A set of glute bridges at 2-2-2: the second rep shows the first rep's pictures again."""
    from tests.gui.test_player_motion import routine

    clock = FakeClock()
    tab = make_tab(qtbot, data_dir, routine("glute_bridge", "2-2-2"), None, clock)
    assert tab.start()
    run_for(tab, clock, 10)  # get ready
    session = tab.session
    assert session is not None
    assert session.engine.phase.tempo is not None
    figure = tab.playing.figure

    def play_rep() -> None:
        for _ in range(60):  # a 6 s rep, a tenth of a second at a time
            clock.advance(seconds=0.1)
            tab.display.redraw(session.engine, clock.now)
            paint(figure, 1)

    play_rep()
    first = len(draws)
    assert first > 10  # the rep moved
    play_rep()
    assert len(draws) == first  # the second rep: every picture was kept


def test_a_moving_figure_fills_the_widget_as_the_still_one_does(
    qtbot: QtBot, data_dir: Path
) -> None:
    """Drawn at half the resolution, a moving figure is still stretched over the whole widget
    (a grab of the Train tab once drew it at half size in a corner, with nothing around it):
    a moment just short of the pose looks, at a glance, like the pose itself."""
    from tests.gui.test_player_motion import routine

    clock = FakeClock()
    tab = make_tab(qtbot, data_dir, routine("glute_bridge", "2-2-2"), None, clock)
    assert tab.start()
    run_for(tab, clock, 10)  # into the set of bridges
    figure = tab.playing.figure
    assert figure.art is not None
    art, pose, side = figure.art, EXERCISE.steps[-1].pose, figure.side

    def glance() -> list[int]:
        place = figure.rect().translated(figure.mapTo(tab, figure.rect().topLeft()))
        area = tab.grab().toImage().copy(place)  # the whole tab, as a screenshot takes it
        small = area.scaled(32, 24)  # what a glance keeps
        return [small.pixelColor(x, y).lightness() for y in range(24) for x in range(32)]

    figure.show_pose(art, pose, side)
    still = glance()
    figure.show_pose(art, pose, side, 0.999)
    moving = glance()
    differences = sorted(abs(a - b) for a, b in zip(still, moving, strict=True))
    assert differences[len(differences) * 9 // 10] <= 12  # nine in ten cells alike
