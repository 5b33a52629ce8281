"""The Routines tab: your own routines (built block by block) and your own exercises.

Built the first time it is shown. It works through the window's ``UserDefinitions`` (there
once the data folder is open) and tells the window of each change (``set_catalog``), which
gives every tab the new catalogue. Unsaved edits are asked about before the editor shows
something else and before the window closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hiptrainer.ui.routines.ports import Port
from hiptrainer.ui.routines.routine_page import RoutinePage

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.settings import Settings
    from hiptrainer.ui.routines.exercise_page import ExercisePage


class RoutinesTab(QWidget):
    def __init__(self, port: Port, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routinesTab")
        self.port = port
        self.pages = QTabWidget()
        self.pages.setObjectName("routinesPages")
        self.routines = RoutinePage(port, settings)
        self.pages.addTab(self.routines, "Routines")
        self.exercises: ExercisePage | None = None
        from hiptrainer.ui.routines.exercise_page import ExercisePage

        self.exercises = ExercisePage(port)
        self.pages.addTab(self.exercises, "Custom exercises")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.pages)

    def set_catalog(self, catalog: Catalog) -> None:
        self.routines.fill(catalog)
        if self.exercises is not None:
            self.exercises.fill(catalog)

    def is_dirty(self) -> bool:
        exercises = self.exercises is not None and self.exercises.editor.is_dirty()
        return self.routines.editor.is_dirty() or exercises

    def may_close(self) -> bool:
        """Ask about each page's unsaved edit; False if the user wants to stay."""
        routines = self.routines
        if not self.port.settle(
            routines.editor.is_dirty(), routines.save, routines.editor.name.text()
        ):
            self.pages.setCurrentWidget(routines)
            return False
        page = self.exercises
        if page is not None and not self.port.settle(
            page.editor.is_dirty(), page.save, page.editor.name.text()
        ):
            self.pages.setCurrentWidget(page)
            return False
        return True

    def watch_close(self, window: QWidget) -> None:
        """Ask before ``window`` closes with unsaved edits."""
        window.installEventFilter(_CloseGuard(self))


class _CloseGuard(QObject):
    def __init__(self, tab: RoutinesTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close and self.tab.is_dirty() and not self.tab.may_close():
            event.ignore()
            return True  # the window stays open, with the edit
        return False
