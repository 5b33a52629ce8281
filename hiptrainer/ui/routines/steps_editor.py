"""A custom exercise's steps: 3 to 6, each its text and a pose from the pose library, with
the chosen step's figure on both sides."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.domain.blocks import moved
from hiptrainer.ui.routines.block_list import BlockList
from hiptrainer.ui.routines.fields import ErrorLabel, FieldErrors
from hiptrainer.ui.routines.pose_picker import PosePicker, PosePreview, pose_words
from hiptrainer.ui.routines.reflow import SideBySide

MOST_STEPS = 6


def next_pose(before: str, steps: list[dict[str, str]]) -> str:
    """The pose a new step after a step on ``before`` starts on: the next pose of the same
    exercise that no step uses yet (the next step of a movement most often is), else the
    first unused pose of the library (two steps may not share a pose)."""
    from hiptrainer.catalog.custom import split_pose
    from hiptrainer.catalog.poses import pose_library

    used = {step["pose"] for step in steps}
    library = pose_library()
    source, pose = split_pose(before)
    names = library.get(source, [])
    after = names[names.index(pose) + 1 :] if pose in names else names
    candidates = [f"{source}:{name}" for name in after]
    candidates += [f"{exercise}:{name}" for exercise, poses in library.items() for name in poses]
    return next((ref for ref in candidates if ref not in used), before)


class StepsEditor(QWidget):
    changed = Signal()

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepsEditor")
        self.steps: list[dict[str, str]] = []
        self.muscles: list[str] = []
        self.list = BlockList()
        self.list.setObjectName("stepList")
        self.list.setAccessibleName(self.tr("Steps"))
        self.list.setAccessibleDescription(
            self.tr("The exercise's steps in order; the chosen one is edited below the list.")
        )
        self.list.setToolTip(
            self.tr("Drag a step by its handle, or move it with Alt+Up and Alt+Down")
        )
        self.list.setMaximumHeight(150)
        # One line a step (the text is edited below): long steps end in "…".
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add = QPushButton(self.tr("Add ste&p"))
        self.remove = QPushButton(self.tr("Remove step"))
        self.text = QLineEdit()
        self.text.setMaxLength(2000)
        self.text.setAccessibleName(self.tr("Step text"))
        self.text.setPlaceholderText(self.tr("What to do in this step, in a sentence"))
        text_label = QLabel(self.tr("Step te&xt"))
        text_label.setBuddy(self.text)
        self.picker = PosePicker(names)
        pose_label = QLabel(self.tr("Pose (from the pose &library)"))
        pose_label.setBuddy(self.picker.search)
        self.preview = PosePreview()
        self.errors = FieldErrors(ErrorLabel())
        self.list_error, self.text_error, self.pose_error = ErrorLabel(), ErrorLabel(), ErrorLabel()
        self.errors.register("steps", self.list, self.list_error)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        editing = QWidget()
        column = QVBoxLayout(editing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addLayout(buttons)
        for widget in (self.list_error, text_label, self.text, self.text_error, pose_label):
            column.addWidget(widget)
        column.addWidget(self.picker, 1)
        column.addWidget(self.pose_error)
        # The figures beside the step, or under it when the width is short.
        SideBySide(editing, self.preview, (3, 2), parent=self)

        self.list.currentRowChanged.connect(self._show_step)
        self.list.move_requested.connect(self._move)
        self.add.clicked.connect(self.add_step)
        self.remove.clicked.connect(self.remove_step)
        self.text.textEdited.connect(self._text_edited)
        self.picker.pose_chosen.connect(self._pose_chosen)

    def set_steps(self, steps: list[dict[str, Any]], muscles: list[str]) -> None:
        self.steps = [{"text": str(s["text"]), "pose": str(s["pose"])} for s in steps]
        self.muscles = muscles
        self._fill(0)

    def set_muscles(self, muscles: list[str]) -> None:
        self.muscles = muscles
        self.preview.show_ref(self.preview.ref, muscles)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.add, self.remove, self.text, self.picker):
            widget.setEnabled(editable)
        self.list.set_editable(editable)

    def current(self) -> int:
        return self.list.currentRow()

    def _rows(self) -> list[str]:
        #: A step in the list of an exercise's steps that has no text yet.
        no_text = self.tr("(no text yet)")
        return [
            f"{step['text'] or no_text} — {pose_words(step['pose'].partition(':')[2])}"
            for step in self.steps
        ]

    def _fill(self, current: int) -> None:
        self.list.set_rows(self._rows(), current)
        self._show_step(self.list.currentRow())
        self.add.setEnabled(self.text.isEnabled() and len(self.steps) < MOST_STEPS)

    def _show_step(self, row: int) -> None:
        if not 0 <= row < len(self.steps):
            self.text.clear()
            self.preview.show_ref("", self.muscles)
            return
        step = self.steps[row]
        self.text.setText(step["text"])
        self.picker.set_pose(step["pose"])
        self.preview.show_ref(step["pose"], self.muscles)

    def _update_row(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            item.setText(f"{item.text().split('.', 1)[0]}. {self._rows()[row]}")

    def _text_edited(self, text: str) -> None:
        row = self.current()
        if 0 <= row < len(self.steps):
            self.steps[row]["text"] = text
            self._update_row(row)
            self.changed.emit()

    def _pose_chosen(self, ref: str) -> None:
        row = self.current()
        if 0 <= row < len(self.steps) and self.picker.isEnabled():
            self.steps[row]["pose"] = ref
            self._update_row(row)
            self.preview.show_ref(ref, self.muscles)
            self.changed.emit()

    def add_step(self) -> None:
        if len(self.steps) >= MOST_STEPS:
            return
        row = self.current()
        at = row + 1 if 0 <= row < len(self.steps) else len(self.steps)
        before = self.steps[at - 1]["pose"] if at > 0 else self.picker.chosen()
        self.steps.insert(at, {"text": "", "pose": next_pose(before, self.steps)})
        self._fill(at)
        self.text.setFocus()
        self.changed.emit()

    def remove_step(self) -> None:
        row = self.current()
        if 0 <= row < len(self.steps):
            del self.steps[row]
            self._fill(row)
            self.changed.emit()

    def _move(self, row: int, to: int) -> None:
        self.steps = moved(self.steps, row, to)
        self._fill(to)
        self.list.setFocus()
        self.changed.emit()

    def show_error(self, field: str, message: str) -> None:
        """``steps[1].pose: …`` selects step 2 and shows the line under its pose."""
        from hiptrainer.catalog.definitions import DefinitionError

        self.errors.clear()
        for label in (self.text_error, self.pose_error):
            label.say("")
        if field.startswith("steps[") and "]" in field:
            index = int(field[len("steps[") : field.index("]")])
            if 0 <= index < len(self.steps):
                self.list.setCurrentRow(index)
                if field.endswith(".pose"):
                    self.pose_error.say(message)
                    self.picker.search.setFocus()
                    return
                self.text_error.say(message)
                self.text.setFocus()
                return
        self.errors.show_error(DefinitionError(message), "steps")

    def clear_errors(self) -> None:
        self.errors.clear()
        for label in (self.text_error, self.pose_error):
            label.say("")
