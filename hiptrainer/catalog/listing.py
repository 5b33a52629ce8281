"""Exercises and routines as JSON items: what ``hiptrainer exercises --json`` and
``hiptrainer workouts --json`` print, and what an exercise pack holds (the same shape, so any
listed item can be exported, edited and imported again)."""

from __future__ import annotations

from typing import Any

import msgspec

from hiptrainer.catalog.loader import Catalog
from hiptrainer.domain.model import Exercise, Workout


def exercise_item(exercise: Exercise) -> dict[str, Any]:
    """Every field of the definition; the user's own carry ``"custom": true``."""
    item: dict[str, Any] = msgspec.to_builtins(exercise)
    return item


def workout_item(catalog: Catalog, workout: Workout) -> dict[str, Any]:
    """Every field of the routine, each block carrying the dose it is played with."""
    item: dict[str, Any] = msgspec.to_builtins(workout)
    item["blocks"] = [_block_item(catalog, workout, i) for i in range(len(workout.blocks))]
    return item


def _block_item(catalog: Catalog, workout: Workout, index: int) -> dict[str, Any]:
    block = workout.blocks[index]
    entry: dict[str, Any] = {
        "exercise": block.exercise,
        "dosage": msgspec.to_builtins(catalog.dosage(workout.id, index)),
    }
    if block.side_dosage is not None:  # a side with its own dose (a weaker side held back)
        entry["side_dosage"] = msgspec.to_builtins(block.side_dosage)
    return entry
