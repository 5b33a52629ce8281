"""The tab's controls: which exercise (only those with data, most recent first) and which
range of time (4 weeks, 3 months, 1 year, all). Both are reached with Alt and a letter the
window leaves free (it keeps F, E, V, H for menus and L, T, P for tabs)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton, QWidget

from hiptrainer.domain.progress import RANGES, RangeName
from hiptrainer.ui.style.tokens import SPACE_S, SPACE_XL
from hiptrainer.ui.widgets.flow_layout import FlowLayout

# The range buttons' texts, with their Alt letters (translated where they are shown).
RANGE_TEXTS: dict[RangeName, str] = {
    "4_weeks": str(QT_TRANSLATE_NOOP("Controls", "&4 weeks")),
    "3_months": str(QT_TRANSLATE_NOOP("Controls", "&3 months")),
    "1_year": str(QT_TRANSLATE_NOOP("Controls", "1 &year")),
    #: The range button that shows every day with data.
    "all": str(QT_TRANSLATE_NOOP("Controls", "&All")),
}
DEFAULT_RANGE: RangeName = "3_months"


class Controls(QWidget):
    exercise_changed = Signal(str)
    range_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise_box = QComboBox()
        self.exercise_box.setObjectName("exerciseBox")
        self.exercise_box.setAccessibleName(self.tr("Exercise"))
        self.exercise_box.setAccessibleDescription(
            self.tr("The exercise the charts, the balance and the records follow")
        )
        self.exercise_box.setMinimumContentsLength(24)
        label = QLabel(self.tr("E&xercise:"))
        label.setBuddy(self.exercise_box)
        #: Before the buttons 4 weeks, 3 months, 1 year, All: how far back the charts go.
        range_label = QLabel(self.tr("Range:"))
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[RangeName, QRadioButton] = {}
        buttons: list[QWidget] = [range_label]
        for name in RANGES:
            text = QCoreApplication.translate("Controls", RANGE_TEXTS[name])
            button = QRadioButton(text)
            button.setObjectName(f"range_{name}")
            #: A range button's name for screen readers; {range} is its text ("4 weeks").
            button.setAccessibleName(self.tr("Show {range}").format(range=text.replace("&", "")))
            self.range_group.addButton(button)
            self.range_buttons[name] = button
            buttons.append(button)
            button.toggled.connect(
                lambda checked, chosen=name: self._range_toggled(checked, chosen)
            )
        # The exercise and the range are two groups that wrap onto a second row on a narrow
        # window (a large system font, 200% scaling).
        flow = FlowLayout(self, spacing=SPACE_XL)
        flow.add_group(label, self.exercise_box)
        flow.add_group(*buttons, spacing=SPACE_S)
        self.range_buttons[DEFAULT_RANGE].setChecked(True)
        self.exercise_box.currentIndexChanged.connect(self._exercise_chosen)
        self._filling = False

    def _range_toggled(self, checked: bool, name: RangeName) -> None:
        if checked:  # the button turned off says nothing new
            self.range_changed.emit(name)

    def _exercise_chosen(self, index: int) -> None:
        if not self._filling and index >= 0:
            self.exercise_changed.emit(self.exercise())

    def exercise(self) -> str:
        return str(self.exercise_box.currentData() or "")

    def exercise_ids(self) -> list[str]:
        return [str(self.exercise_box.itemData(i)) for i in range(self.exercise_box.count())]

    def range_name(self) -> RangeName:
        for name, button in self.range_buttons.items():
            if button.isChecked():
                return name
        return DEFAULT_RANGE

    def set_exercises(
        self, found: Sequence[tuple[str, date]], name_of: Callable[[str], str]
    ) -> bool:
        """List ``found`` (most recent first) by name, keeping the chosen one if it is still
        there (else the most recent); True if the chosen exercise changed."""
        before = self.exercise()
        self._filling = True
        try:
            self.exercise_box.clear()
            for exercise, _last in found:
                self.exercise_box.addItem(name_of(exercise), exercise)
            ids = [exercise for exercise, _last in found]
            self.exercise_box.setCurrentIndex(ids.index(before) if before in ids else 0)
        finally:
            self._filling = False
        return self.exercise() != before

    def choose_exercise(self, exercise: str) -> bool:
        index = self.exercise_box.findData(exercise)
        if index >= 0:
            self.exercise_box.setCurrentIndex(index)
        return index >= 0

    def choose_range(self, name: RangeName) -> None:
        self.range_buttons[name].setChecked(True)
