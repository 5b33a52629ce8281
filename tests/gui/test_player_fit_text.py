"""A text whose words and box change together (a new phase: a new step, and the set-up line
taking room from it) is fitted once, to the box it ends up with, when it is painted; never
first to the box it is leaving."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStaticText
from pytestqt.qtbot import QtBot

from hiptrainer.ui.player.fit_text import FitText

LONG = (
    "Lie on your back, knees bent and feet flat, hip-width apart; arms by your sides, palms "
    "down. Push through your heels and lift your hips until shoulders, hips and knees line up."
)


def test_a_new_text_and_box_are_fitted_once_to_the_new_box(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = FitText("stepLabel", 36)
    qtbot.addWidget(text)
    text.resize(500, 300)
    text.setText("Short.")
    text.show()
    qtbot.waitExposed(text)
    QCoreApplication.processEvents()
    boxes: list[QRect] = []
    real = FitText._fits

    def fits(self: FitText, words: str, font: Any, box: QRect) -> bool:
        boxes.append(QRect(box))
        return real(self, words, font, box)

    monkeypatch.setattr(FitText, "_fits", fits)
    text.setText(LONG)  # the new phase's words ...
    text.resize(500, 140)  # ... and the box the page gives them
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    assert boxes  # it was fitted (the long text does not fit at 36 px)
    assert {box.height() for box in boxes} == {140}
    assert text.font_pixels() < 36


def test_a_title_is_drawn_once_ahead_and_painted_as_a_picture(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 72 px title is past Qt's glyph cache (its glyphs are filled from their outlines on
    each paint): it is drawn once, ahead, and every paint copies that picture."""
    title = FitText("phaseLabel", 72, bold=True, one_line=True)
    qtbot.addWidget(title)
    title.resize(500, title.sizeHint().height())
    title.setText("Hold")
    title.show()
    qtbot.waitExposed(title)
    QCoreApplication.processEvents()
    drawn: list[str] = []
    real = QPainter.drawStaticText

    def draw(painter: QPainter, point: Any, static: QStaticText) -> None:
        drawn.append(static.text())
        real(painter, point, static)

    monkeypatch.setattr(QPainter, "drawStaticText", draw)
    title.prepare("Switch sides")  # the next phase's title, while this one plays
    assert drawn == ["Switch sides"]
    title.setText("Switch sides")
    for _ in range(3):
        title.repaint()
    assert drawn == ["Switch sides"]  # the paints copied the picture drawn ahead


def test_a_title_painted_from_its_picture_reads_as_the_text(qtbot: QtBot) -> None:
    """The picture is the text where it goes: its ink spans the text's width, in the
    text's colour, on the line's middle."""
    title = FitText("phaseLabel", 72, bold=True, one_line=True)
    qtbot.addWidget(title)
    title.resize(600, title.sizeHint().height())
    title.set_colour(QColor("#e8590c"))
    title.setText("Rest")
    title.show()
    qtbot.waitExposed(title)
    image = title.grab().toImage()
    ink = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).name() == "#e8590c"
    ]
    assert ink
    font = QFont(title.font())
    font.setPixelSize(title.font_pixels())
    font.setBold(True)
    advance = QFontMetrics(font).horizontalAdvance("Rest")
    xs, ys = [x for x, _ in ink], [y for _, y in ink]
    assert abs((max(xs) - min(xs)) - advance) <= 0.15 * advance
    assert min(xs) <= 10  # from the left edge
    assert abs((min(ys) + max(ys)) / 2 - image.height() / 2) <= 0.2 * image.height()


def test_a_wrapped_step_drawn_ahead_is_copied_at_its_paints(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next phase's step text is drawn while this one plays: its glyphs, at a size
    maybe not drawn before, are not rasterised when the new phase must reach the screen."""
    step = FitText("stepLabel", 36)
    qtbot.addWidget(step)
    step.resize(600, 300)
    step.setText("Lie on your back with your knees bent.")
    step.show()
    qtbot.waitExposed(step)
    QCoreApplication.processEvents()
    drawn: list[str] = []
    real = QPainter.drawStaticText

    def draw(painter: QPainter, point: Any, static: QStaticText) -> None:
        drawn.append(static.text())
        real(painter, point, static)

    monkeypatch.setattr(QPainter, "drawStaticText", draw)
    upcoming = "Push through your heels and lift your hips until they line up with your knees."
    step.prepare(upcoming)
    assert drawn == [upcoming]
    step.setText(upcoming)
    for _ in range(3):
        step.repaint()
    assert drawn == [upcoming]
