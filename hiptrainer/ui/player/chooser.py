"""The Train tab's first page: pick a routine, see what is in it, set the sound.

It also says, before anything starts, whether a workout will be recorded: with read-only
training data Start is off (a workout would look recorded and leave nothing behind); with no
training data open at all, Start plays a practice run that says it saves nothing.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
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
from hiptrainer.domain.model import Workout
from hiptrainer.settings import Settings
from hiptrainer.ui.player.options import LEVEL, PlayerOptions

#: What becomes of a workout: saved as it goes, refused (read-only data), or a practice run.
Recording = Literal["saved", "read_only", "practice"]

NOTICES: dict[Recording, str] = {
    "saved": "",
    "read_only": (
        "Your training data is read-only: the database file cannot be written, so a workout "
        "here would not be recorded. Make the data folder writable (or free the disk), then "
        "open HipTrainer again."
    ),
    "practice": (
        "Your training data could not be opened, so nothing you do here will be saved. "
        "You can still practise a routine."
    ),
}
START_TEXTS: dict[Recording, str] = {
    "saved": "&Start",
    "read_only": "&Start",
    "practice": "&Start practice (not saved)",
}


class RoutineChooser(QWidget):
    #: Enter on the routine list, or a double click on a routine: start it. (Not the list's
    #: "activated", which some desktops emit on a single click while the user only browses.)
    chosen = Signal()

    def __init__(self, catalog: Catalog, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.settings = settings
        self.routines = QListWidget()
        self.routines.setObjectName("routineList")
        self.routines.setAccessibleName("Routines")
        for workout in catalog.workouts.values():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, workout.id)
            self.routines.addItem(item)
        heading = QLabel("Choose a &routine")
        heading.setBuddy(self.routines)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.notice = QLabel()
        self.notice.setObjectName("storageNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #c92a2a; font-weight: bold;")
        self.notice.hide()
        self.preview = QLabel()
        self.preview.setObjectName("routinePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.start_button = QPushButton("&Start")
        self.start_button.setObjectName("startButton")
        self.start_button.setAccessibleName("Start the routine")
        self.recording: Recording = "saved"
        chooser_layout = QVBoxLayout(self)
        chooser_layout.addWidget(heading)
        chooser_layout.addWidget(self.notice)
        chooser_layout.addWidget(self.routines)
        chooser_layout.addWidget(self.preview, 1)
        self.options = PlayerOptions(settings)
        chooser_layout.addWidget(self.options)
        chooser_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)

        self.routines.installEventFilter(self)
        self.routines.itemDoubleClicked.connect(lambda _item: self.chosen.emit())
        self.routines.currentRowChanged.connect(self._show_preview)
        self.options.side_order_changed.connect(self.show_lengths)
        self.show_lengths()
        self.routines.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.routines
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.chosen.emit()
            return True
        return super().eventFilter(watched, event)

    def length_text(self, workout: Workout) -> str:
        """The routine's length as the player will play it, with the chosen side order."""
        seconds = workout_seconds(
            workout, self.catalog.exercises, order=self.settings.side_order, level=LEVEL
        )
        return minutes_text(seconds)

    def show_lengths(self) -> None:
        for row in range(self.routines.count()):
            item = self.routines.item(row)
            workout = self.catalog.workouts[item.data(Qt.ItemDataRole.UserRole)]
            item.setText(f"{workout.name}  ·  {self.length_text(workout)}")

    def set_recording(self, recording: Recording) -> None:
        """Say before the start whether the workout will be recorded; refuse a read-only one."""
        self.recording = recording
        self.notice.setText(NOTICES[recording])
        self.notice.setVisible(bool(NOTICES[recording]))
        self.start_button.setText(START_TEXTS[recording])
        self.start_button.setEnabled(recording != "read_only")
        self.start_button.setToolTip(NOTICES[recording])

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
