"""The caption under the ring's number fits inside the ring: its size follows the width of
the circle's inside at the caption's lowest line, never below a readable minimum, and at that
minimum what still does not fit ends in "…" (the ring's accessible name keeps it whole)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.ui.player.ring import CAPTION_MIN_PX, PhaseRing, RingLayout

CAPTIONS = (
    "reps — Enter when done",
    "Wdh., dann Eingabe",
    "seconds",
    "Sekunden",
    "rep of 12",
)
LONG = "reps at your own pace — press Enter or the Done button when every rep is done"


def ring_of(qtbot: QtBot, size: int) -> PhaseRing:
    ring = PhaseRing()
    qtbot.addWidget(ring)
    ring.resize(size, size)
    ring.show()
    QApplication.processEvents()
    return ring


def text_box(layout: RingLayout, caption: str) -> tuple[QRectF, int, str]:
    placed = layout.caption(caption)
    assert placed.text is not None
    point, static, font = placed.text
    return QRectF(point, static.size()), font.pixelSize(), static.text()


def outside_the_ring(layout: RingLayout, box: QRectF) -> list[str]:
    """Corners of ``box`` past the inside edge of the ring's pen."""
    centre = layout.inner.center()
    radius = layout.inner.width() / 2 - layout.pen / 2
    corners = (box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight())
    return [
        f"({corner.x():.0f}, {corner.y():.0f})"
        for corner in corners
        if math.dist((corner.x(), corner.y()), (centre.x(), centre.y())) > radius
    ]


@pytest.mark.parametrize("size", [140, 200, 260, 400, 700])
@pytest.mark.parametrize("caption", CAPTIONS)
def test_the_caption_stays_inside_the_ring(qtbot: QtBot, size: int, caption: str) -> None:
    ring = ring_of(qtbot, size)
    layout = ring.layout_now()
    box, pixels, shown = text_box(layout, caption)
    assert outside_the_ring(layout, box) == [], (size, caption, pixels)
    assert pixels >= CAPTION_MIN_PX
    if size >= 260:  # room enough: the caption is whole
        assert shown == caption


def test_a_caption_fits_by_size_before_it_is_cut(qtbot: QtBot) -> None:
    """At 260 px the English reps caption is made smaller, not cut; a short caption keeps
    the ring's own caption size."""
    small = ring_of(qtbot, 260).layout_now()
    large = ring_of(qtbot, 700).layout_now()
    caption = CAPTIONS[0]
    _box, small_pixels, small_text = text_box(small, caption)
    _box, large_pixels, _text = text_box(large, "seconds")
    assert small_text == caption
    assert CAPTION_MIN_PX <= small_pixels < round(small.side * 0.075)
    assert large_pixels == round(large.side * 0.075)


def test_a_caption_too_long_at_the_smallest_size_ends_in_an_ellipsis(qtbot: QtBot) -> None:
    ring = ring_of(qtbot, 260)
    layout = ring.layout_now()
    box, pixels, shown = text_box(layout, LONG)
    assert pixels == CAPTION_MIN_PX
    assert shown.endswith("…")
    assert LONG.startswith(shown[:-1].rstrip())
    assert outside_the_ring(layout, box) == []
    ring.show_value("3", 0.2, LONG)
    assert LONG in ring.accessibleName()  # a screen reader hears it whole


def test_the_caption_sits_under_the_number(qtbot: QtBot) -> None:
    ring = ring_of(qtbot, 260)
    layout = ring.layout_now()
    number = layout.number("30").box
    box, _pixels, _shown = text_box(layout, CAPTIONS[0])
    assert box.top() >= number.bottom() - number.height() * 0.2
    assert box.center().x() == pytest.approx(layout.inner.center().x(), abs=1)
    assert layout.inner.contains(QPointF(box.center()))
