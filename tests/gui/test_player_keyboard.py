"""The Train tab by keyboard: one mnemonic per letter on every page, none of the window's own
letters, and after Ctrl+2 the routine list has the keys (↓ chooses, Enter starts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.storage.store import Store
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_player_storage import FlakyStore, flaky_store, read_only_store
from tests.gui.test_train_tab import make_tab, play_to_the_end, short_catalog
from tests.helpers.clock import FakeClock
from tests.helpers.mnemonics import collect, duplicates, reserved_clashes
from tests.helpers.storage import make_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Store:
    return make_store(data_dir, clock)


def assert_keyboard_clean(page: QWidget) -> None:
    """No letter twice on the page, and none the window keeps for its menus and tabs."""
    assert collect(page), "the page offers no mnemonic at all: is it the page in view?"
    assert duplicates(page) == {}
    assert reserved_clashes(page) == {}


def test_every_page_has_its_own_letters(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> None:
    store: FlakyStore = flaky_store(data_dir, clock)
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert_keyboard_clean(tab.chooser)
    assert tab.start()
    # The playing page is driven by plain keys (Space, arrows, Enter, Esc); its buttons
    # take no focus and carry no mnemonic that could steal Alt from the window.
    assert collect(tab.playing) == []
    store.failures = 10_000
    play_to_the_end(tab, clock)
    assert_keyboard_clean(tab.summary)
    tab.summary.save_button.click()  # refused: the Discard button joins the page
    assert tab.summary.discard_button.isVisible()
    assert_keyboard_clean(tab.summary)


@pytest.mark.parametrize("kind", ["practice", "read_only"])
def test_the_chooser_keeps_its_letters_when_nothing_can_be_saved(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, kind: str
) -> None:
    store = None if kind == "practice" else read_only_store(data_dir, clock)
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.chooser.recording == kind
    assert_keyboard_clean(tab.chooser)
    if kind == "practice":
        assert tab.start()
        play_to_the_end(tab, clock)
        assert_keyboard_clean(tab.summary)


def test_the_routine_list_takes_the_keys_whenever_the_chooser_is_shown(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    tab.options.order.setFocus()  # the user was changing the side order
    tab.hide()  # another tab...
    tab.show()  # ...and back (what Ctrl+2 does)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.routines, timeout=5000)
    assert tab.selected_workout() == "short"
    qtbot.keyClick(tab.routines, Qt.Key.Key_Down)
    second = tab.selected_workout()
    assert second != "short"
    qtbot.keyClick(tab.routines, Qt.Key.Key_Return)
    assert tab.pages.currentWidget() is tab.playing
    assert tab.session is not None
    assert tab.session.workout.id == second


def test_a_single_click_only_chooses_a_double_click_starts(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    second = tab.routines.visualItemRect(tab.routines.item(1)).center()
    qtbot.mouseClick(tab.routines.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert tab.routines.currentRow() == 1
    assert tab.pages.currentWidget() is tab.chooser  # browsing, whatever the desktop's style
    qtbot.mouseDClick(tab.routines.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert tab.pages.currentWidget() is tab.playing


def test_after_a_workout_the_list_has_the_keys_again(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    tab.activateWindow()
    assert tab.start()
    qtbot.keyClick(tab.playing, Qt.Key.Key_Escape)  # leave (confirmed)
    assert tab.pages.currentWidget() is tab.chooser
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.routines, timeout=5000)


def test_ctrl_2_puts_the_keys_on_the_routine_list(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    train = window.train
    assert isinstance(train, TrainTab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is train.routines, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert train.routines.currentRow() == 1
