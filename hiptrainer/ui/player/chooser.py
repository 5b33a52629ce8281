"""The Train tab's first page: pick a routine, see what is in it, set the sound."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.catalog import Catalog
from hiptrainer.domain.dose import dose_text, minutes_text, workout_seconds
from hiptrainer.settings import Settings
from hiptrainer.ui.player.options import PlayerOptions


class RoutineChooser(QWidget):
    def __init__(self, catalog: Catalog, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.routines = QListWidget(objectName="routineList")
        self.routines.setAccessibleName("Routines")
        for workout in catalog.workouts.values():
            length = minutes_text(workout_seconds(workout, catalog.exercises))
            item = QListWidgetItem(f"{workout.name}  ·  {length}")
            item.setData(Qt.ItemDataRole.UserRole, workout.id)
            self.routines.addItem(item)
        self.preview = QLabel(objectName="routinePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.start_button = QPushButton("&Start", objectName="startButton")
        self.start_button.setAccessibleName("Start the routine")
        chooser_layout = QVBoxLayout(self)
        chooser_layout.addWidget(QLabel("<h2>Choose a routine</h2>"))
        chooser_layout.addWidget(self.routines)
        chooser_layout.addWidget(self.preview, 1)
        self.options = PlayerOptions(settings)
        chooser_layout.addWidget(self.options)
        chooser_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)

        self.routines.currentRowChanged.connect(self._show_preview)
        self.routines.setCurrentRow(0)

    def _show_preview(self, row: int) -> None:
        if row < 0:
            return
        workout = self.catalog.workouts[self.routines.item(row).data(Qt.ItemDataRole.UserRole)]
        lines = [f"<p>{workout.summary}</p><ol>"]
        for index, block in enumerate(workout.blocks):
            exercise = self.catalog.exercises[block.exercise]
            dose = dose_text(self.catalog.dosage(workout.id, index), exercise.unilateral)
            lines.append(f"<li><b>{exercise.name}</b> — {dose}</li>")
        lines.append("</ol>")
        self.preview.setText("".join(lines))
