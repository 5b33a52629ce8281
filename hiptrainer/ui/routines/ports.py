"""What the Routines tab needs of the window, in one small object: the catalogue, the user's
definitions, a way to publish a changed catalogue, and the question asked about unsaved
edits (a seam a test answers without a dialog)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.catalog.definitions import UserDefinitions

Result = TypeVar("Result")
#: What to do with unsaved edits before the editor shows something else or the window closes.
Answer = Literal["save", "discard", "cancel"]
Ask = Callable[[str], Answer]


class Port:
    def __init__(
        self,
        catalog: Callable[[], Catalog],
        definitions: Callable[[], UserDefinitions | None],
        publish: Callable[[Catalog], None],
        ask: Ask,
        read_only: Callable[[], bool] = lambda: False,
    ) -> None:
        self.catalog = catalog
        self.definitions = definitions
        self.publish = publish
        self.ask = ask
        self._read_only = read_only

    def writable(self) -> bool:
        return self.definitions() is not None and not self._read_only()

    def settle(self, dirty: bool, save: Callable[[], bool], name: str) -> bool:
        """Whether the editor may move on: nothing unsaved, or the user saved (and the save
        worked) or discarded; False when the user cancelled or the save failed."""
        if not dirty:
            return True
        answer = self.ask(name)
        if answer == "save":
            return save()
        return answer == "discard"

    def attempt(
        self,
        change: Callable[[], Result],
        report: Callable[[str], None],
        *,
        raise_definition: bool = False,
    ) -> Result | None:
        """Run ``change``; an item the catalogue refuses, or a database that cannot be
        written, is reported in one line (None returned). With ``raise_definition`` the
        catalogue's refusal is raised, for an editor to point at the field."""
        from hiptrainer.catalog.definitions import DefinitionError
        from hiptrainer.storage.errors import StorageError

        try:
            return change()
        except DefinitionError as exc:
            if raise_definition:
                raise
            report(str(exc))
        except StorageError as exc:
            #: {reason} is a storage error's line, in English for now.
            could_not = QCoreApplication.translate("RoutinesPort", "Could not save: {reason}")
            report(could_not.format(reason=exc))
        return None


def ask_with_dialog(parent: Callable[[], object]) -> Ask:
    """The question as a message box: Save, Discard or Cancel."""

    def ask(name: str) -> Answer:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox, QWidget

        owner = parent()
        box = QMessageBox(owner if isinstance(owner, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("RoutinesPort", "Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        question = QCoreApplication.translate("RoutinesPort", "Save the changes to “{name}”?")
        box.setText(question.format(name=name))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        chosen = box.exec()
        if chosen == QMessageBox.StandardButton.Save:
            return "save"
        if chosen == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    return ask
