"""What is printed: a sheet of some exercises or of a routine, from the window's catalogue
(the user's own exercises and routines with the bundled ones), laid out anew for each paper
and set of options.

Pictures come from each exercise's poses as the Library draws them: a bundled exercise's
own pose file, and for one of the user's the library poses its steps name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.domain.model import Exercise
    from hiptrainer.figures.render import Illustration
    from hiptrainer.printing import Sheet, SheetOptions


class UnknownItem(LookupError):
    """An exercise or routine asked for is not in the catalogue (it was removed meanwhile)."""


@dataclass
class SheetJob:
    """One sheet to print or save.

    ``title`` names the print job and the file offered; ``what`` says what the sheet is, in
    words; ``routine`` says whether it prints the name and "prescribed by" fields; ``make``
    lays it out for options."""

    title: str
    what: str
    routine: bool
    make: Callable[[SheetOptions], Sheet]
    _last: tuple[SheetOptions, Sheet] | None = field(default=None, repr=False)

    def sheet(self, options: SheetOptions) -> Sheet:
        """The sheet laid out for ``options``; the last one is kept, as a preview asks again
        for the same paper whenever it redraws. Raises ValueError (paper smaller than A5)
        or CatalogError (an exercise's pictures cannot be read)."""
        if self._last is not None and self._last[0] == options:
            return self._last[1]
        sheet = self.make(options)
        self._last = (options, sheet)
        return sheet


def exercises_job(catalog: Catalog, exercise_ids: Sequence[str]) -> SheetJob:
    """A sheet of ``exercise_ids`` (one exercise per page, or two), in that order."""
    missing = [i for i in exercise_ids if i not in catalog.exercises]
    if missing:
        raise UnknownItem(f'The exercise "{missing[0]}" is not in the catalogue any more.')
    if not exercise_ids:
        raise UnknownItem("No exercise is chosen.")
    exercises = [catalog.exercises[i] for i in exercise_ids]
    title = exercises[0].name if len(exercises) == 1 else f"{len(exercises)} exercises"

    def make(options: SheetOptions) -> Sheet:
        from hiptrainer.printing import exercise_sheet

        return exercise_sheet(exercises, catalog, options, art=_pictures())

    what = f"the exercise sheet of “{title}”" if len(exercises) == 1 else f"the sheets of {title}"
    return SheetJob(title, what, routine=False, make=make)


def routine_job(catalog: Catalog, workout_id: str) -> SheetJob:
    """A sheet of the routine ``workout_id``."""
    workout = catalog.workouts.get(workout_id)
    if workout is None:
        raise UnknownItem(f'The routine "{workout_id}" is not in the catalogue any more.')

    def make(options: SheetOptions) -> Sheet:
        from hiptrainer.printing import routine_sheet

        return routine_sheet(workout, catalog, options, art=_pictures())

    return SheetJob(workout.name, f"the routine sheet of “{workout.name}”", routine=True, make=make)


def _pictures() -> Callable[[Exercise], Illustration]:
    """Each exercise's pictures, read once per sheet (a routine may use one twice)."""
    from hiptrainer.catalog.poses import exercise_poses
    from hiptrainer.figures.render import Illustration

    made: dict[str, Illustration] = {}

    def art(exercise: Exercise) -> Illustration:
        if exercise.id not in made:
            made[exercise.id] = Illustration(exercise_poses(exercise), exercise.primary_muscles)
        return made[exercise.id]

    return art


#: Characters that no common file system takes in a name, and control characters.
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def file_name(title: str) -> str:
    """A file name for a sheet called ``title`` (the user's own text, so cleaned)."""
    cleaned = _NOT_IN_NAMES.sub(" ", title)
    cleaned = " ".join(cleaned.split()).strip(". ")[:80].strip(". ")
    return f"{cleaned or 'Sheet'}.pdf"
