"""The Train tab's first page: pick a routine, see what is in it, set the sound, start.

On the left the routines (warm-ups first), each a small card with its length, its exercises
and doses, what it needs and which exercises are one-sided; on the right the chosen one's
description and a picture of each exercise (:mod:`routine_card`, scrolling down when it does
not fit), with Start, prominent and the default button, under them, always in view. The sound
and side settings are one row along the bottom.

It also says, before anything starts, whether a workout will be recorded: with read-only
training data Start is off (a workout would look recorded and leave nothing behind); with no
training data open at all, Start plays a practice run that says it saves nothing.
"""

from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING, Literal

import msgspec
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.catalog import Catalog
from hiptrainer.catalog.custom import is_custom
from hiptrainer.domain.dose import minutes_text, workout_seconds
from hiptrainer.domain.model import Exercise, Workout
from hiptrainer.settings import Settings
from hiptrainer.ui.player.cards import CARD_ROLE, CardDelegate, card_html, length_text
from hiptrainer.ui.player.display import Pictures
from hiptrainer.ui.player.emphasis import accent_button, role_font, warning_label
from hiptrainer.ui.player.options import LEVEL, PlayerOptions
from hiptrainer.ui.player.routine_card import RoutineCard, RoutineDetail
from hiptrainer.ui.player.selftest.suggestion_panel import SuggestionPanel

if TYPE_CHECKING:
    from hiptrainer.figures.render import Illustration
    from hiptrainer.ui.widgets.figure_view import FigureView

log = logging.getLogger(__name__)

# What becomes of a workout: saved as it goes, refused (read-only data), or a practice run.
Recording = Literal["saved", "read_only", "practice"]

# In English; translated (context "RoutineChooser") where they are shown.
NOTICES: dict[Recording, str] = {
    "saved": "",
    "read_only": str(
        QT_TRANSLATE_NOOP(
            "RoutineChooser",
            "Your training data is read-only: the database file cannot be written, so a "
            "workout here would not be recorded. Make the data folder writable (or free the "
            "disk), then open HipTrainer again.",
        )
    ),
    "practice": str(
        QT_TRANSLATE_NOOP(
            "RoutineChooser",
            "Your training data could not be opened, so nothing you do here will be saved. "
            "You can still practise a routine.",
        )
    ),
}
START_TEXTS: dict[Recording, str] = {
    "saved": str(QT_TRANSLATE_NOOP("RoutineChooser", "&Start")),
    "read_only": str(QT_TRANSLATE_NOOP("RoutineChooser", "&Start")),
    "practice": str(QT_TRANSLATE_NOOP("RoutineChooser", "&Start practice (not saved)")),
}
# After the name of a routine of the user's own (the card's title line and the item text).
YOURS = str(QT_TRANSLATE_NOOP("RoutineChooser", "Yours"))


def yours_text() -> str:
    return QCoreApplication.translate("RoutineChooser", YOURS)


def marked_card(card: str, workout: Workout) -> str:
    """The card, with "Yours" after the title of a routine the user made (the title line is
    the card's first block; the name in it is already escaped)."""
    if not is_custom(workout):
        return card
    return card.replace("</div>", f"<span class='facts'> · {escape(yours_text())}</span></div>", 1)


class CatalogPictures(Pictures):
    """Each exercise's illustration, the user's own exercises too: theirs are drawn with the
    library poses their steps name (``"exercise:pose"``, see ``exercise_poses``), and drawn
    again when the exercise changes."""

    def __init__(self) -> None:
        super().__init__()
        # A custom exercise's id -> (its definition as JSON, its illustration).
        self._own: dict[str, tuple[bytes, Illustration | None]] = {}

    def get(self, exercise_id: str) -> Illustration | None:
        own = self._own.get(exercise_id)
        return own[1] if own is not None else super().get(exercise_id)

    def illustration(self, exercise: Exercise) -> Illustration | None:
        if not is_custom(exercise):
            return super().illustration(exercise)
        body = msgspec.json.encode(exercise)
        kept = self._own.get(exercise.id)
        if kept is not None and kept[0] == body:
            return kept[1]
        art: Illustration | None = None
        try:
            from hiptrainer.catalog.poses import exercise_poses
            from hiptrainer.figures.render import Illustration

            art = Illustration(exercise_poses(exercise), exercise.primary_muscles)
        except Exception:  # noqa: BLE001 (a missing picture must never stop a workout)
            log.warning("No pictures for your exercise %s", exercise.id, exc_info=True)
        self._own[exercise.id] = (body, art)
        return art


def routine_order(workout: Workout, seconds: float) -> tuple[bool, float, str]:
    """Warm-ups (activation) first, then the shorter routine first, then by name."""
    return (workout.focus != "activation", seconds, workout.name)


class RoutineChooser(QWidget):
    # Enter on the routine list, or a double click on a routine: start it. (Not the list's
    # "activated", which some desktops emit on a single click while the user only browses.)
    chosen = Signal()

    def __init__(
        self,
        catalog: Catalog,
        settings: Settings,
        pictures: Pictures | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.settings = settings
        self._art = pictures or CatalogPictures()
        self.routines = QListWidget()
        self.routines.setObjectName("routineList")
        self.routines.setAccessibleName(self.tr("Routines"))
        self.routines.setAccessibleDescription(
            self.tr("The chosen routine is described beside the list; Enter starts it")
        )
        self.routines.setItemDelegate(CardDelegate(self.routines))
        self.routines.setResizeMode(QListView.ResizeMode.Adjust)
        self.routines.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.routines.setSpacing(2)
        # On the page's own background: below the last card there is page, not a white box.
        self.routines.setFrameShape(QFrame.Shape.NoFrame)
        self.routines.viewport().setAutoFillBackground(False)
        heading = QLabel(self.tr("Choose a &routine"))
        heading.setBuddy(self.routines)
        role_font(heading, "title")
        self.notice = QLabel()
        self.notice.setObjectName("storageNotice")
        self.notice.setWordWrap(True)
        warning_label(self.notice)
        self.notice.hide()
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setObjectName("startButton")
        self.start_button.setAccessibleName(self.tr("Start the routine"))
        self.start_button.setDefault(True)
        accent_button(self.start_button)
        self.recording: Recording = "saved"
        self.start_button.setAccessibleDescription(self._start_words())
        self.options = PlayerOptions(settings)
        # The Test mode: hip self-tests, one number for each side.
        self.test_button = QPushButton(self.tr("Test &your sides ▸"))
        self.test_button.setObjectName("selfTestButton")
        self.test_button.setToolTip(
            self.tr("Hip self-tests: a number for each side, to compare them")
        )
        # What the rules suggest for the chosen routine's next session (the Train tab fills it).
        self.suggestions = SuggestionPanel()
        # The chosen routine: its name, description, pictures and the suggestions, scrolling.
        self.card = RoutineCard(self._art, self.suggestions)
        self.title = self.card.title
        self.preview = self.card.preview
        self.detail = RoutineDetail(self.card)
        self._lay_out(heading)
        self._fill()

        self.routines.installEventFilter(self)
        self.routines.itemDoubleClicked.connect(lambda _item: self.chosen.emit())
        self.routines.currentRowChanged.connect(self._show_preview)
        self.options.side_order_changed.connect(self.show_lengths)
        self.routines.setCurrentRow(0)

    def _lay_out(self, heading: QLabel) -> None:
        body = QHBoxLayout()
        body.addWidget(self.routines, 2)
        body.addWidget(self.detail, 3)
        # Start under the column it starts, at the right; as wide as the page allows (a long
        # German "practice" label at a large font is wider than the column).
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)
        layout.addLayout(start_row)
        layout.addWidget(self.options)

    def seconds(self, workout: Workout) -> float:
        """The routine's length as the player will play it: the side order, get-ready and
        switch-sides times of the settings (the session is given the same)."""
        settings = self.settings
        return workout_seconds(
            workout, self.catalog.exercises, settings.side_order, LEVEL,
            switch_s=settings.switch_sides_s, prepare_s=settings.prepare_s,
        )  # fmt: skip

    def _fill(self) -> None:
        for workout in sorted(
            self.catalog.workouts.values(), key=lambda w: routine_order(w, self.seconds(w))
        ):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, workout.id)
            self.routines.addItem(item)
        self.show_lengths()

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

    # --- the routines ----------------------------------------------------------------------

    def selected(self) -> str:
        return str(self.routines.currentItem().data(Qt.ItemDataRole.UserRole))

    def select(self, workout_id: str) -> bool:
        for row in range(self.routines.count()):
            if self.routines.item(row).data(Qt.ItemDataRole.UserRole) == workout_id:
                self.routines.setCurrentRow(row)
                return True
        return False

    def set_catalog(self, catalog: Catalog) -> None:
        """List ``catalog``'s routines (the user's own among them), keeping the choice if it
        is still there."""
        chosen = self.selected() if self.routines.currentItem() is not None else ""
        self.catalog = catalog
        self.routines.blockSignals(True)
        self.routines.clear()
        self._fill()
        self.routines.blockSignals(False)
        if not (chosen and self.select(chosen)):
            self.routines.setCurrentRow(0)
        self._show_preview(self.routines.currentRow())

    def length_text(self, workout: Workout) -> str:
        """The routine's length as the player will play it, as the settings are now."""
        return minutes_text(self.seconds(workout))

    def show_lengths(self) -> None:
        """Every card again: the side order and the settings' times change a length."""
        for row in range(self.routines.count()):
            item = self.routines.item(row)
            workout = self.catalog.workouts[item.data(Qt.ItemDataRole.UserRole)]
            yours = f" ({yours_text().lower()})" if is_custom(workout) else ""
            item.setText(f"{workout.name}{yours}  ·  {self.length_text(workout)}")
            order = self.settings.side_order
            card = card_html(workout, self.catalog, order, LEVEL)
            # The card reckons with the default get-ready and switch-sides times; its title
            # says the length as played with the settings' times instead.
            default = escape(length_text(workout, self.catalog, order, LEVEL))
            played = escape(self.length_text(workout))
            card = card.replace(f"</b> · {default}</div>", f"</b> · {played}</div>", 1)
            item.setData(CARD_ROLE, marked_card(card, workout))
        self._show_preview(self.routines.currentRow())

    def set_recording(self, recording: Recording) -> None:
        """Say before the start whether the workout will be recorded; refuse a read-only one."""
        self.recording = recording
        notice = self.tr(NOTICES[recording]) if NOTICES[recording] else ""
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.start_button.setText(self.tr(START_TEXTS[recording]))
        self.start_button.setEnabled(recording != "read_only")
        self.start_button.setToolTip(notice)
        self.start_button.setAccessibleDescription(notice or self._start_words())

    def _start_words(self) -> str:
        return self.tr("Plays the chosen routine; Space pauses it, Escape leaves it")

    def _show_preview(self, row: int) -> None:
        if row < 0:
            return
        workout = self.catalog.workouts[self.routines.item(row).data(Qt.ItemDataRole.UserRole)]
        self.card.show_routine(workout, self.catalog, self.length_text(workout))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Two rows of pictures take about half the page, whatever its size.
        self.card.set_picture_height(max(120, self.height() // 4))

    def pictures_shown(self) -> list[tuple[FigureView, str]]:
        """The exercises' pictures on the page now, each with its caption."""
        return self.card.pictures_shown()
