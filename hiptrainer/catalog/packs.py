"""Exercise packs: the user's exercises and routines in one JSON file, out and in.

A pack (``.hiptrainer-pack``) is ``{"format": "hiptrainer-pack", "version": 1, "exercises":
[...], "workouts": [...]}`` whose items have the shape ``exercises --json`` and ``workouts
--json`` print. A routine in a pack carries the user's exercises it uses (and their variants);
a bundled exercise is named by its id and not carried. A routine goes in as stored: a block
that plays its exercise's own dose has ``"dosage": null`` (``workouts --json`` prints the dose
it plays), so a pack imported where it came from finds its routines unchanged.

Importing (:class:`PackPlanner`, called by ``storage.transfer.import_file``) validates every
item with the catalogue's schema and rules before anything is written, so a file is taken
whole or not at all, and every problem is one line naming the item and the field. An item
whose id is already taken by a different item (bundled, or stored with another body) is
stored under the first free id ``<id>_2``, ``<id>_3``…, and the file's references to it (in
its routines and variant links) follow; an item equal to the stored one changes nothing, so
importing a pack twice adds nothing. A backup's items are the user's own data coming back:
they replace the stored items of the same id (a bundled id is refused).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from functools import partial

import msgspec

from hiptrainer.catalog.custom import (
    CustomExercise,
    CustomWorkout,
    Item,
    decode_item,
    is_custom,
)
from hiptrainer.catalog.errors import CatalogError
from hiptrainer.catalog.listing import exercise_item
from hiptrainer.catalog.loader import Catalog, setup_problem
from hiptrainer.catalog.poses import pose_problem

PACK_FORMAT = "hiptrainer-pack"
PACK_VERSION = 1
PACK_SUFFIX = ".hiptrainer-pack"
MAX_ID = 64

Row = tuple[str, str, str]


# --- out ------------------------------------------------------------------------------------


def pack_contents(
    catalog: Catalog, exercise_ids: Sequence[str] = (), workout_ids: Sequence[str] = ()
) -> tuple[list[CustomExercise], list[CustomWorkout]]:
    """The user's items a pack of these ids holds: the routines, the exercises asked for and
    every exercise of the user's that a routine or a variant link of theirs names. Nothing
    asked for: everything of the user's. An unknown or bundled id raises CatalogError."""
    if not exercise_ids and not workout_ids:
        exercise_ids = [e.id for e in catalog.exercises.values() if is_custom(e)]
        workout_ids = [w.id for w in catalog.workouts.values() if is_custom(w)]
        if not exercise_ids and not workout_ids:
            raise CatalogError("there are no exercises or routines of your own to export")
    routines: list[CustomWorkout] = []
    for workout_id in dict.fromkeys(workout_ids):
        workout = catalog.workouts.get(workout_id)
        if workout is None:
            raise CatalogError(f'unknown routine id "{workout_id}" (see: hiptrainer workouts)')
        if not isinstance(workout, CustomWorkout):
            raise CatalogError(
                f'"{workout_id}" is a bundled routine: a pack carries routines of your own '
                "(duplicate it to make it yours)"
            )
        routines.append(workout)
    wanted = list(exercise_ids)
    for workout in routines:
        wanted += [block.exercise for block in workout.blocks if block.exercise not in wanted]
    chosen: dict[str, CustomExercise] = {}
    while wanted:
        exercise_id = wanted.pop(0)
        exercise = catalog.exercises.get(exercise_id)
        if exercise is None:
            raise CatalogError(f'unknown exercise id "{exercise_id}" (see: hiptrainer exercises)')
        if exercise_id in exercise_ids and not isinstance(exercise, CustomExercise):
            raise CatalogError(
                f'"{exercise_id}" is a bundled exercise: a pack carries exercises of your own '
                "(its routines name bundled ones by id)"
            )
        if isinstance(exercise, CustomExercise) and exercise_id not in chosen:
            chosen[exercise_id] = exercise
            wanted += [*exercise.easier, *exercise.harder]
    return list(chosen.values()), routines


def pack_bytes(
    catalog: Catalog, exercise_ids: Sequence[str] = (), workout_ids: Sequence[str] = ()
) -> bytes:
    """The pack file of :func:`pack_contents`, as indented JSON."""
    exercises, workouts = pack_contents(catalog, exercise_ids, workout_ids)
    document = {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "exercises": [exercise_item(e) for e in exercises],
        # As stored: a block without a dose of its own plays its exercise's (null here).
        "workouts": [msgspec.to_builtins(w) for w in workouts],
    }
    return msgspec.json.format(msgspec.json.encode(document), indent=2) + b"\n"


# --- in -------------------------------------------------------------------------------------


def _encode(item: CustomExercise | CustomWorkout) -> str:
    return msgspec.json.encode(item).decode()


def numbered_id(base: str, number: int) -> str:
    suffix = f"_{number}"
    return base[: MAX_ID - len(suffix)] + suffix


class _Renamer:
    """Chooses the ids of a file's items of one kind (see the module's docstring)."""

    def __init__(self, ids: list[str], reserved: Collection[str], stored: dict[str, str]) -> None:
        self.final = {item_id: item_id for item_id in ids}
        self.reserved = reserved  # bundled ids: never taken
        self.stored = stored  # id -> body of the user's stored items
        self._tried: dict[str, set[str]] = {item_id: {item_id} for item_id in ids}

    def conflicts(self, item_id: str, body: str) -> bool:
        final = self.final[item_id]
        return final in self.reserved or self.stored.get(final, body) != body

    def rename(self, item_id: str, body_as: Callable[[str], str]) -> None:
        """Move ``item_id`` to the first id not tried yet that is free, or stored with the
        body ``body_as(id)`` the item would have there (a pack imported before)."""
        others = {final for key, final in self.final.items() if key != item_id}
        others |= set(self.final) - {item_id}
        number = 1
        while True:
            number += 1
            candidate = numbered_id(item_id, number)
            if candidate in self._tried[item_id] or candidate in others:
                continue
            if candidate in self.reserved:
                continue
            if candidate not in self.stored or self.stored[candidate] == body_as(candidate):
                break
        self._tried[item_id].add(candidate)
        self.final[item_id] = candidate


def _exercise_as(item: CustomExercise, new_id: str, ids: dict[str, str]) -> CustomExercise:
    return msgspec.structs.replace(
        item,
        id=new_id,
        easier=[ids.get(other, other) for other in item.easier],
        harder=[ids.get(other, other) for other in item.harder],
    )


def _workout_as(item: CustomWorkout, new_id: str, ids: dict[str, str]) -> CustomWorkout:
    blocks = [
        msgspec.structs.replace(block, exercise=ids.get(block.exercise, block.exercise))
        if block.exercise in ids
        else block
        for block in item.blocks
    ]
    return msgspec.structs.replace(item, id=new_id, blocks=blocks)


def _workout_body(item: CustomWorkout, ids: dict[str, str], new_id: str) -> str:
    return _encode(_workout_as(item, new_id, ids))


def _settle_exercises(items: list[CustomExercise], renamer: _Renamer) -> None:
    # Each rename can change the bodies of the items that link to it: go round until no
    # item would replace a different one. Ends: an item never tries an id twice.
    ids = renamer.final  # changed in place by each rename

    def body_as(item: CustomExercise) -> Callable[[str], str]:
        return lambda new_id: _encode(_exercise_as(item, new_id, ids))

    moved = True
    while moved:
        moved = False
        for item in items:
            if renamer.conflicts(item.id, body_as(item)(ids[item.id])):
                renamer.rename(item.id, body_as(item))
                moved = True


def _unique(items: Iterable[CustomExercise | CustomWorkout], field: str, where: str) -> None:
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        if item.id in first:
            raise CatalogError(
                f'{where}: {field}[{index}].id: "{item.id}" is also the id of '
                f"{field}[{first[item.id]}]; each may appear once"
            )
        first[item.id] = index


class PackPlanner:
    """What to store of an import file's exercises and routines (a ``DefinitionPlanner`` of
    ``storage.transfer``), checked against ``bundled`` and the stored items."""

    #: What a problem with the file raises (``transfer`` reports it as the file's problem).
    problems: tuple[type[Exception], ...] = (CatalogError,)

    def __init__(self, bundled: Catalog) -> None:
        self.bundled = bundled

    def __call__(
        self,
        exercises: Sequence[msgspec.Raw],
        workouts: Sequence[msgspec.Raw],
        stored: Sequence[Row],
        *,
        where: str,
        pack: bool,
    ) -> tuple[list[Row], list[str]]:
        found = [self._exercise(raw, f"exercises[{i}]", where) for i, raw in enumerate(exercises)]
        routines = [
            self._decoded(raw, CustomWorkout, f"workouts[{i}]", where)
            for i, raw in enumerate(workouts)
        ]
        _unique(found, "exercises", where)
        _unique(routines, "workouts", where)
        stored_exercises = {i: body for kind, i, body in stored if kind == "exercise"}
        stored_workouts = {i: body for kind, i, body in stored if kind == "workout"}
        moves = _Renamer([e.id for e in found], self.bundled.exercises, stored_exercises)
        if pack:
            _settle_exercises(found, moves)
        else:
            self._refuse_bundled(found, "exercises", self.bundled.exercises, where)
            self._refuse_bundled(routines, "workouts", self.bundled.workouts, where)
        ids = moves.final
        new_exercises = [_exercise_as(e, ids[e.id], ids) for e in found]
        known = set(self.bundled.exercises) | set(stored_exercises) | set(ids.values())
        for index, exercise in enumerate(new_exercises):
            for name in ("easier", "harder"):
                for slot, other in enumerate(getattr(exercise, name)):
                    if other not in known:
                        raise CatalogError(
                            f'{where}: exercises[{index}].{name}[{slot}]: unknown exercise id "'
                            f'{other}"'
                        )
        routine_moves = _Renamer([w.id for w in routines], self.bundled.workouts, stored_workouts)
        if pack:
            # Routines name exercises, never each other: one round settles them.
            for workout in routines:
                body_as = partial(_workout_body, workout, ids)
                if routine_moves.conflicts(workout.id, body_as(workout.id)):
                    routine_moves.rename(workout.id, body_as)
        new_workouts = [_workout_as(w, routine_moves.final[w.id], ids) for w in routines]
        for index, workout in enumerate(new_workouts):
            for slot, block in enumerate(workout.blocks):
                if block.exercise not in known:
                    raise CatalogError(
                        f"{where}: workouts[{index}].blocks[{slot}].exercise: unknown exercise "
                        f'id "{block.exercise}"'
                    )
        rows = [("exercise", e.id, _encode(e)) for e in new_exercises]
        rows += [("workout", w.id, _encode(w)) for w in new_workouts]
        stored_bodies = {("exercise", i): b for i, b in stored_exercises.items()}
        stored_bodies.update({("workout", i): b for i, b in stored_workouts.items()})
        renamed = [
            f'{"exercise" if kind == "exercise" else "routine"} "{old}" was stored as "{new}" '
            "(its id was taken)"
            for (kind, new, body), old in zip(
                rows, [*(e.id for e in found), *(w.id for w in routines)], strict=True
            )
            if old != new and stored_bodies.get((kind, new)) != body
        ]
        return rows, renamed

    def _exercise(self, raw: msgspec.Raw, field: str, where: str) -> CustomExercise:
        exercise = self._decoded(raw, CustomExercise, field, where)
        problem = setup_problem(exercise)
        if problem is not None:
            raise CatalogError(f"{where}: {field}.{problem}")
        for index, step in enumerate(exercise.steps):
            problem = pose_problem(step.pose)
            if problem is not None:
                raise CatalogError(f"{where}: {field}.steps[{index}].pose: {problem}")
        return exercise

    @staticmethod
    def _decoded(raw: msgspec.Raw, schema: type[Item], field: str, where: str) -> Item:
        try:
            return decode_item(raw, schema, field)
        except CatalogError as exc:
            raise CatalogError(f"{where}: {exc}") from None

    @staticmethod
    def _refuse_bundled(
        items: Sequence[CustomExercise | CustomWorkout],
        field: str,
        bundled: Collection[str],
        where: str,
    ) -> None:
        what = "exercise" if field == "exercises" else "routine"
        for index, item in enumerate(items):
            if item.id in bundled:
                raise CatalogError(
                    f'{where}: {field}[{index}].id: "{item.id}" is a bundled {what}; give the '
                    f"custom {what} its own id"
                )
