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


@pytest.mark.parametrize("tab", ["library", "train"])
def test_a_clean_start_passes_the_smoke_test(
    qtbot: QtBot, data_dir: Path, tab: str, capsys: pytest.CaptureFixture[str]
) -> None:
    remember_tab(data_dir, tab)
    assert run_gui(data_dir, smoke_test=True) == 0
    assert capsys.readouterr().err == ""
