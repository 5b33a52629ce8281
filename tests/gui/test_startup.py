"""Start-up as the user meets it: the smoke test catches what goes wrong on the way to the
first frame, and the window opens again cleanly whatever state it was closed in."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.ui.app import run_gui


def remember_tab(data_dir: Path, tab: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(f'{{"last_tab": "{tab}"}}', encoding="utf-8")


def test_smoke_test_fails_in_one_line_when_a_restored_tab_raises(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from hiptrainer.ui.player import train_tab

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the Train tab could not be built")

    remember_tab(data_dir, "train")
    monkeypatch.setattr(train_tab, "TrainTab", broken)
    with qtbot.capture_exceptions() as raised:  # Qt reports it from the tab-changed slot
        code = run_gui(data_dir, smoke_test=True)
    assert code == 1
    assert capsys.readouterr().err == (
        "hiptrainer: smoke test failed: Unexpected error: RuntimeError: "
        "the Train tab could not be built\n"
    )
    assert "the Train tab could not be built" in (data_dir / "hiptrainer.log").read_text()
    assert not raised  # the watch caught it, not the test harness


def test_smoke_test_fails_when_start_up_logs_an_error(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import logging

    from hiptrainer.ui.library import LibraryTab

    original = LibraryTab.focus_search

    def focus_and_complain(self: LibraryTab) -> None:
        logging.getLogger("hiptrainer.ui").error("Could not read something\nsecond line")
        original(self)

    monkeypatch.setattr(LibraryTab, "focus_search", focus_and_complain)
    assert run_gui(data_dir, smoke_test=True) == 1
    assert capsys.readouterr().err == "hiptrainer: smoke test failed: Could not read something\n"


@pytest.mark.parametrize("tab", ["library", "train", "progress"])
def test_a_clean_start_passes_the_smoke_test(
    qtbot: QtBot, data_dir: Path, tab: str, capsys: pytest.CaptureFixture[str]
) -> None:
    remember_tab(data_dir, tab)
    assert run_gui(data_dir, smoke_test=True) == 0
    assert capsys.readouterr().err == ""


def test_the_catalogue_cache_key_covers_the_files_the_loader_reads(tmp_path: Path) -> None:
    import os

    from hiptrainer.catalog.cache import catalog_key
    from tests.helpers.catalog import copy_catalog

    root = copy_catalog(tmp_path / "resources")
    key = catalog_key(root)
    for folder in ("exercises", "workouts", "poses"):
        # The key names every file that Path.glob("*.toml") finds (as the loader lists
        # them), in that order, hidden ones included, and nothing else.
        listed = [p.name for p in sorted((root / folder).glob("*.toml"))]
        assert listed
        assert [part.split(":")[0] for part in key.split("|") if part.startswith(f"{folder}/")] == [
            f"{folder}/{name}" for name in listed
        ]
    (root / "workouts" / "notes.txt").write_text("not a definition", encoding="utf-8")
    assert catalog_key(root) == key
    hidden = root / "workouts" / ".draft.toml"
    hidden.write_text("", encoding="utf-8")
    assert ".draft.toml" in catalog_key(root)
    hidden.unlink()
    clamshell = root / "exercises" / "clamshell.toml"
    stat = clamshell.stat()
    os.utime(clamshell, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert catalog_key(root) != key  # a changed file means the TOML is read again
    (root / "poses").rename(tmp_path / "elsewhere")
    assert "poses/" not in catalog_key(root)
