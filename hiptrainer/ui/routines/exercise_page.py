"""The custom exercises page: your exercises beside the editor; a new one starts blank or
as a copy of any exercise (bundled ones too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.catalog.custom import is_custom
from hiptrainer.ui.routines.exercise_editor import ExerciseEditor, blank_exercise
from hiptrainer.ui.routines.fields import plain_label
from hiptrainer.ui.routines.ports import Port
from hiptrainer.ui.routines.reflow import scrolled
from hiptrainer.ui.style.tokens import SPACE_S
from hiptrainer.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.catalog.definitions import Removed

ID_ROLE = Qt.ItemDataRole.UserRole


class ExercisePage(QWidget):
    def __init__(self, port: Port, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercisePage")
        self.port = port
        self.removed: Removed | None = None
        self.list = QListWidget()
        self.list.setObjectName("exerciseList")
        self.list.setAccessibleName(self.tr("Your exercises"))
        self.list.setAccessibleDescription(
            self.tr("The exercises you made or copied: the chosen one is open in the editor.")
        )
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(280)
        # Long names (German ones above all) wrap onto a second line instead of being cut.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        heading = plain_label(self.tr("Your exercises"))
        self.empty = plain_label(
            self.tr("None yet. Start a new one, or copy any exercise of the Library and change it.")
        )
        self.empty.setWordWrap(True)
        self.new = QPushButton(self.tr("Ne&w exercise"))
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Exercise to copy"))
        # As wide as the list beside it allows, not as the longest name (its list shows it).
        self.template.setMinimumContentsLength(8)
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.duplicate = QPushButton(self.tr("&Duplicate"))
        self.duplicate.setToolTip(
            self.tr("Make a copy of the chosen exercise that is yours to edit")
        )
        copy_label = QLabel(self.tr("Cop&y of:"))
        copy_label.setBuddy(self.template)
        self.delete = QPushButton(self.tr("Delete"))
        self.delete.setToolTip(self.tr("Delete your exercise (Delete); Undo brings it back"))
        self.undo = QPushButton(self.tr("&Undo delete"))
        self.undo.hide()
        self.status = plain_label()
        self.status.setObjectName("exerciseStatus")
        self.status.setWordWrap(True)
        self.editor = ExerciseEditor(port.catalog())
        self.save_button = QPushButton(self.tr("&Save"))
        self.discard = QPushButton(self.tr("Dis&card changes"))
        scroll = scrolled(self.editor, "exerciseScroll")

        panel = QWidget()
        panel.setMaximumWidth(self.list.maximumWidth())
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(heading)
        side.addWidget(self.list, 1)
        side.addWidget(self.empty)
        # The buttons wrap under each other in the list's width (a large font).
        buttons = FlowLayout(spacing=SPACE_S)
        buttons.addWidget(self.new)
        buttons.addWidget(self.delete)
        side.addLayout(buttons)
        copy_row = QHBoxLayout()
        copy_row.addWidget(copy_label)
        copy_row.addWidget(self.template, 1)
        side.addLayout(copy_row)
        side.addWidget(self.duplicate, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.undo)
        side.addWidget(self.status)
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.discard)
        foot.addWidget(self.save_button)
        main = QVBoxLayout()
        main.addWidget(scroll, 1)
        main.addLayout(foot)
        row = QHBoxLayout(self)
        row.addWidget(panel)
        row.addLayout(main, 1)

        self.list.currentItemChanged.connect(self._chosen)
        self.new.clicked.connect(self.new_exercise)
        self.duplicate.clicked.connect(self.duplicate_exercise)
        self.delete.clicked.connect(self.delete_exercise)
        self.undo.clicked.connect(self.undo_delete)
        self.save_button.clicked.connect(self.save)
        self.discard.clicked.connect(self.discard_changes)
        self.editor.changed.connect(self._update_buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_exercise)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_delete)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self.fill(port.catalog())

    def fill(self, catalog: Catalog, select: str | None = None) -> None:
        keep = select or self.editor.exercise_id
        self.editor.set_catalog(catalog)
        chosen = self.template.currentData()
        self.template.clear()
        for exercise in catalog.exercises.values():
            self.template.addItem(exercise.name, exercise.id)
        self.template.setCurrentIndex(max(0, self.template.findData(chosen)))
        self.list.blockSignals(True)
        self.list.clear()
        for exercise in catalog.exercises.values():
            if is_custom(exercise):
                item = QListWidgetItem(exercise.name)
                item.setData(ID_ROLE, exercise.id)
                self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(self.list.count() == 0)
        if self.editor.is_dirty() and select is None:
            self._select(self.editor.exercise_id, load=False)
        elif not self._select(keep):
            if self.list.count():
                self.list.setCurrentRow(0)
            else:
                self._show_blank(editable=False)
        self._update_buttons()

    def _select(self, exercise_id: str, load: bool = True) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(ID_ROLE) == exercise_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                if load:
                    self._load(exercise_id)
                return True
        return False

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        exercise_id = str(current.data(ID_ROLE))
        if exercise_id == self.editor.exercise_id and not self.editor.is_dirty():
            return
        if not self.port.settle(self.editor.is_dirty(), self.save, self.editor.name.text()):
            if previous is not None:
                self.list.blockSignals(True)
                self.list.setCurrentItem(previous)
                self.list.blockSignals(False)
            return
        self._select(exercise_id)  # a save on the way listed the exercises again

    def _load(self, exercise_id: str) -> None:
        exercise = self.port.catalog().exercises.get(exercise_id)
        if exercise is None:
            return
        self.editor.load(msgspec.to_builtins(exercise), self.port.writable())
        self._update_buttons()

    def _show_blank(self, editable: bool) -> None:
        poses = self.editor.steps.picker.chosen() or _first_pose()
        self.editor.load(blank_exercise(poses), editable)

    def _update_buttons(self) -> None:
        writable = self.port.writable()
        for button in (self.new, self.duplicate):
            button.setEnabled(writable)
        self.template.setEnabled(writable)
        self.delete.setEnabled(writable and bool(self.current_id()))
        self.save_button.setEnabled(self.editor.editable)
        self.discard.setEnabled(self.editor.is_dirty())

    def new_exercise(self) -> None:
        if not self.port.writable():
            return
        if not self.port.settle(self.editor.is_dirty(), self.save, self.editor.name.text()):
            return
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._show_blank(editable=True)
        self.editor._clean = {}  # a new exercise counts as a change until it is saved
        self.editor.name.setFocus()
        self.editor.name.selectAll()
        self._update_buttons()

    def duplicate_exercise(self) -> bool:
        """Make a copy of the exercise chosen under "Copy of" and show it; True if made."""
        source = self.template.currentData()
        definitions = self.port.definitions()
        if definitions is None or not source:
            return False
        if not self.port.settle(self.editor.is_dirty(), self.save, self.editor.name.text()):
            return False
        copy = self.port.attempt(
            lambda: definitions.duplicate_exercise(source), self.status.setText
        )
        if copy is None:
            return False
        self.port.publish(definitions.catalog)
        self.fill(definitions.catalog, select=copy.id)
        self.status.setText(self.tr("Made “{name}”: yours to edit.").format(name=copy.name))
        self.editor.name.setFocus()
        self.editor.name.selectAll()
        return True

    def edit_copy(self, exercise_id: str) -> bool:
        """Open ``exercise_id`` in the editor, as the Library's "Edit a copy" asks: your own
        exercise as it is, a bundled one as a new copy of yours. False if it is not there,
        your data cannot be changed (said in the status line) or the user kept an edit."""
        exercise = self.port.catalog().exercises.get(exercise_id)
        if exercise is None:
            return False
        if not self.port.writable():
            self.status.setText(
                self.tr(
                    "Your training data is not open for changes (read-only or not found), so "
                    "exercises cannot be copied or edited now."
                )
            )
            return False
        if not is_custom(exercise):
            self.template.setCurrentIndex(self.template.findData(exercise_id))
            return self.duplicate_exercise()
        if exercise_id != self.editor.exercise_id:  # else it is on show, edits and all
            if not self.port.settle(self.editor.is_dirty(), self.save, self.editor.name.text()):
                return False
            self._select(exercise_id)
        self.editor.name.setFocus()
        self.editor.name.selectAll()
        return True

    def delete_exercise(self) -> None:
        exercise_id = self.current_id()
        definitions = self.port.definitions()
        exercise = self.port.catalog().exercises.get(exercise_id)
        if definitions is None or exercise is None:
            return
        removed = self.port.attempt(
            lambda: definitions.delete_exercise(exercise_id), self.status.setText
        )
        if removed is None:
            return
        self.removed = removed
        self.editor.exercise_id = ""
        self.editor.mark_clean()
        self.port.publish(definitions.catalog)
        self.fill(definitions.catalog)
        self.status.setText(self.tr("Deleted “{name}”.").format(name=exercise.name))
        self.undo.show()
        self.list.setFocus()

    def undo_delete(self) -> None:
        definitions = self.port.definitions()
        removed = self.removed
        if definitions is None or removed is None:
            return
        if self.port.attempt(lambda: definitions.undo(removed), self.status.setText) is None:
            return
        self.removed = None
        self.undo.hide()
        self.port.publish(definitions.catalog)
        self.fill(definitions.catalog, select=removed.rows[0][1])
        self.status.setText(self.tr("Brought back."))
        self.list.setFocus()

    def save(self) -> bool:
        from hiptrainer.catalog.definitions import DefinitionError

        definitions = self.port.definitions()
        if definitions is None or not self.editor.editable:
            return False
        data = self.editor.data()
        replacing = data["id"] or None
        if not data["id"]:
            data["id"] = definitions.free_id("exercise", data["name"].strip() or "exercise")
        try:
            saved = self.port.attempt(
                lambda: definitions.save_exercise(data, replacing=replacing),
                self.editor.errors.general.say,
                raise_definition=True,
            )
        except DefinitionError as exc:
            self.editor.show_error(exc.field, str(exc))
            return False
        if saved is None:
            return False
        self.editor.clear_errors()
        self.editor.exercise_id = saved.id
        self.editor.mark_clean()
        self.port.publish(definitions.catalog)
        self.fill(definitions.catalog, select=saved.id)
        self.status.setText(self.tr("Saved “{name}”.").format(name=saved.name))
        return True

    def discard_changes(self) -> None:
        shown = self.editor.exercise_id
        self.editor.mark_clean()
        self.editor.exercise_id = ""
        self.fill(self.port.catalog(), select=shown or None)
        self.status.setText(self.tr("Changes discarded."))


def _first_pose() -> str:
    from hiptrainer.catalog.poses import pose_library

    for exercise_id, poses in pose_library().items():
        if poses:
            return f"{exercise_id}:{poses[0]}"
    return ""
