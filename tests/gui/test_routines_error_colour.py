"""A field's error line is drawn in the tokens' error red for the scheme shown, and follows
a change of theme while the app runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.ui.routines.fields import ErrorLabel
from hiptrainer.ui.style.theme import build_palette
from hiptrainer.ui.style.tokens import ERROR
from tests.gui.test_style_theme import contrast


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    before = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(before)


def text_colour(label: ErrorLabel) -> QColor:
    """The colour the label's words are painted in (its style sheet's, once polished)."""
    QApplication.processEvents()  # the palette change reaches the label
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_the_error_line_uses_the_tokens_red_and_follows_the_theme(
    qtbot: QtBot, app_palette: QApplication
) -> None:
    app_palette.setPalette(build_palette("light"))
    label = ErrorLabel()
    qtbot.addWidget(label)
    label.say("Give the routine a name.")
    label.show()
    assert text_colour(label).name() == QColor(ERROR["light"]).name()
    app_palette.setPalette(build_palette("dark"))
    assert text_colour(label).name() == QColor(ERROR["dark"]).name()
    window = build_palette("dark").color(QPalette.ColorRole.Window)
    assert contrast(text_colour(label), window) >= 4.5
    app_palette.setPalette(build_palette("light"))
    assert text_colour(label).name() == QColor(ERROR["light"]).name()
