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

from PySide6.QtCore import QCoreApplication, QObject

from hiptrainer.ui.style.plurals import plural

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


class SheetJobCounts(QObject):
    """Counted texts: pyside6-lupdate gives plural forms to ``self.tr(text, "", n)`` in a
    class, not to ``QCoreApplication.translate(context, text, "", n)``."""

    def exercises(self, count: int) -> str:
        return plural(self.tr("%n exercise(s)", "", count), count)


def exercises_job(catalog: Catalog, exercise_ids: Sequence[str]) -> SheetJob:
    """A sheet of ``exercise_ids`` (one exercise per page, or two), in that order."""
    missing = [i for i in exercise_ids if i not in catalog.exercises]
    if missing:
        gone = QCoreApplication.translate(
            "SheetJob", 'The exercise "{id}" is not in the catalogue any more.'
        )
        raise UnknownItem(gone.format(id=missing[0]))
    if not exercise_ids:
        raise UnknownItem(QCoreApplication.translate("SheetJob", "No exercise is chosen."))
    exercises = [catalog.exercises[i] for i in exercise_ids]
    count = len(exercises)
    #: The title of a sheet of several exercises (and the name its PDF is offered under).
    several = SheetJobCounts().exercises(count)
    title = exercises[0].name if count == 1 else several

    def make(options: SheetOptions) -> Sheet:
        from hiptrainer.printing import exercise_sheet

        return exercise_sheet(exercises, catalog, options, art=_pictures())

    if count == 1:
        #: Completes "Save … as a PDF to print later or to send." (the export's intro).
        what = QCoreApplication.translate("SheetJob", "the exercise sheet of “{name}”")
    else:
        #: Completes "Save … as a PDF to print later or to send."; {name} is "3 exercises".
        what = QCoreApplication.translate("SheetJob", "the sheets of {name}")
    what = what.format(name=title)
    return SheetJob(title, what, routine=False, make=make)


def routine_job(catalog: Catalog, workout_id: str) -> SheetJob:
    """A sheet of the routine ``workout_id``."""
    workout = catalog.workouts.get(workout_id)
    if workout is None:
        gone = QCoreApplication.translate(
            "SheetJob", 'The routine "{id}" is not in the catalogue any more.'
        )
        raise UnknownItem(gone.format(id=workout_id))

    def make(options: SheetOptions) -> Sheet:
        from hiptrainer.printing import routine_sheet

        return routine_sheet(workout, catalog, options, art=_pictures())

    #: Completes "Save … as a PDF to print later or to send." (the export's intro).
    what = QCoreApplication.translate("SheetJob", "the routine sheet of “{name}”")
    return SheetJob(workout.name, what.format(name=workout.name), routine=True, make=make)


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
    #: The file name of a sheet whose title leaves nothing usable in a file name.
    return f"{cleaned or QCoreApplication.translate('SheetJob', 'Sheet')}.pdf"
