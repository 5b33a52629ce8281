"""The Qt-free layers' words in German once the app's German translators are installed
(ui.i18n installs the domain's hook with them), and in English again once they are off."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.catalog.selftests import bundled_selftests
from hiptrainer.domain import words
from hiptrainer.domain.dose import dose_length_text, dose_text
from hiptrainer.domain.model import Dosage
from hiptrainer.domain.progress_records import Best, record_words
from hiptrainer.domain.selftest import reading
from hiptrainer.domain.sides import CONVENTION, convention
from hiptrainer.printing import SheetOptions, exercise_sheet, routine_sheet
from hiptrainer.printing.blocks import Text
from hiptrainer.printing.sheet import Sheet
from hiptrainer.printing.words import disclaimer, page_text
from hiptrainer.storage.import_summary import ImportSummary
from hiptrainer.ui import i18n
from hiptrainer.ui.app_language import translated
from tests.unit.domain.test_progression import PLANK, TWO_CLEAN, both_sides, holds, run

HOLD = Dosage(sets=2, reps=(4, 6), hold_s=(15, 20), rest_s=30)
DAY = dt.date(2025, 3, 7)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def printed(sheet: Sheet) -> list[str]:
    """Every paragraph laid out on the sheet's pages."""
    found: list[str] = []

    def walk(block: object) -> None:
        if isinstance(block, Text):
            found.append(block.layout.text().replace("\u2028", "\n"))
        children: list[object] = []
        if hasattr(block, "items"):
            children = [b for b, _ in block.items]
        elif hasattr(block, "cells"):
            children = [b for _, b in block.cells]
        elif hasattr(block, "child"):
            children = [block.child]
        elif hasattr(block, "frames"):
            children = [p.unit.block for frame in block.frames for p in frame]
        for child in children:
            walk(child)

    for page in sheet.pages:
        for placed in page:
            walk(placed.unit.block)
    return found


def test_a_dose_and_its_length_in_german(german: None) -> None:
    assert words.installed()
    assert dose_text(HOLD, unilateral=True) == "2 Sätze à 4–6 × 15–20 s Halten, je Seite"
    assert dose_length_text(HOLD, True).startswith("Dauert etwa ")
    assert dose_length_text(HOLD, True).endswith("Min., Pausen und Seitenwechsel eingerechnet.")


def test_a_progression_reason_in_german_with_german_dates(german: None) -> None:
    found = run(
        PLANK, TWO_CLEAN, both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    )
    assert found["left"].reason == (
        "2 Einheiten mit 2 × 15 s, Anstrengung 6, kein Schmerz während oder danach, "
        "kein Schmerz am nächsten Morgen."
    )
    short = run(
        PLANK,
        TWO_CLEAN,
        both_sides(1, "side_plank", 15, 2) + holds(2, "side_plank", "left", 15, [13.66, 15]),
    )
    reason = short["left"].reason
    assert "13,7 s von 15 s gehalten auf der linken Seite am " in reason, reason
    assert "Nov." not in reason or ". Nov." in reason  # a German short date, day first


def test_a_self_test_reading_in_german(german: None) -> None:
    test = next(t for t in bundled_selftests().values() if t.measure == "hold")
    lines = reading(test, 72, 80).lines()
    assert lines[0] == "Links 72 s, rechts 80 s: Die linke Seite liegt 10 % zurück."
    assert any(
        line.startswith("Die schwächere Seite erreicht 90 % der stärkeren.") for line in lines
    )


def test_the_side_convention_and_a_record_in_german(german: None) -> None:
    assert convention().startswith("„Linke Seite“ heißt: Die linke Seite arbeitet")
    best = Best("side_plank", "left", "hold", 32.5, DAY)
    assert record_words(best) == "Längstes Halten, links: 32,5 s"


def test_the_import_summary_in_german(german: None) -> None:
    summary = ImportSummary(sessions=1, sets=12, exercises=2, workouts=0, selftests=1)
    assert summary.wording() == "1 Trainingseinheit, 12 Sätze, 2 Übungen und 1 Selbsttest"
    assert ImportSummary(0, 0, 0, 0).wording() == "nichts Neues"


def test_a_printed_sheet_s_labels_in_german(german: None, catalog: Catalog) -> None:
    german_catalog = translated(catalog, "de")
    options = SheetOptions(date=DAY)
    texts = "\n".join(printed(exercise_sheet([german_catalog.exercises["side_plank"]],
                                             german_catalog, options)))  # fmt: skip
    for label in ("Dosis: ", "Trainiert: ", "Ausrüstung: ", "Häufige Fehler"):
        assert label in texts, label
    assert disclaimer().startswith("Allgemeine Übungsinformationen, keine medizinische Beratung.")
    assert "Seitstütz" in texts or "Seitstütz" in german_catalog.exercises["side_plank"].name
    for english in ("Dose: ", "Works: ", "Equipment: ", "Common mistakes"):
        assert english not in texts, english
    routine = "\n".join(printed(routine_sheet(german_catalog.workouts["runners_hip_warmup"],
                                              german_catalog, options)))  # fmt: skip
    assert "L: linke Seite, R: rechte Seite." in routine
    assert "Sechs Wochen" in routine
    assert page_text(DAY, 1, 2) == "7. März 2025 · Seite 1 von 2"


def test_english_reads_as_before_once_the_translators_are_off(
    qapp: QApplication, catalog: Catalog
) -> None:
    translators = i18n.install_translators(qapp, "de")
    i18n.remove_translators(qapp, translators)
    assert not words.installed()
    assert dose_text(HOLD, unilateral=True) == "2 sets of 4–6 × 15–20 s hold, each side"
    assert convention() == CONVENTION
    assert ImportSummary(1, 2, 0, 0).wording() == "1 session and 2 sets"
    texts = "\n".join(printed(exercise_sheet([catalog.exercises["side_plank"]], catalog,
                                             SheetOptions(date=DAY))))  # fmt: skip
    assert "Dose: " in texts
    assert page_text(DAY, 1, 2) == "7 March 2025 · page 1 of 2"


def test_english_installs_no_domain_words(qapp: QApplication) -> None:
    assert i18n.install_translators(qapp, "en") == []
    assert not words.installed()
