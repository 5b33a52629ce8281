"""One routine in a form: its name, summary, focus and rest between exercises, and its
blocks (an exercise with its dose each), with the length the player will take, live."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.domain.blocks import moved, new_block_dose
from hiptrainer.domain.dose import dose_text
from hiptrainer.domain.model import Block, Dosage, Workout
from hiptrainer.ui.routines.block_list import BlockList
from hiptrainer.ui.routines.dose_editor import DoseEditor
from hiptrainer.ui.routines.fields import ErrorLabel, FieldErrors, plain_label, with_error
from hiptrainer.ui.routines.reflow import SideBySide, scrolled
from hiptrainer.ui.routines.routine_length import length_text
from hiptrainer.ui.style.tokens import SPACE_L, SPACE_S
from hiptrainer.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.settings import Settings

# A routine's focus and its label, in English (translated where shown).
FOCUSES = (
    ("strength", str(QT_TRANSLATE_NOOP("RoutineEditor", "Strength"))),
    ("activation", str(QT_TRANSLATE_NOOP("RoutineEditor", "Activation (a warm-up)"))),
)


class ExerciseChoice(QComboBox):
    """The exercise to add. A name wider than the box is cut with "…" (Qt cuts it mid-letter,
    with nothing to say so); the whole name is its tooltip and accessible description."""

    def __init__(self) -> None:
        super().__init__()
        # As wide as 18 letters, not as the longest name: a long name is cut with "…" in the
        # box (whole in its tooltip and the list it opens), not the page widened.
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentTextChanged.connect(lambda text: self.setToolTip(text))
        self.currentTextChanged.connect(lambda text: self.setAccessibleDescription(text))

    def shown_text(self) -> str:
        """The current name as it is drawn: whole, or cut with "…" to the box's text field."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = field.width() - 2  # the label is drawn a pixel in from each side of the field
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, _paint: QPaintEvent) -> None:  # noqa: N802 (Qt's own, as QComboBox's)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class RoutineEditor(QWidget):
    """Edits a working copy; :meth:`data` gives the routine as JSON-like values for
    ``UserDefinitions.save_workout``. Bundled routines are shown read-only."""

    changed = Signal()

    def __init__(self, catalog: Catalog, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.catalog = catalog
        self.settings = settings
        self.workout_id = ""
        self.editable = False
        self.blocks: list[tuple[str, Dosage]] = []
        self._clean: dict[str, Any] = {}
        self.errors = FieldErrors(ErrorLabel())

        self.banner = plain_label()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.summary = QLineEdit()
        self.summary.setMaxLength(2000)
        self.summary.setPlaceholderText(self.tr("What the routine is for, in a line"))
        self.focus = QComboBox()
        for value, text in FOCUSES:
            self.focus.addItem(self.tr(text), value)
        self.between = QSpinBox()
        self.between.setRange(0, 3600)
        #: The unit after a number of seconds in a spin box (with its space).
        self.between.setSuffix(self.tr(" s"))
        self.focus.setMaximumWidth(360)
        self.between.setMaximumWidth(140)
        head = QFormLayout()
        # A field that does not fit beside its label goes under it (a large font).
        head.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field, text, widget in (
            ("name", self.tr("&Name"), self.name),
            ("summary", self.tr("Summar&y"), self.summary),
            ("focus", self.tr("F&ocus"), self.focus),
            ("rest_between_exercises_s", self.tr("&Rest between exercises"), self.between),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            error = ErrorLabel()
            head.addRow(label, with_error(widget, error, text))
            self.errors.register(field, widget, error)

        self.block_list = BlockList()
        self.block_list.setMinimumWidth(280)
        blocks_label = QLabel(self.tr("Bloc&ks (drag ⠿ or Alt+Up/Down to reorder)"))
        blocks_label.setBuddy(self.block_list)
        self.blocks_error = ErrorLabel()
        self.errors.register("blocks", self.block_list, self.blocks_error)
        self.up = QPushButton("▲")
        self.up.setToolTip(self.tr("Move the block up (Alt+Up)"))
        self.up.setAccessibleName(self.tr("Move the block up"))
        self.down = QPushButton("▼")
        self.down.setToolTip(self.tr("Move the block down (Alt+Down)"))
        self.down.setAccessibleName(self.tr("Move the block down"))
        self.remove = QPushButton(self.tr("Re&move block"))
        self.add_choice = ExerciseChoice()
        self.add_choice.setAccessibleName(self.tr("Exercise to add"))
        self.add = QPushButton(self.tr("&Add block"))
        self.add.setToolTip(
            self.tr("Add the exercise after the chosen block, with that block's dose")
        )
        add_label = QLabel(self.tr("E&xercise:"))
        add_label.setBuddy(self.add_choice)

        self.dose = DoseEditor()
        self.dose_title = plain_label()
        self.dose_title.setObjectName("doseTitle")
        self.dose_title.setWordWrap(True)
        self.estimate = plain_label()
        self.estimate.setObjectName("estimate")
        self.estimate.setWordWrap(True)
        self.save = QPushButton(self.tr("&Save"))
        self.save.setDefault(False)
        self.discard = QPushButton(self.tr("Dis&card changes"))

        blocks_label.setWordWrap(True)
        blocks = QWidget()
        blocks_column = QVBoxLayout(blocks)
        blocks_column.setContentsMargins(0, 0, 0, 0)
        for part in (blocks_label, self.block_list, self.blocks_error):
            blocks_column.addWidget(part)
        moves = QHBoxLayout()
        for button in (self.up, self.down, self.remove):
            moves.addWidget(button)
        moves.addStretch(1)
        blocks_column.addLayout(moves)
        adding = FlowLayout(spacing=SPACE_S)
        adding.add_group(add_label, self.add_choice)
        adding.addWidget(self.add)
        blocks_column.addLayout(adding)
        dose_part = QWidget()
        dose_column = QVBoxLayout(dose_part)
        dose_column.setContentsMargins(0, 0, 0, 0)
        dose_column.addWidget(self.dose_title)
        dose_column.addWidget(self.dose)
        dose_column.addStretch(1)
        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addLayout(head)
        # The dose beside the blocks, or under them when the width is short.
        column.addLayout(SideBySide(blocks, dose_part, (5, 6), spacing=SPACE_L), 1)
        column.addWidget(self.errors.general)
        column.addWidget(self.estimate)
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.discard)
        foot.addWidget(self.save)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scrolled(form, "routineScroll"), 1)
        page.addLayout(foot)

        self.block_list.currentRowChanged.connect(self._show_block)
        self.block_list.move_requested.connect(self.move_block)
        self.up.clicked.connect(lambda: self.move_block(self.block_list.currentRow(), -1, True))
        self.down.clicked.connect(lambda: self.move_block(self.block_list.currentRow(), 1, True))
        self.remove.clicked.connect(self.remove_block)
        self.add.clicked.connect(self.add_block)
        self.dose.changed.connect(self._dose_edited)
        for line in (self.name, self.summary):
            line.textChanged.connect(self._edited)
        self.focus.currentIndexChanged.connect(self._edited)
        self.between.valueChanged.connect(self._edited)
        self.set_catalog(catalog)

    # --- loading ------------------------------------------------------------------------

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        chosen = self.add_choice.currentData()
        self.add_choice.clear()
        for exercise in catalog.exercises.values():
            #: After the name of the user's own exercise in the list of exercises to add.
            mine = self.tr(" (yours)") if getattr(exercise, "custom", False) else ""
            self.add_choice.addItem(exercise.name + mine, exercise.id)
        self.add_choice.setCurrentIndex(max(0, self.add_choice.findData(chosen)))

    def load(self, workout: Workout | None, editable: bool) -> None:
        """Show ``workout`` (None: a new, empty routine)."""
        self.workout_id = workout.id if workout is not None else ""
        self.editable = editable
        self.errors.clear()
        for widget in (self.name, self.summary, self.focus, self.between):
            widget.blockSignals(True)
        self.name.setText(workout.name if workout else self.tr("New routine"))
        self.summary.setText(workout.summary if workout else "")
        focus = workout.focus if workout else "strength"
        self.focus.setCurrentIndex(max(0, self.focus.findData(focus)))
        self.between.setValue(workout.rest_between_exercises_s if workout else 30)
        for widget in (self.name, self.summary, self.focus, self.between):
            widget.blockSignals(False)
        for line in (self.name, self.summary):
            line.setCursorPosition(0)  # a long text shows its beginning, not its end
        self.blocks = [
            (b.exercise, b.dosage or self.catalog.exercises[b.exercise].dosage)
            for b in (workout.blocks if workout else [])
            if b.exercise in self.catalog.exercises
        ]
        self._fill_blocks(0)
        bundled = self.tr(
            "Bundled with HipTrainer, so it cannot be changed here. "
            "Duplicate it to make a copy of your own to edit."
        )
        self.banner.setText("" if editable else bundled)
        self.banner.setVisible(not editable)
        controls: tuple[QWidget, ...] = (
            self.name, self.summary, self.focus, self.between, self.up, self.down,
            self.remove, self.add_choice, self.add, self.dose, self.save, self.discard,
        )  # fmt: skip
        for control in controls:
            control.setEnabled(editable)
        self.block_list.set_editable(editable)
        self._clean = self.data()
        self._update()

    # --- what it holds --------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        blocks = [
            {"exercise": exercise, "dosage": msgspec.to_builtins(dose)}
            for exercise, dose in self.blocks
        ]
        row = self.block_list.currentRow()
        if self.editable and 0 <= row < len(blocks):
            # The dose as typed, a half-typed tempo too: the schema says what is wrong with it.
            blocks[row]["dosage"] = self.dose.dose_data()
        return {
            "id": self.workout_id,
            "name": self.name.text(),
            "summary": self.summary.text(),
            "focus": self.focus.currentData(),
            "rest_between_exercises_s": self.between.value(),
            "blocks": blocks,
            "custom": True,
        }

    def is_dirty(self) -> bool:
        return self.editable and self.data() != self._clean

    def mark_clean(self) -> None:
        self._clean = self.data()
        self._update()

    def draft(self) -> Workout | None:
        """The routine as it stands, for the estimate (None with no blocks)."""
        if not self.blocks:
            return None
        return Workout(
            id="draft",
            name=self.name.text() or "draft",
            summary="draft",
            focus=self.focus.currentData(),
            blocks=[Block(exercise=e, dosage=d) for e, d in self.blocks],
            rest_between_exercises_s=self.between.value(),
        )

    def estimate_text(self) -> str:
        return length_text(self.draft(), self.catalog, self.settings)

    # --- editing --------------------------------------------------------------------------

    def add_block(self) -> None:
        exercise_id = self.add_choice.currentData()
        if not self.editable or exercise_id not in self.catalog.exercises:
            return
        row = self.block_list.currentRow()
        previous = self.blocks[row][1] if 0 <= row < len(self.blocks) else None
        if previous is None and self.blocks:
            previous = self.blocks[-1][1]
        dose = new_block_dose(self.catalog.exercises[exercise_id], previous)
        at = row + 1 if 0 <= row < len(self.blocks) else len(self.blocks)
        self.blocks.insert(at, (exercise_id, dose))
        self._fill_blocks(at)
        self._edited()

    def remove_block(self) -> None:
        row = self.block_list.currentRow()
        if self.editable and 0 <= row < len(self.blocks):
            del self.blocks[row]
            self._fill_blocks(row)
            self._edited()

    def move_block(self, row: int, to: int, relative: bool = False) -> None:
        if relative:
            to = row + to
        if not self.editable or not 0 <= row < len(self.blocks) or not 0 <= to < len(self.blocks):
            return
        self.blocks = moved(self.blocks, row, to)
        self._fill_blocks(to)
        self.block_list.setFocus()
        self._edited()

    def _row_text(self, exercise_id: str, dose: Dosage) -> str:
        exercise = self.catalog.exercises[exercise_id]
        return f"{exercise.name} — {dose_text(dose, exercise.unilateral)}"

    def _fill_blocks(self, current: int) -> None:
        self.block_list.set_rows([self._row_text(*block) for block in self.blocks], current)
        self._show_block(self.block_list.currentRow())

    def _show_block(self, row: int) -> None:
        if not 0 <= row < len(self.blocks):
            self.dose_title.setText(self.tr("No block chosen: add an exercise."))
            self.dose.setVisible(False)
            return
        exercise_id, dose = self.blocks[row]
        exercise = self.catalog.exercises[exercise_id]
        title = self.tr("Dose of block {number}: {name}")
        self.dose_title.setText(title.format(number=row + 1, name=exercise.name))
        self.dose.setVisible(True)
        self.dose.set_dose(dose, exercise.dosage)

    def _dose_edited(self) -> None:
        row = self.block_list.currentRow()
        dose = self.dose.dosage()
        if dose is not None and 0 <= row < len(self.blocks):
            exercise_id = self.blocks[row][0]
            self.blocks[row] = (exercise_id, dose)
            item = self.block_list.item(row)
            if item is not None:
                item.setText(f"{item.text().split('.', 1)[0]}. {self._row_text(exercise_id, dose)}")
        self._edited()

    def _edited(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        self.estimate.setText(self.estimate_text())
        row, count = self.block_list.currentRow(), len(self.blocks)
        self.up.setEnabled(self.editable and row > 0)
        self.down.setEnabled(self.editable and 0 <= row < count - 1)
        self.remove.setEnabled(self.editable and 0 <= row < count)
        self.save.setEnabled(self.editable)
        self.discard.setEnabled(self.is_dirty())

    def show_error(self, field: str, message: str) -> None:
        """Point at the field a save named: a block's dose selects that block first."""
        from hiptrainer.catalog.definitions import DefinitionError

        error = DefinitionError(message)
        if field.startswith("blocks[") and "]" in field:
            index = int(field[len("blocks[") : field.index("]")])
            rest = field[field.index("]") + 1 :].lstrip(".")
            if 0 <= index < len(self.blocks):
                self.block_list.setCurrentRow(index)
                if rest == "dosage" or rest.startswith("dosage."):
                    self.errors.clear()  # the dose's own field, or the dose as a whole ("")
                    self.dose.errors.show_error(error, rest[len("dosage.") :])
                    return
        self.dose.errors.clear()
        self.errors.show_error(error, field)
