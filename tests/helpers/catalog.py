"""Building catalogue folders and definition files for tests."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path
from typing import Any

from hiptrainer.paths import resources_dir

SEED_EXERCISE = resources_dir() / "exercises" / "copenhagen_plank.toml"


def seed_text() -> str:
    return SEED_EXERCISE.read_text(encoding="utf-8")


def seed_data() -> dict[str, Any]:
    return tomllib.loads(seed_text())


def copy_catalog(destination: Path) -> Path:
    """A writable copy of the bundled catalogue (exercises and workouts)."""
    for folder in ("exercises", "workouts", "poses"):
        shutil.copytree(resources_dir() / folder, destination / folder)
    return destination
