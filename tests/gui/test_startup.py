"""Start-up as the user meets it: the smoke test catches what goes wrong on the way to the
first frame, and the window opens again cleanly whatever state it was closed in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.logging import _QtMessageCapture  # the type of pytest-qt's qtlog fixture
from pytestqt.qtbot import QtBot

from hiptrainer.ui.app import run_gui


def remember_tab(data_dir: Path, tab: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(f'{{"last_tab": "{tab}"}}', encoding="utf-8")


def test_smoke_test_fails_in_one_line_when_a_restored_tab_raises(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from hiptrainer.ui.player import train_tab

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the Train tab could not be built")

    remember_tab(data_dir, "train")
    monkeypatch.setattr(train_tab, "TrainTab", broken)
    with qtbot.capture_exceptions() as raised:  # Qt reports it from the tab-changed slot
        code = run_gui(data_dir, smoke_test=True)
    assert code == 1
    assert capsys.readouterr().err == (
        "hiptrainer: smoke test failed: Unexpected error: RuntimeError: "
        "the Train tab could not be built\n"
    )
    assert "the Train tab could not be built" in (data_dir / "logs" / "hiptrainer.log").read_text()
    assert not raised  # the watch caught it, not the test harness
    # A smoke test fails: it never opens the crash dialog (nobody would close it).
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog"]


def test_smoke_test_fails_when_start_up_logs_an_error(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import logging

    from hiptrainer.ui.library import LibraryTab

    original = LibraryTab.focus_search

    def focus_and_complain(self: LibraryTab) -> None:
        logging.getLogger("hiptrainer.ui").error("Could not read something\nsecond line")
        original(self)

    monkeypatch.setattr(LibraryTab, "focus_search", focus_and_complain)
    assert run_gui(data_dir, smoke_test=True) == 1
    assert capsys.readouterr().err == "hiptrainer: smoke test failed: Could not read something\n"


@pytest.mark.qt_log_ignore("the style sheet could not be read")
def test_smoke_test_fails_on_a_critical_qt_message(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from PySide6.QtCore import qCritical

    from hiptrainer.ui.library import LibraryTab

    original = LibraryTab.focus_search

    def focus_and_complain(self: LibraryTab) -> None:
        qCritical("the style sheet could not be read")
        original(self)

    monkeypatch.setattr(LibraryTab, "focus_search", focus_and_complain)
    assert run_gui(data_dir, smoke_test=True) == 1
    assert capsys.readouterr().err == (
        "hiptrainer: smoke test failed: Qt: the style sheet could not be read\n"
    )
    log = (data_dir / "logs" / "hiptrainer.log").read_text(encoding="utf-8")
    assert "ERROR qt: the style sheet could not be read" in log


@pytest.mark.qt_log_ignore("a warning from Qt itself")
def test_qt_messages_go_to_the_log_and_still_to_the_test_harness(
    qtbot: QtBot, data_dir: Path, qtlog: _QtMessageCapture
) -> None:
    from PySide6.QtCore import QtMsgType, qInfo, qWarning

    from hiptrainer.logs import start_logging
    from hiptrainer.ui.app_hooks import QtMessages

    logs = start_logging(data_dir, faults=False)
    messages = QtMessages().install()
    try:
        qWarning("a warning from Qt itself")
        qInfo("an info line from Qt")
    finally:
        messages.uninstall()
        logs.stop()
    qWarning("a warning from Qt itself, after")  # not logged: the handler is gone
    text = (data_dir / "logs" / "hiptrainer.log").read_text(encoding="utf-8")
    assert "WARNING qt: a warning from Qt itself\n" in text
    assert "INFO qt: an info line from Qt\n" in text
    assert "after" not in text
    # pytest-qt's own handler (which fails a test on a Qt warning) saw them too.
    seen = [(record.type, record.message) for record in qtlog.records]
    assert (QtMsgType.QtWarningMsg, "a warning from Qt itself") in seen
    assert (QtMsgType.QtWarningMsg, "a warning from Qt itself, after") in seen


def test_run_gui_puts_back_every_hook_it_set(data_dir: Path) -> None:
    import logging
    import sys

    from hiptrainer.storage.lock import InstanceLock
    from tests.helpers.prompts import FakePrompts

    hook = sys.excepthook
    handlers = list(logging.getLogger().handlers)
    with InstanceLock(data_dir):  # a second start: run_gui ends early, through its finally
        assert run_gui(data_dir, prompts=FakePrompts(), welcome=False) == 1
    assert sys.excepthook is hook
    assert logging.getLogger().handlers == handlers
    assert "already running" in (data_dir / "logs" / "hiptrainer.log").read_text(encoding="utf-8")


@pytest.mark.parametrize("tab", ["library", "train", "progress"])
def test_a_clean_start_passes_the_smoke_test(
    qtbot: QtBot, data_dir: Path, tab: str, capsys: pytest.CaptureFixture[str]
) -> None:
    remember_tab(data_dir, tab)
    assert run_gui(data_dir, smoke_test=True) == 0
    assert capsys.readouterr().err == ""


def test_the_catalogue_cache_key_covers_the_files_the_loader_reads(tmp_path: Path) -> None:
    import os

    from hiptrainer.catalog.cache import catalog_key
    from tests.helpers.catalog import copy_catalog

    root = copy_catalog(tmp_path / "resources")
    key = catalog_key(root)
    for folder in ("exercises", "workouts", "poses"):
        # The key names every file that Path.glob("*.toml") finds (as the loader lists
        # them), in that order, hidden ones included, and nothing else.
        listed = [p.name for p in sorted((root / folder).glob("*.toml"))]
        assert listed
        assert [part.split(":")[0] for part in key.split("|") if part.startswith(f"{folder}/")] == [
            f"{folder}/{name}" for name in listed
        ]
    (root / "workouts" / "notes.txt").write_text("not a definition", encoding="utf-8")
    assert catalog_key(root) == key
    hidden = root / "workouts" / ".draft.toml"
    hidden.write_text("", encoding="utf-8")
    assert ".draft.toml" in catalog_key(root)
    hidden.unlink()
    clamshell = root / "exercises" / "clamshell.toml"
    stat = clamshell.stat()
    os.utime(clamshell, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert catalog_key(root) != key  # a changed file means the TOML is read again
    (root / "poses").rename(tmp_path / "elsewhere")
    assert "poses/" not in catalog_key(root)


def test_an_event_loop_runs_after_the_window_has_run_and_closed(data_dir: Path) -> None:
    """Closing asks for a quit once more on the way out; left posted, it would end at once
    every event loop run later in the process (a dialog's, a test's)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    assert run_gui(data_dir, smoke_test=True) == 0
    QCoreApplication.processEvents()  # whatever run_gui left posted is taken now
    loop = QEventLoop()
    ran: list[str] = []

    def once() -> None:
        ran.append("timer")
        loop.exit(7)

    QTimer.singleShot(0, once)
    assert loop.exec() == 7  # an event loop told to quit returns -1 at once, before its timer
    assert ran == ["timer"]
