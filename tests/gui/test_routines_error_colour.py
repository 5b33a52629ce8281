"""A field's error line is drawn in the tokens' error red for the scheme shown, and follows
a change of theme while the app runs: on its own and on a page, where a style sheet's colours
keep the theme's change from reaching it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.ui.routines.fields import ErrorLabel
from hiptrainer.ui.style.theme import build_palette
from hiptrainer.ui.style.tokens import ERROR
from tests.gui.test_notice_colours import on_a_page, switch
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


@pytest.mark.parametrize("shown_first", [False, True])
def test_the_error_line_on_a_page_follows_the_theme(
    qtbot: QtBot, app_palette: QApplication, shown_first: bool
) -> None:
    """On a page (as in every editor) the label is told of no theme change itself: its style
    sheet's colours are its own palette. Styled before it had a page, or shown on one first."""
    switch(app_palette, "light")
    label = ErrorLabel()
    label.say("Give the routine a name.")
    first = on_a_page(qtbot, label) if shown_first else None  # kept: it owns the label
    page = QWidget()
    QVBoxLayout(page).addWidget(label)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert first is None or not first.isAncestorOf(label)
    for scheme in ("light", "dark", "light", "dark"):
        switch(app_palette, scheme)
        assert f"color: {ERROR[scheme]};" in label.styleSheet(), scheme
        assert text_colour(label).name() == QColor(ERROR[scheme]).name(), scheme
    # One follower, however often the theme changed.
    assert len([c for c in label.children() if c.objectName() == "errorFollower"]) == 1
