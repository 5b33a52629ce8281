from __future__ import annotations

from pathlib import Path

from hiptrainer.settings import (
    SETTINGS_VERSION,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)


def test_missing_file_gives_defaults(data_dir: Path) -> None:
    assert load_settings(data_dir) == Settings()
    assert not data_dir.exists()  # reading never creates anything


def test_round_trip_creates_the_data_dir(data_dir: Path) -> None:
    save_settings(data_dir, Settings(last_tab="library", library_exercise="clamshell"))
    loaded = load_settings(data_dir)
    assert loaded.library_exercise == "clamshell"
    assert loaded.version == SETTINGS_VERSION
    assert [p.name for p in data_dir.iterdir()] == ["settings.json"]  # no temp file left


def test_corrupt_file_falls_back_to_defaults_and_is_kept(data_dir: Path) -> None:
    data_dir.mkdir()
    settings_path(data_dir).write_text('{"last_tab": 3', encoding="utf-8")
    assert load_settings(data_dir) == Settings()
    assert settings_path(data_dir).read_text(encoding="utf-8") == '{"last_tab": 3'


def test_wrong_types_fall_back_to_defaults(data_dir: Path) -> None:
    data_dir.mkdir()
    settings_path(data_dir).write_text('{"last_tab": 3}', encoding="utf-8")
    assert load_settings(data_dir) == Settings()
