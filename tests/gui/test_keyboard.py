"""Alt+letter on the whole window: on every page, the menus, the tabs and the page's own
controls never share a letter (Qt would cycle between them instead of acting)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.mnemonics import collect, duplicates
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import STATES, bring_to, close, start_window


@pytest.mark.parametrize("state", STATES)
def test_no_letter_is_taken_twice_anywhere_on_the_window(
    qtbot: QtBot, data_dir: Path, state: str
) -> None:
    window = start_window(qtbot, data_dir, FakePrompts())
    bring_to(window, state)
    letters = {m.letter for m in collect(window)}
    assert {"f", "e", "v", "h", "l", "t"} <= letters  # the menus and tabs are seen
    assert duplicates(window) == {}
    tab = window.train
    if tab is not None:
        tab.refresh.stop()
    close(window)
