"""The exercise list model and the proxy that applies the Library's search and filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from hiptrainer.domain.dose import dose_text
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.search import ExerciseFilter, haystack

ExerciseRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class ExerciseListModel(QAbstractListModel):
    """The catalogue's exercises in library order; read-only."""

    def __init__(self, exercises: list[Exercise], parent: Any = None) -> None:
        super().__init__(parent)
        self._exercises = exercises
        self._haystacks: list[str] | None = None  # built on the first search

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._exercises)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        exercise = self._exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return exercise.summary
        if role == ExerciseRole:
            return exercise
        if role == SubtitleRole:
            muscles = ", ".join(exercise.primary_muscles)
            return f"{dose_text(exercise.dosage, exercise.unilateral)} · {muscles}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
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

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, ExerciseListModel)
        if not self._filter.text.strip():
            return self._filter.matches(model.exercise(source_row))
        return self._filter.matches(model.exercise(source_row), model.haystack(source_row))
