"""Reading the self-test definitions: ``resources/selftests/<id>.toml``.

Each file is one :class:`~hiptrainer.domain.selftest.SelfTest`, checked like every other
catalogue file (one line naming the file and the field on any problem), and then against the
rest of the catalogue: the exercise it is built on exists, and every step's picture is a pose
of the pose library (``"<exercise id>:<pose>"``, as a custom exercise's steps name theirs).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from hiptrainer.catalog.errors import CatalogError
from hiptrainer.catalog.loader import convert, read_toml
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.selftest import SelfTest
from hiptrainer.paths import display_path, resources_dir

__all__ = [
    "bundled_selftests",
    "check_selftest",
    "load_selftests",
    "read_selftest",
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


def check_selftest(test: SelfTest, exercises: Mapping[str, Exercise], where: str) -> None:
    """The exercise the test is built on exists and is done one side at a time, and every
    step's pose is one of that exercise's key poses (so the player draws a test with the
    exercise's own pose file, mirrored for the right side as the exercise is)."""
    from hiptrainer.catalog.poses import pose_problem

    exercise = exercises.get(test.exercise)
    if exercise is None:
        raise CatalogError(f'{where}: exercise: unknown exercise id "{test.exercise}"')
    if not exercise.unilateral:
        raise CatalogError(
            f'{where}: exercise: "{test.exercise}" is done with both sides together; a '
            "self-test compares the sides"
        )
    for index, step in enumerate(test.steps):
        problem = pose_problem(step.pose)
        if problem is None and not step.pose.startswith(f"{test.exercise}:"):
            problem = f'"{step.pose}": the pictures come from the exercise "{test.exercise}"'
        if problem is not None:
            raise CatalogError(f"{where}: steps[{index}].pose: {problem}")


def step_poses(test: SelfTest) -> list[str]:
    """Each step's key pose in the pose file of ``test.exercise``: draw a test's step with
    ``Illustration(load_poses(test.exercise), exercise.primary_muscles)`` and this name."""
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
        check_selftest(test, exercises, display_path(path))
        found.append(test)
    return {test.id: test for test in sorted(found, key=lambda t: t.name.casefold())}


@cache
def bundled_selftests() -> dict[str, SelfTest]:
    """The bundled self-tests, read once per run (checked against the bundled catalogue)."""
    from hiptrainer.catalog import load_catalog

    return load_selftests(load_catalog().exercises)
