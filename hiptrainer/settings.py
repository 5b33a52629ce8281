"""The one typed place for user settings, stored as JSON in the data dir.

Every setting has a default here and the file carries a version stamp. A missing, unreadable
or invalid file falls back to the defaults (logged, never fatal); one invalid or out-of-range
value falls back to its own default, logged, and keeps the others. A file written by an older
version is upgraded in place when it is read (the new settings take their defaults, the stamp
is bumped). Writes are atomic.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from hiptrainer.domain.plan import PREPARE_S, SWITCH_SIDES_S, SideOrder
from hiptrainer.fileio import atomic_write

log = logging.getLogger(__name__)

#: 1: the first settings; 2: player times and rests, countdown beeps, voice choice, theme,
#: language, sheets' page size and large print, the accepted disclaimer, weekly goal 3.
SETTINGS_VERSION = 2
FILE_NAME = "settings.json"

ThemeChoice = Literal["system", "light", "dark"]
LanguageChoice = Literal["system", "en", "de"]
PageSizeChoice = Literal["A4", "Letter", "system"]
#: The tones count down the last 3 or the last 5 seconds of a phase.
CountdownBeeps = Literal[3, 5]

# Bounds of the player's times, in whole seconds: enough to get down on the floor, and short
# enough that a typo (600 for 60) cannot stall a workout for ten minutes.
PrepareSeconds = Annotated[int, Meta(ge=3, le=60)]
SwitchSeconds = Annotated[int, Meta(ge=2, le=30)]
RestSeconds = Annotated[int, Meta(ge=0, le=300)]
Volume = Annotated[float, Meta(ge=0.0, le=1.0)]


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
    volume: Volume = 0.8
    #: The voice counts the last three seconds of a hold, a rest or a switch ("Three, two,
    #: one"); added after version 1 files were written, which load with it on.
    voice_countdown: bool = True
    side_order: SideOrder = "left_first"
    #: Seconds to get into position before the first exercise, and to change sides.
    prepare_s: PrepareSeconds = round(PREPARE_S)
    switch_sides_s: SwitchSeconds = round(SWITCH_SIDES_S)
    #: Rests a new exercise or routine starts with (each exercise and routine keeps its own).
    rest_between_sets_s: RestSeconds = 60
    rest_between_exercises_s: RestSeconds = 30
    #: How many of a phase's last seconds the tones count down.
    countdown_beeps: CountdownBeeps = 3
    #: The voice's name as the speech engine lists it; "" is the system's default voice.
    voice_name: str = ""
    #: id of the session whose next-morning pain was last asked for (asked once only).
    morning_pain_asked: int = 0
    #: Progress: sessions a week that count as a week kept (2–3 suit a strength routine).
    weekly_goal: Annotated[int, Meta(ge=1, le=14)] = 3
    #: Appearance: "system" follows the desktop's light or dark scheme as it changes.
    theme: ThemeChoice = "system"
    #: "system" follows the desktop's language.
    language: LanguageChoice = "system"
    #: Sheets: the paper ("system" is the locale's: Letter in the US and Canada, else A4)
    #: and large print (14 pt text).
    page_size: PageSizeChoice = "system"
    large_print: bool = False
    #: The version of the health disclaimer the user accepted; 0 is none yet (the welcome
    #: dialog shows it again whenever its text gets a newer version).
    welcome_accepted: Annotated[int, Meta(ge=0)] = 0


def settings_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def load_settings(data_dir: Path) -> Settings:
    path = settings_path(data_dir)
    try:
        data = msgspec.json.decode(path.read_bytes())
    except FileNotFoundError:
        return Settings()
    except (OSError, msgspec.DecodeError) as exc:
        # A damaged file is kept as it is (the user may want it back); it is replaced only
        # when the settings are next saved.
        log.warning("Ignoring settings in %s, using defaults: %s", path, exc)
        return Settings()
    if not isinstance(data, dict):
        log.warning("Ignoring settings in %s, using defaults: not a JSON object", path)
        return Settings()
    settings = _settings_from(data, path)
    written = _file_version(data, path)
    if written < SETTINGS_VERSION:
        _upgrade(data_dir, settings, written)
    return settings


def _settings_from(data: dict[str, Any], path: Path) -> Settings:
    """Each valid value as it is; an invalid one (a side order that does not exist, a word
    where a number belongs, a volume above 100%) takes its default, logged. Unknown keys are
    ignored. The result carries this version's stamp, whatever the file said."""
    values: dict[str, Any] = {}
    for field in msgspec.structs.fields(Settings):
        if field.name == "version" or field.encode_name not in data:
            continue
        try:
            values[field.name] = msgspec.convert(data[field.encode_name], field.type)
        except msgspec.ValidationError as exc:
            log.warning("Ignoring %s in %s, using its default: %s", field.name, path, exc)
    return Settings(**values)


def _file_version(data: dict[str, Any], path: Path) -> int:
    """The file's version stamp. A file without one is taken for the first version (every
    file has had one, so only a hand-edited file lacks it); a stamp that is not a whole
    number is logged and taken for version 0, so the file is rewritten with a good one."""
    stamp = data.get("version", 1)
    if isinstance(stamp, int) and not isinstance(stamp, bool):
        return stamp
    log.warning("Ignoring the version stamp %r in %s", stamp, path)
    return 0


def _upgrade(data_dir: Path, settings: Settings, written: int) -> None:
    """Rewrite an older file in this version's shape. Failing to write (a read-only folder,
    a full disk) is logged and costs nothing now: the settings in memory are whole, and the
    upgrade is tried again at the next start."""
    try:
        save_settings(data_dir, settings)
    except OSError as exc:
        log.warning("Could not upgrade %s to version %d: %s", settings_path(data_dir),
                    SETTINGS_VERSION, exc)  # fmt: skip
        return
    log.info("Upgraded %s from version %d to %d", settings_path(data_dir), written,
             SETTINGS_VERSION)  # fmt: skip


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


def copy_settings(source: Settings, target: Settings) -> None:
    """Put every value of ``source`` into ``target``: the window's tabs share one Settings
    object, so new settings (from the Settings dialog) go into it rather than replace it."""
    for field in msgspec.structs.fields(Settings):
        setattr(target, field.name, getattr(source, field.name))
