"""Notices (a self-test's "nothing is saved", the summary's new records) take the style
tokens' notice colours of the theme shown, and every colour styled on a widget by
ui/player/emphasis.py (notice, warning, accent button) follows a theme change while the widget
sits on a page, not only when it is a window of its own.

(A style sheet's colours become the widget's own palette, which then stops following the
application's: a widget on a page is told of no theme change at all. The standalone checks
in test_player_accent.py could not see it.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.ui.player.emphasis import (
    accent_button,
    notice_label,
    notice_style_sheet,
    warning_label,
)
from hiptrainer.ui.style.theme import build_palette
from hiptrainer.ui.style.tokens import ACCENT, ERROR, NOTICE, ON_NOTICE, SPACE_M, SPACE_XS, Scheme

SCHEMES: tuple[Scheme, ...] = ("light", "dark", "light")


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    before = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(before)


def switch(app: QApplication, scheme: Scheme) -> None:
    app.setPalette(build_palette(scheme))
    for _ in range(2):  # the palette change reaches the window, then the style sheet
        QApplication.processEvents()


def on_a_page(qtbot: QtBot, widget: QWidget) -> QWidget:
    page = QWidget()
    QVBoxLayout(page).addWidget(widget)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def fill(label: QWidget) -> str:
    """The colour just inside the strip's left edge, half-way down: its background."""
    image = label.grab().toImage()
    return image.pixelColor(SPACE_XS, image.height() // 2).name()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_notice_style_sheet_is_the_tokens(scheme: Scheme) -> None:
    sheet = notice_style_sheet(scheme)
    assert f"background: {NOTICE[scheme]};" in sheet
    assert f"color: {ON_NOTICE[scheme]};" in sheet
    assert f"padding: {SPACE_XS}px {SPACE_M}px;" in sheet
    assert "padding: 8px 12px;" in notice_style_sheet(scheme, (8, 12))


def test_a_notice_on_a_page_is_drawn_in_the_notice_colours_of_the_theme_shown(
    qtbot: QtBot, app_palette: QApplication
) -> None:
    switch(app_palette, "light")
    label = notice_label(QLabel("⚠ Practice run: nothing is saved"))
    on_a_page(qtbot, label)
    for scheme in SCHEMES:
        switch(app_palette, scheme)
        assert fill(label) == QColor(NOTICE[scheme]).name(), scheme
        assert f"color: {ON_NOTICE[scheme]};" in label.styleSheet(), scheme
    notice_label(label)  # styled twice: still one follower
    assert len([c for c in label.children() if c.objectName() == "noticeFollower"]) == 1


def accented() -> QWidget:
    button = QPushButton("Start")
    accent_button(button)
    return button


#: Each kind of styled widget, made styled, and the colour token its style sheet holds.
STYLED: dict[str, tuple[Callable[[], QWidget], dict[Scheme, str]]] = {
    "notice": (lambda: notice_label(QLabel("Sound is off")), NOTICE),
    "warning": (lambda: warning_label(QLabel("Not saved")), ERROR),
    "accent": (accented, ACCENT),
}


@pytest.mark.parametrize("kind", list(STYLED))
def test_a_styled_widget_on_a_page_follows_a_theme_change(
    qtbot: QtBot, app_palette: QApplication, kind: str
) -> None:
    make, colours = STYLED[kind]
    switch(app_palette, "light")
    widget = make()
    on_a_page(qtbot, widget)
    for scheme in SCHEMES:
        switch(app_palette, scheme)
        assert colours[scheme] in widget.styleSheet(), (kind, scheme)


def test_a_styled_widget_moved_to_another_page_follows_that_pages_theme(
    qtbot: QtBot, app_palette: QApplication
) -> None:
    """Styled before it had a page, put on one, then moved to another window."""
    switch(app_palette, "light")
    label = notice_label(QLabel("Sound is off"))
    first = on_a_page(qtbot, label)
    second = QWidget()
    QVBoxLayout(second).addWidget(label)
    qtbot.addWidget(second)
    second.show()
    first.deleteLater()
    QApplication.processEvents()
    switch(app_palette, "dark")
    assert NOTICE["dark"] in label.styleSheet()


def test_the_notices_of_the_self_test_player_and_summary_follow_the_theme(
    qtbot: QtBot, app_palette: QApplication
) -> None:
    from hiptrainer.ui.player.playing_view import PlayingView
    from hiptrainer.ui.player.selftest.test_view import SelfTestView
    from hiptrainer.ui.player.summary_view import SummaryView

    switch(app_palette, "light")
    test_view = SelfTestView()
    playing = PlayingView()
    summary = SummaryView()
    for page in (test_view, playing, summary):
        qtbot.addWidget(page)
        page.show()
    test_view.show_notices(["Practice: nothing is saved"])
    playing.show_notices(["Sound is off"])
    summary.records.setText("<b>★ New records</b><ul><li>Clamshell: 12 reps</li></ul>")
    summary.records.show()
    for scheme in SCHEMES:
        switch(app_palette, scheme)
        for label in (test_view.notice, playing.notice_label, summary.records):
            assert label.isVisible()
            assert f"background: {NOTICE[scheme]};" in label.styleSheet(), scheme
            assert fill(label) == QColor(NOTICE[scheme]).name(), scheme
    # The records keep the page's larger type under a style sheet of their own.
    assert summary.records.font().pointSizeF() == summary.font().pointSizeF()
