"""The exercise list model and the proxy that applies the Library's search and filters.

The list is drawn in the window's first frame without asking the model for any role (see
``delegate``): its roles are ``Qt.ItemDataRole`` values, and the first use of the ``Qt``
namespace builds all of its enums, which start-up leaves until after the first frame. Code
that wants an exercise asks the proxy (:meth:`ExerciseFilterProxy.exercise_at`).
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from hiptrainer.domain.model import Exercise
from hiptrainer.domain.search import ExerciseFilter, haystack

AnyIndex = QModelIndex | QPersistentModelIndex


class ExerciseListModel(QAbstractListModel):
    """The catalogue's exercises in library order; read-only."""

    def __init__(self, exercises: list[Exercise], parent: Any = None) -> None:
        super().__init__(parent)
        self._exercises = exercises
        self._haystacks: list[str] | None = None  # built on the first search

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._exercises)

    def data(self, index: AnyIndex, role: int | None = None) -> Any:
        """The name, or the summary as tooltip and accessible description. No ``role`` means
        the display role (Qt's default, which is not looked up at import: see above)."""
        if not index.isValid():
            return None
        exercise = self._exercises[index.row()]
        roles = QtCore.Qt.ItemDataRole
        if role is None or role == roles.DisplayRole:
            return exercise.name
        if role in (roles.ToolTipRole, roles.AccessibleDescriptionRole):
            return exercise.summary
        return None

    def exercise(self, row: int) -> Exercise:
        return self._exercises[row]

    def haystack(self, row: int) -> str:
        if self._haystacks is None:
            self._haystacks = [haystack(e) for e in self._exercises]
        return self._haystacks[row]

    def row_of(self, exercise_id: str) -> int:
        for row, exercise in enumerate(self._exercises):
            if exercise.id == exercise_id:
                return row
        return -1


class ExerciseFilterProxy(QSortFilterProxyModel):
    """Shows the exercises that match an :class:`ExerciseFilter`; keeps library order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = ExerciseFilter()

    @property
    def current_filter(self) -> ExerciseFilter:
        return self._filter

    def set_filter(self, new: ExerciseFilter) -> None:
        if new == self._filter:
            return
        self.beginFilterChange()
        self._filter = new
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def exercise_at(self, index: AnyIndex) -> Exercise:
        """The exercise at ``index`` of this proxy."""
        model = self.sourceModel()
        assert isinstance(model, ExerciseListModel)
        return model.exercise(self.mapToSource(index).row())

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, ExerciseListModel)
        if not self._filter.text.strip():
            return self._filter.matches(model.exercise(source_row))
        return self._filter.matches(model.exercise(source_row), model.haystack(source_row))
