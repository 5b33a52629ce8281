"""The one typed place for user settings, stored as JSON in the data dir.

Every setting has a default here, the file carries a version stamp, and a missing, unreadable
or invalid file falls back to the defaults (logged, never fatal). Writes are atomic.
"""

from __future__ import annotations

import logging
from pathlib import Path

import msgspec

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
    side_order: str = "left_first"
    #: id of the session whose next-morning pain was last asked for (asked once only).
    morning_pain_asked: int = 0


def settings_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def load_settings(data_dir: Path) -> Settings:
    path = settings_path(data_dir)
    try:
        return msgspec.json.decode(path.read_bytes(), type=Settings)
    except FileNotFoundError:
        return Settings()
    except (OSError, msgspec.DecodeError) as exc:
        log.warning("Ignoring settings in %s, using defaults: %s", path, exc)
        return Settings()


def save_settings(data_dir: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the old file, never half of a new one."""
    atomic_write(
        settings_path(data_dir), msgspec.json.format(msgspec.json.encode(settings), indent=2)
    )
