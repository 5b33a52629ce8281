"""Keeps the Train tab's two suggestion panels (the chooser's and the summary's) filled, and
carries out Apply and Dismiss.

The chooser's panel shows the chosen routine's suggestions from the stored log. The
summary's shows what the rules would say with the ratings as the runner gives them on the
page (before they are saved), and follows each change of them. Apply stores the user's copy
of the routine and hands the new catalogue to the window, which gives it to every tab
(``catalog_changed``); the applied and the dismissed suggestions are remembered as
dismissed. A store or catalogue problem is said on the panel in one line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QObject, Signal

from hiptrainer.catalog import Catalog, CatalogError
from hiptrainer.domain.model import Workout
from hiptrainer.domain.progress_pain import SessionScores
from hiptrainer.domain.progression import Suggestion
from hiptrainer.storage.errors import StorageError
from hiptrainer.ui.player.selftest.ports import CatalogOwner, SuggestionStore
from hiptrainer.ui.player.selftest.suggestion_panel import SuggestionPanel
from hiptrainer.ui.player.selftest.suggestions import apply, current_suggestions

log = logging.getLogger(__name__)


class SuggestionKeeper(QObject):
    # A copy was stored with the applied doses: its id (the chooser selects it).
    applied = Signal(str)

    def __init__(
        self,
        panels: Sequence[SuggestionPanel],
        catalog: Callable[[], Catalog],
        store: Callable[[], SuggestionStore | None],
        owner: Callable[[], CatalogOwner | None],
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._store = store
        self._owner = owner
        self._today = today
        # What each panel shows: the routine, and the ratings it was worked out with.
        self._shown: dict[SuggestionPanel, tuple[Workout, SessionScores | None]] = {}
        for panel in panels:
            panel.apply_requested.connect(lambda chosen, p=panel: self.apply(p, chosen))
            panel.dismiss_requested.connect(lambda chosen, p=panel: self.dismiss(p, chosen))

    def show(
        self, panel: SuggestionPanel, workout: Workout, scores: SessionScores | None = None
    ) -> None:
        """Fill ``panel`` for ``workout`` (hidden when there is nothing to suggest, or no
        training data)."""
        self._shown[panel] = (workout, scores)
        store = self._store()
        if store is None:
            panel.set_suggestions([], workout, {})
            return
        exercises = self._catalog().exercises
        try:
            found = current_suggestions(store, workout, exercises, self._today(), scores)
        except StorageError as exc:
            log.warning("No suggestions for %s: %s", workout.id, exc)
            found = []
        owner = self._owner()
        writable = not store.read_only and owner is not None and owner.definitions is not None
        panel.set_suggestions(found, workout, exercises, writable)

    def again(self, panel: SuggestionPanel) -> None:
        shown = self._shown.get(panel)
        if shown is not None:
            self.show(panel, *shown)

    def dismiss(self, panel: SuggestionPanel, chosen: Sequence[Suggestion]) -> None:
        store = self._store()
        if store is None:
            return
        try:
            for suggestion in chosen:
                store.dismiss_suggestion(suggestion.key)
        except (StorageError, ValueError) as exc:
            self._say(panel, self.tr("Not dismissed: {problem}").format(problem=exc))
            return
        self.again(panel)

    def apply(self, panel: SuggestionPanel, chosen: Sequence[Suggestion]) -> None:
        """The user's copy of the routine with ``chosen`` applied, stored and shown."""
        shown, store, owner = self._shown.get(panel), self._store(), self._owner()
        definitions = owner.definitions if owner is not None else None
        if shown is None or store is None or owner is None or definitions is None:
            self._say(panel, self.tr("Not applied: your training data is not open."))
            return
        workout = definitions.catalog.workouts.get(shown[0].id, shown[0])
        try:
            saved, result = apply(definitions, workout, definitions.catalog.exercises, chosen)
            for suggestion in chosen:
                store.dismiss_suggestion(suggestion.key)
        except (CatalogError, StorageError, ValueError) as exc:
            self._say(panel, self.tr("Not applied: {problem}").format(problem=exc))
            return
        owner.set_catalog(definitions.catalog, definitions.problems)
        self.applied.emit(saved.id)  # the chooser shows the copy
        self.again(panel)
        first = self.tr("Saved as your routine “{name}”:").format(name=saved.name)
        lines = [first, *result.changes, *result.waiting]
        self._say(panel, "\n".join(lines))

    @staticmethod
    def _say(panel: SuggestionPanel, line: str) -> None:
        panel.say(line)
