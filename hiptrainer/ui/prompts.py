"""The questions and messages of start-up: message boxes in the app, fakes in tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from PySide6.QtCore import QCoreApplication

from hiptrainer.ui.style.plurals import TextContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

Choice = Literal["restore", "empty", "quit"]


class PromptTexts(TextContext):
    """The translation context of the questions' counts."""


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
    dialog.setWindowTitle(QCoreApplication.translate("Prompts", "Pain this morning"))
    box = score_box(
        QCoreApplication.translate("Prompts", "Pain this morning (0–10)"), "morningPain"
    )
    #: {day} is the workout's day; “not given” is what the score box shows before a choice.
    question = QLabel(
        QCoreApplication.translate(
            "Prompts",
            "After your workout on {day}: how much pain did you feel this morning?\n"
            "0 is none, 10 the worst imaginable; leave it “not given” if you are unsure.",
        ).format(day=day)
    )
    question.setWordWrap(True)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(QCoreApplication.translate("Prompts", "&Save"))
    ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Prompts", "&Not now")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    form.addRow(question)
    form.addRow(QCoreApplication.translate("Prompts", "Pain this &morning"), box)
    form.addRow(buttons)
    box.setFocus()
    return dialog, box


def sets_saved_text(count: int) -> str:
    """``"1 set or hold was saved"``, ``"3 sets and holds were saved"``."""
    if count == 1:
        return PromptTexts.tr("1 set or hold was saved")
    #: Never one (that has a text of its own): 0, 2, 3 … sets and holds.
    return PromptTexts.tr("%n sets and holds were saved", "", count)


class _Questions:
    """The two questions asked after a session: resume an interrupted one, morning pain."""

    _parent: ParentGetter

    def interrupted(self, workout: str, started: str, sets_done: int) -> Resume:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._parent())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "Unfinished workout"))
        from html import escape  # the routine's name may be the user's own: shown as written

        #: Rich text: {workout} is the routine's name, {started} when it started.
        unfinished = QCoreApplication.translate(
            "Prompts", "<b>{workout}</b>, started {started}, did not finish."
        )
        box.setText(unfinished.format(workout=escape(workout), started=escape(started)))
        #: {saved} says how many sets were saved ("3 sets and holds were saved").
        question = QCoreApplication.translate(
            "Prompts", "{saved}. Continue at the next unfinished one, or close it?"
        )
        box.setInformativeText(question.format(saved=sets_saved_text(sets_done)))
        resume = box.addButton(
            QCoreApplication.translate("Prompts", "&Continue"), QMessageBox.ButtonRole.AcceptRole
        )
        close = box.addButton(
            QCoreApplication.translate("Prompts", "C&lose it"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        later = box.addButton(
            QCoreApplication.translate("Prompts", "&Not now"), QMessageBox.ButtonRole.RejectRole
        )
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

        #: {message} says which data folder is in use (in English).
        text = QCoreApplication.translate(
            "Prompts",
            "{message}.\n\nSwitch to the open HipTrainer window; only one can use the same data "
            "at a time.",
        )
        QMessageBox.information(
            self._parent(),
            QCoreApplication.translate("Prompts", "HipTrainer is already running"),
            text.format(message=message),
        )

    def damaged(self, message: str, moved_to: Path, backup: Path | None) -> Choice:
        box, buttons = damaged_box(self._parent(), message, moved_to, backup)
        box.exec()
        clicked = box.clickedButton()
        return next((choice for choice, button in buttons.items() if button is clicked), "quit")

    def problem(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        #: {message} is the problem, often in English (from the file system or database).
        text = QCoreApplication.translate(
            "Prompts",
            "{message}.\n\nThe exercise library still works; workouts cannot be recorded until "
            "this is fixed.",
        )
        QMessageBox.warning(
            self._parent(),
            QCoreApplication.translate("Prompts", "HipTrainer cannot save your training"),
            text.format(message=message),
        )


def damaged_box(
    parent: QWidget | None, message: str, moved_to: Path, backup: Path | None
) -> tuple[Any, dict[Choice, Any]]:
    """The question asked when the database file is damaged, and its buttons by choice."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Your training data needs attention"))
    box.setText(
        QCoreApplication.translate("Prompts", "<b>HipTrainer's database file is damaged.</b>")
    )
    from html import escape

    #: Rich text: {file} is the name the damaged file was given.
    info = QCoreApplication.translate(
        "Prompts",
        "The damaged file was set aside as <i>{file}</i> in the data folder; nothing in it was "
        "deleted.",
    ).format(file=escape(moved_to.name))
    if backup is not None:
        restore = QCoreApplication.translate(
            "Prompts",
            "You can restore the newest good backup, made on {when}, or start with no recorded "
            "training.",
        )
        info += "<br><br>" + restore.format(when=_when(backup))
    else:
        info += "<br><br>" + QCoreApplication.translate(
            "Prompts", "There is no backup to restore; HipTrainer can start with no data."
        )
    box.setInformativeText(info)
    box.setDetailedText(message)
    buttons: dict[Choice, Any] = {}
    if backup is not None:
        buttons["restore"] = box.addButton(
            QCoreApplication.translate("Prompts", "&Restore the backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    buttons["empty"] = box.addButton(
        QCoreApplication.translate("Prompts", "&Start with no data"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    buttons["quit"] = box.addButton(
        QCoreApplication.translate("Prompts", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(buttons.get("restore") or buttons["empty"])
    box.setEscapeButton(buttons["quit"])
    return box, buttons


def _when(path: Path) -> str:
    from PySide6.QtCore import QDateTime, QLocale

    moment = QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))
    #: A Qt date-time format: when a backup was made ("29 November 2026, 14:05").
    return QLocale().toString(moment, QCoreApplication.translate("Prompts", "d MMMM yyyy, HH:mm"))
