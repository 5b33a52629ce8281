"""The window's Settings (Ctrl+,) and About entries, and the app's language and icon."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.settings import Settings
from hiptrainer.ui.app import build_main_window
from hiptrainer.ui.app_language import translated
from hiptrainer.ui.main_window import MainWindow


def test_settings_come_with_ctrl_comma_and_ok_saves_them_at_once(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hiptrainer.ui.settings as settings_ui

    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    shared = window.settings
    action = window.named_actions["settings"]
    assert action.shortcut() == QKeySequence("Ctrl+,")

    def choose(_parent: object, current: Settings) -> Settings:
        return Settings(weekly_goal=5, volume=current.volume, theme="dark")

    monkeypatch.setattr(settings_ui, "open_settings", choose)
    with qtbot.waitSignal(window.settings_changed):
        action.trigger()
    assert window.settings is shared  # the tabs hold this object: changed in place
    assert shared.weekly_goal == 5
    saved = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["weekly_goal"] == 5
    assert saved["theme"] == "dark"


def test_cancelled_settings_change_nothing(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hiptrainer.ui.settings as settings_ui

    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    monkeypatch.setattr(settings_ui, "open_settings", lambda _parent, _current: None)
    with qtbot.assertNotEmitted(window.settings_changed):
        window.named_actions["settings"].trigger()
    assert not (data_dir / "settings.json").exists()


def test_about_opens_the_about_dialog(window: MainWindow, qtbot: QtBot) -> None:
    from hiptrainer.ui.about import AboutDialog

    window.show()
    window.named_actions["about"].trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, AboutDialog) for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog))
    dialog.close()


def test_the_window_and_application_have_the_app_icon_after_the_first_frame(
    qtbot: QtBot, data_dir: Path, qapp: QApplication
) -> None:
    from hiptrainer.ui.app_icon import ICON_SIZES
    from tests.helpers.prompts import FakePrompts
    from tests.helpers.window import start_window

    window = start_window(qtbot, data_dir, FakePrompts())
    for icon in (window.windowIcon(), qapp.windowIcon()):
        assert [size.width() for size in icon.availableSizes()] == list(ICON_SIZES)


def test_the_bundled_catalogue_is_shown_in_german_when_german_is_chosen() -> None:
    from hiptrainer.catalog import load_catalog

    english = load_catalog()
    german = translated(english, "de")
    assert german.exercises["clamshell"].name != english.exercises["clamshell"].name
    assert translated(english, "en") is english


def test_view_self_tests_opens_the_train_tabs_test_mode(window: MainWindow) -> None:
    from hiptrainer.ui.player.train_tab import TrainTab

    window.show()
    window.named_actions["selftests"].trigger()
    train = window.built_tab("train")
    assert isinstance(train, TrainTab)
    assert window.tabs.currentWidget().objectName() == "train"
    assert train.pages.currentWidget() is train.tests


def test_a_saved_self_test_tells_the_window_its_data_changed(
    qtbot: QtBot, window: MainWindow
) -> None:
    from hiptrainer.ui.player.train_tab import TrainTab

    window.show()
    train = window.show_tab("train")
    assert isinstance(train, TrainTab)
    with qtbot.waitSignal(window.training_data_changed):
        train.tests.saved.emit()


def test_the_progress_tab_and_the_train_tab_follow_new_settings(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hiptrainer.ui.settings as settings_ui
    from hiptrainer.ui.player.train_tab import TrainTab
    from hiptrainer.ui.progress.progress_tab import ProgressTab

    window.show()
    progress = window.show_tab("progress")
    train = window.show_tab("train")
    assert isinstance(progress, ProgressTab)
    assert isinstance(train, TrainTab)
    assert train.options.tones.isChecked()

    def choose(_parent: object, current: Settings) -> Settings:
        return Settings(weekly_goal=current.weekly_goal + 1, tones=False)

    monkeypatch.setattr(settings_ui, "open_settings", choose)
    goal = progress.weekly_goal
    window.named_actions["settings"].trigger()
    assert progress.weekly_goal == goal + 1
    assert not train.options.tones.isChecked()
