"""A bug as the user meets it: an exception nobody caught shows one dialog that says what
happened, offers the details and the log, and the app keeps running behind it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer import __version__
from hiptrainer.logs import Logging, start_logging
from hiptrainer.ui.app_hooks import CrashHook
from hiptrainer.ui.crash import CrashDialog, CrashReporter, what_happened

SENTENCE = (
    "HipTrainer ran into an error in its own code (RuntimeError: the ring could not be "
    "drawn) and stopped what it was doing."
)


@pytest.fixture
def logs(data_dir: Path) -> Iterator[Logging]:
    setup = start_logging(data_dir, faults=False)
    yield setup
    setup.stop()


def installed(reporter: CrashReporter) -> CrashHook:
    """The app's own hook as sys.excepthook, with ``reporter`` ready in it."""
    hook = CrashHook(reporter.log_file)
    hook.reporter = reporter
    return hook.install()


def close(hook: CrashHook) -> None:
    hook.uninstall()
    if hook.reporter is not None and hook.reporter.dialog is not None:
        hook.reporter.dialog.close()


@pytest.fixture
def reporter(logs: Logging) -> Iterator[CrashReporter]:
    """The crash reporter as sys.excepthook for the test (pytest-qt's hook comes back after)."""
    reporter = CrashReporter(logs.log_file)
    hook = installed(reporter)
    yield reporter
    close(hook)


def crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]


def draw_the_ring() -> None:
    raise RuntimeError("the ring could not be drawn")


def raise_in_a_slot(qtbot: QtBot, reporter: CrashReporter) -> CrashDialog:
    QTimer.singleShot(0, draw_the_ring)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    return reporter.dialog


def log_text(logs: Logging) -> str:
    assert logs.log_file is not None
    return logs.log_file.read_text(encoding="utf-8")


def test_an_exception_in_a_slot_shows_the_dialog_and_logs_the_traceback(
    qtbot: QtBot, reporter: CrashReporter, logs: Logging
) -> None:
    dialog = raise_in_a_slot(qtbot, reporter)
    assert dialog.windowTitle() == "HipTrainer hit a problem"
    assert dialog.sentence.text() == SENTENCE
    assert dialog.where.text() == f"The details are in the log:\n{logs.log_file}"
    assert dialog.folder_button.isVisibleTo(dialog)
    text = log_text(logs)
    assert "ERROR hiptrainer: Unexpected error: RuntimeError: the ring could not be drawn" in text
    assert "Traceback (most recent call last):" in text
    assert "in draw_the_ring" in text


def test_the_app_keeps_running_behind_the_dialog(qtbot: QtBot, reporter: CrashReporter) -> None:
    dialog = raise_in_a_slot(qtbot, reporter)
    # The hook returned: nothing waits in a nested loop, and nothing else is blocked.
    assert not dialog.isModal()
    assert QApplication.activeModalWidget() is None
    ran: list[str] = []
    QTimer.singleShot(0, lambda: ran.append("the next slot"))
    qtbot.waitUntil(lambda: ran == ["the next slot"])


def test_a_second_exception_while_the_dialog_is_open_is_logged_not_stacked(
    qtbot: QtBot, reporter: CrashReporter, logs: Logging
) -> None:
    first = raise_in_a_slot(qtbot, reporter)

    def again() -> None:
        raise ValueError("the second problem")

    ran: list[bool] = []
    QTimer.singleShot(0, again)
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True])
    assert crash_dialogs() == [first]
    assert reporter.dialog is first
    assert first.sentence.text() == SENTENCE  # still about the first one
    text = log_text(logs)
    assert "ValueError: the second problem" in text
    assert "The crash dialog is open already; this error is in the log only." in text
    # Once it is closed, the next bug gets a dialog of its own.
    first.reject()
    assert reporter.dialog is None
    second = raise_in_a_slot(qtbot, reporter)
    assert second is not first
    assert second.sentence.text() == SENTENCE


def test_copy_details_puts_versions_and_traceback_on_the_clipboard(
    qtbot: QtBot, reporter: CrashReporter, logs: Logging
) -> None:
    import platform

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    dialog = raise_in_a_slot(qtbot, reporter)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("something else")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = clipboard.text()
    lines = copied.splitlines()
    assert lines[0] == f"HipTrainer {__version__}"
    assert lines[1] == f"Python {platform.python_version()} ({platform.python_implementation()})"
    assert lines[2] == f"Qt {qVersion()}, PySide6 {pyside_version}"
    assert lines[3] == f"Platform: {platform.platform()} ({QGuiApplication.platformName()})"
    assert lines[4] == f"Log: {logs.log_file}"
    assert "Traceback (most recent call last):" in copied
    assert "in draw_the_ring" in copied
    assert lines[-1] == "RuntimeError: the ring could not be drawn"
    assert dialog.copied.text() == "The details are on the clipboard, ready to paste into a report."


def test_open_log_folder_opens_the_logs_folder(
    qtbot: QtBot, reporter: CrashReporter, logs: Logging, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog = raise_in_a_slot(qtbot, reporter)
    dialog.folder_button.click()
    assert logs.folder is not None
    assert opened == [QUrl.fromLocalFile(str(logs.folder))]
    assert dialog.copied.text() == ""


def test_a_folder_no_file_manager_opens_is_said(
    qtbot: QtBot, reporter: CrashReporter, logs: Logging, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    dialog = raise_in_a_slot(qtbot, reporter)
    dialog.folder_button.click()
    assert dialog.copied.text() == f"No file manager could open {logs.folder}."


def test_without_a_log_the_dialog_says_so_and_offers_no_folder(qtbot: QtBot) -> None:
    hook = installed(CrashReporter(None))
    try:
        assert hook.reporter is not None
        dialog = raise_in_a_slot(qtbot, hook.reporter)
        assert not dialog.folder_button.isVisibleTo(dialog)
        assert dialog.where.text().startswith("The log could not be written")
        assert "Log: not written" in dialog.details.splitlines()
    finally:
        close(hook)


def test_the_message_is_shown_as_written_never_as_markup(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    def bad_name() -> None:
        raise KeyError("<b>my plank</b>\nsecond line")

    QTimer.singleShot(0, bad_name)
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    label = reporter.dialog.sentence
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "(KeyError: '<b>my plank</b>\\nsecond line')" in label.text()


def test_a_message_without_words_names_the_error() -> None:
    assert what_happened(RuntimeError()) == (
        "HipTrainer ran into an error in its own code (RuntimeError) and stopped what it was doing."
    )
    assert "(OSError: first)" in what_happened(OSError("\n  first  \nsecond"))


def test_ctrl_c_is_no_bug(
    reporter: CrashReporter, logs: Logging, monkeypatch: pytest.MonkeyPatch
) -> None:
    passed: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, _value, _tb: passed.append(kind))
    reporter(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed == [KeyboardInterrupt]
    assert reporter.dialog is None
    assert "Unexpected error" not in log_text(logs)


def test_the_window_s_hook_loads_the_dialog_with_the_first_bug(qtbot: QtBot, logs: Logging) -> None:
    before = sys.excepthook
    hook = CrashHook(logs.log_file).install()
    try:
        assert sys.excepthook is hook
        assert hook.reporter is None  # nothing of the dialog is built before a bug
        QTimer.singleShot(0, draw_the_ring)
        qtbot.waitUntil(lambda: hook.reporter is not None and hook.reporter.dialog is not None)
        assert hook.reporter is not None
        assert hook.reporter.dialog is not None
        assert hook.reporter.dialog.sentence.text() == SENTENCE
        hook.reporter.dialog.close()
    finally:
        hook.uninstall()
    assert sys.excepthook is before


def test_a_real_start_shows_the_dialog_for_a_bug_and_runs_on(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hiptrainer.ui import app
    from hiptrainer.ui.main_window import MainWindow
    from hiptrainer.ui.prompts import Prompts
    from tests.helpers.prompts import FakePrompts

    original = app.open_data
    seen: list[str] = []

    def open_then_break(
        window: MainWindow, folder: Path, prompts: Prompts, *, welcome: bool = False
    ) -> None:
        original(window, folder, prompts, welcome=welcome)

        def look_and_quit() -> None:
            # No asserts here: a failure in a slot would itself go to the crash dialog.
            hook = sys.excepthook
            if isinstance(hook, CrashHook) and hook.reporter and hook.reporter.dialog:
                seen.append(hook.reporter.dialog.sentence.text())
                hook.reporter.dialog.close()
            window.close()  # the last window: run_gui's loop ends

        QTimer.singleShot(0, draw_the_ring)
        QTimer.singleShot(0, look_and_quit)  # runs after the bug: the loop runs on

    monkeypatch.setattr(app, "open_data", open_then_break)
    assert app.run_gui(data_dir, prompts=FakePrompts(), welcome=False) == 0
    assert seen == [SENTENCE]
    log = (data_dir / "logs" / "hiptrainer.log").read_text(encoding="utf-8")
    assert "in draw_the_ring" in log
