"""The File menu's data commands: import, export (every set as CSV, a JSON backup, an exercise
pack), back up now and restore, through the same storage calls as ``hiptrainer import``,
``export``, ``backup`` and ``restore``.

Each says a failure in one line in a message box, and a success on the status bar. An
input/output problem (a full disk, a read-only place, a failing disk) is said as such, apart
from a file that is damaged or not HipTrainer's; in both cases nothing was half-written. The
file dialogs open in the folder the last file came from or went to (the window's
``transfer_folder``); a restore starts in the data folder's backups.

Problems and questions are opened window-modal with ``open()``, not ``exec()``: no nested
event loop, and a test finds the box among the window's children and answers it. Only the
import's summary waits for its answer.

The storage modules (and sqlite3 with them) are imported when a command runs: the window
imports this module before its first frame.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

# Not Qt itself: naming the Qt namespace builds all its enums, which the first frame avoids.
from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

    from hiptrainer.catalog import Catalog
    from hiptrainer.catalog.definitions import UserDefinitions
    from hiptrainer.storage.store import Store

# The File menu's actions that need the data folder open (ui/actions.py names).
DATA_ACTIONS = ("import_file", "export_pack", "export_csv", "export_json", "backup_now", "restore")
# Of those, the ones that write into the database: off while it is read-only.
WRITING_ACTIONS = frozenset({"import_file", "restore"})

SHOWN_MS = 10_000


class DataHost(Protocol):
    """What the data commands use of the main window (which imports this module)."""

    store: Store | None
    bundled: Catalog
    catalog: Catalog
    definitions: UserDefinitions | None
    training_data_changed: SignalInstance
    # The folder the last imported or exported file was in.
    transfer_folder: Path | None

    def set_catalog(self, catalog: Catalog, problems: list[str] | None = None) -> None: ...

    def use_definitions(self, definitions: UserDefinitions) -> None: ...

    def built_tab(self, name: str) -> QWidget | None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)


def data_folder(store: Store) -> Path:
    """The data folder of ``store``: its database file lives at its top
    (storage.database.database_path)."""
    return store.path.parent


def with_suffix(name: str, suffix: str) -> Path:
    """The chosen file name, with ``suffix`` added if the user typed none."""
    path = Path(name)
    return path if path.suffix else path.with_name(path.name + suffix)


class DataMenu(QObject):
    """Connects the File menu's data actions to their commands and keeps them enabled only
    while the data folder is open."""

    def __init__(self, host: DataHost, parent: QWidget, actions: Mapping[str, QAction]) -> None:
        super().__init__(parent)
        self.host = host
        self.parent_widget = parent
        self.data_actions = {name: actions[name] for name in DATA_ACTIONS}
        commands: dict[str, Callable[[], None]] = {
            "import_file": self.import_file,
            "export_pack": self.export_pack,
            "export_csv": lambda: self.export_sets("csv"),
            "export_json": lambda: self.export_sets("json"),
            "backup_now": self.back_up_now,
            "restore": self.restore,
        }
        for name, command in commands.items():
            self.data_actions[name].triggered.connect(lambda _checked=False, run=command: run())
        self.enable(None)  # until the data folder is open

    def enable(self, store: Store | None) -> None:
        """Offer the commands the open database allows: none while it is not open, no
        import or restore while it is read-only."""
        for name, action in self.data_actions.items():
            able = store is not None and not (name in WRITING_ACTIONS and store.read_only)
            action.setEnabled(able)

    # --- what the commands share ----------------------------------------------------------

    def _store(self) -> Store | None:
        store = self.host.store
        if store is None:  # a shortcut pressed while the data was closing
            self.problem(self.tr("Not done"), self.tr("The training data is not open."))
        return store

    def problem(self, title: str, line: str) -> QMessageBox:
        """Say ``line`` (one line, names and paths as plain text) in a box over the window."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(QMessageBox.Icon.Warning, title, line, "dataProblem")
        box.open()
        return box

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names are the user's
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    def done(self, line: str) -> None:
        self.host.statusBar().showMessage(line, SHOWN_MS)

    def not_written(self, problem: str) -> str:
        """An input/output ``problem`` (said by storage, in English) and that nothing was."""
        return self.tr("{problem}; nothing was written").format(problem=problem)

    def _start_folder(self) -> str:
        folder = self.host.transfer_folder
        return str(folder) if folder is not None and folder.is_dir() else ""

    def _save_name(self, title: str, default_name: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        folder = self._start_folder()
        start = str(Path(folder) / default_name) if folder else default_name
        name, _ = QFileDialog.getSaveFileName(self.parent_widget, title, start, filters)
        return Path(name) if name else None

    # --- import and export ----------------------------------------------------------------

    def import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from hiptrainer.catalog import CatalogError
        from hiptrainer.storage.errors import StorageError
        from hiptrainer.ui.library.packs import import_filters, import_path

        if self._store() is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Import"), self._start_folder(), import_filters()
        )
        if not name:
            return
        path = Path(name)
        self.host.transfer_folder = path.parent
        try:
            text = import_path(self.host, path)
        except (CatalogError, StorageError) as exc:
            self.problem(self.tr("Nothing was imported"), str(exc))
            return
        self.done(text.splitlines()[0])
        # What came in (and any item stored under another id) is read before going on, as
        # File ▸ Import… always asked: the one box here that waits for its answer.
        box = self._box(QMessageBox.Icon.Information, self.tr("Imported"), text, "importDone")
        box.exec()

    def export_sets(self, kind: str) -> None:
        """Every recorded set as CSV (``kind`` "csv"), or everything as a JSON backup."""
        import sqlite3

        from hiptrainer.fileio import write_output
        from hiptrainer.storage.errors import StorageError, os_problem
        from hiptrainer.storage.sqlite_errors import translate
        from hiptrainer.storage.transfer import export_csv, export_json

        store = self._store()
        if store is None:
            return
        day = store.now().date().isoformat()
        if kind == "csv":
            title = self.tr("Export every set as CSV")
            asked = (title, f"hiptrainer-sets-{day}.csv", self.tr("CSV files (*.csv)"))
        else:
            title = self.tr("Export a JSON backup")
            filters = self.tr("HipTrainer JSON backups (*.json)")
            asked = (title, f"hiptrainer-backup-{day}.json", filters)
        chosen = self._save_name(*asked)
        if chosen is None:
            return
        path = with_suffix(str(chosen), f".{kind}")
        self.host.transfer_folder = path.parent
        title = self.tr("Nothing was exported")
        try:
            payload = export_csv(store).encode("utf-8") if kind == "csv" else export_json(store)
        except sqlite3.Error as exc:
            self.problem(title, str(translate(exc, store.path, "nothing was exported")))
            return
        except StorageError as exc:
            self.problem(title, str(exc))
            return
        try:
            write_output(path, payload)
        except OSError as exc:
            self.problem(title, self.not_written(str(os_problem(exc, f"{path}: cannot write"))))
            return
        if kind == "csv":
            self.done(self.tr("Exported every set to {name}").format(name=path.name))
        else:
            line = self.tr("Exported a backup of all your data to {name}")
            self.done(line.format(name=path.name))

    def export_pack(self) -> None:
        from PySide6.QtWidgets import QDialog, QMessageBox

        from hiptrainer.catalog import CatalogError
        from hiptrainer.catalog.custom import is_custom
        from hiptrainer.storage.errors import os_problem
        from hiptrainer.ui.library.packs import PackExportDialog, export_path, pack_filter

        if self._store() is None:
            return
        catalog = self.host.catalog
        mine = any(map(is_custom, catalog.exercises.values())) or any(
            map(is_custom, catalog.workouts.values())
        )
        if not mine:
            text = self.tr("A pack holds your own exercises and routines, and you have none yet.")
            title = self.tr("Nothing to export yet")
            box = self._box(QMessageBox.Icon.Information, title, text, "packEmpty")
            box.open()
            return
        dialog = PackExportDialog(catalog, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        exercises, workouts = dialog.chosen()
        chosen = self._save_name(
            self.tr("Export exercise pack"), "my-exercises.hiptrainer-pack", pack_filter()
        )
        if chosen is None:
            return
        path = with_suffix(str(chosen), ".hiptrainer-pack")
        self.host.transfer_folder = path.parent
        title = self.tr("The pack was not saved")
        try:
            export_path(self.host, path, exercises, workouts)
        except CatalogError as exc:
            self.problem(title, str(exc))
            return
        except OSError as exc:
            self.problem(title, self.not_written(str(os_problem(exc, f"{path}: cannot write"))))
            return
        self.done(self.tr("Exported {name}").format(name=path.name))

    # --- backup and restore ---------------------------------------------------------------

    def back_up_now(self) -> None:
        """A snapshot of the database into <data folder>/backups, as ``hiptrainer backup``."""
        from hiptrainer.storage.backup import manual_backup
        from hiptrainer.storage.errors import StorageError

        store = self._store()
        if store is None:
            return
        try:
            made = manual_backup(store.conn, data_folder(store), store.now())
        except StorageError as exc:
            self.problem(self.tr("No backup was made"), str(exc))
            return
        self.done(
            self.tr("Backed up to {name} in {folder}").format(name=made.name, folder=made.parent)
        )

    def busy_reason(self) -> str | None:
        """Why the data cannot be replaced now, or None: a workout or a self-test is under
        way or its result not yet done with (its sets are being saved), or the Routines tab
        holds unsaved changes. A tab not built yet holds nothing (and is not loaded here)."""
        train = self.host.built_tab("train")
        if train is not None:
            from hiptrainer.ui.player.train_tab import TrainTab  # loaded with the tab

            if isinstance(train, TrainTab) and train.session is not None:
                return self.tr(
                    "A workout is under way: finish it (or leave it) on the Train tab "
                    "first; a restore would replace the data it is saving to."
                )
            if isinstance(train, TrainTab) and train.tests.run is not None:
                return self.tr(
                    "A self-test is under way: finish it (or leave it) on the Train tab "
                    "first; a restore would replace the data it is saving to."
                )
        routines = self.host.built_tab("routines")
        if routines is not None:
            from hiptrainer.ui.routines.routines_tab import RoutinesTab  # loaded with the tab

            if isinstance(routines, RoutinesTab) and routines.is_dirty():
                return self.tr("The Routines tab has unsaved changes: save or undo them first.")
        return None

    def restore(self) -> None:
        """Pick a backup, confirm, then replace the database with it (what it held is kept
        as a backup first), and show the restored data everywhere."""
        from PySide6.QtWidgets import QFileDialog

        from hiptrainer.storage.backup import backup_dir

        store = self._store()
        if store is None:
            return
        reason = self.busy_reason()
        if reason is not None:
            self.problem(self.tr("Not restored"), reason)
            return
        backups = backup_dir(data_folder(store))
        start = str(backups) if backups.is_dir() else self._start_folder()
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Restore a backup"),
            start,
            self.tr("HipTrainer database backups (*.db);;All files (*)"),
        )
        if not name:
            return
        self.restore_question(Path(name)).open()

    def restore_question(self, source: Path) -> QMessageBox:
        """The box that asks before ``source`` replaces the data; its Restore button
        restores."""
        from PySide6.QtWidgets import QMessageBox

        store = self.host.store
        kept_in = data_folder(store) / "backups" if store is not None else Path("backups")
        text = self.tr(
            "Replace all your training data, exercises and routines with the backup "
            "{name}?\n\nWhat HipTrainer holds now is kept as a copy in {folder} "
            "first, so you can restore it again later."
        ).format(name=source.name, folder=kept_in)
        title = self.tr("Restore a backup")
        box = self._box(QMessageBox.Icon.Question, title, text, "restoreQuestion")
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        restore_button = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore_button.setObjectName("restoreButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter keeps the data
        box.buttonClicked.connect(
            lambda clicked: self.restore_from(source) if clicked is restore_button else None
        )
        return box

    def restore_from(self, source: Path) -> bool:
        """Replace the database with ``source`` now (asked already); True if it was."""
        from hiptrainer.storage.errors import StorageError
        from hiptrainer.storage.restore import restore

        store = self._store()
        if store is None:
            return False
        reason = self.busy_reason()  # it may have started while the question was open
        if reason is not None:
            self.problem(self.tr("Not restored"), reason)
            return False
        try:
            kept = restore(store, data_folder(store), source, store.now)
        except StorageError as exc:
            # RestoreRefused: damaged, not HipTrainer's, or from a newer version; any other:
            # the disk, a read-only folder, the file in use. Either way nothing changed.
            self.problem(self.tr("The backup was not restored"), str(exc))
            return False
        self._reopen(store)
        line = self.tr("Restored {name}; what was there before is kept as {kept}")
        self.done(line.format(name=source.name, kept=kept.name))
        return True

    def _reopen(self, store: Store) -> None:
        """Every tab shows the restored data: the user's own items are read again, and
        the training data is announced as changed."""
        from hiptrainer.catalog.definitions import UserDefinitions
        from hiptrainer.storage.errors import StorageError

        host = self.host
        try:
            if host.definitions is not None:
                host.definitions.reload()
                host.set_catalog(host.definitions.catalog, host.definitions.problems)
            else:
                host.use_definitions(UserDefinitions(store, host.bundled))
        except StorageError as exc:
            self.problem(self.tr("Your own exercises and routines"), str(exc))
        host.training_data_changed.emit()
