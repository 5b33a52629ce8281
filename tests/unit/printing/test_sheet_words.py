"""The words a sheet prints come from the domain's own texts (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.dose import dose_text, minutes_range_text, workout_seconds
from hiptrainer.domain.progress_pain import ZONE_WORDS
from hiptrainer.printing import words
from hiptrainer.printing.options import A4, LETTER, MM, PageSpec, SheetOptions


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def test_dates_and_page_numbers_read_without_a_day_month_order() -> None:
    assert words.date_text(dt.date(2025, 3, 7)) == "7 March 2025"
    assert words.page_text(dt.date(2025, 12, 31), 2, 3) == "31 December 2025 · page 2 of 3"


def test_sentences_and_lists() -> None:
    assert words.sentence("Hold") == "Hold."
    assert words.sentence("Hold?") == "Hold?"
    assert words.joined(["a"]) == "a"
    assert words.joined(["a", "b", "c"]) == "a, b and c"


def test_the_dose_is_the_librarys_dose_in_words(catalog: Catalog) -> None:
    plank = catalog.exercises["copenhagen_plank"]
    label, text = words.dose_line(plank.dosage, plank.unilateral)
    assert label == "Dose: "
    assert text == dose_text(plank.dosage, True) + "."
    assert text == "4–6 × 15–20 s hold, each side."
    more = words.dose_more(plank.dosage, True)
    assert "2–3 sessions a week." in more
    assert "Takes about" in more
    assert "sessions a week" not in words.dose_more(plank.dosage, True, weekly=False)
    assert "Takes about" not in words.dose_more(plank.dosage, True, length=False)


def test_set_up_lines_for_each_side_of_a_one_sided_exercise(catalog: Catalog) -> None:
    plank = catalog.exercises["copenhagen_plank"]
    (left_label, left), (right_label, right) = words.setup_lines(plank)
    assert (left_label, right_label) == ("Left side: ", "Right side: ")
    assert left.startswith("Left ankle on the bench: lie on your right side")
    assert right.startswith("Right ankle on the bench: lie on your left side")
    assert words.setup_lines(catalog.exercises["glute_bridge"]) == []


def test_set_up_summaries_stop_at_the_colon(catalog: Catalog) -> None:
    plank = catalog.exercises["copenhagen_plank"]
    assert words.setup_summaries(plank) == [
        ("Left side: ", "Left ankle on the bench."),
        ("Right side: ", "Right ankle on the bench."),
    ]
    assert words.setup_summaries(catalog.exercises["glute_bridge"]) == []


def test_variants_by_name(catalog: Catalog) -> None:
    found = dict(words.variants(catalog.exercises["copenhagen_plank"], catalog))
    assert found == {"Easier: ": catalog.exercises["copenhagen_short_lever"].name + "."}


def test_muscles_and_equipment(catalog: Catalog) -> None:
    plank = catalog.exercises["copenhagen_plank"]
    assert words.muscles(plank) == ("Works: ", "hip adductors; also obliques and gluteus medius.")
    assert words.equipment(plank) == ("Equipment: ", "chair or bench.")


def test_pain_legend_follows_the_progress_tabs_zones() -> None:
    legend = words.pain_legend()
    assert legend.startswith("Pain 0 (none) to 10 (worst): 0–2 ")
    for word in ZONE_WORDS.values():
        assert word in legend
    assert "6–10 too much" in legend


def test_routine_facts_use_the_one_length_estimate(catalog: Catalog) -> None:
    warmup = catalog.workouts["runners_hip_warmup"]
    low = workout_seconds(warmup, catalog.exercises, level="low")
    high = workout_seconds(warmup, catalog.exercises, level="high")
    facts = words.routine_facts(warmup, catalog)
    assert facts.startswith(f"Takes {minutes_range_text(low, high)}, 4 exercises")
    assert "20 s rest between them" in facts


def test_sessions_a_week_is_the_most_any_dose_asks(catalog: Catalog) -> None:
    warmup = catalog.workouts["runners_hip_warmup"]
    dosages = [catalog.dosage(warmup.id, i) for i in range(len(warmup.blocks))]
    assert words.sessions_a_week(dosages) == 4


def test_pages_and_options() -> None:
    assert round(A4.width / MM) == 210
    assert round(A4.height / MM) == 297
    assert (LETTER.width, LETTER.height) == (612, 792)
    with pytest.raises(ValueError, match="at least 139 mm each way"):
        PageSpec("A6", 105 * MM, 148 * MM)
    assert PageSpec("A5 landscape", 210 * MM, 148 * MM).width > 0
    assert SheetOptions().typography.body == 12
    assert SheetOptions(large_print=True).typography.body == 14
    assert SheetOptions(date=dt.date(2025, 1, 2)).printed_on() == dt.date(2025, 1, 2)
