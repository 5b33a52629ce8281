"""The catalogue the app and the command line use: the bundled one plus the user's own
exercises and routines, as stored in the data folder's database.

The stored items come in as rows ``(kind, id, JSON body)`` (the storage layer reads them;
the catalogue does not import it) and are validated by the same structs and rules as any
exercise (:mod:`hiptrainer.catalog.custom`). A stored item that no longer passes (an edited
database, a rule made stricter by an update) is skipped and reported as one line in
:attr:`Composed.problems` (the app logs it, a command prints it), so one broken row never
stops either. A variant link to an
exercise that is gone is dropped; a routine naming an exercise that is gone is skipped.

Order: the bundled exercises in library order, then the user's by name; bundled routines,
then the user's by name.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import msgspec

from hiptrainer.catalog.custom import CustomExercise, CustomWorkout, Item, decode_item
from hiptrainer.catalog.errors import CatalogError
from hiptrainer.catalog.loader import Catalog, setup_problem, side_dosage_problem
from hiptrainer.domain.model import Exercise, Workout

log = logging.getLogger(__name__)

#: A stored definition: ("exercise" or "workout", its id, its JSON body).
Row = tuple[str, str, str]


class Composed(msgspec.Struct, frozen=True):
    catalog: Catalog
    #: One line per stored item that was skipped, for the user.
    problems: list[str]


def exercise_problem(exercise: Exercise, bundled: Catalog) -> str | None:
    """Rules beyond the struct's that a stored exercise must pass, as ``field: what``."""
    if exercise.id in bundled.exercises:
        return f'id: "{exercise.id}" is the id of a bundled exercise'
    return setup_problem(exercise)


def workout_problem(
    workout: Workout, exercises: dict[str, Exercise], bundled: Catalog
) -> str | None:
    if workout.id in bundled.workouts:
        return f'id: "{workout.id}" is the id of a bundled routine'
    for index, block in enumerate(workout.blocks):
        if block.exercise not in exercises:
            return f'blocks[{index}].exercise: unknown exercise id "{block.exercise}"'
    # The same rule as for bundled routines: a dose per side only for a one-sided exercise.
    return side_dosage_problem(workout, exercises)


def _decoded(row: Row, schema: type[Item], problems: list[str]) -> Item | None:
    kind, item_id, body = row
    what = "exercise" if kind == "exercise" else "routine"
    try:
        item = decode_item(body, schema, "")
    except CatalogError as exc:
        problems.append(f'your {what} "{item_id}": {exc}')
        return None
    if item.id != item_id:
        problems.append(f'your {what} "{item_id}": id: the body says "{item.id}"')
        return None
    return item


def _by_name(item: Exercise | Workout) -> tuple[str, str]:
    return item.name.casefold(), item.id


def compose(bundled: Catalog, rows: Iterable[Row]) -> Composed:
    """``bundled`` with the user's items of ``rows`` added (see the module's docstring)."""
    problems: list[str] = []
    customs: list[CustomExercise] = []
    routines: list[CustomWorkout] = []
    for row in rows:
        if row[0] == "exercise":
            exercise = _decoded(row, CustomExercise, problems)
            if exercise is not None:
                problem = exercise_problem(exercise, bundled)
                if problem is None:
                    customs.append(exercise)
                else:
                    problems.append(f'your exercise "{exercise.id}": {problem}')
        elif row[0] == "workout":
            workout = _decoded(row, CustomWorkout, problems)
            if workout is not None:
                routines.append(workout)
    exercises: dict[str, Exercise] = dict(bundled.exercises)
    for exercise in sorted(customs, key=_by_name):
        exercises[exercise.id] = exercise
    for exercise in customs:
        kept = {
            name: [other for other in getattr(exercise, name) if other in exercises]
            for name in ("easier", "harder")
        }
        if kept != {"easier": exercise.easier, "harder": exercise.harder}:
            log.info("Your exercise %s: dropped links to exercises that are gone", exercise.id)
            exercises[exercise.id] = msgspec.structs.replace(exercise, **kept)
    workouts: dict[str, Workout] = dict(bundled.workouts)
    for workout in sorted(routines, key=_by_name):
        problem = workout_problem(workout, exercises, bundled)
        if problem is None:
            workouts[workout.id] = workout
        else:
            problems.append(f'your routine "{workout.id}": {problem}')
    return Composed(Catalog(exercises=exercises, workouts=workouts), problems)
