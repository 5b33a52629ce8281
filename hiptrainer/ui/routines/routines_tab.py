"""The Routines tab: your own routines (built block by block) and your own exercises.

Built the first time it is shown. It works through the window's ``UserDefinitions`` (there
once the data folder is open) and tells the window of each change (``set_catalog``), which
gives every tab the new catalogue. Unsaved edits are asked about before the editor shows
something else; the window asks :meth:`RoutinesTab.may_close` before it closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hiptrainer.catalog.custom import is_custom
from hiptrainer.ui.routines.exercise_page import ExercisePage
from hiptrainer.ui.routines.ports import Port
from hiptrainer.ui.routines.routine_page import RoutinePage
from hiptrainer.ui.style.tokens import SPACE_S

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.settings import Settings


class RoutinesTab(QWidget):
    #: What Print… would print here may have changed (another routine or exercise chosen,
    #: the other page shown).
    printableChanged = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, port: Port, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routinesTab")
        self.port = port
        self.pages = QTabWidget()
        self.pages.setObjectName("routinesPages")
        self.routines = RoutinePage(port, settings)
        self.pages.addTab(self.routines, self.tr("Routines"))
        self.exercises = ExercisePage(port)
        self.pages.addTab(self.exercises, self.tr("Custom exercises"))
        column = QVBoxLayout(self)
        column.setContentsMargins(SPACE_S, SPACE_S, SPACE_S, SPACE_S)
        column.addWidget(self.pages)
        # A new item is chosen in a list, or an editor starts a new one (with the list's
        # signals blocked: only its ``changed`` says so).
        for signal in (
            self.pages.currentChanged,
            self.routines.list.currentItemChanged,
            self.exercises.list.currentItemChanged,
            self.routines.editor.changed,
            self.exercises.editor.changed,
        ):
            signal.connect(self.printableChanged)

    def set_catalog(self, catalog: Catalog) -> None:
        self.routines.fill(catalog)
        self.exercises.fill(catalog)
        self.printableChanged.emit()

    # --- what Print… prints here ------------------------------------------------------------

    def selected_routine(self) -> str | None:
        """The id of the routine chosen in the list while the routines page is in front (as
        last saved: a new routine not saved yet has none); else None."""
        if self.pages.currentWidget() is not self.routines:
            return None
        workout_id = self.routines.current_id()
        return workout_id if workout_id in self.port.catalog().workouts else None

    def selected_exercise(self) -> str | None:
        """The id of your exercise chosen in the list while the exercises page is in front."""
        if self.pages.currentWidget() is not self.exercises:
            return None
        exercise_id = self.exercises.current_id()
        exercise = self.port.catalog().exercises.get(exercise_id)
        return exercise_id if exercise is not None and is_custom(exercise) else None

    def shown_is_dirty(self) -> bool:
        """The page in front holds unsaved edits (a sheet shows the item as last saved)."""
        page = self.pages.currentWidget()
        if page is self.routines:
            return self.routines.editor.is_dirty()
        return page is self.exercises and self.exercises.editor.is_dirty()

    # --- editing from elsewhere -------------------------------------------------------------

    def edit_exercise(self, exercise_id: str) -> bool:
        """Show ``exercise_id`` in the exercise editor: your own as it is, a bundled one as a
        new copy of yours (see :meth:`ExercisePage.edit_copy`)."""
        self.pages.setCurrentWidget(self.exercises)
        return self.exercises.edit_copy(exercise_id)

    # --- closing ----------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.routines.editor.is_dirty() or self.exercises.editor.is_dirty()

    def may_close(self) -> bool:
        """Ask about each page's unsaved edit (Save, Discard or Cancel), showing the page it is
        on; False if the user wants to stay (Cancel, or a save that failed)."""
        for page, editor in (
            (self.routines, self.routines.editor),
            (self.exercises, self.exercises.editor),
        ):
            if not editor.is_dirty():
                continue
            self.pages.setCurrentWidget(page)
            if not self.port.settle(True, page.save, editor.name.text()):
                return False
        return True
