"""What does not move is drawn once: a still figure (a hold, a rest) is kept as a picture and
copied on every paint; a moving one is drawn once per moment, at full resolution over its
setting (drawn once for the movement), and only the part that differs from the setting is
kept for the next rep and repainted. Counted through the renderer's ``draw``, never timed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from hiptrainer.catalog.poses import load_poses
from hiptrainer.figures.render import Illustration
from hiptrainer.figures.theme import DARK, LIGHT
from hiptrainer.ui.widgets.figure_view import FigureView, around, changed_rect
from tests.gui.test_train_tab import BASE, make_tab, run_for, short_catalog
from tests.helpers.clock import FakeClock

EXERCISE = BASE.exercises["glute_bridge"]


class Draws:
    """Counts the renderer's draw calls of a figure (and what they drew) while still drawing;
    a moving figure's setting, drawn without one, is counted apart in ``settings``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import hiptrainer.figures.render as render

        self.calls: list[dict[str, Any]] = []
        self.settings: list[dict[str, Any]] = []
        real = render.draw

        def counted(*args: Any, **kwargs: Any) -> None:
            names = ("painter", "rect", "art", "pose", "side", "theme", "t")
            call = {**dict(zip(names, args, strict=False)), **kwargs}
            call["device_width"] = args[0].device().width()  # while the painter is active
            (self.calls if call.get("body", True) else self.settings).append(call)
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


def whole_picture(view: FigureView, art: Illustration, pose: str, t: float) -> QImage:
    """The figure drawn whole, straight onto an image the widget's size (as it was drawn
    before moving pictures were kept in parts)."""
    import hiptrainer.figures.render as render

    image = QImage(view.width(), view.height(), QImage.Format.Format_RGB32)
    image.fill(view.palette().color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    render.draw(painter, QRectF(0, 0, view.width(), view.height()), art, pose, "left", LIGHT, t,
                background=False)  # fmt: skip
    painter.end()
    return image


def test_a_moving_figure_is_the_whole_picture_at_full_resolution(
    view: FigureView, draws: Draws
) -> None:
    """Its setting plus the kept patch is, pixel for pixel, the figure drawn whole."""
    art = Illustration(load_poses(EXERCISE.id), EXERCISE.primary_muscles)
    pose = EXERCISE.steps[-1].pose
    wholes = {t: whole_picture(view, art, pose, t) for t in (0.4, 0.7)}
    draws.calls.clear()  # the view's own draws from here on
    for t in (0.4, 0.7, 0.4):
        view.show_pose(art, pose, "left", t)
        shown = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert shown == wholes[t]
    assert [call["t"] for call in draws.calls] == [0.4, 0.7]  # the second 0.4 was kept
    assert len(draws.settings) == 1  # one setting for the movement
    assert draws.calls[0]["device_width"] == round(400 * view.devicePixelRatioF())


def test_the_next_moment_repaints_only_where_the_figure_was_and_is(
    view: FigureView, monkeypatch: pytest.MonkeyPatch
) -> None:
    art = Illustration(load_poses(EXERCISE.id), EXERCISE.primary_muscles)
    pose = EXERCISE.steps[-1].pose
    asked: list[QRect | None] = []  # what each repaint asked for (None: everything)
    for method in ("update", "repaint"):
        real = getattr(FigureView, method)

        def record(self: FigureView, *args: Any, real: Any = real) -> None:
            asked.append(args[0] if args else None)
            real(self, *args)

        monkeypatch.setattr(FigureView, method, record)
    view.show_pose(art, pose, "left", 0.3)  # a still figure before: everything changes
    view.show_pose(art, pose, "left", 0.5)
    view.show_pose(art, pose, "left")  # still again: the arrow comes, everything changes
    assert asked[0] is None
    assert asked[2] is None
    part = asked[1]
    assert isinstance(part, QRect)
    assert view.rect().contains(part)
    assert part.width() * part.height() < view.width() * view.height() * 0.8


def test_changed_rect_finds_the_box_around_every_changed_pixel() -> None:
    before = QImage(50, 40, QImage.Format.Format_RGB32)
    before.fill(QColor("white"))
    assert changed_rect(before, QImage(before)).isEmpty()
    after = QImage(before)
    after.setPixelColor(7, 30, QColor("red"))
    after.setPixelColor(42, 3, QColor("black"))
    assert changed_rect(before, after) == QRect(7, 3, 36, 28)
    one = QImage(before)
    one.setPixelColor(49, 39, QColor("blue"))  # the last pixel, in the last column and row
    assert changed_rect(before, one) == QRect(49, 39, 1, 1)


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
    assert first > 5  # the rep moved
    play_rep()
    assert len(draws) == first  # the second rep: every picture was kept


def test_a_moving_figure_fills_the_widget_as_the_still_one_does(
    qtbot: QtBot, data_dir: Path
) -> None:
    """A moving figure fills the whole widget in a grab of the Train tab, as on screen (a grab
    once drew a half-resolution one at half size in a corner, with nothing around it): a
    moment just short of the pose looks, at a glance, like the pose itself."""
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


def test_after_a_movements_partial_repaints_the_screen_holds_the_whole_picture(
    view: FigureView,
) -> None:
    """Each moment repaints only where the figure was and is; what the window's backing
    store then holds is what a whole paint draws."""
    from tests.gui.test_player_ring import on_screen, painted_whole, settle

    art = Illustration(load_poses(EXERCISE.id), EXERCISE.primary_muscles)
    pose = EXERCISE.steps[-1].pose
    view.show_pose(art, pose, "left")
    settle()
    for t in (0.1, 0.3, 0.6, 0.9, 0.6, 0.2, 0.05):
        view.show_pose(art, pose, "left", t)
        settle()
        assert on_screen(view) == painted_whole(view), t


def test_around_is_the_rectangle_less_the_hole() -> None:
    outer = QRect(0, 0, 100, 80)
    bands = around(outer, QRect(20, 10, 30, 40))
    assert sum(b.width() * b.height() for b in bands) == 100 * 80 - 30 * 40
    assert all(not b.intersects(QRect(20, 10, 30, 40)) for b in bands)
    assert all(outer.contains(b) for b in bands)
    assert around(outer, QRect(200, 200, 5, 5)) == [outer]  # no overlap: all of it
    assert around(outer, QRect(-5, -5, 200, 200)) == []  # covered


def test_a_way_back_that_reverses_the_way_there_shows_the_pictures_drawn_for_it(
    view: FigureView, draws: Draws
) -> None:
    """The banded knee drive's toe tap is its knee drive reversed: lowering at 0.75 is the
    picture of lifting at 0.25, drawn once and exactly the same."""
    exercise = BASE.exercises["banded_knee_drive"]
    art = Illustration(load_poses(exercise.id), exercise.primary_muscles)
    view.show_pose(art, "knee_up", "left", 0.25, from_pose="toe_tap")
    there = view.grab().toImage()
    view.show_pose(art, "toe_tap", "left", 0.75, from_pose="knee_up")
    back = view.grab().toImage()
    assert len(draws.calls) == 1
    assert back == there
    assert view.kept_frames == 1
