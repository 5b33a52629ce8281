"""File ▸ Import… and File ▸ Export Exercise Pack…: packs (and backups) in and out of the
window, through the same code as ``hiptrainer import`` and ``hiptrainer export --format pack``.

An import is all or nothing; what it added (and any item stored under another id because its
own was taken) is said in a message, and the Library lists the new items at once. Exporting
asks which of the user's exercises and routines go in (all are ticked); a routine takes the
user's exercises it uses along. Every name is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.catalog.custom import is_custom

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QStatusBar

    from hiptrainer.catalog import Catalog
    from hiptrainer.catalog.definitions import UserDefinitions
    from hiptrainer.storage.store import Store


# The file dialogs' filters in English; pack_filter() and import_filters() translate them.
PACK_FILTER = "HipTrainer exercise packs (*.hiptrainer-pack)"
IMPORT_FILTERS = f"{PACK_FILTER};;HipTrainer backups (*.json);;All files (*)"


def pack_filter() -> str:
    return QCoreApplication.translate("Packs", "HipTrainer exercise packs (*.hiptrainer-pack)")


def import_filters() -> str:
    backups = QCoreApplication.translate("Packs", "HipTrainer backups (*.json)")
    every = QCoreApplication.translate("Packs", "All files (*)")
    return f"{pack_filter()};;{backups};;{every}"


class PackHost(Protocol):
    """What the pack commands use of the main window (which imports this module)."""

    store: Store | None
    bundled: Catalog
    catalog: Catalog
    definitions: UserDefinitions | None
    training_data_changed: SignalInstance

    def set_catalog(self, catalog: Catalog, problems: list[str] | None = None) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)


def import_path(window: PackHost, path: Path) -> str:
    """Import ``path`` into the open data folder and list what came; returns the message to
    show. Raises CatalogError or StorageError (one line) with nothing written."""
    from hiptrainer.catalog.packs import PackPlanner
    from hiptrainer.storage.transfer import import_file

    store = window.store
    if store is None:
        from hiptrainer.storage.errors import StorageError

        raise StorageError(
            QCoreApplication.translate(
                "Packs", "the training data is not open, so nothing can be imported"
            )
        )
    summary = import_file(store, path, PackPlanner(window.bundled))
    if window.definitions is not None:
        window.definitions.reload()
        window.set_catalog(window.definitions.catalog, window.definitions.problems)
    if summary.sessions or summary.sets:
        window.training_data_changed.emit()
    #: {what} is a list in English for now, such as "3 exercises and 1 routine".
    imported = QCoreApplication.translate("Packs", "Imported {what} from {file}.")
    lines = [imported.format(what=summary.wording(), file=path.name)]
    lines += [f"The {line}." for line in summary.renamed]
    return "\n".join(lines)


def export_path(
    window: PackHost, path: Path, exercise_ids: list[str], workout_ids: list[str]
) -> None:
    """Write a pack of these items (and the exercises their routines use) to ``path``, whole
    or not at all. Raises CatalogError or OSError."""
    from hiptrainer.catalog.packs import pack_bytes
    from hiptrainer.fileio import write_output

    payload = pack_bytes(window.catalog, exercise_ids, workout_ids)
    write_output(path, payload)


def _message(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and file names are the user's
    box.exec()


def ask_and_import(window: PackHost, parent: QWidget) -> None:
    from hiptrainer.catalog import CatalogError
    from hiptrainer.storage.errors import StorageError

    title = QCoreApplication.translate("Packs", "Import")
    name, _ = QFileDialog.getOpenFileName(parent, title, "", import_filters())
    if not name:
        return
    try:
        text = import_path(window, Path(name))
    except (CatalogError, StorageError) as exc:
        title = QCoreApplication.translate("Packs", "Nothing was imported")
        _message(parent, QMessageBox.Icon.Warning, title, str(exc))
        return
    window.statusBar().showMessage(text.splitlines()[0], 10_000)
    #: A message box's title after an import.
    title = QCoreApplication.translate("Packs", "Imported")
    _message(parent, QMessageBox.Icon.Information, title, text)


class PackExportDialog(QDialog):
    """Ticks for each of the user's exercises and routines; all ticked at first."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packExportDialog")
        self.setWindowTitle(self.tr("Export an exercise pack"))
        intro = QLabel(
            self.tr(
                "Choose what goes in the pack. A routine takes the exercises of yours it uses "
                "along; bundled exercises are named, not copied."
            )
        )
        intro.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("packItems")
        self.items.setAccessibleName(self.tr("Exercises and routines to export"))
        self.items.setAccessibleDescription(self.tr("Space ticks or unticks the chosen one."))
        self.items.setWordWrap(True)  # a long name shows whole, on more lines
        kinds = (
            ("Routine", self.tr("Routine: {name}"), catalog.workouts),
            ("Exercise", self.tr("Exercise: {name}"), catalog.exercises),
        )
        for kind, label, items in kinds:
            for item in items.values():
                if is_custom(item):
                    row = QListWidgetItem(label.format(name=item.name))  # items are plain text
                    row.setData(Qt.ItemDataRole.UserRole, (kind, item.id))
                    row.setCheckState(Qt.CheckState.Checked)
                    self.items.addItem(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.items.itemChanged.connect(lambda _item: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.items, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self._enable()

    def chosen(self) -> tuple[list[str], list[str]]:
        """The ticked ids: (exercises, routines)."""
        exercises: list[str] = []
        workouts: list[str] = []
        for row in range(self.items.count()):
            item = self.items.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                kind, item_id = item.data(Qt.ItemDataRole.UserRole)
                (workouts if kind == "Routine" else exercises).append(item_id)
        return exercises, workouts

    def _enable(self) -> None:
        self.save_button.setEnabled(any(self.chosen()))


def ask_and_export(window: PackHost, parent: QWidget) -> None:
    from hiptrainer.catalog import CatalogError

    catalog = window.catalog
    mine = any(map(is_custom, catalog.exercises.values())) or any(
        map(is_custom, catalog.workouts.values())
    )
    if not mine:
        _message(
            parent,
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Packs", "Nothing to export yet"),
            QCoreApplication.translate(
                "Packs", "A pack holds your own exercises and routines, and you have none yet."
            ),
        )
        return
    dialog = PackExportDialog(window.catalog, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    exercises, workouts = dialog.chosen()
    title = QCoreApplication.translate("Packs", "Export exercise pack")
    #: The file name a new pack is offered; keep the .hiptrainer-pack ending.
    suggested = QCoreApplication.translate("Packs", "my-exercises.hiptrainer-pack")
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, pack_filter())
    if not name:
        return
    try:
        export_path(window, Path(name), exercises, workouts)
    except CatalogError as exc:
        title = QCoreApplication.translate("Packs", "The pack was not saved")
        _message(parent, QMessageBox.Icon.Warning, title, str(exc))
        return
    except OSError as exc:
        _message(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Packs", "The pack was not saved"),
            QCoreApplication.translate("Packs", "{file}: cannot write: {reason}").format(
                file=name, reason=exc.strerror or exc
            ),
        )
        return
    exported = QCoreApplication.translate("Packs", "Exported {file}")
    window.statusBar().showMessage(exported.format(file=Path(name).name), 10_000)
