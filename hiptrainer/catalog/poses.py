"""Reading key poses: each bundled exercise's ``resources/poses/<exercise id>.toml``, and the
pose library that the user's own exercises draw their pictures from.

The pose model itself (``hiptrainer.figures.poses``) only describes and places poses; reading
and validating the bundled files is the catalogue's work, with the same one-line errors as
every other catalogue file.

The pose library is every key pose of every bundled pose file, named
``"<exercise id>:<pose>"``. A custom exercise's step names one of them (see
:mod:`hiptrainer.catalog.custom`); :func:`exercise_poses` gathers the poses its steps name
into one set, so whatever draws an exercise draws a custom one the same way:
``Illustration(exercise_poses(exercise), exercise.primary_muscles)``, then
``exercise.steps[n].pose`` is a key of its poses.
"""

from __future__ import annotations

import functools
from pathlib import Path

import msgspec

from hiptrainer.catalog.custom import CustomExercise, split_pose
from hiptrainer.catalog.errors import CatalogError
from hiptrainer.catalog.loader import convert, read_toml
from hiptrainer.domain.model import Exercise
from hiptrainer.figures.poses import Camera, ExercisePoses, KeyPose, PropName
from hiptrainer.paths import display_path, resources_dir


def poses_path(exercise_id: str) -> Path:
    return resources_dir() / "poses" / f"{exercise_id}.toml"


def load_poses(exercise_id: str, path: Path | None = None) -> ExercisePoses:
    """The key poses of one exercise; a broken file raises CatalogError (one line)."""
    path = path or poses_path(exercise_id)
    return convert(read_toml(path), ExercisePoses, display_path(path))


@functools.cache
def library_file(exercise_id: str) -> ExercisePoses | None:
    """One bundled pose file, read once per run; None if there is no such file."""
    path = poses_path(exercise_id)
    if not exercise_id.replace("_", "a").isalnum() or not path.is_file():
        return None
    return load_poses(exercise_id, path)


def pose_library() -> dict[str, list[str]]:
    """Every exercise with a pose file -> the names of its key poses, in file order."""
    folder = resources_dir() / "poses"
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.toml")):
        poses = library_file(path.stem)
        if poses is not None:
            found[path.stem] = list(poses.poses)
    return found


def pose_problem(ref: str) -> str | None:
    """Why ``ref`` (``"exercise:pose"``) names no pose of the library, or None if it does."""
    exercise_id, pose = split_pose(ref)
    try:
        poses = library_file(exercise_id)
    except CatalogError as exc:
        return f'the pose file of "{exercise_id}" cannot be read ({exc})'
    if poses is None:
        return f'"{ref}": no exercise "{exercise_id}" in the pose library'
    if pose not in poses.poses:
        names = ", ".join(poses.poses)
        return f'"{ref}": "{exercise_id}" has no pose "{pose}" (it has: {names})'
    return None


def exercise_poses(exercise: Exercise) -> ExercisePoses:
    """The key poses that illustrate ``exercise``, keyed by its steps' ``pose`` values.

    A bundled exercise's own file; for a custom exercise, the library poses its steps name
    (with the poses their movements start from), in the first step's camera view with every
    prop those poses use. Raises CatalogError when a pose cannot be found."""
    if not isinstance(exercise, CustomExercise):
        return load_poses(exercise.id)
    poses: dict[str, KeyPose] = {}
    camera: Camera | None = None
    props: list[PropName] = []
    for index, step in enumerate(exercise.steps):
        problem = pose_problem(step.pose)
        if problem is not None:
            raise CatalogError(f'your exercise "{exercise.id}": steps[{index}].pose: {problem}')
        source_id, name = split_pose(step.pose)
        source = library_file(source_id)
        assert source is not None  # pose_problem said so
        camera = camera or source.camera
        props += [prop for prop in source.props if prop not in props]
        _take(poses, source_id, source, name)
    return ExercisePoses(camera=camera or "side", props=props, poses=poses)


def _take(poses: dict[str, KeyPose], source_id: str, source: ExercisePoses, name: str) -> None:
    """Key pose ``name`` of ``source`` as ``"source_id:name"``, and the pose it starts from."""
    while name and f"{source_id}:{name}" not in poses:
        pose = source.poses[name]
        start = f"{source_id}:{pose.start}" if pose.start else None
        poses[f"{source_id}:{name}"] = msgspec.structs.replace(pose, start=start)
        name = pose.start or ""
