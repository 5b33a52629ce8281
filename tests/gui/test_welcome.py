"""The first-run welcome: shown after the first paint until its health note is accepted,
never in a smoke test or where a test builds the window, and a way to the warm-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.settings import Settings, load_settings, save_settings
from hiptrainer.ui import welcome
from hiptrainer.ui.app import build_main_window, open_data, run_gui
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.player.train_tab import TrainTab
from hiptrainer.ui.welcome import WELCOME_VERSION, WelcomeChoice, WelcomeDialog
from tests.helpers.clock import FakeClock
from tests.helpers.prompts import FakePrompts
from tests.helpers.storage import a_set, make_store


def welcomes() -> list[WelcomeDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()
    ]


def started(qtbot: QtBot, data_dir: Path, *, welcome_on: bool = True) -> MainWindow:
    """What run_gui does up to the open data, asking for the welcome as run_gui does."""
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    open_data(window, data_dir, FakePrompts(), welcome=welcome_on)
    return window


def the_welcome(qtbot: QtBot) -> WelcomeDialog:
    qtbot.waitUntil(lambda: len(welcomes()) == 1)
    return welcomes()[0]


def test_a_first_start_shows_the_welcome_over_a_usable_window(qtbot: QtBot, data_dir: Path) -> None:
    window = started(qtbot, data_dir)
    dialog = the_welcome(qtbot)
    assert dialog.parent() is window
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "Welcome to HipTrainer"
    assert "two to three times your body weight" in dialog.why.text()
    note = dialog.health.text()
    for words in ("sharp pain", "dizziness", "chest pain", "not a substitute"):
        assert words in note
    assert "Runner's hip warm-up" in dialog.pointer.text()
    assert dialog.accept_button.isDefault()
    assert dialog.warmup_button.isVisibleTo(dialog)
    assert window.store is not None  # the data opened before the welcome: nothing waits on it
    dialog.reject()
    window.detach_storage()


def test_i_understand_is_remembered_and_the_welcome_is_not_shown_again(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = started(qtbot, data_dir)
    dialog = the_welcome(qtbot)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not welcomes())
    assert window.settings.welcome_accepted == WELCOME_VERSION
    # Saved at once, not only when the window closes (a crash must not ask again).
    assert load_settings(data_dir).welcome_accepted == WELCOME_VERSION
    assert window.tabs.currentWidget() is window.library  # the page the user was on
    window.detach_storage()
    window.close()
    again = started(qtbot, data_dir)
    assert not welcomes()
    again.detach_storage()


@pytest.mark.parametrize("how", ["escape", "close"])
def test_esc_or_closing_is_not_accepting_and_the_welcome_comes_back(
    qtbot: QtBot, data_dir: Path, how: str
) -> None:
    window = started(qtbot, data_dir)
    dialog = the_welcome(qtbot)
    if how == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        dialog.close()
    qtbot.waitUntil(lambda: not welcomes())
    assert window.isVisible()
    assert window.settings.welcome_accepted == 0
    window.detach_storage()
    window.close()  # saves the settings, without the acceptance
    assert load_settings(data_dir).welcome_accepted == 0
    again = started(qtbot, data_dir)
    the_welcome(qtbot).reject()
    again.detach_storage()


def test_start_with_the_warm_up_opens_the_train_tab_on_it(qtbot: QtBot, data_dir: Path) -> None:
    window = started(qtbot, data_dir)
    dialog = the_welcome(qtbot)
    # Another routine chosen first, so that the warm-up being chosen means something.
    train = window.show_tab("train")
    assert isinstance(train, TrainTab)
    train.chooser.select("post_run_strength")
    assert train.selected_workout() == "post_run_strength"
    window.show_tab("library")
    qtbot.mouseClick(dialog.warmup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not welcomes())
    assert window.tabs.currentWidget().objectName() == "train"
    assert train.selected_workout() == "runners_hip_warmup"
    assert train.session is None  # chosen, not started: Start is the user's
    assert load_settings(data_dir).welcome_accepted == WELCOME_VERSION
    window.detach_storage()


def test_without_the_warm_up_the_welcome_points_to_the_train_tab(qtbot: QtBot) -> None:
    dialog = WelcomeDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.warmup_button.isVisibleTo(dialog)
    assert dialog.pointer.text() == "New here? Pick a routine on the Train tab (Ctrl+2)."


def test_the_routine_name_is_shown_as_written(qtbot: QtBot) -> None:
    dialog = WelcomeDialog("<i>Mine</i> & co")
    qtbot.addWidget(dialog)
    assert dialog.pointer.textFormat() == Qt.TextFormat.PlainText
    assert "“<i>Mine</i> & co”" in dialog.pointer.text()


def test_a_newer_health_note_is_asked_for_again(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(data_dir, Settings(welcome_accepted=WELCOME_VERSION))
    window = started(qtbot, data_dir)
    assert not welcomes()
    window.detach_storage()
    window.close()
    monkeypatch.setattr(welcome, "WELCOME_VERSION", WELCOME_VERSION + 1)
    again = started(qtbot, data_dir)
    qtbot.mouseClick(the_welcome(qtbot).accept_button, Qt.MouseButton.LeftButton)
    assert load_settings(data_dir).welcome_accepted == WELCOME_VERSION + 1
    again.detach_storage()


def test_settings_that_cannot_be_saved_leave_the_acceptance_for_this_run(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import errno

    from hiptrainer.ui import app

    def read_only(_folder: Path, _settings: Settings) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    window = started(qtbot, data_dir)
    monkeypatch.setattr(app, "save_settings", read_only)
    qtbot.mouseClick(the_welcome(qtbot).accept_button, Qt.MouseButton.LeftButton)
    assert window.settings.welcome_accepted == WELCOME_VERSION
    assert f"Could not save settings in {data_dir}: [Errno 30] Read-only file system" in (
        caplog.text
    )
    window.detach_storage()


def test_tests_that_build_the_window_never_see_it(qtbot: QtBot, data_dir: Path) -> None:
    window = started(qtbot, data_dir, welcome_on=False)
    assert window.store is not None  # open_data has done all it does
    assert not welcomes()
    window.detach_storage()


def test_never_in_a_smoke_test(qtbot: QtBot, data_dir: Path) -> None:
    assert run_gui(data_dir, smoke_test=True) == 0
    assert not welcomes()


def test_not_over_a_resumed_workout(qtbot: QtBot, data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session("runners_hip_warmup")
    store.record_set(session, a_set(clock, "glute_bridge", "both", 0, reps=12))
    store.conn.close()  # the app stopped here
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    prompts = FakePrompts()
    prompts.resume_choice = "resume"
    open_data(window, data_dir, prompts, welcome=True)
    train = window.train
    assert isinstance(train, TrainTab)
    assert train.session is not None
    assert not welcomes()
    assert window.settings.welcome_accepted == 0  # so it comes at the next start
    train.refresh.stop()
    window.detach_storage()


def test_a_real_start_shows_it_after_the_first_paint(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    original = welcome.show_welcome

    def show_and_answer(
        parent: QWidget, warmup_name: str | None, on_choice: Callable[[WelcomeChoice], None]
    ) -> WelcomeDialog:
        dialog = original(parent, warmup_name, on_choice)
        seen.append(parent.isVisible() and dialog.isVisible())

        def answer() -> None:
            dialog.accept_button.click()
            parent.close()  # the last window: run_gui's event loop ends

        QTimer.singleShot(0, answer)
        return dialog

    monkeypatch.setattr(welcome, "show_welcome", show_and_answer)
    assert run_gui(data_dir, prompts=FakePrompts()) == 0
    assert seen == [True]
    assert load_settings(data_dir).welcome_accepted == WELCOME_VERSION


def test_on_a_small_screen_the_words_scroll_and_are_never_squashed(qtbot: QtBot) -> None:
    dialog = WelcomeDialog("Runner's hip warm-up")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # As at 200% on a small screen (or with a large font): far less room than the words need.
    dialog.resize(dialog.minimumWidth(), dialog.fontMetrics().lineSpacing() * 12)
    qtbot.waitUntil(lambda: dialog.words_area.verticalScrollBar().maximum() > 0)
    for label in (dialog.why, dialog.health, dialog.pointer, dialog.confirm):
        assert label.height() >= label.heightForWidth(label.width()), label.text()[:30]
    # The confirmation and the buttons stay in sight, inside the window.
    for widget in (dialog.confirm, dialog.accept_button, dialog.warmup_button):
        assert dialog.rect().contains(QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size()))


def test_with_room_enough_nothing_scrolls(qtbot: QtBot) -> None:
    dialog = WelcomeDialog("Runner's hip warm-up")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.sizeHint()
    screen = dialog.screen().availableGeometry()
    assert hint.height() < screen.height() * 9 // 10  # (the test screen has the room)
    dialog.resize(hint)
    qtbot.waitUntil(lambda: dialog.size() == hint)
    assert dialog.words_area.verticalScrollBar().maximum() == 0
