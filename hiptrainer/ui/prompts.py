"""The questions and messages of start-up: message boxes in the app, fakes in tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

Choice = Literal["restore", "empty", "quit"]
Resume = Literal["resume", "close", "later"]


class Prompts(Protocol):
    """The questions and messages of start-up; dialogs in the app, fakes in tests."""

    def already_running(self, message: str) -> None: ...

    def damaged(self, message: str, moved_to: Path, backup: Path | None) -> Choice: ...

    def problem(self, message: str) -> None: ...

    def interrupted(self, workout: str, started: str, sets_done: int) -> Resume: ...

    def morning_pain(self, day: str) -> int | None: ...


ParentGetter = Callable[[], "QWidget | None"]


def pain_question(parent: QWidget | None, day: str) -> tuple[QDialog, QSpinBox]:
    """This morning's pain, asked in a small dialog whose score starts "not given": Enter
    without choosing a score answers nothing, never "no pain"."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel

    from hiptrainer.ui.player.score import score_box

    dialog = QDialog(parent)
    dialog.setObjectName("morningPainDialog")
    dialog.setWindowTitle("Pain this morning")
    box = score_box("Pain this morning (0–10)", "morningPain")
    question = QLabel(
        f"After your workout on {day}: how much pain did you feel this morning?\n"
        "0 is none, 10 the worst imaginable; leave it “not given” if you are unsure."
    )
    question.setWordWrap(True)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText("&Save")
    ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("&Not now")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    form.addRow(question)
    form.addRow("Pain this &morning", box)
    form.addRow(buttons)
    box.setFocus()
    return dialog, box


def sets_saved_text(count: int) -> str:
    """``"1 set or hold was saved"``, ``"3 sets and holds were saved"``."""
    if count == 1:
        return "1 set or hold was saved"
    return f"{count} sets and holds were saved"


class _Questions:
    """The two questions asked after a session: resume an interrupted one, morning pain."""

    _parent: ParentGetter

    def interrupted(self, workout: str, started: str, sets_done: int) -> Resume:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._parent())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Unfinished workout")
        from html import escape  # the routine's name may be the user's own: shown as written

        box.setText(f"<b>{escape(workout)}</b>, started {escape(started)}, did not finish.")
        box.setInformativeText(
            f"{sets_saved_text(sets_done)}. Continue at the next unfinished one, or close it?"
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
        """The score given, or None: not answered, or answered without choosing one."""
        from PySide6.QtWidgets import QDialog

        from hiptrainer.ui.player.score import score

        dialog, box = pain_question(self._parent(), day)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return score(box) if accepted else None
        finally:
            dialog.deleteLater()


class DialogPrompts(_Questions):
    """Start-up questions as message boxes over ``parent``."""

    def __init__(self, parent_getter: ParentGetter = lambda: None) -> None:
        self._parent = parent_getter

    def already_running(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self._parent(),
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
            self._parent(),
            "HipTrainer cannot save your training",
            f"{message}.\n\nThe exercise library still works; workouts cannot be recorded "
            "until this is fixed.",
        )


def damaged_box(
    parent: QWidget | None, message: str, moved_to: Path, backup: Path | None
) -> tuple[Any, dict[Choice, Any]]:
    """The question asked when the database file is damaged, and its buttons by choice."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
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
