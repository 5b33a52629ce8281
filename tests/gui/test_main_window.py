from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from hiptrainer.ui.app import build_main_window
from hiptrainer.ui.main_window import MainWindow


def test_menus_offer_every_action_with_shortcuts(window: MainWindow) -> None:
    assert window.named_actions["quit"].shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert window.named_actions["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    menu_actions = {a for menu in window.menuBar().actions() for a in menu.menu().actions()}
    assert set(window.named_actions.values()) <= menu_actions
    assert window.tab_names() == ["library", "train"]


def test_geometry_tab_and_exercise_are_restored(qtbot: QtBot, data_dir: Path) -> None:
    first = build_main_window(data_dir)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)
    first.library.show_exercise("clamshell")
    first.close()
    saved = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["library_exercise"] == "clamshell"
    assert saved["last_tab"] == "library"

    second = build_main_window(data_dir)
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (760, 560)
    assert second.library.current_exercise().id == "clamshell"
    assert second.tabs.currentWidget().objectName() == "library"


def test_unknown_remembered_exercise_falls_back_to_the_first(qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "settings.json").write_text('{"library_exercise": "gone"}', encoding="utf-8")
    win = build_main_window(data_dir)
    qtbot.addWidget(win)
    assert win.library.current_exercise().id == "copenhagen_plank"
    assert win.size().width() == 1280
