"""Search field and filter choices above the exercise list.

Each filter's label has a mnemonic (Alt+letter) of its own. The window keeps F, E, V and H
for its menus and L, T and P for its tabs, so none of those is used here. The choices offer
the words that some listed exercise uses; the "Source" filter (bundled or your own) shows
once the list holds exercises of the user's.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.catalog.custom import is_custom
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.search import ExerciseFilter
from hiptrainer.domain.vocabulary import EQUIPMENT, MUSCLES, POSITIONS
from hiptrainer.ui.i18n import vocabulary_label
from hiptrainer.ui.widgets.search_field import SearchField

NO_EQUIPMENT = ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _used(vocabulary: tuple[str, ...], used: set[str]) -> list[str]:
    """The vocabulary words that some exercise uses, in vocabulary order."""
    return [word for word in vocabulary if word in used]


class FilterBar(QWidget):
    """Emits :attr:`changed` with a new :class:`ExerciseFilter` whenever the user edits it."""

    changed = Signal(object)

    def __init__(self, exercises: list[Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchField()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Search name, muscle, equipment, position"))
        self.search.setAccessibleName(self.tr("Search exercises"))

        self.muscle = self._combo(self.tr("Any muscle"), [])
        self.equipment = self._combo(self.tr("Any equipment"), [])
        self.position = self._combo(self.tr("Any position"), [])
        self._fill_choices(exercises)
        self.difficulty = self._combo(self.tr("Any level"), [])
        self.difficulty.addItem(self.tr("Level 1 only"), 1)
        for level in range(2, 5):
            self.difficulty.addItem(self.tr("Up to level {level}").format(level=level), level)
        self.sides = self._combo(self.tr("One or both sides"), [])
        self.sides.addItem(self.tr("One side at a time"), True)
        self.sides.addItem(self.tr("Both sides together"), False)
        self.source = self._combo(self.tr("Bundled and yours"), [])
        self.source.addItem(self.tr("Bundled with HipTrainer"), False)
        #: A filter's choice: only the exercises the user made or imported.
        self.source.addItem(self.tr("Yours"), True)

        self.clear_button = QPushButton(self.tr("&Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setEnabled(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        for label, combo, name in (
            (self.tr("&Muscle"), self.muscle, self.tr("Muscle filter")),
            (self.tr("E&quipment"), self.equipment, self.tr("Equipment filter")),
            (self.tr("P&osition"), self.position, self.tr("Position filter")),
            (self.tr("&Difficulty"), self.difficulty, self.tr("Difficulty filter")),
            (self.tr("&Sides"), self.sides, self.tr("Sides filter")),
            (self.tr("Sou&rce"), self.source, self.tr("Source filter: bundled or your own")),
        ):
            combo.setAccessibleName(name)
            buddy = QLabel(label)
            buddy.setBuddy(combo)
            form.addRow(buddy, combo)
        self._form = form
        self._show_source(exercises)

        # The clear button sits at the right end of its row, pushed there by a stretch (an
        # alignment would be a Qt.AlignmentFlag: the bar is drawn before the Qt namespace is
        # first used, see library_tab).
        button_row = QHBoxLayout()
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addStretch()
        button_row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(form)
        layout.addLayout(button_row)

        self.search.textChanged.connect(self._emit)
        combos = (self.muscle, self.equipment, self.position, self.difficulty, self.sides)
        for combo in (*combos, self.source):
            combo.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    def set_exercises(self, exercises: list[Exercise]) -> None:
        """Offer the words the new list uses, keeping each choice that is still offered."""
        combos = (self.muscle, self.equipment, self.position)
        kept = [combo.currentData() for combo in combos]
        for combo in (*combos, self.source):
            combo.blockSignals(True)
        for combo in combos:
            combo.clear()
        self.muscle.addItem(self.tr("Any muscle"), None)
        self.equipment.addItem(self.tr("Any equipment"), None)
        self.position.addItem(self.tr("Any position"), None)
        self._fill_choices(exercises)
        for combo, data in zip(combos, kept, strict=True):
            combo.setCurrentIndex(max(combo.findData(data), 0))
        if not self._show_source(exercises):
            self.source.setCurrentIndex(0)
        for combo in (*combos, self.source):
            combo.blockSignals(False)
        self._emit()

    def _fill_choices(self, exercises: list[Exercise]) -> None:
        for word in _used(MUSCLES, {m for e in exercises for m in e.muscles}):
            self.muscle.addItem(_capital(vocabulary_label("muscles", word)), word)
        self.equipment.addItem(self.tr("No equipment"), NO_EQUIPMENT)
        for item in _used(EQUIPMENT, {q for e in exercises for q in e.equipment}):
            self.equipment.addItem(_capital(vocabulary_label("equipment", item)), item)
        for word in _used(POSITIONS, {e.position for e in exercises}):
            self.position.addItem(_capital(vocabulary_label("positions", word)), word)

    def _show_source(self, exercises: list[Exercise]) -> bool:
        """Show the source filter if some exercise is the user's; whether it is shown."""
        mine = any(is_custom(e) for e in exercises)
        self._form.setRowVisible(self.source, mine)
        return mine

    def custom(self) -> bool | None:
        """The source filter's choice: True for the user's own, False for bundled, None."""
        choice: bool | None = self.source.currentData()
        return choice

    def _combo(self, any_label: str, words: list[str]) -> QComboBox:
        combo = QComboBox()
        # As wide as the pane allows, not as its longest choice ("ischiocrurale Muskulatur
        # (hintere Oberschenkelmuskeln)" would push the exercise aside); the open list
        # shows each choice whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.addItem(any_label, None)
        for word in words:
            combo.addItem(word[0].upper() + word[1:], word)
        return combo

    def current(self) -> ExerciseFilter:
        return ExerciseFilter(
            text=self.search.text(),
            muscle=self.muscle.currentData(),
            equipment=self.equipment.currentData(),
            position=self.position.currentData(),
            max_difficulty=self.difficulty.currentData(),
            unilateral=self.sides.currentData(),
        )

    def clear(self) -> None:
        """Back to "everything": empty search, every filter on its "any" choice."""
        widgets = (
            self.search,
            self.muscle,
            self.equipment,
            self.position,
            self.difficulty,
            self.sides,
            self.source,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in widgets[1:]:
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        current = self.current()
        self.clear_button.setEnabled(not current.is_empty or self.custom() is not None)
        self.changed.emit(current)
