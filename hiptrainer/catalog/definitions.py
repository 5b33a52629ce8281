"""Creating, changing, duplicating and deleting the user's own exercises and routines.

The routine builder and the exercise editor work through :class:`UserDefinitions`: it checks
every item with the catalogue's schema and rules (:mod:`hiptrainer.catalog.custom`) before
anything is written, writes through the store (one transaction per change, all or nothing),
and keeps :attr:`UserDefinitions.catalog` (bundled + the user's) up to date. A problem is a
:class:`DefinitionError`: one line that starts with the field (``steps[1].pose: …``), whose
:attr:`DefinitionError.field` an editor can use to point at the widget. Bundled items are
read-only: duplicate one to get an editable copy.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

import msgspec

from hiptrainer.catalog.custom import CustomExercise, CustomWorkout, Item, convert_item
from hiptrainer.catalog.errors import CatalogError
from hiptrainer.catalog.loader import Catalog, setup_problem
from hiptrainer.catalog.packs import MAX_ID, numbered_id
from hiptrainer.catalog.poses import pose_problem
from hiptrainer.catalog.user import Row, compose
from hiptrainer.domain.model import Exercise, Workout
from hiptrainer.domain.words import translate

log = logging.getLogger(__name__)

# The longest name an exercise or routine may have (the catalogue's schema).
MAX_NAME = 200
Kind = TypeVar("Kind", Exercise, Workout)
_FIELD = re.compile(r"[a-z_][a-z0-9_]*(?:\[\d+\])?(?:\.[a-z_][a-z0-9_]*(?:\[\d+\])?)*")


class DefinitionStore(Protocol):
    """The calls of ``storage.store.Store`` that keep definitions."""

    def definition_rows(self) -> list[Row]: ...

    def write_definitions(
        self, put: Sequence[Row] = (), delete: Sequence[tuple[str, str]] = ()
    ) -> int: ...


class DefinitionError(CatalogError):
    """An exercise or routine that cannot be saved (or deleted); ``str()`` is one line, and
    :attr:`field` the field it names first (``"steps[1].pose"``), or "" for the whole item."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        field, sep, _ = message.partition(": ")
        self.field = field if sep and _FIELD.fullmatch(field) else ""


class Removed(msgspec.Struct, frozen=True):
    """What a delete took away or changed: :meth:`UserDefinitions.undo` writes it back."""

    rows: list[Row]


def _encode(item: Exercise | Workout) -> str:
    return msgspec.json.encode(item).decode()


def _converted(data: Any, schema: type[Item]) -> Item:
    try:
        return convert_item(data, schema, "")
    except CatalogError as exc:
        raise DefinitionError(str(exc)) from None


def slug(text: str) -> str:
    """An id made of ``text``: "My plank (hard)" -> "my_plank_hard"."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", "_", plain).strip("_") or "item"
    if not words[0].isalpha():
        words = "my_" + words
    return words[:MAX_ID].rstrip("_")


def copy_name(name: str) -> str:
    """The name of a copy of ``name`` in the interface's language ("Side plank (copy)",
    "Seitstütz (Kopie)"), ``name`` shortened so that the whole stays within the limit."""
    #: The name of an editable copy of an exercise or routine; {name} is the original's.
    pattern = translate("definitions", "{name} (copy)")
    room = MAX_NAME - len(pattern.replace("{name}", ""))
    return pattern.replace("{name}", name[: max(0, room)])


class UserDefinitions:
    """The user's exercises and routines in ``store``, on top of the ``bundled`` catalogue."""

    def __init__(self, store: DefinitionStore, bundled: Catalog) -> None:
        self.store = store
        self.bundled = bundled
        self.catalog = bundled
        # Stored items that were skipped at the last (re)load, one line each.
        self.problems: list[str] = []
        self.reload()

    def reload(self) -> Catalog:
        """Read every stored item again (after an import, say)."""
        composed = compose(self.bundled, self.store.definition_rows())
        self.catalog, self.problems = composed.catalog, composed.problems
        for line in self.problems:
            log.warning("Skipped %s", line)
        return self.catalog

    # --- exercises ----------------------------------------------------------------------------

    def save_exercise(
        self, item: CustomExercise | Mapping[str, Any], *, replacing: str | None = None
    ) -> CustomExercise:
        """Store a new exercise (``replacing`` None) or a changed one (``replacing`` its id
        before the change; a new id renames it, and the user's routines and variant links
        follow). ``item`` may be the fields as an editor has them (JSON-like values)."""
        data = msgspec.to_builtins(item) if isinstance(item, CustomExercise) else item
        exercise = _converted(data, CustomExercise)
        self._check_id(exercise, replacing)
        problem = setup_problem(exercise)
        if problem is not None:
            raise DefinitionError(problem)
        for index, step in enumerate(exercise.steps):
            problem = pose_problem(step.pose)
            if problem is not None:
                raise DefinitionError(f"steps[{index}].pose: {problem}")
        known = self.catalog.exercises
        for name in ("easier", "harder"):
            for index, other in enumerate(getattr(exercise, name)):
                if other not in known or other == replacing:
                    raise DefinitionError(f'{name}[{index}]: unknown exercise id "{other}"')
        changed: list[Exercise | Workout] = [exercise]
        delete: list[tuple[str, str]] = []
        if replacing is not None and replacing != exercise.id:
            delete.append(("exercise", replacing))
            changed += self._linking(replacing, exercise.id)
        self._write(changed, delete)
        return exercise

    def duplicate_exercise(self, exercise_id: str) -> CustomExercise:
        """Store an editable copy of any exercise (bundled ones too) and return it."""
        source = self._exercise(exercise_id)
        data: dict[str, Any] = msgspec.to_builtins(source)
        if not isinstance(source, CustomExercise):
            for step in data["steps"]:
                step["pose"] = f"{source.id}:{step['pose']}"
            data["from_article"] = False
        data["id"] = self.free_id("exercise", f"{source.id}_copy")
        data["name"] = copy_name(source.name)
        data["custom"] = True
        return self.save_exercise(data)

    def delete_exercise(self, exercise_id: str) -> Removed:
        """Delete one of the user's exercises; the other exercises' links to it go too. One
        that a routine of the user's uses is refused (take it out of the routine first)."""
        exercise = self._exercise(exercise_id, own=True)
        for workout in self.catalog.workouts.values():
            for index, block in enumerate(workout.blocks):
                if block.exercise == exercise_id:
                    raise DefinitionError(
                        f'"{exercise.name}" is used by your routine "{workout.name}" '
                        f"(block {index + 1}); take it out of the routine first"
                    )
        linking = self._linking(exercise_id, None)
        before = [("exercise", exercise_id, _encode(exercise))]
        before += [("exercise", e.id, _encode(self.catalog.exercises[e.id])) for e in linking]
        self._write(linking, [("exercise", exercise_id)])
        return Removed(before)

    # --- routines -----------------------------------------------------------------------------

    def save_workout(
        self, item: CustomWorkout | Mapping[str, Any], *, replacing: str | None = None
    ) -> CustomWorkout:
        """Store a new routine, or a changed one (``replacing``: its id before the change)."""
        data = msgspec.to_builtins(item) if isinstance(item, CustomWorkout) else item
        workout = _converted(data, CustomWorkout)
        self._check_id(workout, replacing)
        for index, block in enumerate(workout.blocks):
            if block.exercise not in self.catalog.exercises:
                raise DefinitionError(
                    f'blocks[{index}].exercise: unknown exercise id "{block.exercise}"'
                )
        delete = [] if replacing in (None, workout.id) else [("workout", str(replacing))]
        self._write([workout], delete)
        return workout

    def duplicate_workout(self, workout_id: str) -> CustomWorkout:
        """Store an editable copy of any routine (bundled ones too) and return it."""
        source = self._workout(workout_id)
        data: dict[str, Any] = msgspec.to_builtins(source)
        data["id"] = self.free_id("workout", f"{source.id}_copy")
        data["name"] = copy_name(source.name)
        data["custom"] = True
        return self.save_workout(data)

    def delete_workout(self, workout_id: str) -> Removed:
        workout = self._workout(workout_id, own=True)
        self._write([], [("workout", workout_id)])
        return Removed([("workout", workout_id, _encode(workout))])

    def undo(self, removed: Removed) -> Catalog:
        """Put back what a delete took away."""
        self.store.write_definitions(removed.rows)
        return self.reload()

    # --- ids ----------------------------------------------------------------------------------

    def free_id(self, kind: str, text: str) -> str:
        """An id made of ``text`` (a name, say) that no exercise (or routine) has yet."""
        base = slug(text)
        taken = self.catalog.exercises if kind == "exercise" else self.catalog.workouts
        candidate, number = base, 1
        while candidate in taken:
            number += 1
            candidate = numbered_id(base, number)
        return candidate

    # --- internals ----------------------------------------------------------------------------

    def _check_id(self, item: CustomExercise | CustomWorkout, replacing: str | None) -> None:
        is_exercise = isinstance(item, CustomExercise)
        what = "exercise" if is_exercise else "routine"
        bundled = self.bundled.exercises if is_exercise else self.bundled.workouts
        current: Mapping[str, Exercise | Workout]
        current = self.catalog.exercises if is_exercise else self.catalog.workouts
        if item.id in bundled:
            raise DefinitionError(f'id: "{item.id}" is the id of a bundled {what}; choose another')
        if replacing is not None and (replacing in bundled or replacing not in current):
            raise DefinitionError(f'id: there is no {what} of yours with the id "{replacing}"')
        if item.id != replacing and item.id in current:
            raise DefinitionError(
                f'id: "{item.id}" is already the id of your {what} "{current[item.id].name}"'
            )

    def _exercise(self, exercise_id: str, own: bool = False) -> Exercise:
        exercise = self.catalog.exercises.get(exercise_id)
        if exercise is None:
            raise DefinitionError(f'unknown exercise id "{exercise_id}"')
        if own and not isinstance(exercise, CustomExercise):
            raise DefinitionError(f'"{exercise.name}" is bundled with HipTrainer (read-only)')
        return exercise

    def _workout(self, workout_id: str, own: bool = False) -> Workout:
        workout = self.catalog.workouts.get(workout_id)
        if workout is None:
            raise DefinitionError(f'unknown routine id "{workout_id}"')
        if own and not isinstance(workout, CustomWorkout):
            raise DefinitionError(f'"{workout.name}" is bundled with HipTrainer (read-only)')
        return workout

    def _linking(self, old: str, new: str | None) -> list[Exercise | Workout]:
        """The user's items that name exercise ``old``, changed to name ``new`` (or, for
        None, to name it no more: variant links only)."""
        changed: list[Exercise | Workout] = []

        def relinked(ids: list[str]) -> list[str]:
            if new is None:
                return [other for other in ids if other != old]
            return [new if other == old else other for other in ids]

        for exercise in self.catalog.exercises.values():
            if isinstance(exercise, CustomExercise) and old in (*exercise.easier, *exercise.harder):
                changed.append(
                    msgspec.structs.replace(
                        exercise, easier=relinked(exercise.easier), harder=relinked(exercise.harder)
                    )
                )
        if new is not None:
            for workout in self.catalog.workouts.values():
                if isinstance(workout, CustomWorkout) and any(
                    block.exercise == old for block in workout.blocks
                ):
                    blocks = [
                        msgspec.structs.replace(block, exercise=new)
                        if block.exercise == old
                        else block
                        for block in workout.blocks
                    ]
                    changed.append(msgspec.structs.replace(workout, blocks=blocks))
        return changed

    def _write(self, items: Iterable[Exercise | Workout], delete: list[tuple[str, str]]) -> None:
        items = list(items)
        put = [
            ("exercise" if isinstance(item, Exercise) else "workout", item.id, _encode(item))
            for item in items
        ]
        self.store.write_definitions(put, delete)
        exercises = dict(self.catalog.exercises)
        workouts = dict(self.catalog.workouts)
        for kind, item_id in delete:
            (exercises if kind == "exercise" else workouts).pop(item_id, None)
        for item in items:
            if isinstance(item, Exercise):
                exercises[item.id] = item
            else:
                workouts[item.id] = item
        self.catalog = _ordered(self.bundled, exercises, workouts)


def _mine(items: dict[str, Kind], bundled: Mapping[str, Kind]) -> dict[str, Kind]:
    own = [item for key, item in items.items() if key not in bundled]
    return {item.id: item for item in sorted(own, key=lambda i: (i.name.casefold(), i.id))}


def _ordered(
    bundled: Catalog, exercises: dict[str, Exercise], workouts: dict[str, Workout]
) -> Catalog:
    """Bundled items first, in their order; then the user's by name."""
    return Catalog(
        exercises={**bundled.exercises, **_mine(exercises, bundled.exercises)},
        workouts={**bundled.workouts, **_mine(workouts, bundled.workouts)},
    )
