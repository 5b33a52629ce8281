"""A validated copy of the bundled catalogue in the data dir, so a start skips TOML parsing.

The cache is keyed by the app version, the fields of the definition structs and the name,
size and modification time of every definition file; any change, or any problem reading the
cache, means the TOML files are loaded and validated again. Decoding the cache validates every
field once more.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import msgspec

from hiptrainer import __version__
from hiptrainer.catalog.loader import Catalog, load_catalog
from hiptrainer.domain.model import Block, Dosage, Exercise, Source, Step, Workout
from hiptrainer.fileio import atomic_write
from hiptrainer.paths import resources_dir

log = logging.getLogger(__name__)

CACHE_FILE = Path("cache") / "catalog.json"


class _Cached(msgspec.Struct):
    key: str
    exercises: list[Exercise]
    workouts: list[Workout]


def schema_fields() -> str:
    """The field names of every struct the cache holds. A field added with a default (such
    as ``Exercise.setup``) would otherwise decode from an older cache as its default, and the
    app would serve that stale copy until a definition file changed."""
    structs = (Exercise, Dosage, Step, Source, Workout, Block)
    return ";".join(f"{s.__name__}({','.join(s.__struct_fields__)})" for s in structs)


def catalog_key(root: Path) -> str:
    parts = [__version__, schema_fields(), str(root)]
    for folder in ("exercises", "workouts", "poses"):
        # The files Path.glob("*.toml") finds, as the loader reads them; listed with scandir,
        # which every start runs and which takes a third of the time (no pattern, no paths).
        try:
            with os.scandir(root / folder) as entries:
                found = sorted((e.name, e) for e in entries if e.name.endswith(".toml"))
        except FileNotFoundError:
            continue
        for name, entry in found:
            stat = entry.stat()
            parts.append(f"{folder}/{name}:{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(parts)


def load_catalog_cached(data_dir: Path, root: Path | None = None) -> Catalog:
    root = root or resources_dir()
    cache = data_dir / CACHE_FILE
    key = catalog_key(root)
    try:
        cached = msgspec.json.decode(cache.read_bytes(), type=_Cached)
    except FileNotFoundError:
        cached = None
    except (OSError, msgspec.DecodeError) as exc:
        log.info("Rebuilding the catalogue cache %s: %s", cache, exc)
        cached = None
    if cached is not None and cached.key == key:
        return Catalog(
            exercises={e.id: e for e in cached.exercises},
            workouts={w.id: w for w in cached.workouts},
        )
    catalog = load_catalog(root)
    fresh = _Cached(key, list(catalog.exercises.values()), list(catalog.workouts.values()))
    try:
        atomic_write(cache, msgspec.json.encode(fresh))
    except OSError as exc:
        log.warning("Could not write the catalogue cache %s: %s", cache, exc)
    return catalog
