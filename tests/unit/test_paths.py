from __future__ import annotations

from pathlib import Path

import pytest

from hiptrainer import paths


def test_option_beats_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.data_dir(str(tmp_path / "opt")) == tmp_path / "opt"
    assert paths.data_dir(None) == tmp_path / "env"


def test_default_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.data_dir() == tmp_path / "HipTrainer"


def test_display_path_is_relative_under_the_working_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert paths.display_path(tmp_path / "a" / "b.toml") == "a/b.toml"
    assert paths.display_path(Path("/elsewhere/x.toml")) == "/elsewhere/x.toml"
