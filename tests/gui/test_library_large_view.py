"""The larger view of a step: opened by a click on its picture or by Enter on it, both sides
labelled with their set-up lines, the movement played on a fake clock, Escape to close, dark
without light boxes, and a window closed with it open opens again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from hiptrainer.domain.sides import setup_line
from hiptrainer.ui.library.detail_view import ExerciseDetail
from hiptrainer.ui.library.large_view import PLAY, STOP, LargeStepView
from hiptrainer.ui.main_window import MainWindow
from tests.gui.test_library_pictures import (
    dark_palette,
    image_positions,
    open_window,
    picture_rect,
)
from tests.helpers.clock import FakeClock
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import close, start_window


def click_picture(qtbot: QtBot, detail: ExerciseDetail, step: int) -> LargeStepView:
    qtbot.waitUntil(lambda: step in image_positions(detail))  # the page is placed
    centre = picture_rect(detail, step).center()
    qtbot.mouseClick(detail.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    view = detail.large_view
    assert view is not None
    qtbot.waitExposed(view)
    return view


def test_a_click_on_a_picture_shows_that_step_large_with_both_sides(
    qtbot: QtBot, data_dir: Path
) -> None:
    win = open_window(qtbot, data_dir, 1280, 800)
    detail = win.library.detail
    exercise = detail.exercise
    assert exercise is not None
    assert exercise.id == "copenhagen_plank"
    view = click_picture(qtbot, detail, 1)
    assert view.isVisible()
    assert view.isModal()
    assert view.step == 1
    assert exercise.steps[1].text in view.step_text.text()
    assert "step 2 of 4" in view.heading.text()
    assert list(view.figures) == ["left", "right"]
    for side, figure in view.figures.items():
        assert figure.isVisible()
        assert figure.side == side
        assert figure.pose == exercise.steps[1].pose
        assert figure.width() > detail.picture_size[0]  # larger than on the page
        title = view.findChild(QLabel, f"{side}SideTitle")
        assert title is not None
        assert title.text() == f"{side.capitalize()} side"
        line = setup_line(exercise, side)
        assert line
        assert view.setup_labels[side].text() == line
        assert view.setup_labels[side].isVisible()
        assert figure.accessibleName() == f"{side.capitalize()} side, step 2"
        assert line in figure.accessibleDescription()
    assert view.accessibleName() == f"{exercise.name}, step 2 of 4, larger view"


def test_tab_to_a_picture_and_enter_opens_it_then_escape_closes(
    qtbot: QtBot, data_dir: Path
) -> None:
    win = open_window(qtbot, data_dir, 1280, 800)
    detail = win.library.detail
    with qtbot.waitActive(win):
        win.activateWindow()
    detail.setFocus()
    for _ in range(6):  # bounded: the second picture is among the first links
        qtbot.keyClick(detail, Qt.Key.Key_Tab)
        if detail.textCursor().charFormat().anchorHref() == "view:1":
            break
    assert detail.textCursor().charFormat().anchorHref() == "view:1"
    qtbot.keyClick(detail, Qt.Key.Key_Return)
    view = detail.large_view
    assert view is not None
    assert view.step == 1
    qtbot.waitExposed(view)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert detail.large_view is None


def test_play_the_movement_runs_on_the_clock_and_stops(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir, 1280, 800)
    clock = FakeClock()
    detail = win.library.detail
    detail.clock = clock.monotonic
    view = click_picture(qtbot, detail, 2)
    assert view.play_button.isEnabled()
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    assert view.playing
    assert view.movement.timer.isActive()
    assert view.play_button.text() == STOP
    assert all(figure.t == 0.0 for figure in view.figures.values())  # from the start pose
    clock.advance(seconds=0.5)
    view.movement.next_frame()
    moments = {figure.t for figure in view.figures.values()}
    assert len(moments) == 1  # both sides move together
    assert 0.0 < moments.pop() < 1.0
    clock.advance(seconds=30)
    view.movement.next_frame()
    assert not view.playing
    assert not view.movement.timer.isActive()
    assert all(figure.t == 1.0 for figure in view.figures.values())
    assert view.play_button.text() == PLAY

    # Stopped half way by the button, it rests at the key pose.
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    clock.advance(seconds=0.4)
    view.movement.next_frame()
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    assert not view.playing
    assert all(figure.t == 1.0 for figure in view.figures.values())


def test_previous_and_next_step_and_the_arrow_keys(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir, 1280, 800)
    detail = win.library.detail
    view = click_picture(qtbot, detail, 0)
    assert not view.previous_button.isEnabled()
    assert not view.play_button.isEnabled()  # lying down: a position, nothing to play
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.step == 1
    assert view.play_button.isEnabled()
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    assert view.playing
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Right)
    assert view.step == 2
    assert not view.playing  # a new step starts still
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Right)
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Right)  # past the last: stays
    assert view.step == 3
    assert not view.next_button.isEnabled()
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Left)
    assert view.step == 2
    assert detail.exercise is not None
    assert view.figures["left"].pose == detail.exercise.steps[2].pose
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    assert not view.isVisible()


def test_an_exercise_done_with_both_sides_has_one_figure(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir, 1280, 800)
    win.library.show_exercise("glute_bridge")
    view = click_picture(qtbot, win.library.detail, 0)
    assert list(view.figures) == ["both"]
    title = view.findChild(QLabel, "bothSideTitle")
    assert title is not None
    assert title.text() == "Both sides together"
    assert not view.setup_labels["both"].isVisible()
    view.reject()


def test_dark_palette_no_light_boxes_around_the_figures(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir, 1280, 800)
    win.setPalette(dark_palette())
    view = click_picture(qtbot, win.library.detail, 1)
    window_colour = view.palette().color(view.backgroundRole())
    assert window_colour.lightness() < 80  # the dialog follows the window's dark palette
    shown = view.grab().toImage()
    for figure in view.figures.values():
        corner = figure.mapTo(view, QPoint(3, 3))
        assert shown.pixelColor(corner) == window_colour
        light = [
            shown.pixelColor(figure.mapTo(view, QPoint(x, y))).lightness()
            for x in range(0, figure.width(), 6)
            for y in range(0, figure.height(), 6)
        ]
        assert sum(value > 200 for value in light) < len(light) // 20  # no white area


def test_closing_the_window_with_the_large_view_open_then_opening_again(
    qtbot: QtBot, data_dir: Path
) -> None:
    with qtbot.captureExceptions() as raised:
        first: MainWindow = start_window(qtbot, data_dir, FakePrompts())
        first.library.show_exercise("standing_leg_lift_rotation")
        view = click_picture(qtbot, first.library.detail, 1)
        qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
        assert view.playing
        timer = view.movement.timer
        close(first)
        assert not view.isVisible()
        assert not timer.isActive()  # nothing left ticking behind a closed window
        assert first.library.detail.large_view is None

        second = start_window(qtbot, data_dir, FakePrompts())
        QApplication.processEvents()
        detail = second.library.detail
        assert detail.exercise is not None
        assert detail.exercise.id == "standing_leg_lift_rotation"
        again = click_picture(qtbot, detail, 1)
        assert again.isVisible()
        assert again.step == 1
        close(second)
    assert not raised, raised
