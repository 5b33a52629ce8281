"""The exercise list model and the proxy that applies the Library's search and filters.

The list is drawn in the window's first frame without asking the model for any role (see
``delegate``): its roles are ``Qt.ItemDataRole`` values, and the first use of the ``Qt``
namespace builds all of its enums, which start-up leaves until after the first frame. Code
that wants an exercise asks the proxy (:meth:`ExerciseFilterProxy.exercise_at`).
"""

from __future__ import annotations

from typing import Any

import msgspec
from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from hiptrainer.catalog.custom import is_custom
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.search import ExerciseFilter, fold, haystack
from hiptrainer.ui.library.detail_html import escape

AnyIndex = QModelIndex | QPersistentModelIndex
#: What a search for the user's own exercises may type ("yours", "mine", "custom", "own"),
#: in English whatever the language (and in the interface's language too, see haystack).
YOURS_WORDS = "yours | mine | my own | custom"


def tooltip_text(text: str) -> str:
    """``text`` as a tooltip shows it, literally: Qt renders a tooltip that looks like HTML
    as HTML, so user text goes in escaped, inside a paragraph that keeps its spaces."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


class ExerciseListModel(QAbstractListModel):
    """The catalogue's exercises in library order; read-only."""

    def __init__(self, exercises: list[Exercise], parent: Any = None) -> None:
        super().__init__(parent)
        self._exercises = exercises
        self._rows = {e.id: row for row, e in enumerate(exercises)}
        self._haystacks: list[str] | None = None  # built on the first search

    def set_exercises(self, exercises: list[Exercise]) -> None:
        """Show ``exercises`` instead (the user's own were added, changed or removed)."""
        self.beginResetModel()
        self._exercises = exercises
        self._rows = {e.id: row for row, e in enumerate(exercises)}
        self._haystacks = None
        self.endResetModel()

    def exercises(self) -> list[Exercise]:
        return list(self._exercises)

    def name_of(self, exercise_id: str) -> str:
        row = self._rows.get(exercise_id)
        return self._exercises[row].name if row is not None else exercise_id

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
        if role == roles.ToolTipRole:
            return tooltip_text(exercise.summary)
        if role == roles.AccessibleDescriptionRole:
            if is_custom(exercise):
                return self.tr("Your own exercise.") + " " + exercise.summary
            return exercise.summary
        return None

    def exercise(self, row: int) -> Exercise:
        return self._exercises[row]

    def prepare_search(self) -> None:
        """Fold every row's words now (about 10 ms for 1,000 exercises), so that the first
        key typed in the search does not wait for it."""
        if self._exercises:
            self.haystack(0)  # builds them all

    def haystack(self, row: int) -> str:
        if self._haystacks is None:
            #: Words that find the user's own exercises in the Library's search, separated
            #: by " | ": "yours", "mine", "my own", "custom" and the like.
            local = self.tr("yours | mine | my own | custom")
            words = YOURS_WORDS if local == YOURS_WORDS else f"{YOURS_WORDS} | {fold(local)}"
            self._haystacks = [
                f"{haystack(e)} | {words}" if is_custom(e) else haystack(e) for e in self._exercises
            ]
        return self._haystacks[row]

    def row_of(self, exercise_id: str) -> int:
        return self._rows.get(exercise_id, -1)


class ExerciseFilterProxy(QSortFilterProxyModel):
    """Shows the exercises that match an :class:`ExerciseFilter` (and, with ``custom``, only
    the user's own or only the bundled ones); keeps library order.

    A keystroke in the search filters every row: the search words are folded once per
    filter, not once per row, and each row's words once per list (see the model)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = ExerciseFilter()
        self._custom: bool | None = None
        self._terms: list[str] = []
        self._rest = self._filter

    @property
    def current_filter(self) -> ExerciseFilter:
        return self._filter

    @property
    def custom(self) -> bool | None:
        return self._custom

    def set_filter(self, new: ExerciseFilter, custom: bool | None = None) -> None:
        if new == self._filter and custom == self._custom:
            return
        self.beginFilterChange()
        self._filter, self._custom = new, custom
        self._terms = fold(new.text).split()
        self._rest = msgspec.structs.replace(new, text="")
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def exercise_at(self, index: AnyIndex) -> Exercise:
        """The exercise at ``index`` of this proxy."""
        model = self.sourceModel()
        assert isinstance(model, ExerciseListModel)
        return model.exercise(self.mapToSource(index).row())

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, ExerciseListModel)
        exercise = model.exercise(source_row)
        if self._custom is not None and is_custom(exercise) != self._custom:
            return False
        if not self._rest.matches(exercise):
            return False
        if self._terms:
            text = model.haystack(source_row)
            return all(term in text for term in self._terms)
        return True
