"""The Train tab in German: the chooser, the summary and the Test mode keep one meaning per
Alt letter and leave the window's German letters alone, and their texts, counts and scores
are German (so the checks cannot pass on an English build)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hiptrainer.domain.summary import SideTotals, Summary
from hiptrainer.storage.store import Store
from hiptrainer.ui.player.options import side_order_text
from hiptrainer.ui.player.train_tab import TrainTab
from hiptrainer.ui.player.wording import leave_question, summary_line, unsaved_text
from tests.gui.test_german_mnemonics import GERMAN_WINDOW
from tests.gui.test_player_summary import finish
from tests.gui.test_selftest_mode import key, tab_on_tests, wait
from tests.gui.test_train_tab import make_tab, short_catalog
from tests.helpers.clock import FakeClock
from tests.helpers.mnemonics import collect, duplicates, reserved_clashes
from tests.helpers.storage import make_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Store:
    return make_store(data_dir, clock)


@pytest.fixture
def tab(qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock, german: None) -> TrainTab:
    return make_tab(qtbot, data_dir, short_catalog(others=False), store, clock)


def test_the_chooser_s_german_letters(tab: TrainTab) -> None:
    chooser = tab.chooser
    assert chooser.start_button.text() == "&Starten"
    assert chooser.options.tones.text() == "Tö&ne"
    assert chooser.options.order.itemText(0) == "Linke Seite zuerst"
    assert collect(chooser), "no mnemonics found: the check would pass for nothing"
    assert duplicates(chooser) == {}
    assert reserved_clashes(chooser, GERMAN_WINDOW) == {}
    chooser.set_recording("practice")
    assert chooser.start_button.text() == "Probelauf &starten (nicht gespeichert)"
    assert chooser.notice.text().startswith("Ihre Trainingsdaten konnten nicht geöffnet")
    assert duplicates(chooser) == {}


def test_the_summary_in_german(tab: TrainTab, clock: FakeClock) -> None:
    finish(tab, clock)
    summary = tab.summary
    assert "Gut gemacht" in summary.text.text()
    assert "Linke Seite" in summary.text.text()
    assert summary.rpe.text() == "keine Angabe"
    summary.rpe.setValue(7)
    assert summary.words["summaryEffort"].text() == "7 — Sehr schwer"
    assert summary.save_button.text() == "&Speichern"
    summary.discard_button.show()  # shown when a save failed: its letter counts too
    assert collect(summary)
    assert duplicates(summary) == {}
    assert reserved_clashes(summary, GERMAN_WINDOW) == {}


@pytest.mark.usefixtures("german")
def test_german_counts_and_questions() -> None:
    one = SideTotals(holds=1, rep_sets=1, reps=1, hold_s=6.0)
    summary = Summary(seconds=725, per_side={"left": one}, skipped=2)
    assert (
        summary_line(summary) == "12 min 05 s · 1 Haltephase, 1 Wiederholungssatz · 2 übersprungen"
    )
    more = Summary(seconds=1, per_side={}, unsaved_holds=3, unsaved_rep_sets=2)
    assert unsaved_text(more).startswith("3 Haltephasen, 2 Wiederholungssätze wurden nicht")
    assert (
        leave_question(False, (0, 0)) == "Dieser Probelauf wird nicht gespeichert. Jetzt verlassen?"
    )
    assert side_order_text("alternate") == "Seiten bei jedem Satz wechseln"


@pytest.mark.usefixtures("german")
def test_the_test_mode_in_german(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = tab_on_tests(qtbot, data_dir, store, clock)
    tests = tab.tests
    picker = tests.picker
    assert picker.start_button.text() == "Test &starten"
    assert picker.back_button.text() == "◀ &Routinen"
    assert collect(picker)
    assert duplicates(picker) == {}
    assert reserved_clashes(picker, GERMAN_WINDOW) == {}
    picker.select("side_bridge")
    assert tests.start()
    assert tests.view.phase_label.text() == "Bereit machen"
    assert tests.view.counter_label.text() == "Linke Seite · 1 von 2"
    assert tests.view.side_word.text() == "LINKS"
    wait(tab, clock, 10)
    assert tests.view.phase_label.text() == "Halten"
    key(qtbot, tab, Qt.Key.Key_Space)
    assert tests.view.phase_label.text() == "Pause"
    assert tests.view.words.text().startswith("Pause, dann die rechte Seite.")
    # The result page: its one button leaves F to the Fortschritt tab.
    tests.result.show_result(tests.picker.selected(), 44.0, 52.0, date(2026, 11, 29))
    assert tests.result.title.text().endswith(": Ihr Ergebnis")
    assert tests.result.difference.text() == "Die linke Seite liegt 15 % hinter der anderen."
    assert collect(tests.result)
    assert reserved_clashes(tests.result, GERMAN_WINDOW) == {}


@pytest.mark.usefixtures("german")
def test_the_self_test_list_wraps_its_german_lines(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = tab_on_tests(qtbot, data_dir, store, clock)
    tab.resize(1280, 800)
    tests = tab.tests.picker.list
    texts = [tests.item(row).text() for row in range(tests.count())]
    assert any("Wiederholungen bis zur Erschöpfung auf jedem Bein" in text for text in texts)
    inside = tests.viewport().width()
    for row in range(tests.count()):
        # Each line within the column, none running under its edge behind a scroll bar.
        assert tests.visualItemRect(tests.item(row)).right() <= inside, tests.item(row).text()
    assert not tests.horizontalScrollBar().isVisible()
