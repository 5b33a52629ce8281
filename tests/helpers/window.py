"""The main window as ``run_gui`` builds it, and ways to bring it into each state a user can
leave it in (for restart and keyboard tests)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from hiptrainer.ui.app import build_main_window, open_data
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.player.train_tab import TrainTab
from tests.helpers.prompts import FakePrompts

#: Where a user can be when the window closes.
STATES = ["library", "progress", "choosing", "playing", "paused", "summary"]


def start_window(qtbot: QtBot, data_dir: Path, prompts: FakePrompts) -> MainWindow:
    """What ``run_gui`` does up to the open data, without its event loop."""
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    open_data(window, data_dir, prompts)
    return window


def train_tab(window: MainWindow) -> TrainTab:
    tab = window.show_tab("train")
    assert isinstance(tab, TrainTab)
    return tab


def bring_to(window: MainWindow, state: str) -> TrainTab | None:
    if state in ("library", "progress"):
        window.show_tab(state)
        return None
    tab = train_tab(window)
    if state == "choosing":
        return tab
    assert tab.start()
    session = tab.session
    assert session is not None
    session.driver.skip()  # past "get ready"
    session.driver.skip()  # the first hold, saved as skipped
    if state == "paused":
        session.driver.toggle_pause()
        assert session.engine.state == "paused"
    elif state == "summary":
        for _ in range(len(session.phases)):  # bounded: one skip per phase at most
            if tab.pages.currentWidget() is tab.summary:
                break
            session.driver.skip()
        assert tab.pages.currentWidget() is tab.summary
    return tab


def close(window: MainWindow) -> None:
    window.close()
    window.detach_storage()
