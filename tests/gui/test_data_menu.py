"""The File menu's data commands: import, exports, back up now and restore, each through a
file dialog (its static getter replaced here), into real files in throwaway folders."""

from __future__ import annotations

import errno
import json
import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from hiptrainer.storage.backup import check_backup
from hiptrainer.storage.store import Store
from hiptrainer.ui.app import build_main_window
from hiptrainer.ui.data_menu import DATA_ACTIONS
from hiptrainer.ui.main_window import MainWindow
from tests.helpers.custom import custom_exercise, write_pack
from tests.helpers.prompts import FakePrompts
from tests.helpers.storage import make_store, recorded_store
from tests.helpers.window import close, start_window, train_tab


class Dialogs:
    """Stands in for QFileDialog's static getters: answers ``answer`` and records the
    folder or file name each call started from."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answer = ""
        self.started: list[str] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._answer)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._answer)

    def _answer(self, _parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        self.started.append(start)
        return self.answer, ""


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def recorded(qtbot: QtBot, data_dir: Path) -> MainWindow:
    """The window on a data folder holding one session of two sets."""
    recorded_store(data_dir, sessions=1).conn.close()
    return start_window(qtbot, data_dir, FakePrompts())


def open_boxes(window: MainWindow, name: str) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, name) if box.isVisible()]


def problem(window: MainWindow) -> str:
    """The one problem box shown, answered; its text."""
    boxes = open_boxes(window, "dataProblem")
    assert len(boxes) == 1, [box.text() for box in boxes]
    text = boxes[0].text()
    boxes[0].accept()
    return text


def sessions(window: MainWindow) -> int:
    assert window.store is not None
    return len(window.store.sessions())


def trigger(window: MainWindow, name: str) -> None:
    action = window.named_actions[name]
    assert action.isEnabled(), name
    action.trigger()


# --- the menu --------------------------------------------------------------------------------


def test_the_file_menu_holds_what_users_look_for_in_this_order(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    names = [a.objectName().removeprefix("action_") for a in menu.actions() if not a.isSeparator()]
    assert names == [
        *("import_file", "export_pack", "export_csv", "export_json"),
        *("backup_now", "restore", "print", "export_pdf", "quit"),
    ]


def test_data_commands_wait_for_the_data_folder_and_a_read_only_one_is_not_written(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    assert not any(window.named_actions[name].isEnabled() for name in DATA_ACTIONS)
    store = make_store(data_dir)
    window.attach_storage(store, None)
    assert all(window.named_actions[name].isEnabled() for name in DATA_ACTIONS)
    read_only = Store(store.conn, store.path, read_only=True)
    window.attach_storage(read_only, "read-only")
    enabled = {name for name in DATA_ACTIONS if window.named_actions[name].isEnabled()}
    assert enabled == {"export_pack", "export_csv", "export_json", "backup_now"}
    window.detach_storage()
    assert not any(window.named_actions[name].isEnabled() for name in DATA_ACTIONS)


# --- exports ---------------------------------------------------------------------------------


def test_export_csv_writes_every_set_and_the_next_dialog_starts_in_its_folder(
    recorded: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialogs.answer = str(out / "sets")  # no suffix typed: .csv is added
    trigger(recorded, "export_csv")
    written = out / "sets.csv"
    lines = written.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("date,session_id,workout,exercise,side,set,")
    assert [line.split(",")[4] for line in lines[1:]] == ["left", "right"]
    assert recorded.statusBar().currentMessage() == "Exported every set to sets.csv"
    assert Path(dialogs.started[0]).name.startswith("hiptrainer-sets-")
    assert recorded.transfer_folder == out

    dialogs.answer = str(out / "all.json")
    trigger(recorded, "export_json")
    document = json.loads((out / "all.json").read_text(encoding="utf-8"))
    assert document["format"] == "hiptrainer-backup"
    assert len(document["sessions"]) == 1
    assert len(document["sessions"][0]["sets"]) == 2
    assert Path(dialogs.started[1]).parent == out  # the last folder, offered again
    assert recorded.statusBar().currentMessage() == (
        "Exported a backup of all your data to all.json"
    )
    close(recorded)


def test_a_cancelled_export_writes_nothing(
    recorded: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    dialogs.answer = ""
    trigger(recorded, "export_csv")
    assert recorded.transfer_folder is None
    assert open_boxes(recorded, "dataProblem") == []
    assert recorded.statusBar().currentMessage() == ""
    close(recorded)


@pytest.mark.parametrize(
    ("code", "said"),
    [(errno.EROFS, "Read-only file system"), (errno.ENOSPC, "the disk is full")],
)
def test_an_export_to_a_read_only_or_full_disk_is_one_line_and_leaves_no_file(
    recorded: MainWindow,
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    said: str,
) -> None:
    import os

    def refuse(path: Path, _payload: bytes, **_options: Any) -> None:
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr("hiptrainer.fileio.atomic_write", refuse)
    dialogs.answer = str(tmp_path / "sets.csv")
    trigger(recorded, "export_csv")
    text = problem(recorded)
    assert "\n" not in text
    assert said in text
    assert "sets.csv: cannot write" in text
    assert text.endswith("nothing was written")
    assert list(tmp_path.glob("sets.csv*")) == []
    assert recorded.statusBar().currentMessage() == ""
    close(recorded)


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (sqlite3.OperationalError("disk I/O error"), "the disk reported an input/output error"),
        (sqlite3.DatabaseError("database disk image is malformed"), "malformed"),
    ],
)
def test_a_database_that_cannot_be_read_for_an_export_is_said_apart_from_the_disk(
    recorded: MainWindow,
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: sqlite3.Error,
    said: str,
) -> None:
    def fail(_store: Store) -> str:
        raise error

    monkeypatch.setattr("hiptrainer.storage.transfer.export_csv", fail)
    dialogs.answer = str(tmp_path / "sets.csv")
    trigger(recorded, "export_csv")
    text = problem(recorded)
    assert "\n" not in text
    assert said in text
    assert text.endswith("nothing was exported")
    assert not (tmp_path / "sets.csv").exists()
    close(recorded)


def test_export_pack_writes_the_chosen_items_and_says_when_there_are_none(
    recorded: MainWindow, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trigger(recorded, "export_pack")
    boxes = open_boxes(recorded, "packEmpty")
    assert len(boxes) == 1
    boxes[0].accept()

    definitions = recorded.definitions
    assert definitions is not None
    definitions.save_exercise(custom_exercise("my_plank"))
    recorded.set_catalog(definitions.catalog)
    from hiptrainer.ui.library.packs import PackExportDialog

    monkeypatch.setattr(PackExportDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    dialogs.answer = str(tmp_path / "mine")
    trigger(recorded, "export_pack")
    document = json.loads((tmp_path / "mine.hiptrainer-pack").read_text(encoding="utf-8"))
    assert [item["id"] for item in document["exercises"]] == ["my_plank"]
    assert recorded.statusBar().currentMessage() == "Exported mine.hiptrainer-pack"
    assert recorded.transfer_folder == tmp_path
    close(recorded)


# --- import ----------------------------------------------------------------------------------


def test_import_adds_a_pack_and_a_damaged_file_changes_nothing(
    recorded: MainWindow, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = tmp_path / "damaged.hiptrainer-pack"
    damaged.write_text('{"format": "hiptrainer-pack", "version": 1, "exercises": [', "utf-8")
    dialogs.answer = str(damaged)
    trigger(recorded, "import_file")
    text = problem(recorded)
    assert "\n" not in text
    assert "damaged.hiptrainer-pack" in text
    assert "my_plank" not in recorded.catalog.exercises

    said: list[str] = []

    def read(box: QMessageBox) -> int:  # the import's summary waits for its answer
        said.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read)
    dialogs.answer = str(write_pack(tmp_path / "good.hiptrainer-pack", [custom_exercise()]))
    trigger(recorded, "import_file")
    assert said == ["Imported 1 exercise from good.hiptrainer-pack."]
    assert "my_plank" in recorded.catalog.exercises
    assert recorded.statusBar().currentMessage() == "Imported 1 exercise from good.hiptrainer-pack."
    assert dialogs.started[1] == str(tmp_path)  # where the last file came from
    close(recorded)


# --- back up now -----------------------------------------------------------------------------


def test_back_up_now_puts_a_sound_copy_in_the_backups_folder(
    recorded: MainWindow, data_dir: Path
) -> None:
    trigger(recorded, "backup_now")
    made = list((data_dir / "backups").glob("manual-*.db"))
    assert len(made) == 1
    assert check_backup(made[0]) is None
    assert recorded.statusBar().currentMessage() == (
        f"Backed up to {made[0].name} in {data_dir / 'backups'}"
    )
    close(recorded)


@pytest.mark.parametrize(
    ("seam", "code", "said"),
    [
        ("mkstemp", errno.EROFS, "Read-only file system"),
        ("fsync", errno.ENOSPC, "the disk is full"),
    ],
)
def test_a_backup_that_cannot_be_written_is_one_line_and_leaves_nothing(
    recorded: MainWindow,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    seam: str,
    code: int,
    said: str,
) -> None:
    import os

    from hiptrainer.storage import backup

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    before = sorted(path.name for path in (data_dir / "backups").iterdir())
    if seam == "mkstemp":
        monkeypatch.setattr(backup, "tempfile", SimpleNamespace(mkstemp=refuse))
    else:
        monkeypatch.setattr(backup, "fsync_file", refuse)
    trigger(recorded, "backup_now")
    text = problem(recorded)
    assert "\n" not in text
    assert said in text
    assert "cannot write the backup" in text
    assert sorted(path.name for path in (data_dir / "backups").iterdir()) == before
    close(recorded)


# --- restore ---------------------------------------------------------------------------------


def backup_of(window: MainWindow, data_dir: Path) -> Path:
    trigger(window, "backup_now")
    (made,) = (data_dir / "backups").glob("manual-*.db")
    return made


def question(window: MainWindow) -> QMessageBox:
    boxes = open_boxes(window, "restoreQuestion")
    assert len(boxes) == 1
    return boxes[0]


def test_restore_asks_first_keeps_the_current_data_and_shows_the_restored(
    qtbot: QtBot, recorded: MainWindow, dialogs: Dialogs, data_dir: Path
) -> None:
    made = backup_of(recorded, data_dir)
    store = recorded.store
    definitions = recorded.definitions
    assert store is not None
    assert definitions is not None
    store.finish_session(store.start_session(None))
    definitions.save_exercise(custom_exercise("my_plank"))
    recorded.set_catalog(definitions.catalog)
    assert sessions(recorded) == 2

    dialogs.answer = str(made)
    trigger(recorded, "restore")
    assert dialogs.started == [str(data_dir / "backups")]
    asked = question(recorded)
    assert made.name in asked.text()
    assert f"kept as a copy in {data_dir / 'backups'}" in asked.text()
    # Cancel first: nothing changes.
    asked.button(QMessageBox.StandardButton.Cancel).click()
    assert sessions(recorded) == 2

    trigger(recorded, "restore")
    restore_button = question(recorded).findChild(QPushButton, "restoreButton")
    assert restore_button is not None
    with qtbot.waitSignal(recorded.training_data_changed, timeout=1000):
        restore_button.click()
    assert sessions(recorded) == 1
    assert "my_plank" not in recorded.catalog.exercises  # the catalogue was read again
    (kept,) = (data_dir / "backups").glob("before-restore-*.db")
    assert recorded.statusBar().currentMessage() == (
        f"Restored {made.name}; what was there before is kept as {kept.name}"
    )
    assert open_boxes(recorded, "dataProblem") == []
    close(recorded)


def test_a_damaged_backup_is_refused_in_one_line_and_nothing_changes(
    recorded: MainWindow, dialogs: Dialogs, data_dir: Path, tmp_path: Path
) -> None:
    good = backup_of(recorded, data_dir)
    damaged = tmp_path / "damaged.db"
    raw = bytearray(good.read_bytes())
    page = 4096
    raw[page : page * 3] = b"\xa5" * (page * 2)  # the tables' pages, header kept
    damaged.write_bytes(bytes(raw))
    database = data_dir / "hiptrainer.db"
    dialogs.answer = str(damaged)
    trigger(recorded, "restore")
    restore_button = question(recorded).findChild(QPushButton, "restoreButton")
    assert restore_button is not None
    restore_button.click()
    text = problem(recorded)
    assert "\n" not in text
    assert "damaged.db" in text
    assert text.endswith("nothing was changed")
    assert sessions(recorded) == 1
    assert list((data_dir / "backups").glob("before-restore-*")) == []
    assert database.exists()
    close(recorded)


def test_a_restore_that_cannot_write_says_so_apart_from_a_damaged_file(
    recorded: MainWindow, dialogs: Dialogs, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hiptrainer.storage import restore

    made = backup_of(recorded, data_dir)

    def read_only(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(restore, "tempfile", SimpleNamespace(mkstemp=read_only))
    dialogs.answer = str(made)
    trigger(recorded, "restore")
    restore_button = question(recorded).findChild(QPushButton, "restoreButton")
    assert restore_button is not None
    restore_button.click()
    text = problem(recorded)
    assert "\n" not in text
    assert "Read-only file system" in text
    assert "damaged" not in text
    assert sessions(recorded) == 1
    close(recorded)


def test_restore_is_refused_while_a_workout_is_under_way(
    recorded: MainWindow, dialogs: Dialogs, data_dir: Path
) -> None:
    made = backup_of(recorded, data_dir)
    dialogs.answer = str(made)
    trigger(recorded, "restore")
    box = question(recorded)
    # A workout starts while the question is open: Restore is then refused.
    tab = train_tab(recorded)
    assert tab.start()
    restore_button = box.findChild(QPushButton, "restoreButton")
    assert restore_button is not None
    restore_button.click()
    assert "A workout is under way" in problem(recorded)
    # While it runs, the command says why before asking for a file.
    trigger(recorded, "restore")
    assert len(dialogs.started) == 1
    assert "A workout is under way: finish it (or leave it)" in problem(recorded)
    assert list((data_dir / "backups").glob("before-restore-*")) == []
    assert sessions(recorded) == 2  # the backup's one and the workout's, untouched
    close(recorded)
