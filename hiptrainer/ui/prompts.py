"""The questions and messages of start-up: message boxes in the app, fakes in tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, Protocol

Choice = Literal["restore", "empty", "quit"]
Resume = Literal["resume", "close", "later"]


class Prompts(Protocol):
    """The questions and messages of start-up; dialogs in the app, fakes in tests."""

    def already_running(self, message: str) -> None: ...

    def damaged(self, message: str, moved_to: Path, backup: Path | None) -> Choice: ...

    def problem(self, message: str) -> None: ...

    def interrupted(self, workout: str, started: str, sets_done: int) -> Resume: ...

    def morning_pain(self, day: str) -> int | None: ...


class _Questions:
    """The two questions asked after a session: resume an interrupted one, morning pain."""

    def interrupted(self, workout: str, started: str, sets_done: int) -> Resume:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._parent())  # type: ignore[attr-defined]
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Unfinished workout")
        box.setText(f"<b>{workout}</b>, started {started}, did not finish.")
        box.setInformativeText(
            f"{sets_done} sets were saved. Continue at the next unfinished set, or close it?"
        )
        resume = box.addButton("&Continue", QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton("C&lose it", QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton("&Not now", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        return "resume" if clicked is resume else "close" if clicked is close else "later"

    def morning_pain(self, day: str) -> int | None:
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getInt(
            self._parent(),  # type: ignore[attr-defined]
            "Pain this morning",
            f"After your workout on {day}: how much pain did you feel this morning?\n"
            "0 is none, 10 the worst imaginable.",
            0,
            0,
            10,
        )
        return value if ok else None


class DialogPrompts(_Questions):
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

    def damaged(self, message: str, moved_to: Path, backup: Path | None) -> Choice:
        box, buttons = damaged_box(self._parent(), message, moved_to, backup)
        box.exec()
        clicked = box.clickedButton()
        return next((choice for choice, button in buttons.items() if button is clicked), "quit")

    def problem(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            self._parent(),  # type: ignore[arg-type]
            "HipTrainer cannot save your training",
            f"{message}.\n\nThe exercise library still works; workouts cannot be recorded "
            "until this is fixed.",
        )


def damaged_box(
    parent: object, message: str, moved_to: Path, backup: Path | None
) -> tuple[Any, dict[Choice, Any]]:
    """The question asked when the database file is damaged, and its buttons by choice."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)  # type: ignore[arg-type]
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Your training data needs attention")
    box.setText("<b>HipTrainer's database file is damaged.</b>")
    info = (
        f"The damaged file was set aside as <i>{moved_to.name}</i> in the data folder; "
        "nothing in it was deleted."
    )
    if backup is not None:
        info += (
            f"<br><br>You can restore the newest good backup, made on {_when(backup)}, "
            "or start with no recorded training."
        )
    else:
        info += "<br><br>There is no backup to restore; HipTrainer can start with no data."
    box.setInformativeText(info)
    box.setDetailedText(message)
    buttons: dict[Choice, Any] = {}
    if backup is not None:
        buttons["restore"] = box.addButton("&Restore the backup", QMessageBox.ButtonRole.AcceptRole)
    buttons["empty"] = box.addButton("&Start with no data", QMessageBox.ButtonRole.DestructiveRole)
    buttons["quit"] = box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons.get("restore") or buttons["empty"])
    box.setEscapeButton(buttons["quit"])
    return box, buttons


def _when(path: Path) -> str:
    from datetime import datetime

    return datetime.fromtimestamp(path.stat().st_mtime).strftime("%d %B %Y, %H:%M")
