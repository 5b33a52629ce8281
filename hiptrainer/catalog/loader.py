"""Reading and validating the bundled catalogue: exercises and workouts as TOML files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from hiptrainer.catalog.errors import CatalogError
from hiptrainer.domain.model import Dosage, Exercise, Workout
from hiptrainer.paths import display_path, resources_dir

T = TypeVar("T", Exercise, Workout)
S = TypeVar("S", bound=msgspec.Struct)


class Catalog(msgspec.Struct, frozen=True):
    """Validated exercises (in library order: the founding article's first) and workouts."""

    exercises: dict[str, Exercise]
    workouts: dict[str, Workout]

    def dosage(self, workout_id: str, index: int, side: str = "both") -> Dosage:
        """The dose of block ``index`` of a workout: its own, or the exercise's; with
        ``side`` ("left" or "right"), the dose that side plays (its own, if it has one)."""
        block = self.workouts[workout_id].blocks[index]
        exercise = self.exercises[block.exercise]
        if not exercise.unilateral:
            side = "both"
        return block.side_dose(side, exercise.dosage)


def read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only when files must be parsed: a cached catalogue needs no TOML

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"{display_path(path)}: cannot read: {exc.strerror}") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise CatalogError(f"{display_path(path)}: not a UTF-8 text file") from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{display_path(path)}: invalid TOML: {exc}") from None


def convert(data: Any, schema: type[S], where: str) -> S:
    """Validate already-parsed ``data`` as ``schema``; errors name ``where`` and the field."""
    try:
        return msgspec.convert(data, schema)
    except msgspec.ValidationError as exc:
        from hiptrainer.validation import explain

        raise CatalogError(f"{where}: {explain(exc, schema, data)}") from None


def read_definition(path: Path, schema: type[T]) -> T:
    """One exercise or workout file, validated, its id matching its file name."""
    item = convert(read_toml(path), schema, display_path(path))
    if item.id != path.stem:
        raise CatalogError(
            f'{display_path(path)}: id: "{item.id}" does not match the file name "{path.name}"'
        )
    if isinstance(item, Exercise):
        check_setup(item, path)
    return item


def check_setup(exercise: Exercise, path: Path) -> None:
    problem = setup_problem(exercise)
    if problem is not None:
        raise CatalogError(f"{display_path(path)}: {problem}")


def setup_problem(exercise: Exercise) -> str | None:
    """What is wrong with the set-up line, as ``setup: …``, or None.

    A one-sided exercise says where the body goes for its left side, naming that side (the
    right side's line swaps the words); a two-sided one has no such line."""
    if not exercise.unilateral:
        if exercise.setup is not None:
            return "setup: only a one-sided exercise has a set-up line"
        return None
    if exercise.setup is None:
        return (
            "setup: missing; a one-sided exercise needs a set-up line for its left "
            'side, such as "Left leg on the bench: lie on your right side."'
        )
    from hiptrainer.domain.sides import names_left  # only when a one-sided one is checked

    if not names_left(exercise.setup):
        return "setup: the set-up line must name the left side"
    return None


def library_order(exercises: Iterable[Exercise]) -> list[Exercise]:
    """The founding article's exercises first, then the rest by name."""
    return sorted(exercises, key=lambda e: (not e.from_article, e.name.casefold()))


def side_dosage_problem(workout: Workout, exercises: dict[str, Exercise]) -> str | None:
    """Why a block's ``side_dosage`` cannot be, as ``blocks[i].side_dosage: …``, or None:
    only a one-sided exercise has a dose per side (both sides of a two-sided one work
    together, and a "steps each way" walk's two ways are not the body's sides)."""
    for index, block in enumerate(workout.blocks):
        exercise = exercises.get(block.exercise)
        if block.side_dosage is not None and exercise is not None and not exercise.unilateral:
            return (
                f'blocks[{index}].side_dosage: "{block.exercise}" is done with both sides '
                "together; only a one-sided exercise has a dose per side"
            )
    return None


def check_references(
    exercises: dict[str, Exercise], workouts: dict[str, Workout], root: Path
) -> None:
    """Every variant and every workout block names an exercise that exists, and a block
    gives a side its own dose only for a one-sided exercise."""
    for exercise in exercises.values():
        for field in ("easier", "harder"):
            for index, other in enumerate(getattr(exercise, field)):
                if other not in exercises:
                    path = display_path(root / "exercises" / f"{exercise.id}.toml")
                    raise CatalogError(f'{path}: {field}[{index}]: unknown exercise id "{other}"')
    for workout in workouts.values():
        for index, block in enumerate(workout.blocks):
            if block.exercise not in exercises:
                path = display_path(root / "workouts" / f"{workout.id}.toml")
                raise CatalogError(
                    f'{path}: blocks[{index}].exercise: unknown exercise id "{block.exercise}"'
                )
        problem = side_dosage_problem(workout, exercises)
        if problem is not None:
            raise CatalogError(
                f"{display_path(root / 'workouts' / f'{workout.id}.toml')}: {problem}"
            )


def check_poses(exercises: dict[str, Exercise], root: Path) -> None:
    """Every exercise has a pose file, and every step names a pose that exists in it."""
    from hiptrainer.figures.poses import ExercisePoses

    for exercise in exercises.values():
        path = root / "poses" / f"{exercise.id}.toml"
        if not path.is_file():
            raise CatalogError(
                f"{display_path(path)}: missing; every exercise needs the poses of its steps"
            )
        poses = convert(read_toml(path), ExercisePoses, display_path(path))
        for index, step in enumerate(exercise.steps):
            if step.pose not in poses.poses:
                where = display_path(root / "exercises" / f"{exercise.id}.toml")
                raise CatalogError(
                    f'{where}: steps[{index}].pose: "{step.pose}" is not a pose in '
                    f"{display_path(path)}"
                )


def load_catalog(root: Path | None = None) -> Catalog:
    """Load ``root/exercises/*.toml`` and ``root/workouts/*.toml``; raise CatalogError."""
    root = root or resources_dir()
    exercise_dir = root / "exercises"
    if not exercise_dir.is_dir():
        raise CatalogError(f"{display_path(exercise_dir)}: the exercise folder is missing")
    exercises = [read_definition(p, Exercise) for p in sorted(exercise_dir.glob("*.toml"))]
    workout_dir = root / "workouts"
    workouts = [read_definition(p, Workout) for p in sorted(workout_dir.glob("*.toml"))]
    catalog = Catalog(
        exercises={e.id: e for e in library_order(exercises)},
        workouts={w.id: w for w in workouts},
    )
    check_references(catalog.exercises, catalog.workouts, root)
    check_poses(catalog.exercises, root)
    return catalog
