"""Reading the self-test definitions: ``resources/selftests/<id>.toml``.

Each file is one :class:`~hiptrainer.domain.selftest.SelfTest`, checked like every other
catalogue file (one line naming the file and the field on any problem), and then against the
rest of the catalogue: the exercise it is built on exists, and every step's picture is a key
pose of one pose file (``"<file>:<pose>"``, as a custom exercise's steps name theirs).

That file is the exercise's own pose file, or, for a test done differently from its exercise
(the single-leg bridge test puts the heel on a bench; the exercise's feet are on the floor),
the test's own ``resources/poses/selftests/<test id>.toml``. A scene has one set of props for
all its poses, so a test's bench cannot join the exercise's file without standing in the
exercise's pictures too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from hiptrainer.catalog.errors import CatalogError
from hiptrainer.catalog.loader import convert, read_toml
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.selftest import SelfTest
from hiptrainer.paths import display_path, resources_dir

if TYPE_CHECKING:
    from hiptrainer.figures.poses import ExercisePoses

__all__ = [
    "bundled_selftests",
    "check_selftest",
    "load_selftests",
    "own_poses_path",
    "pose_source",
    "read_selftest",
    "selftest_poses",
    "step_poses",
]


def read_selftest(path: Path) -> SelfTest:
    """One self-test file, validated, its id matching its file name."""
    where = display_path(path)
    test = convert(read_toml(path), SelfTest, where)
    if test.id != path.stem:
        raise CatalogError(f'{where}: id: "{test.id}" does not match the file name "{path.name}"')
    if not re.search(r"\bleft\b", test.setup, re.IGNORECASE):
        raise CatalogError(f"{where}: setup: the set-up line must name the left side")
    return test


def check_selftest(
    test: SelfTest, exercises: Mapping[str, Exercise], where: str, root: Path | None = None
) -> None:
    """The exercise the test is built on exists and is done one side at a time, and every
    step's pose is a key pose of the one file that draws the test (see :func:`pose_source`),
    mirrored for the right side as the exercise's pictures are."""
    from hiptrainer.catalog.poses import load_poses, pose_problem

    exercise = exercises.get(test.exercise)
    if exercise is None:
        raise CatalogError(f'{where}: exercise: unknown exercise id "{test.exercise}"')
    if not exercise.unilateral:
        raise CatalogError(
            f'{where}: exercise: "{test.exercise}" is done with both sides together; a '
            "self-test compares the sides"
        )
    own = own_poses_path(test.id, root)
    own_poses = load_poses(test.id, own) if own.is_file() else None
    source = test.id if own_poses is not None else test.exercise
    whose = (
        f"the test's own pose file {display_path(own)}"
        if own_poses is not None
        else f'the exercise "{test.exercise}"'
    )
    for index, step in enumerate(test.steps):
        step_source, _, name = step.pose.partition(":")
        problem: str | None
        if step_source != source:
            problem = f'"{step.pose}": the pictures come from {whose}'
        elif own_poses is None:
            problem = pose_problem(step.pose)
        elif name not in own_poses.poses:
            names = ", ".join(own_poses.poses)
            problem = f'"{step.pose}": {display_path(own)} has no pose "{name}" (it has: {names})'
        else:
            problem = None
        if problem is not None:
            raise CatalogError(f"{where}: steps[{index}].pose: {problem}")


def own_poses_path(test_id: str, root: Path | None = None) -> Path:
    """Where a self-test's own key poses would be (``root``: default the bundled resources)."""
    return (root or resources_dir()) / "poses" / "selftests" / f"{test_id}.toml"


def pose_source(test: SelfTest, root: Path | None = None) -> str:
    """The pose file that draws ``test``: the test's id when it has poses of its own, else
    the id of the exercise it is built on (each step's pose is ``"<this>:<pose>"``)."""
    return test.id if own_poses_path(test.id, root).is_file() else test.exercise


def selftest_poses(test: SelfTest, root: Path | None = None) -> ExercisePoses:
    """The key poses that draw ``test``'s steps (its own if it has them, else its
    exercise's); a broken file raises CatalogError (one line)."""
    from hiptrainer.catalog.poses import load_poses

    own = own_poses_path(test.id, root)
    return load_poses(test.id, own) if own.is_file() else load_poses(test.exercise)


def step_poses(test: SelfTest) -> list[str]:
    """Each step's key pose in the pose file that draws the test: draw a test's step with
    ``Illustration(selftest_poses(test), exercise.primary_muscles)`` and this name."""
    return [step.pose.partition(":")[2] for step in test.steps]


def load_selftests(
    exercises: Mapping[str, Exercise], root: Path | None = None
) -> dict[str, SelfTest]:
    """Every ``root/selftests/*.toml`` (default: the bundled resources), by name; raise
    CatalogError naming the first file with a problem."""
    root = root or resources_dir()
    folder = root / "selftests"
    if not folder.is_dir():
        raise CatalogError(f"{display_path(folder)}: the self-test folder is missing")
    found: list[SelfTest] = []
    for path in sorted(folder.glob("*.toml")):
        test = read_selftest(path)
        check_selftest(test, exercises, display_path(path), root)
        found.append(test)
    return {test.id: test for test in sorted(found, key=lambda t: t.name.casefold())}


@cache
def bundled_selftests() -> dict[str, SelfTest]:
    """The bundled self-tests, read once per run (checked against the bundled catalogue)."""
    from hiptrainer.catalog import load_catalog

    return load_selftests(load_catalog().exercises)
