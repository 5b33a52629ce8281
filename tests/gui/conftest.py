from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.ui.app import build_main_window
from hiptrainer.ui.library import LibraryTab
from hiptrainer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    win = build_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def library(window: MainWindow) -> LibraryTab:
    return window.library
