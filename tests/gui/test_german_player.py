"""The playing page in German, as read from the mat: the phase in one word, what comes next,
the side under its badge, where the routine is, the time left, the buttons with their names
and keys, the practice-run warning, and pause and resume. Each check names German words, so
it cannot pass on an English page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hiptrainer.storage.store import Store
from tests.gui.test_player_readable import words
from tests.gui.test_train_tab import BASE, make_tab, run_for, short_catalog
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store

PLANK = BASE.exercises["copenhagen_plank"].name


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Store:
    return make_store(data_dir, clock)


def test_each_phase_in_german(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock, german: None
) -> None:
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.start()
    view = tab.playing
    assert words(tab) == ("Bereit machen", "Haltephase 1 von 2", f"Als Nächstes: {PLANK}", "L")
    assert view.side_word.text() == "LINKS"
    assert view.position_label.text() == "Übung 1 von 2"
    assert view.time_left.text().startswith("noch ")
    run_for(tab, clock, 10)
    assert words(tab) == ("Halten", "Haltephase 1 von 2", PLANK, "L")
    run_for(tab, clock, 3)
    assert words(tab)[0] == "Pause"  # the rest between holds
    run_for(tab, clock, 2 + 3)
    assert words(tab)[0] == "Seite wechseln"
    assert view.side_word.text() == "RECHTS"
    assert view.side_badge.accessibleName() == "Rechte Seite"
    run_for(tab, clock, 5 + 3 + 2 + 3 + 4 + 10)  # into the self-paced clamshells
    assert words(tab)[0] == "Wiederholungen"


def test_buttons_pause_and_the_time_left_fit_in_german(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock, german: None
) -> None:
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.start()
    view = tab.playing
    assert view.buttons["skip"].text() == "Überspringen ▶"
    assert view.buttons["leave"].accessibleName() == "Training verlassen"
    assert view.buttons["back"].toolTip().endswith("(Links)")  # the key, named by Qt in German
    assert view.progress.accessibleName() == "Trainingsfortschritt"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.phase_label.text() == "Angehalten"
    assert view.buttons["pause"].text() == "Weiter"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.buttons["pause"].text() == "Anhalten"
    # The time left keeps a fixed width that holds the German words at their longest.
    longest = view.time_left.fontMetrics().horizontalAdvance("noch 88:88")
    assert view.time_left.width() >= longest


def test_a_practice_run_warns_in_german(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, german: None
) -> None:
    tab = make_tab(qtbot, data_dir, short_catalog(), None, clock)
    assert tab.start()
    assert "Probelauf: Es wird nichts gespeichert" in tab.playing.notice_label.text()
