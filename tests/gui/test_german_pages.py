"""The Progress tab, the Settings dialog and the window's own dialogs in German: every Alt
letter still means one thing, the window's German letters stay free, and the texts, plurals
and dates really are German (so the checks cannot pass on an English build)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.domain.progress_habits import WeekGoal
from hiptrainer.ui.progress.card import ChartCard, short_date
from hiptrainer.ui.progress.glance import streak_words, week_words
from hiptrainer.ui.progress.progress_tab import ProgressTab
from hiptrainer.ui.prompts import damaged_box, pain_question, sets_saved_text
from tests.gui.test_progress_tab import make_tab
from tests.helpers.mnemonics import collect, duplicates, reserved_clashes
from tests.helpers.progress import empty_history, known_history

#: The letters the German window keeps: its menus (Datei, Bearbeiten, Ansicht, Hilfe) and
#: the tabs whose names ui/app.py gives (Training, Fortschritt).
GERMAN_RESERVED = {
    "d": "Datei menu",
    "b": "Bearbeiten menu",
    "a": "Ansicht menu",
    "h": "Hilfe menu",
    "t": "Training tab",
    "f": "Fortschritt tab",
}


def _letters(root: QWidget) -> list[str]:
    return [m.letter for m in collect(root)]


@pytest.mark.usefixtures("german")
def test_progress_sections_have_german_letters_of_their_own(qtbot: QtBot, data_dir: Path) -> None:
    tab = make_tab(qtbot, known_history(data_dir).store)
    assert tab.sections.tabText(0) == "&Verlauf"
    for index in range(tab.sections.count()):
        tab.sections.setCurrentIndex(index)
        assert duplicates(tab) == {}, tab.sections.tabText(index)
        assert reserved_clashes(tab, GERMAN_RESERVED) == {}, tab.sections.tabText(index)


@pytest.mark.usefixtures("german")
def test_progress_empty_page_in_german(qtbot: QtBot, data_dir: Path) -> None:
    tab = make_tab(qtbot, empty_history(data_dir).store)
    assert tab.empty.start_button.text() == "Aufwärmen &starten"
    assert "Noch nichts aufgezeichnet" in tab.empty.message.text()
    assert duplicates(tab) == {}
    assert reserved_clashes(tab, GERMAN_RESERVED) == {}


@pytest.mark.usefixtures("german")
def test_every_chart_card_says_save_in_german(qtbot: QtBot, data_dir: Path) -> None:
    tab: ProgressTab = make_tab(qtbot, known_history(data_dir).store)
    cards: list[ChartCard] = tab.cards
    texts = {card.objectName(): card.save_button.text() for card in cards}
    assert texts["heatmapChart"] == "&Kalender speichern …"
    assert {text for name, text in texts.items() if name != "heatmapChart"} == {"S&peichern …"}


@pytest.mark.usefixtures("german")
def test_german_plurals_and_dates() -> None:
    # Plural forms come from the translation (tr() on a class), not from English "(s)".
    assert week_words(WeekGoal(date(2026, 11, 23), 1, 2)) == (
        "1 von 2 Einheiten",
        "Noch 1 bis zum Wochenziel",
    )
    assert week_words(WeekGoal(date(2026, 11, 23), 1, 1))[0] == "1 von 1 Einheit"
    assert streak_words(1)[0] == "1 Woche"
    assert streak_words(3)[0] == "3 Wochen"
    assert sets_saved_text(3) == "3 Sätze wurden gespeichert"
    assert short_date(date(2026, 11, 29), 2026) == "29. Nov."
    assert short_date(date(2025, 3, 2), 2026) == "2. März 2025"


@pytest.mark.usefixtures("german")
def test_settings_dialog_letters_are_unique_across_its_pages(qtbot: QtBot) -> None:
    from hiptrainer.settings import Settings
    from hiptrainer.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), ["Anna"])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    letters: list[str] = []
    for index in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(index)
        page = dialog.pages.widget(index)
        assert page is not None
        letters += _letters(page)
    # The tabs and the buttons under them are on screen with every page.
    letters += [m.letter for m in collect(dialog) if not dialog.pages.isAncestorOf(m.widget)]
    assert len(letters) == len(set(letters)), sorted(letters)
    assert len(letters) >= len(dialog.bindings)


@pytest.mark.usefixtures("german")
def test_window_dialogs_keep_one_meaning_per_letter(qtbot: QtBot, tmp_path: Path) -> None:
    from hiptrainer.ui.crash import CrashDialog
    from hiptrainer.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog("Hüft-Aufwärmen")
    crash = CrashDialog("Satz", "details", tmp_path / "hiptrainer.log")
    pain, _box = pain_question(None, "28. Nov.")
    backup = tmp_path / "backup.sqlite3"
    backup.write_bytes(b"")
    damaged, _buttons = damaged_box(None, "kaputt", tmp_path / "damaged.sqlite3", backup)
    for dialog in (welcome, crash, pain, damaged):
        qtbot.addWidget(dialog)
        dialog.show()
        assert duplicates(dialog) == {}, dialog.windowTitle()
        assert collect(dialog), dialog.windowTitle()  # it has Alt letters at all
    assert welcome.windowTitle() == "Willkommen bei HipTrainer"
    assert welcome.accept_button.text() == "&Verstanden"
    assert crash.copy_button.text() == "Details &kopieren"
    assert damaged.windowTitle() == "Ihre Trainingsdaten brauchen Aufmerksamkeit"


def test_a_summary_ending_on_an_abbreviated_date_ends_on_one_dot(qtbot: QtBot) -> None:
    card = ChartCard("Verlauf", "testCard")
    qtbot.addWidget(card)
    card.set_summary("Meiste Wiederholungen: links 13 am 11. Sept.. Zuletzt (28. Nov.), gut.")
    assert (
        card.summary.text()
        == "Meiste Wiederholungen: links 13 am 11. Sept. Zuletzt (28. Nov.), gut."
    )
    card.set_summary("Warten… und dann...")
    assert card.summary.text() == "Warten… und dann..."


def test_the_progress_tab_is_given_the_self_tests_in_the_chosen_language() -> None:
    from hiptrainer.catalog.selftests import bundled_selftests
    from hiptrainer.ui.app_language import translated_selftests

    english = bundled_selftests()
    assert translated_selftests("en") == english
    german = translated_selftests("de")
    assert german.keys() == english.keys()
    assert german["copenhagen_hold"].name == "Copenhagen-Haltetest"
