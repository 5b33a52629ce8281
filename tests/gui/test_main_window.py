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
    assert window.tab_names() == ["library", "train", "progress", "routines"]


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


def test_progress_tab_comes_with_ctrl_3_and_follows_the_training_data(
    qtbot: QtBot, data_dir: Path
) -> None:
    from hiptrainer.ui.progress.progress_tab import ProgressTab
    from tests.helpers.prompts import FakePrompts
    from tests.helpers.storage import FakeClock, a_set
    from tests.helpers.window import start_window

    window = start_window(qtbot, data_dir, FakePrompts())
    assert window.built_tab("progress") is None  # built the first time it is shown
    window.named_actions["progress"].trigger()
    progress = window.built_tab("progress")
    assert isinstance(progress, ProgressTab)
    assert window.tabs.currentWidget().objectName() == "progress"
    assert progress.controls.exercise_ids() == []  # nothing trained yet: the empty page

    # The empty page's button plays the warm-up in the Train tab.
    with qtbot.waitSignal(progress.start_routine_requested):
        progress.empty.start_button.click()
    train = window.train
    assert train is not None
    assert window.tabs.currentWidget().objectName() == "train"
    assert train.session is not None
    assert train.selected_workout() == "runners_hip_warmup"
    train.session.driver.finish_early()

    # Data that arrives (here straight into the store) shows once the window says so.
    store = window.store
    assert store is not None
    session = store.start_session(None)
    store.record_set(session, a_set(FakeClock(), "clamshell", "left", reps=12))
    store.finish_session(session)
    window.training_data_changed.emit()  # the tab is hidden: it reads when shown
    assert progress.controls.exercise_ids() == []
    window.show_tab("progress")
    assert progress.controls.exercise_ids() == ["clamshell"]


def test_each_lazily_built_tab_is_on_screen_and_fills_its_page(
    qtbot: QtBot, data_dir: Path
) -> None:
    from tests.helpers.prompts import FakePrompts
    from tests.helpers.window import start_window

    window = start_window(qtbot, data_dir, FakePrompts())
    for name in ("train", "progress"):
        built = window.show_tab(name)
        assert built is not None
        holder = window.tabs.currentWidget()
        qtbot.waitUntil(lambda b=built, h=holder: b.geometry() == h.rect(), timeout=2000)
        assert built.isVisible(), name
        assert not built.isHidden(), name
