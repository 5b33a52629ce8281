"""The user's own exercises and routines for tests: as an editor or a pack gives them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.helpers.catalog import seed_data

#: Every free-text field of an exercise, and what each holds in :func:`marked_exercise`.
MARKUP = '<img src=file:///etc/passwd> <b>x</b> &amp; <a href="http://evil.example">y</a>'


def custom_exercise(exercise_id: str = "my_plank", **fields: Any) -> dict[str, Any]:
    """A valid custom exercise: the seed exercise's fields, its own id and name, and each
    step's picture named as a pose of the pose library."""
    data = seed_data()
    data["id"] = exercise_id
    data["name"] = f"My plank {exercise_id}"
    data["from_article"] = False
    data["steps"] = [{**step, "pose": f"copenhagen_plank:{step['pose']}"} for step in data["steps"]]
    data.update(fields)
    return data


def custom_workout(
    workout_id: str = "my_routine", *exercises: str, **fields: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": workout_id,
        "name": f"My routine {workout_id}",
        "summary": "Short and mine.",
        "focus": "strength",
        "blocks": [{"exercise": e} for e in (exercises or ("my_plank", "clamshell"))],
    }
    data.update(fields)
    return data


def marked_exercise(exercise_id: str = "marked") -> dict[str, Any]:
    """A custom exercise with markup in every text a user can write (the set-up line keeps
    the word "left", which a one-sided exercise's must have)."""
    data = custom_exercise(exercise_id)
    data.update(
        name=f"{MARKUP} name",
        aliases=[f"{MARKUP} alias"],
        summary=f"{MARKUP} summary",
        why=f"{MARKUP} why",
        setup=f"Left {MARKUP} setup",
        cues=[f"{MARKUP} cue"],
        mistakes=[f"{MARKUP} mistake"],
        safety=[f"{MARKUP} safety"],
        sources=[{"title": f"{MARKUP} source", "url": "https://example.org/<b>x</b>"}],
        license=f"{MARKUP} licence",
    )
    data["steps"] = [{**step, "text": f"{MARKUP} step {n}"} for n, step in enumerate(data["steps"])]
    return data


def pack(
    exercises: Sequence[dict[str, Any]], workouts: Sequence[dict[str, Any]] = ()
) -> dict[str, Any]:
    return {
        "format": "hiptrainer-pack",
        "version": 1,
        "exercises": list(exercises),
        "workouts": list(workouts),
    }


def write_pack(
    path: Path, exercises: Sequence[dict[str, Any]], workouts: Sequence[dict[str, Any]] = ()
) -> Path:
    path.write_text(json.dumps(pack(exercises, workouts)), encoding="utf-8")
    return path
