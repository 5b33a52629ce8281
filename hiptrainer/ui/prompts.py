"""The questions and messages of start-up: message boxes in the app, fakes in tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal, Protocol

Choice = Literal["restore", "empty", "quit"]


class Prompts(Protocol):
    """The questions and messages of start-up; dialogs in the app, fakes in tests."""

    def already_running(self, message: str) -> None: ...

    def damaged(self, message: str, backup: Path | None) -> Choice: ...

    def problem(self, message: str) -> None: ...


class DialogPrompts:
    """Start-up questions as message boxes over ``parent``."""

    def __init__(self, parent_getter: Callable[[], object] = lambda: None) -> None:
        self._parent = parent_getter

    def already_running(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self._parent(),  # type: ignore[arg-type]
            "HipTrainer is already running",
            f"{message}.\n\nSwitch to the open HipTrainer window; only one can use the same "
            "data at a time.",
        )

    def damaged(self, message: str, backup: Path | None) -> Choice:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._parent())  # type: ignore[arg-type]
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Your training data needs attention")
        box.setText("HipTrainer's database file is damaged.")
        info = message + "."
        if backup is not None:
            info += f"\n\nThe newest good backup is {backup.name}."
        box.setInformativeText(info)
        restore_button = None
        if backup is not None:
            restore_button = box.addButton("Restore the backup", QMessageBox.ButtonRole.AcceptRole)
        empty_button = box.addButton("Start with no data", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore_button or empty_button)
        box.exec()
        clicked = box.clickedButton()
        if restore_button is not None and clicked is restore_button:
            return "restore"
        if clicked is empty_button:
            return "empty"
        return "quit"

    def problem(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            self._parent(),  # type: ignore[arg-type]
            "HipTrainer cannot save your training",
            f"{message}.\n\nThe exercise library still works; workouts cannot be recorded "
            "until this is fixed.",
        )
