"""The playing page in the theme shown, and after a change of theme mid-workout: its main
button's words read on the accent (at least 4.5:1; white on the dark theme's light blue read
at about 2:1), and the side badge takes the side's colour of the new scheme."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.ui.player.train_tab import TrainTab
from hiptrainer.ui.style.theme import build_palette
from hiptrainer.ui.style.tokens import SIDES, Scheme
from tests.gui.test_style_theme import contrast
from tests.gui.test_train_tab import make_tab, short_catalog
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store


def playing(qtbot: QtBot, data_dir: Path) -> TrainTab:
    """A Train tab as its own window (which its layout's minimum holds, as the main window's
    would be), playing."""
    clock = FakeClock()
    tab = make_tab(qtbot, data_dir, short_catalog(), make_store(data_dir, clock), clock)
    tab.resize(1280, 800)
    assert tab.start()
    assert tab.pages.currentWidget() is tab.playing
    for button in tab.playing.buttons.values():  # every button at once: the widest row
        button.show()
    QApplication.processEvents()
    return tab


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    before = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(before)


def sheet_colour(sheet: str, prop: str) -> QColor:
    found = re.search(rf"(?<![-\w]){prop}:\s*(#[0-9a-fA-F]{{6}}|\w+)", sheet)
    assert found is not None, (prop, sheet)
    return QColor(found.group(1))


def test_the_main_button_and_badge_follow_the_theme_mid_workout(
    qtbot: QtBot, data_dir: Path, app_palette: QApplication
) -> None:
    schemes: tuple[Scheme, ...] = ("light", "dark", "light")
    app_palette.setPalette(build_palette(schemes[0]))
    page = playing(qtbot, data_dir).playing
    for scheme in schemes:
        app_palette.setPalette(build_palette(scheme))
        QApplication.processEvents()
        main = page.buttons[page._primary]  # noqa: SLF001 (the button the page made prominent)
        sheet = main.styleSheet()
        background, words = sheet_colour(sheet, "background"), sheet_colour(sheet, "color")
        assert background == build_palette(scheme).color(QPalette.ColorRole.Highlight), scheme
        assert contrast(words, background) >= 4.5, (scheme, words.name(), background.name())
        badge = sheet_colour(page.side_badge.styleSheet(), "background")
        assert badge.name() == QColor(SIDES["left"].colour(scheme)).name(), scheme
