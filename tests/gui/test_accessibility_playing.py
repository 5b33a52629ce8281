"""The playing page for keyboard and screen-reader users: its buttons take no focus (the keys
act on the page), so the page itself has the focus, a name, and a description that says the
keys that act now; a frame in the accent shows it has the focus. In English and German."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.ui import i18n
from hiptrainer.ui.player.page_controls import button_texts
from hiptrainer.ui.player.playing_view import PlayingView, Shown
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_accessibility_train_progress import (
    activate,
    description,
    picture,
    shown_controls,
)
from tests.gui.test_train_tab import make_tab, short_catalog
from tests.helpers.a11y import accessible_name, describe, tab_order
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = i18n.install_translators(qapp, "de") if request.param == "de" else []
    if request.param == "de":
        QLocale.setDefault(QLocale("de"))
    yield str(request.param)
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(QLocale.system())


def playing_tab(qtbot: QtBot, data_dir: Path) -> TrainTab:
    clock = FakeClock()
    tab = make_tab(qtbot, data_dir, short_catalog(), make_store(data_dir, clock), clock)
    assert tab.start()
    assert tab.pages.currentWidget() is tab.playing
    return tab


def phase(self_paced: bool, timed: bool, can_fix: bool = False) -> Shown:
    return Shown(
        title="Reps" if self_paced else "Hold",
        counter="Set 1 of 2",
        exercise="Clamshell",
        side="left",
        step="Lift the top knee.",
        setup=None,
        paused=False,
        timed=timed,
        self_paced=self_paced,
        can_fix=can_fix,
        position="Exercise 1 of 2",
    )


def keys_heard(page: PlayingView) -> list[str]:
    """What the description must name: each shown button's action and key."""
    found = []
    for signal, button in page.buttons.items():
        if button.isVisibleTo(page):
            _label, said, key = button_texts(signal)
            found.append(f"{key}: {said}")
    return found


def test_the_playing_page_is_named_and_says_its_keys(
    qtbot: QtBot, data_dir: Path, language: str
) -> None:
    page = playing_tab(qtbot, data_dir).playing
    QApplication.processEvents()
    assert tab_order(page) == [page]  # the page, and no button, takes the focus
    name = accessible_name(page)
    assert name == ("Workout player" if language == "en" else "Trainingsplayer")
    for shown in (phase(True, False), phase(False, True, can_fix=True)):
        page.show_phase(shown)
        said = description(page)
        expected = keys_heard(page)
        assert said == "; ".join(expected)
        # Every button shown acts by a key the description names; a hidden one is left out.
        for control in shown_controls(page):
            assert control.accessibleName() in said, describe(control)
        for signal, button in page.buttons.items():
            if not button.isVisibleTo(page):
                assert button_texts(signal)[1] not in said, signal
    page.show_phase(phase(True, False))
    assert button_texts("complete")[1] in description(page)
    page.show_phase(phase(False, True))
    assert button_texts("complete")[1] not in description(page)
    assert button_texts("extend")[1] in description(page)
    if language == "de":  # the actions in German, as the buttons' names
        assert "Zehn Sekunden dazugeben" in description(page)
        assert "Add ten seconds" not in description(page)


def test_the_page_shows_when_it_has_the_focus(qtbot: QtBot, data_dir: Path) -> None:
    shots = os.environ.get("HIPTRAINER_SHOTS")
    tab = playing_tab(qtbot, data_dir)
    page = tab.playing
    page.end_flash()  # the start's flash fills the page's edges for a moment
    activate(qtbot, page)
    page.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is page
    with_focus = picture(page)
    if shots:
        with_focus.save(str(Path(shots) / "playing_focus.png"))
    accent = page.palette().color(QPalette.ColorRole.Highlight)
    assert with_focus.pixelColor(1, page.height() // 2) == accent
    tab.chooser.setFocus()  # somewhere else on the window
    page.clearFocus()
    without = picture(page)
    assert without.pixelColor(1, page.height() // 2) != accent
    assert with_focus != without
