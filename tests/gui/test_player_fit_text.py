"""A text whose words and box change together (a new phase: a new step, and the set-up line
taking room from it) is fitted once, to the box it ends up with, when it is painted; never
first to the box it is leaving."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect
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
