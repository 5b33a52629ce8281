"""The routines page: every routine (the bundled ones first, read-only; then yours) beside
the editor, with New, Duplicate, Delete and Undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.catalog.custom import is_custom
from hiptrainer.ui.routines.fields import plain_label
from hiptrainer.ui.routines.ports import Port
from hiptrainer.ui.routines.routine_editor import RoutineEditor
from hiptrainer.ui.style.tokens import SPACE_S
from hiptrainer.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.catalog.definitions import Removed
    from hiptrainer.settings import Settings

ID_ROLE = Qt.ItemDataRole.UserRole


class RoutinePage(QWidget):
    def __init__(self, port: Port, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routinePage")
        self.port = port
        self.removed: Removed | None = None
        self.list = QListWidget()
        self.list.setObjectName("routineList")
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setAccessibleDescription(
            self.tr("HipTrainer's routines, then yours: the chosen one is shown beside the list.")
        )
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(340)
        # Long names (German ones above all) wrap onto a second line instead of being cut.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        heading = QLabel(self.tr("Routines"))
        heading.setBuddy(self.list)
        self.new = QPushButton(self.tr("Ne&w routine"))
        self.duplicate = QPushButton(self.tr("&Duplicate"))
        self.delete = QPushButton(self.tr("Delete"))
        self.delete.setToolTip(self.tr("Delete your routine (Delete); Undo brings it back"))
        self.undo = QPushButton(self.tr("&Undo delete"))
        self.undo.setToolTip(self.tr("Bring back the routine just deleted (Ctrl+Z)"))
        self.undo.hide()
        self.status = plain_label()
        self.status.setObjectName("routineStatus")
        self.status.setWordWrap(True)
        self.editor = RoutineEditor(port.catalog(), settings)
        #: The exercise box's width in letters while the routine can be edited (see
        #: _fit_exercise_choice).
        self._choice_length = self.editor.add_choice.minimumContentsLength()

        # The buttons wrap under each other in the list's width (a large font).
        buttons = FlowLayout(spacing=SPACE_S)
        for button in (self.new, self.duplicate, self.delete):
            buttons.addWidget(button)
        panel = QWidget()
        panel.setMaximumWidth(self.list.maximumWidth())
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(heading)
        side.addWidget(self.list, 1)
        side.addLayout(buttons)
        side.addWidget(self.undo)
        side.addWidget(self.status)
        row = QHBoxLayout(self)
        row.addWidget(panel)
        row.addWidget(self.editor, 1)

        self.list.currentItemChanged.connect(self._chosen)
        self.new.clicked.connect(self.new_routine)
        self.duplicate.clicked.connect(self.duplicate_routine)
        self.delete.clicked.connect(self.delete_routine)
        self.undo.clicked.connect(self.undo_delete)
        self.editor.save.clicked.connect(self.save)
        self.editor.discard.clicked.connect(self.discard)
        self.editor.changed.connect(self._update_buttons)
        self.editor.add_choice.currentTextChanged.connect(lambda _text: self._fit_exercise_choice())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_routine)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self._undo_unless_typing)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self.fill(port.catalog())

    # --- the list -------------------------------------------------------------------------

    def fill(self, catalog: Catalog, select: str | None = None) -> None:
        """List ``catalog``'s routines; keep the one shown (or show ``select``)."""
        keep = select or self.editor.workout_id
        self.editor.set_catalog(catalog)
        self.list.blockSignals(True)
        self.list.clear()
        for workout in catalog.workouts.values():
            mine = is_custom(workout)
            #: A bundled routine in the list of routines: its name, then this tag.
            bundled = self.tr("{name}  (bundled)")
            item = QListWidgetItem(workout.name if mine else bundled.format(name=workout.name))
            item.setData(ID_ROLE, workout.id)
            #: The tooltip of a routine of the user's own in the list of routines.
            yours = self.tr("Yours")
            item.setToolTip(
                yours if mine else self.tr("Bundled with HipTrainer: duplicate it to edit")
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.editor.is_dirty() and select is None:
            # The catalogue changed under an edit (an exercise saved, a pack imported): the
            # edit stays, and its row stays chosen.
            self._select(self.editor.workout_id, load=False)
            return
        if not self._select(keep) and self.list.count():
            self.list.setCurrentRow(0)

    def _select(self, workout_id: str, load: bool = True) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(ID_ROLE) == workout_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                if load:
                    self._load(workout_id)
                return True
        return False

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        workout_id = str(current.data(ID_ROLE))
        if workout_id == self.editor.workout_id and not self.editor.is_dirty():
            return
        if not self.port.settle(self.editor.is_dirty(), self.save, self.editor.name.text()):
            if previous is not None:
                self.list.blockSignals(True)
                self.list.setCurrentItem(previous)
                self.list.blockSignals(False)
            return
        self._select(workout_id)  # a save on the way listed the routines again

    def _load(self, workout_id: str) -> None:
        workout = self.port.catalog().workouts.get(workout_id)
        mine = workout is not None and is_custom(workout)
        self.editor.load(workout, mine and self.port.writable())
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.port.writable()
        workout = self.port.catalog().workouts.get(self.current_id())
        mine = workout is not None and is_custom(workout)
        self.new.setEnabled(writable)
        self.duplicate.setEnabled(writable and workout is not None)
        if mine or workout is None:
            self.duplicate.setText(self.tr("&Duplicate"))
        else:
            self.duplicate.setText(self.tr("&Duplicate to edit"))
        self.delete.setEnabled(writable and mine)
        self._fit_exercise_choice()

    def _fit_exercise_choice(self) -> None:
        """The exercise box beside Add block keeps a fixed width while the routine can be
        edited (a long name is cut there; its list, opened, shows it whole). On a routine
        that cannot be edited the box is off and its list cannot open: it is as wide as the
        name it shows (its row wraps under the blocks if need be). Its tooltip holds the
        whole name either way."""
        box = self.editor.add_choice
        text = box.currentText()
        box.setToolTip(text)
        letters = self._choice_length
        if not self.editor.editable and text:
            # The box counts its width in "x"s: as many as the name is wide, and one spare.
            metrics = box.fontMetrics()
            letters = max(
                letters, -(-metrics.horizontalAdvance(text) // metrics.horizontalAdvance("x")) + 1
            )
        if box.minimumContentsLength() != letters:
            box.setMinimumContentsLength(letters)

    # --- changes --------------------------------------------------------------------------

    def new_routine(self) -> None:
        if not self.port.writable():
            return
        if not self.port.settle(self.editor.is_dirty(), self.save, self.editor.name.text()):
            return
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.editor.load(None, True)
        self.editor._clean = {}  # a new routine counts as a change until it is saved
        self.editor.changed.emit()
        self.editor.name.setFocus()
        self.editor.name.selectAll()
        self._update_buttons()

    def duplicate_routine(self) -> None:
        workout_id = self.current_id()
        definitions = self.port.definitions()
        if definitions is None or not workout_id:
            return
        if not self.port.settle(self.editor.is_dirty(), self.save, self.editor.name.text()):
            return
        copy = self.port.attempt(
            lambda: definitions.duplicate_workout(workout_id), self.status.setText
        )
        if copy is None:
            return
        self.port.publish(definitions.catalog)
        self.fill(definitions.catalog, select=copy.id)
        self.status.setText(self.tr("Made “{name}”: yours to edit.").format(name=copy.name))
        self.editor.name.setFocus()
        self.editor.name.selectAll()

    def delete_routine(self) -> None:
        workout_id = self.current_id()
        definitions = self.port.definitions()
        workout = self.port.catalog().workouts.get(workout_id)
        if definitions is None or workout is None or not is_custom(workout):
            return
        removed = self.port.attempt(
            lambda: definitions.delete_workout(workout_id), self.status.setText
        )
        if removed is None:
            return
        self.removed = removed
        self.editor.load(None, False)
        self.editor.workout_id = ""
        self.port.publish(definitions.catalog)
        self.fill(definitions.catalog)
        self.status.setText(self.tr("Deleted “{name}”.").format(name=workout.name))
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
        workout_id = removed.rows[0][1]
        self.port.publish(definitions.catalog)
        self.fill(definitions.catalog, select=workout_id)
        self.status.setText(self.tr("Brought back."))
        self.list.setFocus()

    def _undo_unless_typing(self) -> None:
        # In a text field Ctrl+Z undoes the typing; the field takes it before this does.
        if self.removed is not None:
            self.undo_delete()

    def save(self) -> bool:
        """Save the routine in the editor; a problem is shown next to its field."""
        from hiptrainer.catalog.definitions import DefinitionError

        definitions = self.port.definitions()
        if definitions is None or not self.editor.editable:
            return False
        data = self.editor.data()
        replacing = data["id"] or None
        if not data["id"]:
            data["id"] = definitions.free_id("workout", data["name"].strip() or "routine")
        try:
            saved = self.port.attempt(
                lambda: definitions.save_workout(data, replacing=replacing),
                self.editor.errors.general.say,
                raise_definition=True,
            )
        except DefinitionError as exc:
            self.editor.show_error(exc.field, str(exc))
            return False
        if saved is None:
            return False
        self.editor.errors.clear()
        self.editor.workout_id = saved.id
        self.editor.mark_clean()
        self.port.publish(definitions.catalog)
        self.fill(definitions.catalog, select=saved.id)
        self.status.setText(self.tr("Saved “{name}”.").format(name=saved.name))
        return True

    def discard(self) -> None:
        shown = self.editor.workout_id
        self.editor.load(None, False)  # nothing of the edit is kept
        self.fill(self.port.catalog(), select=shown or None)
        self.status.setText(self.tr("Changes discarded."))
