"""The settings added in version 2, their bounds, and the upgrade of older files in place."""

from __future__ import annotations

import errno
import logging
from pathlib import Path
from typing import Any

import msgspec
import pytest

import hiptrainer.settings as settings_module
from hiptrainer.domain.plan import PREPARE_S, SWITCH_SIDES_S
from hiptrainer.settings import (
    SETTINGS_VERSION,
    Settings,
    copy_settings,
    load_settings,
    save_settings,
    settings_path,
)

#: A file as version 1 wrote it: every field it knew, with a user's own values.
VERSION_1 = {
    "version": 1,
    "window_geometry": "AdnQywADAAA=",
    "last_tab": "progress",
    "library_exercise": "clamshell",
    "tones": False,
    "voice": True,
    "volume": 0.4,
    "voice_countdown": False,
    "side_order": "right_first",
    "morning_pain_asked": 12,
    "weekly_goal": 4,
}


def write(data_dir: Path, data: dict[str, Any] | str) -> Path:
    data_dir.mkdir(exist_ok=True)
    path = settings_path(data_dir)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(msgspec.json.encode(data))
    return path


def on_disk(data_dir: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = msgspec.json.decode(settings_path(data_dir).read_bytes())
    return loaded


def test_the_new_defaults() -> None:
    settings = Settings()
    assert settings.version == SETTINGS_VERSION == 2
    assert (settings.prepare_s, settings.switch_sides_s) == (PREPARE_S, SWITCH_SIDES_S)
    assert (settings.rest_between_sets_s, settings.rest_between_exercises_s) == (60, 30)
    assert settings.countdown_beeps == 3
    assert settings.voice_name == ""
    assert (settings.theme, settings.language, settings.page_size) == ("system",) * 3
    assert settings.large_print is False
    assert settings.welcome_accepted == 0
    assert settings.weekly_goal == 3


def test_every_new_field_round_trips(data_dir: Path) -> None:
    chosen = Settings(
        prepare_s=20,
        switch_sides_s=8,
        rest_between_sets_s=45,
        rest_between_exercises_s=90,
        countdown_beeps=5,
        voice_name="English (Scotland) Fiona",
        theme="dark",
        language="de",
        page_size="Letter",
        large_print=True,
        welcome_accepted=2,
        weekly_goal=5,
    )
    save_settings(data_dir, chosen)
    assert load_settings(data_dir) == chosen


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("prepare_s", 2),  # too short to get down on the floor
        ("prepare_s", 61),
        ("prepare_s", 10.5),  # whole seconds only
        ("switch_sides_s", 1),
        ("switch_sides_s", 31),
        ("rest_between_sets_s", -5),
        ("rest_between_sets_s", 301),
        ("rest_between_exercises_s", 3600),
        ("rest_between_exercises_s", "30"),
        ("countdown_beeps", 4),
        ("countdown_beeps", "5"),
        ("volume", 1.5),
        ("volume", -0.1),
        ("volume", "loud"),
        ("side_order", "both_at_once"),
        ("theme", "solarized"),
        ("theme", "Dark"),  # the stored words are exact
        ("language", "fr"),
        ("page_size", "A5"),
        ("large_print", "yes"),
        ("voice_name", 7),
        ("welcome_accepted", -1),
        ("welcome_accepted", True),
    ],
)
def test_an_out_of_range_value_is_refused_alone_and_logged(
    data_dir: Path, field: str, bad: object, caplog: pytest.LogCaptureFixture
) -> None:
    write(data_dir, {"version": SETTINGS_VERSION, field: bad, "tones": False, "theme_x": 1})
    with caplog.at_level(logging.WARNING, logger="hiptrainer.settings"):
        loaded = load_settings(data_dir)
    assert getattr(loaded, field) == getattr(Settings(), field)
    assert loaded.tones is False  # the good value beside it is kept
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert field in warnings[0]


@pytest.mark.parametrize(
    ("field", "good"),
    [
        ("prepare_s", 3),
        ("prepare_s", 60),
        ("switch_sides_s", 2),
        ("switch_sides_s", 30),
        ("rest_between_sets_s", 0),
        ("rest_between_exercises_s", 300),
        ("countdown_beeps", 5),
        ("volume", 0),
        ("volume", 1),
    ],
)
def test_the_ends_of_each_range_are_accepted(data_dir: Path, field: str, good: object) -> None:
    write(data_dir, {"version": SETTINGS_VERSION, field: good})
    assert getattr(load_settings(data_dir), field) == good


def test_a_version_1_file_keeps_every_value_and_is_upgraded_in_place(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write(data_dir, VERSION_1)
    with caplog.at_level(logging.INFO, logger="hiptrainer.settings"):
        loaded = load_settings(data_dir)
    for key, value in VERSION_1.items():
        if key != "version":
            assert getattr(loaded, key) == value, key
    assert loaded.version == SETTINGS_VERSION
    # The new settings take their defaults: a user's weekly goal is theirs, kept as it was.
    assert (loaded.theme, loaded.countdown_beeps, loaded.weekly_goal) == ("system", 3, 4)
    stored = on_disk(data_dir)
    assert stored["version"] == SETTINGS_VERSION
    assert stored["theme"] == "system"
    assert stored["side_order"] == "right_first"
    assert load_settings(data_dir) == loaded
    assert "from version 1 to 2" in caplog.text
    assert [p.name for p in data_dir.iterdir()] == ["settings.json"]  # no temp file left


def test_an_upgraded_file_with_a_bad_value_keeps_the_others(data_dir: Path) -> None:
    write(data_dir, {**VERSION_1, "volume": 7, "side_order": "sideways"})
    loaded = load_settings(data_dir)
    assert (loaded.volume, loaded.side_order) == (0.8, "left_first")
    assert (loaded.tones, loaded.weekly_goal, loaded.last_tab) == (False, 4, "progress")
    stored = on_disk(data_dir)
    assert (stored["volume"], stored["side_order"], stored["version"]) == (0.8, "left_first", 2)


@pytest.mark.parametrize("stamp", ['"two"', "null", "1.5", "true"])
def test_a_bad_version_stamp_is_rewritten(
    data_dir: Path, stamp: str, caplog: pytest.LogCaptureFixture
) -> None:
    write(data_dir, f'{{"version": {stamp}, "tones": false}}')
    with caplog.at_level(logging.WARNING, logger="hiptrainer.settings"):
        loaded = load_settings(data_dir)
    assert loaded.tones is False
    assert "version stamp" in caplog.text
    assert on_disk(data_dir)["version"] == SETTINGS_VERSION


def test_a_file_without_a_stamp_is_taken_for_version_1(data_dir: Path) -> None:
    write(data_dir, {"tones": False})
    assert load_settings(data_dir).tones is False
    assert on_disk(data_dir)["version"] == SETTINGS_VERSION


def test_a_current_file_is_not_rewritten_on_load(data_dir: Path) -> None:
    path = write(data_dir, {"version": SETTINGS_VERSION, "tones": False})
    before = path.read_bytes()
    load_settings(data_dir)
    assert path.read_bytes() == before


def test_a_newer_file_is_read_and_left_alone(data_dir: Path) -> None:
    path = write(data_dir, {"version": SETTINGS_VERSION + 1, "tones": False, "new_thing": 1})
    before = path.read_bytes()
    loaded = load_settings(data_dir)
    assert loaded.tones is False
    assert loaded.version == SETTINGS_VERSION  # what this version's struct describes
    assert path.read_bytes() == before  # never downgraded just by reading it


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC, errno.EIO])
def test_an_upgrade_that_cannot_be_written_is_logged_and_the_settings_still_load(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, code: int
) -> None:
    path = write(data_dir, VERSION_1)
    before = path.read_bytes()

    def failing_write(target: Path, payload: bytes) -> None:
        raise OSError(code, "cannot write", str(target))

    monkeypatch.setattr(settings_module, "atomic_write", failing_write)
    with caplog.at_level(logging.WARNING, logger="hiptrainer.settings"):
        loaded = load_settings(data_dir)
    assert (loaded.tones, loaded.weekly_goal) == (False, 4)
    assert "Could not upgrade" in caplog.text
    assert path.read_bytes() == before  # the old file is whole


def test_a_damaged_file_is_not_rewritten_on_load(data_dir: Path) -> None:
    path = write(data_dir, '{"version": 1, "tones": fal')
    assert load_settings(data_dir) == Settings()
    assert path.read_text(encoding="utf-8") == '{"version": 1, "tones": fal'


def test_copy_settings_changes_the_shared_object_in_place() -> None:
    shared = Settings()
    holder = [shared]  # a tab that kept the object
    chosen = Settings(theme="dark", prepare_s=20, window_geometry="AdnQyw==")
    copy_settings(chosen, shared)
    assert holder[0] is shared
    assert shared == chosen
    chosen.prepare_s = 30
    assert shared.prepare_s == 20  # values copied, not the object shared
