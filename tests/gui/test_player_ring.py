"""The countdown ring repaints only what changed (the number, the filled part of the ring),
and what the screen then holds is what a whole paint draws: nothing is left behind, and
nothing differs but a shade on the smoothed edge of the arc."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.ui.player.ring import PhaseRing, arc_point, arc_span


@pytest.fixture
def ring(qtbot: QtBot) -> Iterator[PhaseRing]:
    window = QWidget()
    qtbot.addWidget(window)
    widget = PhaseRing()
    QVBoxLayout(window).addWidget(widget)
    window.resize(420, 400)
    window.show()
    qtbot.waitExposed(window)
    widget.set_colour(QColor("#1c7ed6"))
    widget.show_value("30", 0.0, "seconds")
    settle()
    yield widget  # the window lives as long as the test
    window.close()


def settle() -> None:
    """Deliver the pending repaints to the window's backing store (no waiting on time)."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def on_screen(widget: QWidget) -> QImage:
    """What the window's backing store holds where ``widget`` is: the pixels the repaints
    left there (a ``grab`` would paint the widget whole again)."""
    window = widget.window()
    screen = QGuiApplication.primaryScreen()
    shot = screen.grabWindow(window.winId()).toImage()
    place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return shot.copy(place).convertToFormat(QImage.Format.Format_RGB32)


def painted_whole(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def off_the_edges(shown: QImage, whole: QImage) -> list[tuple[int, int]]:
    """Pixels where ``shown`` differs from ``whole`` other than on a smoothed edge of it (a
    pixel whose neighbours in ``whole`` are not all of its colour): a number or a stretch
    of the ring left behind, or missing, shows up here; a shade of antialiasing does not."""
    assert shown.size() == whole.size()
    width, height = whole.width(), whole.height()
    stride = whole.bytesPerLine()
    a, b = bytes(shown.constBits()), bytes(whole.constBits())
    found = []
    for y in range(height):
        row = y * stride
        if a[row : row + width * 4] == b[row : row + width * 4]:
            continue
        for x in range(width):
            at = row + x * 4
            if a[at : at + 4] == b[at : at + 4]:
                continue
            here = whole.pixel(x, y)
            near = {
                whole.pixel(min(max(x + dx, 0), width - 1), min(max(y + dy, 0), height - 1))
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
            }
            if near == {here}:
                found.append((x, y))
    return found


def test_a_new_second_repaints_the_number_and_the_filled_part_only(
    ring: PhaseRing, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Any] = []
    real_update = PhaseRing.update

    def update(self: PhaseRing, *args: Any) -> None:
        asked.append(args[0] if args else None)
        real_update(self, *args)

    monkeypatch.setattr(PhaseRing, "update", update)
    ring.show_value("29", 1 / 30, "seconds")
    assert len(asked) == 1
    part = asked[0]
    assert isinstance(part, QRect)
    assert part.width() * part.height() < ring.width() * ring.height() / 2
    ring.show_value("29", 1 / 30, "seconds")  # nothing new: nothing repainted
    assert len(asked) == 1


def test_after_partial_repaints_the_screen_holds_what_a_whole_paint_draws(
    ring: PhaseRing,
) -> None:
    seconds = 12
    for left in range(seconds, -1, -1):
        ring.show_value(str(left), 1 - left / seconds, "seconds")
        settle()
        assert off_the_edges(on_screen(ring), painted_whole(ring)) == [], f"{left} seconds left"
    ring.show_value("1", 1 / 12, "rep of 12")  # a new phase: back to the start, new words
    settle()
    assert off_the_edges(on_screen(ring), painted_whole(ring)) == []
    ring.show_value("100", 0.5, "seconds")  # three digits: a smaller number
    settle()
    assert off_the_edges(on_screen(ring), painted_whole(ring)) == []


@pytest.mark.parametrize(("start", "end"), [(0.0, 0.1), (0.2, 0.3), (0.9, 1.0), (0.0, 1.0)])
def test_arc_span_covers_the_pen_between_the_two_points(start: float, end: float) -> None:
    inner = QRectF(10, 10, 200, 200)
    box = arc_span(inner, start, end, 12)
    for step in range(101):
        point = arc_point(inner, start + (end - start) * step / 100)
        pen = QRectF(point.x() - 6, point.y() - 6, 12, 12).toAlignedRect()
        assert box.contains(pen), step


def test_a_new_second_late_in_a_phase_repaints_only_the_stretch_the_ring_grew_by(
    ring: PhaseRing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new second late in a phase repaints the stretch the ring grew by and the number,
    not the whole filled part."""
    ring.show_value("9", 21 / 30, "seconds")
    settle()
    asked: list[QRect] = []
    real_update = PhaseRing.update

    def update(self: PhaseRing, *args: Any) -> None:
        asked.append(args[0])
        real_update(self, *args)

    monkeypatch.setattr(PhaseRing, "update", update)
    layout = ring.layout_now()
    ring.show_value("9", 22 / 30, "seconds")  # the number stays, the ring grows
    assert len(asked) == 1
    stretch = asked[0]
    assert stretch.width() * stretch.height() < layout.side * layout.side / 8
    settle()
    assert off_the_edges(on_screen(ring), painted_whole(ring)) == []


def test_the_edge_check_sees_a_number_left_behind(ring: PhaseRing) -> None:
    """The check itself: a stale number on screen is found, not passed as a shade."""
    ring.show_value("17", 0.3, "seconds")
    settle()
    ring.text = "18"  # what a paint draws now, without a repaint of the screen
    assert off_the_edges(on_screen(ring), painted_whole(ring)) != []
