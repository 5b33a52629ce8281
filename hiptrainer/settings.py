"""The one typed place for user settings, stored as JSON in the data dir.

Every setting has a default here, the file carries a version stamp, and a missing, unreadable
or invalid file falls back to the defaults (logged, never fatal); one invalid value falls back
to its own default and keeps the others. Writes are atomic.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Any

import msgspec
from msgspec import Meta

from hiptrainer.domain.plan import SideOrder
from hiptrainer.fileio import atomic_write

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
FILE_NAME = "settings.json"


class Settings(msgspec.Struct, kw_only=True):
    version: int = SETTINGS_VERSION
    #: ``QMainWindow.saveGeometry()`` as base64; empty means "let the window choose".
    window_geometry: str = ""
    #: objectName of the tab that was open last.
    last_tab: str = "library"
    #: id of the exercise last shown in the Library tab.
    library_exercise: str = ""
    #: Player: cue tones, the voice, their volume (0-1), and which side goes first.
    tones: bool = True
    voice: bool = True
    volume: float = 0.8
    #: The voice counts the last three seconds of a hold, a rest or a switch ("Three, two,
    #: one"); added after version 1 files were written, which load with it on.
    voice_countdown: bool = True
    side_order: SideOrder = "left_first"
    #: id of the session whose next-morning pain was last asked for (asked once only).
    morning_pain_asked: int = 0
    #: Progress: sessions a week that count as a week kept (2–3 suit a strength routine).
    weekly_goal: Annotated[int, Meta(ge=1, le=14)] = 2


def settings_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def load_settings(data_dir: Path) -> Settings:
    path = settings_path(data_dir)
    try:
        data = msgspec.json.decode(path.read_bytes())
    except FileNotFoundError:
        return Settings()
    except (OSError, msgspec.DecodeError) as exc:
        log.warning("Ignoring settings in %s, using defaults: %s", path, exc)
        return Settings()
    if not isinstance(data, dict):
        log.warning("Ignoring settings in %s, using defaults: not a JSON object", path)
        return Settings()
    return _settings_from(data, path)


def _settings_from(data: dict[str, Any], path: Path) -> Settings:
    """Each valid value as it is; an invalid one (a side order that does not exist, a word
    where a number belongs) takes its default, logged. Unknown keys are ignored."""
    values: dict[str, Any] = {}
    for field in msgspec.structs.fields(Settings):
        if field.encode_name not in data:
            continue
        try:
            values[field.name] = msgspec.convert(data[field.encode_name], field.type)
        except msgspec.ValidationError as exc:
            log.warning("Ignoring %s in %s, using its default: %s", field.name, path, exc)
    return Settings(**values)


def save_settings(data_dir: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the old file, never half of a new one.
    An unchanged file is left alone (a write costs two flushes to disk on every close)."""
    path = settings_path(data_dir)
    payload = msgspec.json.format(msgspec.json.encode(settings), indent=2)
    try:
        if path.read_bytes() == payload:
            return
    except OSError:
        pass  # missing or unreadable: write it
    atomic_write(path, payload)
