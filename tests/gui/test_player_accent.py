"""The accent buttons (Start, Save, Done) take the accent of the theme shown, also when the
theme changes while the app runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from hiptrainer.ui.player.emphasis import accent_button
from hiptrainer.ui.style.theme import build_palette
from hiptrainer.ui.style.tokens import ACCENT


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    before = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(before)


def fill(button: QPushButton) -> QColor:
    """The colour in the middle of the button's left edge, inside its border: its fill."""
    QApplication.processEvents()  # the palette change reaches the button
    image = button.grab().toImage()
    return image.pixelColor(6, image.height() // 2)


def test_an_accent_button_follows_a_theme_change(qtbot: QtBot, app_palette: QApplication) -> None:
    app_palette.setPalette(build_palette("light"))
    button = QPushButton("Start")
    qtbot.addWidget(button)
    accent_button(button)
    button.show()
    assert fill(button).name() == QColor(ACCENT["light"]).name()
    app_palette.setPalette(build_palette("dark"))
    assert fill(button).name() == QColor(ACCENT["dark"]).name()
    app_palette.setPalette(build_palette("light"))
    assert fill(button).name() == QColor(ACCENT["light"]).name()


def test_styling_a_button_twice_keeps_one_follower(qtbot: QtBot) -> None:
    button = QPushButton("Save")
    qtbot.addWidget(button)
    accent_button(button)
    accent_button(button, "body")
    followers = [c for c in button.children() if c.objectName() == "accentFollower"]
    assert len(followers) == 1


def test_a_warning_reads_in_the_error_red_of_the_theme_shown(
    qtbot: QtBot, app_palette: QApplication
) -> None:
    """A page's warning (data not saved, read-only data) is the tokens' error red for the
    scheme, at least 4.5:1 on the window; the fixed red it had read at 2.9:1 on dark."""
    from PySide6.QtWidgets import QLabel

    from hiptrainer.ui.player.emphasis import warning_label
    from hiptrainer.ui.style.tokens import ERROR

    app_palette.setPalette(build_palette("light"))
    label = warning_label(QLabel("Not saved"))
    qtbot.addWidget(label)
    label.show()
    QApplication.processEvents()
    assert ERROR["light"] in label.styleSheet()
    app_palette.setPalette(build_palette("dark"))
    QApplication.processEvents()
    assert ERROR["dark"] in label.styleSheet()
    assert len([c for c in label.children() if c.objectName() == "warningFollower"]) == 1
