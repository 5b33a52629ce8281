"""Reading an exercise's key poses from ``resources/poses/<exercise id>.toml``.

The pose model itself (``hiptrainer.figures.poses``) only describes and places poses; reading
and validating the bundled files is the catalogue's work, with the same one-line errors as
every other catalogue file.
"""

from __future__ import annotations

from pathlib import Path

from hiptrainer.catalog.loader import convert, read_toml
from hiptrainer.figures.poses import ExercisePoses
from hiptrainer.paths import display_path, resources_dir


def poses_path(exercise_id: str) -> Path:
    return resources_dir() / "poses" / f"{exercise_id}.toml"


def load_poses(exercise_id: str, path: Path | None = None) -> ExercisePoses:
    """The key poses of one exercise; a broken file raises CatalogError (one line)."""
    path = path or poses_path(exercise_id)
    return convert(read_toml(path), ExercisePoses, display_path(path))
