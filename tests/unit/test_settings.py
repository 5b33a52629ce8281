from __future__ import annotations

import logging
from pathlib import Path

import msgspec
import pytest

from hiptrainer.domain.plan import SideOrder
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


def test_an_unknown_side_order_falls_back_to_the_default_alone(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data_dir.mkdir()
    settings_path(data_dir).write_text(
        '{"side_order": "sideways", "tones": false, "last_tab": "train"}', encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING, logger="hiptrainer.settings"):
        loaded = load_settings(data_dir)
    assert loaded.side_order == "left_first"
    assert (loaded.tones, loaded.last_tab) == (False, "train")  # the valid values are kept
    assert "side_order" in caplog.text
    assert "sideways" in caplog.text


@pytest.mark.parametrize("order", ["left_first", "right_first", "alternate"])
def test_every_side_order_round_trips(data_dir: Path, order: SideOrder) -> None:
    save_settings(data_dir, Settings(side_order=order))
    assert load_settings(data_dir).side_order == order


def test_the_side_order_setting_is_the_domains_type() -> None:
    field = next(f for f in msgspec.structs.fields(Settings) if f.name == "side_order")
    assert field.type == SideOrder


@pytest.mark.parametrize("text", ["[]", '"settings"', "null", "3"])
def test_json_that_is_not_an_object_gives_defaults(
    data_dir: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    data_dir.mkdir()
    settings_path(data_dir).write_text(text, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="hiptrainer.settings"):
        assert load_settings(data_dir) == Settings()
    assert "not a JSON object" in caplog.text


def test_unknown_keys_are_ignored(data_dir: Path) -> None:
    data_dir.mkdir()
    settings_path(data_dir).write_text('{"from_a_newer_version": 1, "volume": 0.5}', "utf-8")
    assert load_settings(data_dir).volume == 0.5


def test_weekly_goal_defaults_to_three_and_refuses_nonsense(tmp_path: Path) -> None:
    assert load_settings(tmp_path).weekly_goal == 3
    (tmp_path / "settings.json").write_text('{"weekly_goal": 2}', encoding="utf-8")
    assert load_settings(tmp_path).weekly_goal == 2
    for bad in ("0", "15", '"three"', "true"):
        (tmp_path / "settings.json").write_text(f'{{"weekly_goal": {bad}}}', encoding="utf-8")
        assert load_settings(tmp_path).weekly_goal == 3


def test_an_unchanged_settings_file_is_not_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hiptrainer.settings as settings_module

    written: list[Path] = []
    real_write = settings_module.atomic_write

    def counting_write(path: Path, payload: bytes) -> None:
        written.append(path)
        real_write(path, payload)

    monkeypatch.setattr(settings_module, "atomic_write", counting_write)
    settings = load_settings(tmp_path)
    save_settings(tmp_path, settings)
    save_settings(tmp_path, settings)
    assert len(written) == 1
    settings.weekly_goal = 4
    save_settings(tmp_path, settings)
    assert len(written) == 2
    assert load_settings(tmp_path).weekly_goal == 4


def test_the_voice_countdown_is_on_by_default_and_kept(data_dir: Path) -> None:
    assert Settings().voice_countdown
    save_settings(data_dir, Settings(voice_countdown=False))
    assert load_settings(data_dir).voice_countdown is False


def test_a_file_written_before_the_voice_countdown_loads_with_it_on(data_dir: Path) -> None:
    data_dir.mkdir()
    old = {"version": 1, "tones": False, "voice": True, "volume": 0.5, "side_order": "alternate"}
    settings_path(data_dir).write_bytes(msgspec.json.encode(old))
    loaded = load_settings(data_dir)
    assert (loaded.tones, loaded.volume, loaded.side_order) == (False, 0.5, "alternate")
    assert loaded.voice_countdown


def test_a_voice_countdown_that_is_not_a_yes_or_no_falls_back_alone(data_dir: Path) -> None:
    data_dir.mkdir()
    settings_path(data_dir).write_text('{"voice_countdown": "loud", "tones": false}', "utf-8")
    loaded = load_settings(data_dir)
    assert loaded.voice_countdown is True
    assert loaded.tones is False
